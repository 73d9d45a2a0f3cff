"""Merge the team's per-outlet-family statement files into stance/data/statements.csv.

Each writer of training data works on one file, experiments/training/<family>.csv
(text, speaker, speaker_side, label, outlet_family); this script checks and
concatenates them in a fixed order, dropping exact duplicate texts.

    python experiments/merge_training.py
"""

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["text", "speaker", "speaker_side", "label", "outlet_family"]


def main() -> int:
    rows, seen = [], set()
    for part in sorted((ROOT / "experiments" / "training").glob("*.csv")):
        with open(part, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != COLUMNS:
                print(f"error: {part}: columns must be {','.join(COLUMNS)}", file=sys.stderr)
                return 2
            for row in reader:
                key = " ".join(row["text"].lower().split())
                if key in seen:
                    continue
                seen.add(key)
                rows.append(row)
    out = ROOT / "stance" / "data" / "statements.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} statements -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
