"""Merge the team's per-outlet-family statement files into stance/data/statements.csv.

Each writer of training data works on one file, experiments/training/<family>.csv
(text, speaker, speaker_side, label, outlet_family); this script checks and
concatenates them in a fixed order, dropping exact duplicate texts. Then it adds
the statements of the development articles whose split is ``dev`` (their gold
speaker side and label, the manifest's outlet family): sentences as they stand
inside articles. Held-out articles are read only to keep their sentences out of
every part of training (stock lines such as "Here is what happened" recur).

    python experiments/merge_training.py
"""

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["text", "speaker", "speaker_side", "label", "outlet_family"]


def main() -> int:
    rows, seen = [], set()
    dev = ROOT / "experiments" / "dev"
    manifests = []
    for manifest in sorted(dev.glob("manifest_*.csv")):
        with open(manifest, encoding="utf-8", newline="") as fh:
            manifests.extend(csv.DictReader(fh))
    for art in manifests:  # a line that also stands in a held-out article stays out of training
        if art["split"] != "dev":
            with open(dev / "gold" / (Path(art["file"]).stem + ".csv"), encoding="utf-8", newline="") as fh:
                seen.update(" ".join(g["text"].lower().split()) for g in csv.DictReader(fh))
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
    for art in sorted((r for r in manifests if r["split"] == "dev"), key=lambda r: r["file"]):
        with open(dev / "gold" / (Path(art["file"]).stem + ".csv"), encoding="utf-8", newline="") as fh:
            for g in csv.DictReader(fh):
                key = " ".join(g["text"].lower().split())
                if g["kind"] != "statement" or key in seen:
                    continue
                seen.add(key)
                rows.append({"text": g["text"], "speaker": g["speaker"], "speaker_side": g["speaker_side"] or "none",
                             "label": g["label"], "outlet_family": art["outlet_family"]})
    out = ROOT / "stance" / "data" / "statements.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} statements -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
