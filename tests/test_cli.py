import csv
import io

import pytest

from stance.cli import main
from conftest import SAMPLE


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_commands(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "analyze" in out and "report" in out


def test_analyze_to_stdout(capsys, model):
    code, out, err = run(capsys, "analyze", str(SAMPLE))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 31
    assert {"article_id", "speaker", "speaker_side", "label", "confidence", "start", "end"} <= set(rows[0])


def test_analyze_jsonl_and_no_overwrite(capsys, tmp_path, model):
    out = tmp_path / "s.jsonl"
    assert run(capsys, "analyze", str(SAMPLE), "-o", str(out))[0] == 0
    assert len(out.read_text().splitlines()) == 31
    code, _, err = run(capsys, "analyze", str(SAMPLE), "-o", str(out))
    assert code == 2 and err.strip().endswith("exists; use --force to overwrite it")
    assert run(capsys, "analyze", str(SAMPLE), "-o", str(out), "--force")[0] == 0


def test_report_writes_folder(capsys, tmp_path, model):
    out = tmp_path / "rep"
    code, _, err = run(capsys, "report", str(SAMPLE), "-o", str(out))
    assert code == 0, err
    names = {p.name for p in out.iterdir()}
    assert {"report.md", "statements.csv", "stance_by_speaker.png", "stance_share.png", "furniture.csv"} <= names
    text = (out / "report.md").read_text()
    for section in ("## Summary", "## Speakers", "## Statements", "## Method", "John Kirby", "macro-F1"):
        assert section in text
    code, _, err = run(capsys, "report", str(SAMPLE), "-o", str(out))
    assert code == 2 and "not empty; use --force" in err


def test_report_of_several_articles_has_index(capsys, tmp_path, model):
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text("Xi met Putin, the Kremlin said.", encoding="utf-8")
    (d / "two.txt").write_text("China wants peace talks, Wang Wenbin said.", encoding="utf-8")
    out = tmp_path / "rep"
    assert run(capsys, "report", str(d), "-o", str(out))[0] == 0
    assert (out / "one" / "report.md").exists() and (out / "two" / "report.md").exists()
    assert "[one](one/report.md)" in (out / "report.md").read_text()


@pytest.mark.parametrize("content, message", [
    (None, "no such file or folder"),
    (b"", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    (b"Caf\xe9 in Moscow.", "not UTF-8"),
    (b"   \n\n  ", "no article text"),
])
def test_bad_input_one_error_line_nothing_written(capsys, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "report", str(path), "-o", str(out))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0] and str(path) in lines[0]
    assert not out.exists()
    assert "Traceback" not in err


def test_folder_without_articles(capsys, tmp_path):
    code, _, err = run(capsys, "analyze", str(tmp_path))
    assert code == 2 and "no .txt articles" in err


def test_bad_option_is_usage_error(capsys):
    code, _, err = run(capsys, "report")
    assert code == 2 and "error:" in err


def test_evaluate_against_gold(capsys, tmp_path, model):
    from conftest import SAMPLE_GOLD

    out = tmp_path / "scores.json"
    code, stdout, err = run(capsys, "evaluate", str(SAMPLE), "--gold", str(SAMPLE_GOLD.parent), "--labels",
                            "--json", str(out))
    assert code == 0, err
    assert "31 gold statements (22 with a speaker)" in stdout
    assert "speaker accuracy       1.000" in stdout
    import json

    scores = json.loads(out.read_text())
    assert scores["speaker_accuracy"] >= 0.9 and 0 < scores["label_macro_f1"] <= 1


@pytest.mark.parametrize("gold, message", [("nowhere", "no such gold folder"), ("empty", "no gold file for article")])
def test_evaluate_bad_gold(capsys, tmp_path, gold, message):
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "evaluate", str(SAMPLE), "--gold", str(tmp_path / gold))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


ARTICLE_WITH_NEW_FIGURE = ("Moscow, March 21.\n\nThe plan cannot end the war, Veronika Hrab said on Tuesday. "
                           "Hrab added that Kyiv would wait.\n")


