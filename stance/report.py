"""Markdown reports. Article text is escaped so it always renders as text."""

from __future__ import annotations

import re
from urllib.parse import quote

import pandas as pd

from .scheme import Scheme

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")
_SEARCH_SHOWN = 5  # tried settings listed per search in an experiment report (all are in metrics.json)


def md(text) -> str:
    """Escape ``text`` for a Markdown table cell or paragraph: it renders as the same text, never as markup.

    >>> md("a | b <script> [x](y) `c` # d")
    'a \\\\| b &lt;script&gt; \\\\[x\\\\]\\\\(y\\\\) \\\\`c\\\\` \\\\# d'
    """
    s = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"[\r\n\t\v\f\x85\u2028\u2029]+", " ", s).strip(" ")  # 4 leading spaces: a code block
    s = re.sub(r"([\\`*_{}\[\]()#+!|~@])", r"\\\1", s)
    # no bare-URL autolinks (GitHub-flavoured Markdown links "www.x" and "https://x" in plain text)
    s = re.sub(r"(?i)\b(https?|ftp|mailto|javascript|data|file|www)([:.])", r"\1\\\2", s)
    # no list item, setext heading or thematic break when the text starts a line
    s = re.sub(r"\A(\s*)([-=])", r"\1\\\2", s)
    s = re.sub(r"\A(\s*\d+)([.)])", r"\1\\\2", s)
    return s


def table(df: pd.DataFrame, columns: list[tuple[str, str]], fmt: dict | None = None) -> str:
    """A Markdown table of ``df`` with (column, header) pairs; cells escaped, floats formatted by ``fmt``."""
    fmt = fmt or {}
    head = "| " + " | ".join(md(h) for _, h in columns) + " |"
    rule = "|" + "|".join("---:" if pd.api.types.is_numeric_dtype(df[c]) and df[c].dtype != bool else "---"
                          for c, _ in columns) + "|"
    lines = [head, rule]
    for _, row in df.iterrows():
        cells = []
        for c, _ in columns:
            v = row[c]
            cells.append(fmt[c](v) if c in fmt else md(v))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pct(v) -> str:
    return f"{float(v):.0%}"


def _label(v) -> str:
    return f"`{v}`" if re.fullmatch(r"[\w.-]+", str(v)) else md(v)


def _label_mix(row: dict, labels: list[str]) -> str:
    """A speaker's labels in words: "`x`" for one statement, "all `x`", "mostly `x`" for a majority, else
    the counts ("split: 1 `x`, 1 `y`").

    >>> _label_mix({"statements": 3, "dominant": "a", "n_a": 2, "n_b": 1}, ["a", "b"])
    'mostly `a`'
    >>> _label_mix({"statements": 2, "dominant": "a", "n_a": 1, "n_b": 1}, ["a", "b"])
    'split: 1 `a`, 1 `b`'
    """
    n, top = int(row["statements"]), row["dominant"]
    k = int(row.get(f"n_{top}", 0))
    if n == 1:
        return _label(top)
    if k == n:
        return f"all {_label(top)}"
    if 2 * k > n:
        return f"mostly {_label(top)}"
    return "split: " + _mix(row, labels)


