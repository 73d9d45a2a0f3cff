"""stance compare: corpus runs, the chi-square test in words, skipped inputs, parallel and Dask engines."""

import csv
import json
import re

import pandas as pd
import pytest

from stance.aggregate import label_test, source_labels, speakers_across_sources, voice_shares
from stance.articles import Article, Skip, iter_articles_lenient
from stance.cli import main
from stance.report import difference_sentences

SOURCES = {
    "Wire A": ["John Kirby said China cannot be a mediator and warned Beijing against sending weapons.",
               "Kirby said the peace plan was one-sided.", "The talks lasted two days."],
    "Daily B": ["Wang Wenbin said China upholds an objective and impartial position and promotes peace talks.",
                "John Kirby said the plan was a smokescreen.", "Xi arrived in Moscow on Monday."],
}


def _corpus(path, broken=False, no_source=()):
    lines = []
    for k, (src, sents) in enumerate(sorted(SOURCES.items())):
        for i in range(2):
            aid = f"{src[-1]}{i}"
            lines.append(json.dumps({"id": aid, "source": "" if aid in no_source else src,
                                     "date": f"2023-03-{20 + i}", "text": " ".join(sents)}))
    if broken:
        lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _counts(table):
    rows = [{"source": s, "date": "", "speaker": sp, "speaker_side": side, "label": l, "n": n}
            for s, sp, side, l, n in table]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("cells, differ, small", [
    ([("A", "", "none", "us_skeptical", 40), ("A", "", "none", "none", 10),
      ("B", "", "none", "us_skeptical", 10), ("B", "", "none", "none", 40)], True, False),
    ([("A", "", "none", "us_skeptical", 25), ("A", "", "none", "none", 25),
      ("B", "", "none", "us_skeptical", 25), ("B", "", "none", "none", 25)], False, False),
    ([("A", "", "none", "us_skeptical", 3), ("A", "", "none", "none", 1),
      ("B", "", "none", "us_skeptical", 1), ("B", "", "none", "none", 3)], False, True),
])
def test_label_test_words(scheme, cells, differ, small):
    test = label_test(_counts(cells), scheme)
    text = "\n".join(difference_sentences(test))
    assert test["ok"]
    assert ("differs across sources" in text) == differ
    assert ("does not differ significantly" in text) == (not differ)
    assert ("expected counts are too small" in text) == small
    if differ:
        assert "**A** uses `us_skeptical` framing more than expected: 80% of its statements against 50% overall" in text
        assert "**B** uses `us_skeptical` framing less than expected" in text and "p < 0.001" in text


def test_label_test_needs_two_sources(scheme):
    test = label_test(_counts([("A", "", "none", "none", 5)]), scheme)
    assert not test["ok"] and "fewer than two sources" in difference_sentences(test)[0]


def test_tables_from_counts(scheme):
    c = _counts([("A", "John Kirby", "us", "us_skeptical", 3), ("A", "", "none", "none", 1),
                 ("B", "John Kirby", "us", "none", 2), ("B", "Wang Wenbin", "china", "china_neutral", 2)])
    per = source_labels(c, scheme, {"A": 1, "B": 2})
    assert per[["source", "articles", "statements", "dominant"]].values.tolist() == \
        [["A", 1, 4, "us_skeptical"], ["B", 2, 4, "china_neutral"]]  # a tie goes to precedence
    v = voice_shares(c)
    assert list(v.columns[:2]) == ["source", "(writer's own voice)"]
    assert v.set_index("source").loc["A", "us"] == 0.75
    across = speakers_across_sources(c, scheme)
    assert across[["speaker", "source", "statements", "dominant"]].values.tolist() == \
        [["John Kirby", "A", 3, "us_skeptical"], ["John Kirby", "B", 2, "none"]]


def test_lenient_loader_skips_and_keeps_going(tmp_path):
    items = list(iter_articles_lenient([_corpus(tmp_path / "c.jsonl", broken=True)]))
    skips = [i for i in items if isinstance(i, Skip)]
    assert len([i for i in items if isinstance(i, Article)]) == 4
    assert [s.where for s in skips] == [f"{tmp_path / 'c.jsonl'}:2"] and "broken JSON" in skips[0].reason


