"""How much the reading of an article changes when its text comes in another form.

Real coverage arrives as web pages saved as text, feed exports and terminal dumps: no-break
spaces, HTML character references, zero-width spaces, soft hyphens, doubled spaces, hard-wrapped
lines, straight or curly quotes. Each perturbation below rewrites the development articles
(every ``--every``-th article of the dev split, so no held-out article is read) in one such form,
and the script counts how many statements keep their text (compared with whitespace, quote style
and references evened out), their speaker and their label.

    python experiments/robustness.py            # a table
    python experiments/robustness.py --json     # the same as JSON

No perturbation should change anything, except those in ``LOSSY`` (marked ``*``), which take away
structure the tool reads (line breaks); a figure below 1.000 elsewhere is a form the tool misreads.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import random
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEV = ROOT / "experiments" / "dev"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.fill(p, width) if p.strip() else p for p in text.split("\n"))


def _some(pattern: str, repl: str, share: float):
    def apply(text: str, rng: random.Random) -> str:
        return re.sub(pattern, lambda m: repl if rng.random() < share else m.group(), text)
    return apply


PERTURBATIONS = {
    "no-break spaces (all)": lambda t, r: t.replace(" ", "\xa0"),
    "no-break spaces (20%)": _some(" ", "\xa0", 0.2),
    "zero-width space after 5% of spaces": _some(" ", " \u200b", 0.05),
    "soft hyphens in 5% of long words": lambda t, r: re.sub(
        r"\b([A-Za-z]{4})([a-z]{3,})", lambda m: m.group(1) + ("\xad" if r.random() < 0.05 else "") + m.group(2), t),
    "quotes and apostrophes as HTML references": lambda t, r: (
        t.replace("&", "&amp;").replace("“", "&quot;").replace("”", "&quot;").replace('"', "&quot;")
        .replace("’", "&#8217;").replace("'", "&#39;")),
    "doubled spaces (5%)": _some(" ", "  ", 0.05),
    "tabs before 'said'": lambda t, r: t.replace(" said", "\tsaid"),
    "hard-wrapped at 72 columns": lambda t, r: _wrap(t, 72),
    "CRLF line ends": lambda t, r: t.replace("\n", "\r\n"),
    "blank line between paragraphs": lambda t, r: t.replace("\n", "\n\n"),
    "paragraphs joined into one line": lambda t, r: " ".join(p.strip() for p in t.split("\n") if p.strip()),
    "Markdown links on names": lambda t, r: re.sub(r"\b(Xi Jinping|Vladimir Putin|John Kirby)\b",
                                                 r"[\1](https://example.org/x)", t),
    "mojibake (UTF-8 read as cp1252) for “”‘’—–…": lambda t, r: re.sub(
        "[“”‘’—–…]", lambda m: m.group().encode("utf-8").decode("cp1252", errors="ignore"), t),
    "full-width colons, commas and brackets": lambda t, r: t.translate(str.maketrans(":,()", "：，（）")),
    "straight double quotes": lambda t, r: t.replace("“", '"').replace("”", '"'),
    "straight apostrophes": lambda t, r: re.sub(r"(?<=\w)’(?=\w)", "'", t),
    "guillemets for curly double quotes": lambda t, r: t.replace("“", "«").replace("”", "»"),
}


# Forms that lose what the tool reads structure from: the figures say how much, and are not expected to be 1.
# Joined paragraphs take away the line breaks that set headlines, bylines and transcript turns apart.
LOSSY = {"paragraphs joined into one line"}


def _same(text: str) -> str:
    """A statement's text with whitespace, quote style and HTML references evened out."""
    text = html.unescape(text).replace("\xad", "").replace("\u200b", "")
    for a, b in (("'", "’"), ('"', "”"), ("“", "”"), ("‘", "’"), ("«", "”"), ("»", "”")):
        text = text.replace(a, b)
    return " ".join(text.split())


def dev_articles(every: int) -> list[Path]:
    files = []
    for manifest in sorted(DEV.glob("manifest_*.csv")):
        with open(manifest, encoding="utf-8", newline="") as fh:
            files += [DEV / "articles" / row["file"] for row in csv.DictReader(fh) if row.get("split") == "dev"]
    return sorted(files)[::every]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=8, help="read every N-th dev article (default 8)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    from stance.articles import parse_article_text, read_article
    from stance.classify import load_or_train
    from stance.errors import InputError
    from stance.pipeline import analyze
    from stance.scheme import default_scheme

    scheme = default_scheme()
    model = load_or_train(scheme)
    originals = [read_article(f) for f in dev_articles(args.every)]
    base = {a.id: analyze([a], model, scheme)[0] for a in originals}
    results = {}
    for name, perturb in PERTURBATIONS.items():
        rng = random.Random(0)
        kept = speaker = label = total = 0
        for a in originals:
            try:
                got = analyze([parse_article_text(perturb(a.text, rng), a.id)], model, scheme)[0]
                found = {_same(t): (s, lab) for t, s, lab in zip(got["text"], got["speaker"], got["label"])}
            except InputError:  # refused: every statement is lost
                found = {}
            for t, s, lab in zip(base[a.id]["text"], base[a.id]["speaker"], base[a.id]["label"]):
                total += 1
                hit = found.get(_same(t))
                kept += hit is not None
                speaker += hit is not None and _same(hit[0]) == _same(s)
                label += hit is not None and hit[1] == lab
        results[name] = {"lossy": name in LOSSY, "statements": total, "text_kept": round(kept / total, 4),
                         "speaker_kept": round(speaker / total, 4), "label_kept": round(label / total, 4)}
    if args.json:
        print(json.dumps({"articles": len(originals), "perturbations": results}, indent=1))
        return 0
    print(f"{len(originals)} dev articles, {next(iter(results.values()))['statements']} statements")
    print(f"{'perturbation':45s} {'text':>6s} {'speaker':>8s} {'label':>6s}")
    for name, r in results.items():
        print(f"{name + (' *' if r['lossy'] else ''):45s} {r['text_kept']:6.3f} {r['speaker_kept']:8.3f} "
              f"{r['label_kept']:6.3f}")
    print("* takes away structure the tool reads (line breaks); not expected to be 1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