def _speakers_of(capsys, args):
    assert main(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    return [(r["speaker"], r["speaker_side"]) for r in rows]


def test_speakers_file_extends_the_table(capsys, tmp_path, model):
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE_WITH_NEW_FIGURE, encoding="utf-8")
    before = _speakers_of(capsys, ["analyze", str(art)])
    assert before[-2:] == [("Veronika Hrab", "analyst")] * 2  # unknown person: the analyst default
    extra = tmp_path / "speakers.csv"
    extra.write_text("name,aliases,side,kind,roles\nVeronika Hrab,Hrab|Ms Hrab,ukraine,person,minister\n",
                     encoding="utf-8")
    after = _speakers_of(capsys, ["analyze", str(art), "--speakers", str(extra)])
    assert after[-2:] == [("Veronika Hrab", "ukraine")] * 2


@pytest.mark.parametrize("content, message", [
    (None, "no such speakers file"),
    ("name,side,colour\nX,us,red\n", "speakers.csv:1: unknown column 'colour'"),
    ("name,aliases\nX,Y\n", "speakers.csv:1: missing column 'side'"),
    ("name,side\nJane Roe,usa\n", "speakers.csv:2: side 'usa' is not one of china, russia, us"),
    ("name,side,kind\nJane Roe,us,robot\n", "speakers.csv:2: kind 'robot' is not person or institution"),
])
def test_bad_speakers_file_is_one_error_line(capsys, tmp_path, content, message):
    extra = tmp_path / "speakers.csv"
    if content is not None:
        extra.write_text(content, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["analyze", str(SAMPLE), "-o", str(out), "--speakers", str(extra)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0], err
    assert not out.exists()


def test_an_article_without_line_breaks_is_named_in_a_warning(capsys, tmp_path, model):
    flat = tmp_path / "flat.txt"
    flat.write_text(" ".join(SAMPLE.read_text(encoding="utf-8").split()), encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(flat), str(SAMPLE), "-o", str(tmp_path / "s.csv"))
    assert code == 0 and (tmp_path / "s.csv").exists()
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "1 article has no line breaks" in warnings[0] and str(flat) in warnings[0]
    assert str(SAMPLE) not in warnings[0]
    code, _, err = run(capsys, "report", str(flat), "-o", str(tmp_path / "r"))
    assert code == 0 and "warning: 1 article has no line breaks" in err
    assert "**No line breaks:**" in (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(SAMPLE), "-o", str(tmp_path / "t.csv"))
    assert "warning" not in err


def test_report_says_what_was_read_as_plain_text(capsys, tmp_path, model):
    import textwrap

    body = SAMPLE.read_text(encoding="utf-8").replace("’", "&rsquo;").replace("Jinping", "Jin\xadping")
    wrapped = "\n".join(textwrap.fill(p, 70) if p.strip() else p for p in body.split("\n"))
    path = tmp_path / "web.txt"
    path.write_text(wrapped + "\n\nSee [John Kirby](https://example.org/k). Itâ€™s done.", encoding="utf-8")
    assert run(capsys, "report", str(path), "-o", str(tmp_path / "r"))[0] == 0
    meta = [line for line in (tmp_path / "r" / "report.md").read_text(encoding="utf-8").splitlines()
            if line.startswith("- **")]
    for note in ("Hard-wrapped text:** ", "Invisible characters:** ", "HTML character references:** 6 ",
                 "Markdown links:** 1 were", "Mojibake:** 1 words"):
        assert any(note in line for line in meta), note
    assert not any("No line breaks" in line for line in meta)


@pytest.mark.parametrize("code", [0, 2, 3])
def test_the_command_exits_with_main_s_code(monkeypatch, code):
    import stance.cli as cli

    monkeypatch.setattr(cli, "main", lambda: code)
    with pytest.raises(SystemExit) as exc:
        cli.run()
    assert exc.value.code == code


def test_an_interrupted_command_leaves_without_the_interpreter_s_teardown(monkeypatch):
    # (the teardown joins the threads of a worker pool whose processes were terminated, which can hang)
    import os

    import stance.cli as cli

    left = []
    monkeypatch.setattr(cli, "main", lambda: cli.EXIT_INTERRUPTED)
    monkeypatch.setattr(os, "_exit", lambda code: left.append(code))
    cli.run()
    assert left == [130]
