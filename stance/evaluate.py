"""Score a statement table against a gold annotation (ANNOTATION.md).

Gold files are CSV with one row per sentence or furniture line, in article
order: ``sent_index, text, speaker, speaker_side, label, attribution,
construction, kind``. Gold rows are located in the article by their exact
text, so scoring does not depend on the tool's own segmentation: each gold
statement is matched to the predicted statement that overlaps it most.

Scores: speaker accuracy on statements that have a speaker, the writer's own
voice recognised as such, side accuracy over all statements, label accuracy
and macro-F1, segmentation agreement, counts and accuracy per attribution
pass and per gold construction, and the list of mismatches.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

from .errors import InputError

GOLD_COLUMNS = ("sent_index", "text", "speaker", "speaker_side", "label", "attribution", "construction", "kind")


def read_gold(path: str | Path) -> list[dict]:
    """Rows of a gold CSV file, checked for the required columns."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such gold file") from None
    reader = csv.DictReader(text.splitlines(keepends=True))
    missing = [c for c in ("text", "speaker", "speaker_side", "label") if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}:1: gold file lacks column {missing[0]!r}")
    rows = list(reader)
    for r in rows:
        r.setdefault("kind", "statement")
        r["kind"] = r.get("kind") or "statement"
    return rows


def locate(article_text: str, gold: list[dict], where: str = "gold") -> list[tuple[int, int]]:
    """(start, end) of each gold row in the article text, searched in order."""
    pos = 0
    out = []
    for i, r in enumerate(gold):
        at = article_text.find(r["text"], pos)
        if at < 0:
            raise InputError(f"{where}: row {i + 2}: text not found in the article after offset {pos}: "
                             f"{r['text'][:60]!r}")
        out.append((at, at + len(r["text"])))
        pos = at + len(r["text"])
    return out


def norm_speaker(name: str, table=None) -> str:
    """Speaker name for comparison: lowercase, no leading article, a country's possessive as its adjective
    ("China's embassy" ~ "Chinese embassy"), no patronymic ("Yuri Viktorovich Ushakov" ~ "Yuri Ushakov"),
    aliases mapped to the canonical name."""
    from .attribution import _adjectival

    s = _adjectival(re.sub(r"[’`]", "'", str(name or "")).strip())
    s = s.lower().replace("u.s. ", "us ")  # "U.S. officials" ~ "US officials"
    s = re.sub(r"^(the|a|an|one|some|several|many|two|three|four)\s+", "", s)
    s = re.sub(r"^(?:sir|dame)\s+(?=\S+\s+\S)", "", s)  # a title: "Sir Laurence Ashby-Frome" ~ "Laurence Ashby-Frome"
    s = re.sub(r"\s+", " ", s).strip(" .,")
    s = re.sub(r"\s+(?:in|at)\s+(?:the\s+)?[a-z][\w' -]*$", "", s)  # "embassy in new delhi" ~ "embassy"
    s = re.sub(r"\s+(?:data|figures|statistics)$", "", s)  # "chinese customs data" ~ "chinese customs"
    # a patronymic is the same person's fuller name: "yuri viktorovich ushakov" ~ "yuri ushakov"
    s = re.sub(r"^(\S+)\s+\S+(?:ovich|evich|ovych|evych|ivna|ovna|evna|yivna)\s+(\S+)$", r"\1 \2", s)
    if table is not None and s:
        fig = table.lookup(s)
        if fig:
            return fig.name.lower()
    return s


