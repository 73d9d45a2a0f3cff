"""Every case of the bad-input catalogue (tests/bad_inputs.py): one ``error:`` line, the exit code, no output."""

import csv
import re

import pytest

from bad_inputs import CASES, SKIP_CASES, Case
from stance.cli import main


def lay_out(case: Case, root):
    for rel, content in case.files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)


def test_catalogue_is_large_and_unique():
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)) and len(CASES) + len(SKIP_CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case, tmp_path, monkeypatch, capsys, model):
    lay_out(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(case.argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    lines = [l for l in err.splitlines() if not l.startswith(("usage:", " ", "warning:"))]  # a warning is no error
    assert len(lines) == 1, err
    if case.expected.startswith("re:"):
        assert re.fullmatch(case.expected[3:], lines[0]), lines[0]
    else:
        assert lines[0] == case.expected
    assert code == case.code
    out_path = tmp_path / case.out
    if case.code != 0:
        assert not out_path.exists()
        # no temporary file and no compare work area (<out>.partial) either
        assert not out_path.with_name(out_path.name + ".partial").exists()
        assert not [p for p in out_path.parent.glob(f".{out_path.name}*")] if out_path.parent.exists() else True
        return
    with open(out_path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    spans = [(int(r["start"]), int(r["end"])) for r in rows]
    for r, (a, b) in zip(rows, spans):
        text = r["text"][1:] if r["text"].startswith("'") and not case.body[a:b].startswith("'") else r["text"]
        assert case.body[a:b] == text
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert max(len(r["text"]) for r in rows) <= (int(case.argv[case.argv.index("--max-statement-chars") + 1])
                                                 if "--max-statement-chars" in case.argv else 2000)


@pytest.mark.parametrize("name, data, where, reason", SKIP_CASES, ids=[c[0] for c in SKIP_CASES])
def test_compare_records_skip(name, data, where, reason, tmp_path, monkeypatch, capsys, model):
    (tmp_path / "c.jsonl").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    code = main(["compare", "c.jsonl", "-o", "out", "--no-progress", "--jobs", "1", "--max-article-bytes", "20000"])
    _, err = capsys.readouterr()
    assert code == 3 and "Traceback" not in err
    assert err.strip().endswith("1 skipped, see skipped.csv)")
    with open(tmp_path / "out" / "skipped.csv", encoding="utf-8", newline="") as fh:
        assert list(csv.DictReader(fh)) == [{"where": where, "reason": reason}]
    assert (tmp_path / "out" / "report.md").exists()
    assert not list(tmp_path.glob(".out*")) and not (tmp_path / "out.partial").exists()