def summary_sentences(df: pd.DataFrame, speakers: pd.DataFrame, scheme: Scheme, writer: str) -> str:
    """A plain-words summary: who is quoted, how much, with what stance."""
    n = len(df)
    if n == 0:
        return "The article has no statements."
    quoted = df[df["speaker"] != ""]
    named = speakers[speakers["speaker"] != writer]
    q, w, k = len(quoted), n - len(quoted), len(named)
    speakers_ = f"{k} speaker{'s' if k != 1 else ''}"
    if w == 0:
        voice = f"{'It is' if n == 1 else 'All of them are'} attributed to {speakers_}."
    elif q == 0:
        voice = f"{'It is' if n == 1 else 'All are'} in the writer's own voice."
    else:
        voice = (f"{q} of them ({q / n:.0%}) {'is' if q == 1 else 'are'} attributed to {speakers_}; the other {w} "
                 f"{'is' if w == 1 else 'are'} the writer's own voice.")
    parts = [f"The article has {n} statement{'s' if n != 1 else ''}. {voice}"]
    if len(named):
        top = named.head(4)
        bits = [f"{md(r['speaker'])} ({md(r['speaker_side'])}, {r['statements']} "
                f"statement{'s' if r['statements'] != 1 else ''}, {_label_mix(r, list(scheme.names))})"
                for r in top.to_dict("records")]  # (records: a label such as "pro-x" is no attribute name)
        parts.append("Most quoted: " + "; ".join(bits) + ".")
    shares = df["label"].value_counts(normalize=True)
    order = [l for l in scheme.names if l in shares.index]
    parts.append("Across all statements: " + ", ".join(f"{_label(l)} {shares[l]:.0%}" for l in order) + ".")
    if scheme.null_label and len(df):
        stance = df[df["label"] != scheme.null_label]
        if len(stance):
            words = []
            for side, labs in sorted(stance.groupby("speaker_side")["label"]):
                counts = labs.value_counts()
                top = [l for l in scheme.names if counts.get(l, 0) == counts.max()]  # ties in the scheme's order
                who = "the writer" if side == "none" else md(side) + " speakers"
                if len(top) == 1:
                    words.append(f"{who} {'leans' if side == 'none' else 'lean'} to {_label(top[0])}")
                else:  # a tie is said as one, not settled by whichever label pandas lists first
                    words.append(f"{who} {'is' if side == 'none' else 'are'} split between "
                                 f"{', '.join(_label(l) for l in top[:-1])} and {_label(top[-1])}")
            parts.append("Among statements that take a stance, " + "; ".join(words) + ".")
    unc = int(df["uncertain"].sum()) if "uncertain" in df else 0
    if unc:
        parts.append(f"{unc} label{'s are' if unc != 1 else ' is'} uncertain (confidence below "
                     f"{scheme.uncertain_below:.2f}) and marked with ? below.")
    return " ".join(parts)


def article_report(article, df: pd.DataFrame, furniture: pd.DataFrame, speakers: pd.DataFrame,
                   sides: pd.DataFrame, scheme: Scheme, model_info: dict, charts: dict[str, str],
                   writer: str) -> str:
    """The Markdown report of one article."""
    title = article.title or article.id
    meta = [f"- **Article:** {md(article.id)}"]
    meta.append(f"- **Source:** {md(article.source) if article.source else 'unknown'}")
    meta.append(f"- **Date:** {md(article.date) if article.date else 'unknown'}")
    if article.url:
        meta.append(f"- **URL:** {md(article.url)}")
    meta.append(f"- **Label scheme:** {md(scheme.name)} ({', '.join(_label(l) for l in scheme.names)})")
    for count, what in ((article.unwrapped, "**Hard-wrapped text:** {} line breaks inside paragraphs were read as "
                                            "spaces"),
                        (article.invisible, "**Invisible characters:** {} (soft hyphens, zero-width spaces, direction "
                                            "marks) were taken out of words"),
                        (article.entities, "**HTML character references:** {} (`&quot;`, `&#8217;`, ...) were read "
                                           "as the characters they stand for"),
                        (article.links, "**Markdown links:** {} were read as their text"),
                        (article.mojibake, "**Mojibake:** {} words whose UTF-8 had been read as Windows-1252 "
                                           "(`â€™`) were read back")):
        if count:
            meta.append("- " + what.format(count))
    if article.flat:
        meta.append("- **No line breaks:** the text has lost its paragraphs, so headlines, bylines and quote "
                    "paragraphs run together and attribution is less accurate")
    out = [f"# Stance report: {md(title)}", "", *meta, "", "## Summary", "",
           summary_sentences(df, speakers, scheme, writer), ""]
    for key, caption in (("speakers", "Stance by speaker"), ("overall", "Overall stance share")):
        if key in charts:
            out += [f"![{caption}]({charts[key]})", ""]
    out += ["## Speakers", "", table(speakers, [("speaker", "speaker"), ("speaker_side", "side"),
                                               ("statements", "statements")] +
                                    [(f"n_{l}", l) for l in scheme.names] +
                                    [("dominant", "dominant label"), ("mean_confidence", "mean confidence")],
                                    {"mean_confidence": lambda v: f"{v:.2f}", "dominant": _label}), ""]
    out += ["## Speaker sides", "", table(sides, [("speaker_side", "side"), ("statements", "statements")] +
                                          [(f"share_{l}", l) for l in scheme.names] +
                                          [("dominant", "dominant label")],
                                          {**{f"share_{l}": pct for l in scheme.names}, "dominant": _label}), ""]
    st = df.assign(shown=[f"{l}{' ?' if u else ''}" for l, u in zip(df["label"], df["uncertain"])],
                   who=df["speaker"].where(df["speaker"] != "", "—"))
    out += ["## Statements", "",
            "`?` marks a label whose confidence is below the scheme's threshold; evidence lists the features "
            "that raised the predicted label most.", "",
            table(st, [("sent_index", "#"), ("who", "speaker"), ("speaker_side", "side"), ("shown", "label"),
                       ("confidence", "confidence"), ("evidence", "evidence"), ("text", "text")],
                  {"confidence": lambda v: f"{v:.2f}", "shown": lambda v: _label(v.split()[0]) + (" ?" if "?" in v else ""),
                   "who": lambda v: "—" if v == "—" else md(v)}), ""]
    if len(furniture):
        out += ["## Left out as page furniture", "",
                "Lines recognised as page furniture (not statements), listed so nothing disappears silently:", ""]
        out += [f"- {md(t)}" for t in furniture["text"]] + [""]
    out += method_section(model_info, scheme)
    return "\n".join(out).rstrip() + "\n"