def test_compare_writes_report(capsys, tmp_path, model):
    out = tmp_path / "cmp"
    code = main(["compare", str(_corpus(tmp_path / "c.jsonl")), "-o", str(out), "--jobs", "1", "--per-article"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "12 statements, 4 articles, 2 sources" in err
    text = (out / "report.md").read_text()
    for part in ("## Do the sources differ?", "chi-square", "expected counts are too small", "Counted by article",
                 "## The same speaker across sources", "| John Kirby | Wire A", "## Label share over time"):
        assert part in text
    assert "p_by_article" in (out / "cells.csv").read_text().splitlines()[0]
    for name in ("statements.csv", "skipped.csv", "sources.csv", "label_share_by_source.png",
                 "voice_share_by_source.png", "residuals_source_label.png", "label_share_over_time.png",
                 "articles/A0/report.md"):
        assert (out / name).exists(), name
    sources = list(csv.DictReader(open(out / "sources.csv")))
    assert [(r["source"], r["articles"], r["statements"]) for r in sources] == [("Daily B", "2", "6"), ("Wire A", "2", "6")]
    assert (out / "skipped.csv").read_text() == "where,reason\n"


def test_compare_missing_source_names_articles(capsys, tmp_path):
    code = main(["compare", str(_corpus(tmp_path / "c.jsonl", no_source=("A1", "B0"))), "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: 2 articles have no source") and "c.jsonl:1," in err and "c.jsonl:4;" in err
    assert not (tmp_path / "o").exists()


def test_compare_skipped_exit_3(capsys, tmp_path, model):
    out = tmp_path / "cmp"
    code = main(["compare", str(_corpus(tmp_path / "c.jsonl", broken=True)), "-o", str(out), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 3 and "1 skipped, see skipped.csv" in err
    rows = list(csv.DictReader(open(out / "skipped.csv")))
    assert len(rows) == 1 and rows[0]["where"].endswith("c.jsonl:2") and "broken JSON" in rows[0]["reason"]
    assert "## Skipped inputs" in (out / "report.md").read_text()


def _outputs(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".csv", ".md")}


def test_jobs_2_same_as_jobs_1(capsys, tmp_path, model):
    corpus = _corpus(tmp_path / "c.jsonl", broken=True)
    for jobs in ("1", "2"):
        assert main(["compare", str(corpus), "-o", str(tmp_path / jobs / "cmp"), "--jobs", jobs,
                     "--batch-size", "1"]) == 3
    capsys.readouterr()
    one, two = _outputs(tmp_path / "1" / "cmp"), _outputs(tmp_path / "2" / "cmp")
    assert one == two and len(one) >= 6


def test_speakers_file_reaches_the_workers(capsys, tmp_path, model):
    corpus = _corpus(tmp_path / "c.jsonl")
    extra = tmp_path / "speakers.csv"
    extra.write_text("name,aliases,side\nJohn Kirby,Kirby,analyst\n", encoding="utf-8")  # an override
    assert main(["compare", str(corpus), "-o", str(tmp_path / "cmp"), "--jobs", "2", "--batch-size", "1",
                 "--speakers", str(extra)]) == 0
    capsys.readouterr()
    rows = pd.read_csv(tmp_path / "cmp" / "statements.csv")
    assert set(rows.loc[rows["speaker"] == "John Kirby", "speaker_side"]) == {"analyst"}


def test_dask_local_cluster_same_output(capsys, tmp_path, model):
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install '.[dask]')")
    corpus = _corpus(tmp_path / "c.jsonl")
    assert main(["compare", str(corpus), "-o", str(tmp_path / "local" / "cmp"), "--jobs", "1"]) == 0
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        code = main(["compare", str(corpus), "-o", str(tmp_path / "dask" / "cmp"), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--batch-size", "2"])
    assert code == 0, capsys.readouterr().err
    assert _outputs(tmp_path / "local" / "cmp") == _outputs(tmp_path / "dask" / "cmp")


def test_dask_needs_scheduler(capsys, tmp_path, model):
    corpus = str(_corpus(tmp_path / "c.jsonl"))
    code = main(["compare", corpus, "-o", str(tmp_path / "o"), "--engine", "dask"])
    assert code == 2 and "--scheduler" in capsys.readouterr().err
    # the mistake leaves nothing behind: no output, no work area that would make the next run ask for --resume
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]
    assert main(["compare", corpus, "-o", str(tmp_path / "o"), "--jobs", "1", "--no-progress"]) == 0


def test_unreachable_scheduler_leaves_no_work_area(capsys, tmp_path, model, monkeypatch):
    pytest.importorskip("distributed", reason="dask[distributed] is not installed (pip install '.[dask]')")
    import socket

    from stance import corpus as corpus_module

    monkeypatch.setattr(corpus_module, "DASK_CONNECT_TIMEOUT", "1s")  # the real wait is 10 s

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    corpus = str(_corpus(tmp_path / "c.jsonl"))
    code = main(["compare", corpus, "-o", str(tmp_path / "o"), "--engine", "dask", "--scheduler",
                 f"tcp://127.0.0.1:{port}", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and f"error: --scheduler tcp://127.0.0.1:{port}: cannot reach the Dask scheduler" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]


def test_compare_warns_about_articles_without_line_breaks(capsys, tmp_path, model):
    long_text = " ".join(SOURCES["Wire A"] * 40)
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"a{i}", "source": "Wire A", "text": long_text if i < 4 else
                                          "\n\n".join(SOURCES["Wire A"])}) for i in range(6)), encoding="utf-8")
    assert main(["compare", str(path), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "warning: 4 articles have no line breaks" in err and "and 1 more" in err


def test_charts_and_tables_show_at_most_thirty_sources(tmp_path, model, monkeypatch):
    from stance import charts

    drawn = []
    for name in ("share_bars", "residual_heatmap"):
        real = getattr(charts, name)

        def spy(rows, *args, _real=real, _name=name, **kwargs):
            title = args[3] if _name == "share_bars" else args[2]
            drawn.append((_name, len(rows), title))
            return _real(rows, *args, **kwargs)
        monkeypatch.setattr(charts, name, spy)
    texts = [SOURCES["Wire A"], SOURCES["Daily B"]]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"s{i}", "source": f"Outlet {i:02d}", "date": "2023-03-21",
                                          "text": "\n\n".join(texts[i % 2] * (1 + i % 3))}) for i in range(38)),
                    encoding="utf-8")
    assert main(["compare", str(path), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-progress"]) == 0
    assert len(pd.read_csv(tmp_path / "out" / "sources.csv")) == 38  # the CSVs keep every source
    assert len(pd.read_csv(tmp_path / "out" / "voices.csv")) == 38
    assert sorted(name for name, _, _ in drawn) == ["residual_heatmap", "share_bars", "share_bars"]
    for name, rows, title in drawn:
        assert rows == 30 and "30 of 38 sources" in title, (name, rows, title)
    # the report's per-source tables list the same 30 sources as the bar charts, and say so
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "38 articles from 38 sources" in report
    sections = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", report, flags=re.S | re.M))
    listed = [set(re.findall(r"^\| (Outlet \d\d) \|", sections[h], flags=re.M))
              for h in ("Label share per source", "Whose voice: statements by speaker side",
                        "Most quoted speakers per source")]
    sizes = pd.read_csv(tmp_path / "out" / "sources.csv").sort_values(["statements", "source"],
                                                                      ascending=[False, True])
    assert listed[0] == listed[1] == listed[2] == set(sizes["source"][:30])
    for h in ("Label share per source", "Whose voice: statements by speaker side"):
        assert "the 30 of 38 sources with most statements" in sections[h]
    across = re.findall(r"^\| ([^|]+) \| (Outlet \d\d) \|", sections["The same speaker across sources"], flags=re.M)
    assert across and {s for _, s in across} <= listed[0]
    assert all(sum(1 for sp, _ in across if sp == name) > 1 for name, _ in across)


def test_article_that_fails_in_processing_is_skipped_not_fatal(capsys, tmp_path, model, monkeypatch):
    from stance import pipeline

    real = pipeline.article_statements

    def flaky(art, *args, **kwargs):
        if art.id == "B1":
            raise ValueError("a span ran past the end")
        return real(art, *args, **kwargs)
    monkeypatch.setattr(pipeline, "article_statements", flaky)
    out = tmp_path / "out"
    assert main(["compare", str(_corpus(tmp_path / "c.jsonl")), "-o", str(out), "--jobs", "1", "--no-progress"]) == 3
    assert capsys.readouterr().err.strip().endswith("1 skipped, see skipped.csv)")
    with open(out / "skipped.csv", encoding="utf-8", newline="") as fh:
        [skip] = list(csv.DictReader(fh))
    assert skip["reason"].endswith("processing failed (ValueError: a span ran past the end)"), skip
    rows = pd.read_csv(out / "statements.csv")
    assert sorted(set(rows["article_id"])) == ["A0", "A1", "B0"]
    assert pd.read_csv(out / "sources.csv").set_index("source").loc["Daily B", "articles"] == 1


def test_default_source_names_the_articles_without_one(capsys, tmp_path, model):
    corpus = _corpus(tmp_path / "c.jsonl", no_source=("A1",))
    out = tmp_path / "out"
    assert main(["compare", str(corpus), "-o", str(out), "--jobs", "1", "--no-progress",
                 "--default-source", "Unattributed"]) == 0
    articles = pd.read_csv(out / "sources.csv").set_index("source")["articles"].to_dict()
    assert articles == {"Daily B": 2, "Unattributed": 1, "Wire A": 1}
    rows = pd.read_csv(out / "statements.csv")
    assert set(rows.loc[rows["article_id"] == "A1", "source"]) == {"Unattributed"}


def test_compare_refuses_a_non_empty_folder_without_force(capsys, tmp_path, model):
    corpus = str(_corpus(tmp_path / "c.jsonl"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["compare", corpus, "-o", str(out), "--jobs", "1", "--no-progress"]) == 2
    assert "--force" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["keep.txt"] and (out / "keep.txt").read_text() == "mine"
    assert not (tmp_path / "out.partial").exists()
    assert main(["compare", corpus, "-o", str(out), "--jobs", "1", "--no-progress", "--force"]) == 0
    assert not (out / "keep.txt").exists() and (out / "report.md").exists()


def test_throughput_benchmark_prints_its_figures(model):
    # a smoke run of experiments/bench_throughput.py on 30 articles: the JSON the issue asks for, and the
    # same statements at one and at two jobs (the speed figures themselves are read from real runs, not here)
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "experiments" / "bench_throughput.py"
    done = subprocess.run([sys.executable, str(script), "--n", "30", "--jobs", "1,2"], capture_output=True,
                          text=True, timeout=120, check=True)
    out = json.loads(done.stdout)
    assert out["n_articles"] == 30
    one, two = out["analyze_jobs1"], out["analyze_jobs2"]
    assert one["statements"] == two["statements"] > 30
    for run in (one, two):
        assert run["articles_per_s"] > 0 and 0 < run["ratio_to_floor"] < 1
    assert out["floor_articles_per_s"] > one["articles_per_s"]
    assert out["speedup_1_to_2"] == pytest.approx(two["articles_per_s"] / one["articles_per_s"], abs=0.01)
    assert 0 < out["peak_rss_mb_parent"] < 2000 and 0 < out["peak_rss_mb_largest_worker"] < 2000


@pytest.mark.parametrize("layout, src, where, reason", [
    ({"fold/a.txt": b"source: A\n\nKirby said China is no mediator.\n", "fold/b.txt": b"\x00\x01binary" * 50,
      "fold/c.txt": b"source: B\n\nPeskov said the talks were good.\n"},
     "fold", "fold/b.txt", "fold/b.txt: binary file (contains NUL bytes), not a text article"),
    ({"fold/c.csv": b'id,source,text\n1,A,"Kirby said China is no mediator."\n2,B,\n3,B,"Peskov said the talks '
                    b'were good."\n'}, "fold/c.csv", "fold/c.csv:3", "fold/c.csv:3: missing or empty 'text'"),
])
def test_a_bad_file_in_a_folder_or_row_in_a_csv_is_skipped(layout, src, where, reason, tmp_path, capsys, model,
                                                            monkeypatch):
    for rel, data in layout.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    assert main(["compare", src, "-o", "out", "--jobs", "1", "--no-progress"]) == 3
    with open(tmp_path / "out" / "skipped.csv", encoding="utf-8", newline="") as fh:
        assert list(csv.DictReader(fh)) == [{"where": where, "reason": reason}]
    assert set(pd.read_csv(tmp_path / "out" / "sources.csv")["source"]) == {"A", "B"}


def test_examples_are_the_surest_statements_from_different_articles():
    from stance.aggregate import label_examples

    t = pd.DataFrame({"article_id": ["a", "a", "b", "c", "d", "d"], "sent_index": [0, 1, 0, 0, 0, 1],
                      "source": ["S", "S", "S", "S", "T", "T"], "speaker": ["X", "", "Y", "Z", "W", "W"],
                      "label": ["pro", "pro", "pro", "pro", "pro", "con"],
                      "confidence": [0.9, 0.95, 0.7, 0.7, 0.99, 0.99], "text": ["t0", "t1", "'-t2", "t3", "t4", "t5"]})
    copy = t.assign(text=["t0", "t1", "t1", "t3", "t4", "t5"])  # b printed a's sentence: shown once
    assert label_examples([copy], [("S", "pro")], k=3)["text"].tolist() == ["t1", "t3", "t0"]
    whole = label_examples([t], [("S", "pro")], k=3)
    # a's surest statement first, then b and c (a tie in confidence: the one that comes first); a's second
    # statement only after every article has one; T and the label "con" were not asked for
    assert whole[["article_id", "sent_index", "rank"]].values.tolist() == [["a", 1, 1], ["b", 0, 2], ["c", 0, 3]]
    assert whole["text"].tolist() == ["t1", "-t2", "t3"]  # the CSV writer's guard against formulas taken off
    chunked = label_examples([t[:1], t[1:3], t[3:]], [("S", "pro")], k=3)
    pd.testing.assert_frame_equal(whole, chunked)  # read in pieces, the same answer
    assert label_examples([t], [("S", "pro")], k=1, pool=1)["article_id"].tolist() == ["a"]
    assert label_examples([t], [("S", "con")]).empty


def test_findings_quote_the_statements_behind_them(capsys, tmp_path, model):
    from stance.report import _excerpt, md

    lines = []
    for i in range(6):
        lines.append(json.dumps({"id": f"w{i}", "source": "Wire A", "text": SOURCES["Wire A"][i % 2]}))
        lines.append(json.dumps({"id": f"d{i}", "source": "Daily B", "text": SOURCES["Daily B"][0]
                                 + " Xi arrived in Moscow on Monday. The talks lasted two days."}))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "cmp"
    assert main(["compare", str(corpus), "-o", str(out), "--jobs", "1"]) == 0, capsys.readouterr().err
    st = pd.read_csv(out / "statements.csv", keep_default_na=False)
    ex = pd.read_csv(out / "examples.csv", keep_default_na=False)
    resid = pd.read_csv(out / "residuals.csv").set_index("source")
    report = (out / "report.md").read_text()
    assert len(ex) and "all in `examples.csv`" in report
    for (src, lab), rows in ex.groupby(["source", "label"]):
        assert resid.loc[src, lab] > 1.96  # only the cells a finding names "more than expected"
        cell = st[(st["source"] == src) & (st["label"] == lab)]
        surest = cell.sort_values("confidence", ascending=False, kind="stable").drop_duplicates("text")
        assert rows["confidence"].tolist() == surest["confidence"].round(4).head(2).tolist()
        assert rows["article_id"].is_unique and rows["text"].is_unique  # two articles, no text twice
        for r in rows.itertuples():
            assert f"“{md(_excerpt(r.text))}” — {md(r.speaker) if r.speaker else 'the writer'} ({md(r.article_id)}" \
                in report


def _articles(rows):
    return pd.DataFrame(rows, columns=["source", "article_id", "n_x", "n_y"])


def test_a_difference_that_rests_on_one_article_is_not_significant_by_article(scheme):
    from stance.aggregate import article_permutation_test

    # A's labels differ from B's only through one article with 30 "x" statements: by statement the sources
    # differ (p < 0.01), by article they do not
    rows = [("A", "a1", 30, 0), ("A", "a2", 5, 5), ("A", "a3", 5, 5), ("B", "b1", 5, 5), ("B", "b2", 5, 5),
            ("B", "b3", 5, 5)]
    counts = _counts([(s, "", "none", "us_skeptical" if l == "x" else "none", n)
                      for s, _, x, y in rows for l, n in (("x", x), ("y", y))])
    assert label_test(counts, scheme)["p"] < 0.01
    by_article = article_permutation_test(_articles(rows), ["x", "y"])
    assert by_article["ok"] and by_article["p"] > 0.3 and by_article["articles"] == 6
    cell = by_article["cells"].set_index(["source", "label"]).loc[("A", "x")]
    assert cell["p_by_article"] > 0.3 and cell["articles"] == 3  # ... nor does any one cell
    again = article_permutation_test(_articles(rows), ["x", "y"])  # seeded: the same every run
    assert again["p"] == by_article["p"] and again["cells"].equals(by_article["cells"])
    # every article of A leaning one way and of B the other: significant by article too (p is never below
    # 1 / (1 + permutations))
    rows = [(s, f"{s}{i}", 9 if s == "A" else 1, 1 if s == "A" else 9) for s in "AB" for i in range(5)]
    strong = article_permutation_test(_articles(rows), ["x", "y"], permutations=200)
    assert strong["p"] < 0.05 and strong["p"] >= 1 / 201
    assert (strong["cells"]["p_by_article"] < 0.05).all()
    # one article per source: nothing to reassign
    one = article_permutation_test(_articles([("A", "a", 9, 1), ("B", "b", 1, 9)]), ["x", "y"])
    assert not one["ok"] and "one article" in one["reason"]


@pytest.mark.parametrize("p, articles, expected", [
    (0.4, 3, ["rests on a few articles", "by article p = 0.400, not significant)"]),
    (0.01, 1, ["holds with whole articles", "by article p = 0.010, from its one article)"]),
])
def test_the_article_level_test_in_words(p, articles, expected):
    test = {"ok": True, "chi2": 30.0, "dof": 3, "p": 0.0001, "n": 100, "small": False,
            "cells": pd.DataFrame([{"source": "Wire A", "label": "x", "residual": 3.1, "p": 0.002, "source_share": 0.6,
                                    "overall_share": 0.3, "significant": True}]),
            "by_article": {"ok": True, "p": p, "articles": 12, "permutations": 1000, "chi2": 30.0,
                           "cells": pd.DataFrame([{"source": "Wire A", "label": "x", "articles": articles,
                                                   "p_by_article": p}])}}
    text = " ".join(difference_sentences(test))
    assert "Counted by article" in text and "12 articles" in text and all(e in text for e in expected)
    assert "(adjusted residual +3.10, p = 0.002; by article" in text
    test["by_article"] = {"ok": False, "reason": "every source has one article, so ...", "articles": 2,
                          "permutations": 1000}
    text = " ".join(difference_sentences(test))
    assert "cannot be checked: every source has one article" in text and "rests on a few articles" in text


def test_a_comparison_without_a_test_names_no_file_or_method_it_lacks(capsys, tmp_path, model):
    # one source: no chi-square test, so no cells.csv and no article-level check in the report's files or method
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"a{i}", "source": "Wire A", "text": SOURCES["Wire A"][0]})
                                for i in range(3)) + "\n", encoding="utf-8")
    out = tmp_path / "cmp"
    assert main(["compare", str(corpus), "-o", str(out), "--jobs", "1"]) == 0, capsys.readouterr().err
    report = (out / "report.md").read_text()
    assert "could not be run" in report and not (out / "cells.csv").exists()
    assert "cells.csv" not in report and "article-level check" not in report