def score_article(article_text: str, gold: list[dict], predicted, furniture=(), table=None,
                  where: str = "gold") -> list[dict]:
    """One record per gold row: gold and predicted values side by side.

    ``predicted`` is an iterable of dicts (or a DataFrame's records) with start, end, speaker,
    speaker_side and optionally label and attribution_pass; ``furniture`` the furniture spans.
    """
    spans = locate(article_text, gold, where)
    preds = list(predicted)
    furn = [(f["start"], f["end"]) for f in furniture]
    out = []
    for (a, b), g in zip(spans, gold):
        best, overlap = None, 0
        for p in preds:
            o = min(b, p["end"]) - max(a, p["start"])
            if o > overlap:
                best, overlap = p, o
        in_furn = any(min(b, fe) - max(a, fs) > 0.5 * (b - a) for fs, fe in furn)
        rec = {"where": where, "text": g["text"], "kind": g["kind"], "construction": g.get("construction", ""),
               "gold_speaker": g["speaker"], "gold_side": g["speaker_side"], "gold_label": g["label"],
               "pred_furniture": in_furn and (best is None or overlap < 0.5 * (b - a))}
        if best is not None and overlap >= 0.5 * (b - a):
            rec.update(pred_speaker=best.get("speaker", ""), pred_side=best.get("speaker_side", ""),
                       pred_label=best.get("label", ""), pred_pass=best.get("attribution_pass", ""),
                       exact=(best["start"], best["end"]) == (a, b), pred_labels=best.get("labels"))
        else:
            rec.update(pred_speaker=None, pred_side=None, pred_label=None, pred_pass="", exact=False,
                       pred_labels=None)
        rec["speaker_ok"] = rec["pred_speaker"] is not None and \
            norm_speaker(rec["pred_speaker"], table) == norm_speaker(g["speaker"], table)
        rec["side_ok"] = rec["pred_side"] == g["speaker_side"]
        out.append(rec)
    return out


def summarise(records: list[dict], labels: list[str] | None = None) -> dict:
    """Scores over records from :func:`score_article` (any number of articles)."""
    st = [r for r in records if r["kind"] == "statement"]
    spoken = [r for r in st if r["gold_speaker"]]
    writer = [r for r in st if not r["gold_speaker"]]
    furn = [r for r in records if r["kind"] == "furniture"]

    def acc(rows, key):
        return round(sum(r[key] for r in rows) / len(rows), 4) if rows else None

    out = {
        "statements": len(st),
        "with_speaker": len(spoken),
        "speaker_accuracy": acc(spoken, "speaker_ok"),
        "writer_voice_accuracy": acc(writer, "speaker_ok"),
        "side_accuracy": acc(st, "side_ok"),
        "segmentation_exact": acc(st, "exact"),
        "furniture_lines": len(furn),
        "furniture_recognised": round(sum(r["pred_furniture"] for r in furn) / len(furn), 4) if furn else None,
    }
    per_pass = defaultdict(lambda: [0, 0])
    for r in st:
        key = r["pred_pass"] or "none"
        per_pass[key][0] += 1
        per_pass[key][1] += r["speaker_ok"]
    out["per_pass"] = {k: {"statements": n, "speaker_correct": c} for k, (n, c) in sorted(per_pass.items())}
    per_con = defaultdict(lambda: [0, 0])
    for r in st:
        per_con[r["construction"] or "?"][0] += 1
        per_con[r["construction"] or "?"][1] += r["speaker_ok"]
    out["per_construction"] = {k: {"statements": n, "speaker_accuracy": round(c / n, 4)}
                               for k, (n, c) in sorted(per_con.items())}
    labelled = [r for r in st if r["pred_label"]]
    if labelled:
        from sklearn.metrics import accuracy_score, f1_score

        y = [r["gold_label"] for r in labelled]
        p = [r["pred_label"] for r in labelled]
        labs = labels or sorted(set(y) | set(p))
        out["label_accuracy"] = round(float(accuracy_score(y, p)), 4)
        out["label_macro_f1"] = round(float(f1_score(y, p, labels=labs, average="macro", zero_division=0)), 4)
        per = f1_score(y, p, labels=labs, average=None, zero_division=0)
        out["label_f1"] = {l: round(float(v), 4) for l, v in zip(labs, per)}
        out["label_confusion"] = {g: dict(Counter(pp for gg, pp in zip(y, p) if gg == g)) for g in labs}
    return out


def mismatches(records: list[dict]) -> list[dict]:
    """Records whose speaker or side is wrong."""
    return [r for r in records if r["kind"] == "statement" and not (r["speaker_ok"] and r["side_ok"])]