def method_section(info: dict, scheme: Scheme) -> list[str]:
    lines = ["## Method", ""]
    lines.append("Pipeline: NLTK Punkt sentence splitting (untrained, news abbreviations as data) with exact "
                 "character offsets; rule-based speaker attribution in named passes (trailing, parenthetical, "
                 "according to, colon, leading, pronoun, nominal, continuation, next sentence) with a table of "
                 "well-known figures for names and sides; a scikit-learn stance classifier.")
    lines.append("")
    model = info.get("model", "?")
    grams = info.get("ngrams") or {}
    text = " and ".join(f"{kind} {grams[key][0]}-{grams[key][1]}-grams"
                        for kind, key in (("word", "word"), ("character", "char")) if key in grams)
    lines.append(f"- **Model:** `{model}`: TF-IDF {text or 'n-grams'}, cue phrases of the "
                 f"label scheme, the speaker's side and, for analysts and outlets, the country their role words name, "
                 f"into {info.get('description', model)}.")
    lines.append(f"- **Training data:** {info.get('n_train', '?')} team-written statements "
                 f"({md(info.get('training_file', ''))}); none of them comes from this article.")
    cv = info.get("cv")
    if cv:
        lines.append(f"- **Cross-validated macro-F1:** {cv['macro_f1']:.3f} ({md(cv['folds'])}; accuracy "
                     f"{cv['accuracy']:.3f}).")
    fam = info.get("cv_family")
    if fam:
        lines.append(f"- **Transfer to an unseen outlet family:** macro-F1 {fam['macro_f1']:.3f} "
                     f"({md(fam['folds'])}).")
    lines.append(f"- **Uncertain below:** confidence {scheme.uncertain_below:.2f} (set in the scheme).")
    lines.append("- Labels follow the annotation guide: " + "; ".join(
        f"{_label(l.name)}: {md(l.definition.rstrip('. '))}" for l in scheme.labels) + ".")
    lines.append("")
    return lines


def index_report(rows: pd.DataFrame, scheme: Scheme) -> str:
    """An index of several per-article reports."""
    out = ["# Stance reports", "", f"{len(rows)} articles; one folder each.", "",
           table(rows, [("link", "article"), ("source", "source"), ("date", "date"), ("statements", "statements"),
                        ("speakers", "speakers"), ("dominant", "dominant label")],
                 {"link": lambda v: v, "dominant": _label}), ""]
    return "\n".join(out)


