"""Merge the team's per-outlet-family statement files into stance/data/statements.csv.

Each writer of training data works on one file, experiments/training/<family>.csv
(text, speaker, speaker_side, label, outlet_family); this script checks and
concatenates them in a fixed order, dropping exact duplicate texts. Then it adds
the statements of the development articles whose split is ``dev`` (their gold
speaker side and label, the manifest's outlet family): sentences as they stand
inside articles. Held-out articles are read only to keep their sentences out of
every part of training (stock lines such as "Here is what happened" recur).

Each row also gets ``speaker_origin`` (:func:`stance.attribution.speaker_origin`: the
country an analyst's or outlet's words point to), read the way the tool reads it at
run time: for a dev sentence, from the role words attribution finds for its speaker in
the article (when attribution finds the gold speaker), else from the speaker's name.
Run it with the project's Python (it imports ``stance``).

    .venv/bin/python experiments/merge_training.py
"""

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
COLUMNS = ["text", "speaker", "speaker_side", "label", "outlet_family"]
OUT_COLUMNS = COLUMNS + ["speaker_origin"]


def _roles(article: Path, gold: list[dict]) -> dict:
    """Sentence text -> the role attribution finds for it in ``article``, where it finds the gold speaker."""
    from stance.articles import read_article
    from stance.attribution import default_speaker_table
    from stance.evaluate import norm_speaker
    from stance.pipeline import article_statements

    table = default_speaker_table()
    rows, _ = article_statements(read_article(article))
    speaker = {g["text"]: g["speaker"] for g in gold}
    return {r["text"]: r["speaker_role"] or "" for r in rows
            if speaker.get(r["text"])
            and norm_speaker(r["speaker"] or "", table) == norm_speaker(speaker[r["text"]], table)}


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
    from importlib.util import find_spec

    missing = [m for m in ("nltk", "pandas", "sklearn") if find_spec(m) is None]
    if missing:
        print(f"error: no {', '.join(missing)} in this Python; run it with the project's: "
              f".venv/bin/python experiments/{Path(__file__).name}", file=sys.stderr)
        return 2
    from stance.attribution import speaker_origin

    for row in rows:
        row["speaker_origin"] = speaker_origin(row["speaker"], "", row["speaker_side"])
    for art in sorted((r for r in manifests if r["split"] == "dev"), key=lambda r: r["file"]):
        with open(dev / "gold" / (Path(art["file"]).stem + ".csv"), encoding="utf-8", newline="") as fh:
            gold = list(csv.DictReader(fh))
        roles = _roles(dev / "articles" / art["file"], gold)
        for g in gold:
            key = " ".join(g["text"].lower().split())
            if g["kind"] != "statement" or key in seen:
                continue
            seen.add(key)
            side = g["speaker_side"] or "none"
            rows.append({"text": g["text"], "speaker": g["speaker"], "speaker_side": side,
                         "label": g["label"], "outlet_family": art["outlet_family"],
                         "speaker_origin": speaker_origin(g["speaker"], roles.get(g["text"], ""), side)})
    out = ROOT / "stance" / "data" / "statements.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, OUT_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} statements -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