def p_value(p: float) -> str:
    """``p = 0.013`` / ``p < 0.001`` in words a reader knows."""
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def _excerpt(text: str, limit: int = 200) -> str:
    """``text`` cut at a space before ``limit`` characters, with an ellipsis when cut.

    >>> _excerpt("one two three", 9)
    'one two…'
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(",;:") + "…"


def example_lines(examples: pd.DataFrame | None, source: str, label: str) -> list[str]:
    """Sub-items quoting the statements behind a finding (see :func:`stance.aggregate.label_examples`)."""
    if examples is None or not len(examples):
        return []
    rows = examples[(examples["source"] == source) & (examples["label"] == label)].sort_values("rank")
    return [f"  - “{md(_excerpt(r.text))}” — {md(r.speaker) if r.speaker else 'the writer'} "
            f"({md(r.article_id)}, confidence {float(r.confidence):.2f})" for r in rows.itertuples()]


def _by_article_sentence(by_article: dict, differ: bool) -> str:
    """The article-level permutation test (:func:`stance.aggregate.article_permutation_test`) in words."""
    caution = ("**The difference rests on a few articles:** treat the findings below as describing these articles "
               "rather than their sources' coverage in general.")
    if not by_article.get("ok"):
        return (f"Counted by article, the difference cannot be checked: {by_article.get('reason', 'too few articles')}."
                + (" " + caution if differ else ""))
    head = (f"Counted by article instead of by statement (the statements of one article share its writer and its "
            f"framing, so they are not independent observations): reassigning the {by_article['articles']:,} articles "
            f"to the sources at random, each source keeping its number of articles, gives {p_value(by_article['p'])} "
            f"({by_article['permutations']:,} seeded reassignments; unlike the chi-square approximation, this needs no "
            f"large expected counts).")
    if by_article["p"] < 0.05:
        return head + (" The difference holds with whole articles as the units." if differ else "")
    return head + (" " + caution if differ else "")


def difference_sentences(test: dict, max_cells: int = 8, examples: pd.DataFrame | None = None) -> list[str]:
    """The chi-square result in words: whether sources differ, which source uses which label more or less.

    ``examples`` (from :func:`stance.aggregate.label_examples`) adds, under each "more than expected"
    finding, the statements of that source and label the classifier is surest of."""
    if not test.get("ok"):
        return [f"The chi-square test could not be run: {test.get('reason', 'not enough data')}."]
    differ = test["p"] < 0.05
    out = [f"The label distribution {'differs' if differ else 'does not differ significantly'} across sources "
           f"(chi-square = {test['chi2']:.1f}, df = {test['dof']}, {p_value(test['p'])}; "
           f"{test['n']:,} statements)."]
    by_article = test.get("by_article")
    if by_article is not None:
        out.append(_by_article_sentence(by_article, differ))
    if test["small"]:
        cells = test["residuals"].size
        small = round(test["share_small"] * cells)
        out.append(f"**Warning: expected counts are too small for the test.** {small} of {cells} expected "
                   f"counts ({test['share_small']:.0%}) are below 5 (smallest {test['min_expected']:.1f}); the "
                   "chi-square approximation needs at most 20% below 5 and none below 1. Treat the p-values "
                   "as rough: add articles, or compare fewer sources or labels.")
    sig = test["cells"][test["cells"]["significant"]]
    per_article = {}
    if by_article is not None and by_article.get("ok"):
        per_article = {(c.source, c.label): (c.p_by_article, c.articles) for c in by_article["cells"].itertuples()}
    if len(sig):
        bits = []
        for r in sig.head(max_cells).itertuples():
            more = "more" if r.residual > 0 else "less"
            by, n_art = per_article.get((r.source, r.label), (None, 0))
            bits.append(f"- **{md(r.source)}** uses {_label(r.label)} framing {more} than expected: "
                        f"{r.source_share:.0%} of its statements against {r.overall_share:.0%} overall "
                        f"(adjusted residual {r.residual:+.2f}, {p_value(r.p)}"
                        + (f"; by article {p_value(by)}" + ("" if by < 0.05 else ", not significant")
                           + (", from its one article" if n_art == 1 else "") if by is not None else "") + ").")
            if r.residual > 0:
                bits += example_lines(examples, r.source, r.label)
        if len(sig) > max_cells:
            rest = len(sig) - max_cells
            bits.append(f"- … and {rest} more cell{'s' if rest != 1 else ''} beyond ±1.96 (see the heatmap).")
        out.append("Where the difference lies (cells whose adjusted residual is beyond ±1.96; p-values per "
                   "cell, not corrected for the number of cells"
                   + (f"; \"by article\": the same cell's residual against its {by_article['permutations']:,} article "
                      "reassignments"
                      if per_article else "") + ")"
                   + (", each source's use of a label shown by the statements the classifier is surest of "
                      "(all in `examples.csv`)" if examples is not None and len(examples) else "")
                   + ":\n\n" + "\n".join(bits))
    else:
        out.append("No single source-label cell stands out (every adjusted residual is within ±1.96).")
    return out


def _mix(row, labels) -> str:
    parts = [f"{int(row[f'n_{l}'])} {_label(l)}" for l in labels if int(row[f"n_{l}"])]
    return ", ".join(parts)


def compare_report(title: str, per_source: pd.DataFrame, voices: pd.DataFrame, top: pd.DataFrame,
                   across: pd.DataFrame, test: dict, over_time: pd.DataFrame | None, unit: str,
                   skipped: pd.DataFrame, scheme: Scheme, model_info: dict, charts: dict[str, str],
                   per_article: list[str] | None = None, shown: set | None = None,
                   examples: pd.DataFrame | None = None) -> str:
    """The Markdown report of ``stance compare``: tables, the test in words (with ``examples``, the
    statements behind each finding), charts.

    ``shown``, when given, is the set of sources the per-source tables list (a corpus of hundreds of sources
    would give tables of thousands of lines); the test and the totals still use every source, and the
    CSVs beside the report keep every row.
    """
    labels = list(scheme.names)
    by_article = test.get("by_article")
    n_art, n_st = int(per_source["articles"].sum()), int(per_source["statements"].sum())
    n_sources = len(per_source)

    def listed(csv_name: str) -> list[str]:
        """The note above a per-source table that lists only the ``shown`` sources."""
        return [] if shown is None else [f"Listed: the {len(shown)} of {n_sources} sources with most statements, "
                                         f"as in the charts; every source is in `{csv_name}`.", ""]
    if shown is not None:
        per_source = per_source[per_source["source"].isin(shown)]
        voices = voices[voices["source"].isin(shown)]
        top = top[top["source"].isin(shown)]
        across = across[across["source"].isin(shown)]
        across = across[across.groupby("speaker")["source"].transform("size") > 1]
    out = [f"# Comparing sources: {md(title)}", "",
           f"{n_art:,} article{'s' if n_art != 1 else ''} from {n_sources:,} source"
           f"{'s' if n_sources != 1 else ''}, {n_st:,} statements"
           + (f"; {len(skipped)} input{'s' if len(skipped) != 1 else ''} skipped (see below)" if len(skipped) else "")
           + f". Label scheme: {md(scheme.name)} ({', '.join(_label(l) for l in labels)}).", ""]
    out += ["## Do the sources differ?", ""]
    for para in difference_sentences(test, examples=examples):
        out += [para, ""]
    if "residuals" in charts:
        out += [f"![Adjusted residuals, source by label]({charts['residuals']})", "",
                "Each cell: adjusted (standardized) residual of the chi-square test and the observed number of "
                "statements. Orange: the source uses the label more than its share of statements predicts; "
                "purple: less.", ""]
    out += ["## Label share per source", ""]
    if "labels" in charts:
        out += [f"![Label share per source]({charts['labels']})", ""]
    out += listed("sources.csv")
    out += [table(per_source, [("source", "source"), ("articles", "articles"), ("statements", "statements")] +
                  [(f"share_{l}", l) for l in labels] + [("dominant", "dominant label")],
                  {**{f"share_{l}": pct for l in labels}, "dominant": _label}), ""]
    out += ["## Whose voice: statements by speaker side", "",
            "Share of each source's statements by the side of the speaker; the writer's own (unattributed) "
            "voice is counted as a voice of its own.", ""]
    if "voices" in charts:
        out += [f"![Voice share per source]({charts['voices']})", ""]
    out += listed("voices.csv")
    vcols = [c for c in voices.columns if c != "source"]
    out += [table(voices, [("source", "source")] + [(c, c) for c in vcols], {c: pct for c in vcols}), ""]
    out += ["## Most quoted speakers per source", ""]
    out += listed("top_speakers.csv")
    if len(top):
        out += [table(top, [("source", "source"), ("rank", "#"), ("speaker", "speaker"), ("speaker_side", "side"),
                            ("statements", "statements"), ("dominant", "dominant label")], {"dominant": _label}), ""]
    else:
        out += ["No statement is attributed to a named speaker.", ""]
    out += ["## The same speaker across sources", ""]
    if shown is not None:
        out += [f"Listed: speakers quoted by more than one of the {len(shown)} sources listed above; every speaker "
                "and source is in `speakers_across_sources.csv`.", ""]
    if len(across):
        mixed = across.assign(mix=[_mix(r, labels) for _, r in across.iterrows()])
        out += ["Speakers quoted by more than one source, and how each source represents them (statements "
                "attributed to the speaker in that source, by label):", "",
                table(mixed, [("speaker", "speaker"), ("source", "source"), ("statements", "statements"),
                              ("mix", "label mix"), ("dominant", "dominant label")],
                      {"mix": lambda v: v, "dominant": _label}), ""]
    else:
        out += ["No named speaker is quoted by more than one source.", ""]
    if over_time is not None and len(over_time) > 1:
        out += [f"## Label share over time (per {unit})", ""]
        if "time" in charts:
            out += [f"![Label share over time]({charts['time']})", ""]
        out += [table(over_time, [("period", unit), ("statements", "statements")] +
                      [(f"share_{l}", l) for l in labels], {f"share_{l}": pct for l in labels}), ""]
    if len(skipped):
        out += ["## Skipped inputs", "", f"{len(skipped)} input{'s' if len(skipped) != 1 else ''} could not be "
                "read or processed and {} left out (also in `skipped.csv`):".format("is" if len(skipped) == 1 else "are"),
                "", table(skipped, [("where", "input"), ("reason", "reason")]), ""]
    if per_article:
        out += ["## Per-article reports", ""] + [f"- [{md(a)}](articles/{quote(a)}/report.md)" for a in per_article] + [""]
    out += ["## Files", "", "- `statements.csv`: every statement with speaker, side, label and probabilities.",
            "- `sources.csv`, `voices.csv`, `top_speakers.csv`, `speakers_across_sources.csv`, `residuals.csv`: "
            "the tables above" + ("; `cells.csv`: every source-label cell of the test (observed and expected "
                                  "counts, adjusted residual, p, and p by article)." if test.get("ok") else ".")]
    if examples is not None and len(examples):
        out += ["- `examples.csv`: for each source and label used more than expected, the statements the "
                "classifier is surest of."]
    out += ["- `skipped.csv`: inputs left out, with the reason.", ""]
    out += method_section(model_info, scheme)
    out += ["Comparison: a chi-square test of independence of label and source (scipy "
            "`chi2_contingency`, no continuity correction) over the labels that occur; adjusted residuals "
            "(observed − expected) / √(expected · (1 − row share) · (1 − column share)) are approximately "
            "standard normal, so |residual| > 1.96 marks a cell at p < 0.05. "
            + (f"Both treat statements as independent; the article-level check keeps the chi-square statistic and "
               f"takes its null distribution from {by_article['permutations']:,} random reassignments of whole "
               "articles to sources (numpy, seed 0), so a source whose difference comes from one or two articles "
               "is not reported as significant there. " if by_article else "")
            + "Labels come from the classifier, "
            "so a difference between sources can also be a difference in how well the model reads them.", ""]
    return "\n".join(out).rstrip() + "\n"


# --- experiment reports (stance experiment run) ------------------------------

_EXP_METRICS = {"accuracy": "accuracy", "macro_f1": "macro-F1", "f_avg": "F_avg"}


def _num(v) -> str:
    return "" if v is None else f"{float(v):.3f}"


def _ci(ci) -> str:
    return f"[{ci[0]:.3f}, {ci[1]:.3f}]" if ci else ""


def _params(p: dict) -> str:
    """``k=v, ...`` in key order (metrics.json stores parameters sorted already)."""
    return ", ".join(f"{k}={v}" for k, v in sorted(p.items()))


def _per_class_table(name: str, s: dict, labels: list[str]) -> list[str]:
    rows = pd.DataFrame([{"label": l, **s["per_class"][l]} for l in labels])
    f = {k: _num for k in ("precision", "recall", "f1")}
    f["label"] = _label
    return [f"**{md(name)}**", "", table(rows, [("label", "label"), ("precision", "precision"), ("recall", "recall"),
                                               ("f1", "F1"), ("support", "gold rows")], f), ""]


def experiment_report(cfg: dict, scheme: Scheme, metrics: dict, charts: dict) -> str:
    """The Markdown report of an experiment (what was run, comparison, per-class figures, charts).

    Carries no timestamp and no absolute path, so a rerun gives the same text.
    """
    level = f"{metrics['confidence']:.0%}"
    d = cfg["data"]
    out = [f"# Experiment: {md(cfg['name'])}", ""]
    if cfg.get("description"):
        out += [md(cfg["description"]), ""]
    out += ["## What was run", "",
            f"- kind: `{cfg['kind']}`; seed: {cfg['seed']}; label scheme: `{md(scheme.name)}` "
            f"({', '.join(_label(l) for l in scheme.names)})"]
    if cfg["kind"] == "classify":
        out += [f"- data: {md(', '.join(d['train']))} ({metrics['n_train']} training rows); "
                f"{md(metrics['evaluation'])}; {metrics['n_scored']} rows scored",
                f"- main metric: {_EXP_METRICS[metrics['main_metric']]}"
                + (f" (mean F1 of {', '.join(_label(l) for l in metrics['average_labels'])}, pooled over all rows)"
                   if metrics["main_metric"] == "f_avg" else "")
                + f"; {level} percentile bootstrap interval over {metrics['bootstrap']} resamples of the scored rows "
                  f"(seeded)"]
        for name, m in metrics["models"].items():
            out.append(f"- model `{md(name)}`: `{m['type']}` ({md(_params(m['params']))})")
            for i, sel in enumerate(m.get("selected", [])):
                where = "" if len(m["selected"]) == 1 else f" (fold {i + 1})"
                best = sorted(sel["cv"], key=lambda c: -c["score"])[:_SEARCH_SHOWN]
                tried = "; ".join(f"{_params(c['params'])}: {c['score']:.4f}" for c in best)
                more = len(sel["cv"]) - len(best)
                out.append(f"  - chosen by cross-validation on the training rows{where}: "
                           f"**{md(_params(sel['params']))}** ("
                           + (f"best {len(best)} of {len(sel['cv'])} settings tried: " if more else "tried ")
                           + md(tried) + (f"; all in `metrics.json`" if more else "") + ")")
        out += ["", "Full settings: `config.toml`; input hashes and package versions: `manifest.json`.", "",
                "## Comparison", ""]
        rows = []
        for name, m in metrics["models"].items():
            rows.append({"model": name, "main": m[metrics["main_metric"]], "ci": _ci(m["ci"]),
                         "accuracy": m["accuracy"], "macro_f1": m["macro_f1"], "f_avg": m.get("f_avg")})
        cols = [("model", "model"), ("main", _EXP_METRICS[metrics["main_metric"]]), ("ci", f"{level} interval")]
        cols += [(k, _EXP_METRICS[k]) for k in ("accuracy", "macro_f1") if k != metrics["main_metric"]]
        if metrics["average_labels"] and metrics["main_metric"] != "f_avg":
            cols.append(("f_avg", "F_avg (" + ", ".join(metrics["average_labels"]) + ")"))
        out += [table(pd.DataFrame(rows), cols, {"main": _num, "accuracy": _num, "macro_f1": _num, "f_avg": _num}), ""]
        if metrics.get("reference"):
            out += ["Published reference figures: " + "; ".join(f"{md(k)} {v:.4f}" for k, v in
                                                                 sorted(metrics["reference"].items())) + ".", ""]
        if "comparison" in charts:
            out += [f"![Model comparison]({charts['comparison']})", ""]
        targets = {t for m in metrics["models"].values() for t in m.get("per_target", {})}
        if targets:
            out += ["## Per target", ""]
            key = metrics["main_metric"]
            rows = [{"target": t, **{n: m["per_target"][t][key] for n, m in metrics["models"].items()}}
                    for t in sorted(targets)]
            out += [table(pd.DataFrame(rows), [("target", "target")] + [(n, n) for n in metrics["models"]],
                          {n: _num for n in metrics["models"]}), ""]
        out += ["## Per class", ""]
        for name, m in metrics["models"].items():
            out += _per_class_table(name, m, metrics["labels"])
        out += [f"![F1 per label]({charts['per_class_f1']})", "", "## Confusion matrices", "",
                f"![Confusion matrices]({charts['confusion']})", ""]
        return "\n".join(out)
    splits = metrics["splits"]
    out += [f"- articles: {metrics['n_articles']} annotated development articles (splits: "
            f"{', '.join(s for s in splits if s != 'all')}); attribution by the rule-based passes "
            f"(`stance.pipeline.article_statements`), scored by `stance.evaluate`",
            f"- intervals: {level} percentile bootstrap over {metrics['bootstrap']} resamples of the statements"]
    for name, m in metrics.get("models", {}).items():
        out.append(f"- classifier `{md(name)}`: `{m['type']}` ({md(_params(m['params']))}), trained on "
                   f"{m['n_train']} statements")
    out += ["", "## Attribution", ""]
    rows = [{"split": sp, "articles": s["articles"], "statements": s["statements"],
             "speaker": s["speaker_accuracy"], "speaker_ci": _ci(s["ci"]["speaker_accuracy"]),
             "writer": s["writer_voice_accuracy"], "side": s["side_accuracy"], "side_ci": _ci(s["ci"]["side_accuracy"]),
             "seg": s["segmentation_exact"]} for sp, s in splits.items()]
    out += [table(pd.DataFrame(rows), [("split", "split"), ("articles", "articles"), ("statements", "statements"),
                                       ("speaker", "speaker accuracy"), ("speaker_ci", f"{level} interval"),
                                       ("writer", "writer-voice accuracy"), ("side", "side accuracy"),
                                       ("side_ci", f"{level} interval"), ("seg", "segmentation exact")],
                  {"speaker": _num, "writer": _num, "side": _num, "seg": _num}), ""]
    for key in ("speaker_accuracy", "writer_voice_accuracy", "side_accuracy"):
        if key in charts:
            out += [f"![{key.replace('_', ' ')}]({charts[key]})", ""]
    if cfg["kind"] == "end_to_end":
        out += ["## Labels", "", "Gold statements matched to a predicted statement (at least half overlap) are "
                "scored; the others count in `unmatched`.", ""]
        rows = [{"split": sp, "n": s["classification"]["n"], "unmatched": s["classification"]["unmatched_statements"],
                 "accuracy": s["classification"]["accuracy"], "macro_f1": s["classification"]["macro_f1"],
                 "ci": _ci(s["classification"]["ci"])} for sp, s in splits.items()]
        out += [table(pd.DataFrame(rows), [("split", "split"), ("n", "statements scored"), ("unmatched", "unmatched"),
                                           ("accuracy", "label accuracy"), ("macro_f1", "label macro-F1"),
                                           ("ci", f"{_EXP_METRICS[metrics['main_metric']]} {level} interval")],
                      {"accuracy": _num, "macro_f1": _num}), ""]
        first = next(iter(metrics["models"]), "")
        by_model = {sp: s["classification_by_model"] for sp, s in splits.items() if "classification_by_model" in s}
        if by_model:
            out += [f"The models side by side ({_EXP_METRICS[metrics['main_metric']]}, {level} interval); the "
                    f"tables and charts below are the first model's, `{md(first)}`.", ""]
            rows = [{"model": f"`{md(name)}`", **{sp: f"{_num(by_model[sp][name][metrics['main_metric']])} "
                                                      f"{_ci(by_model[sp][name]['ci'])}" for sp in by_model}}
                    for name in metrics["models"]]
            out += [table(pd.DataFrame(rows), [("model", "model")] + [(sp, sp) for sp in by_model],
                          {"model": lambda v: v, **{sp: lambda v: v for sp in by_model}}), ""]
            if "comparison" in charts:
                out += [f"![Model comparison]({charts['comparison']})", ""]
        for sp, s in splits.items():
            out += _per_class_table(f"split {sp}", s["classification"], metrics["labels"])
        out += [f"![Label F1]({charts['per_class_f1']})", "", f"![Confusion]({charts['confusion']})", ""]
    return "\n".join(out)
