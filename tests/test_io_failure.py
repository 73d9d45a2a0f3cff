"""A failure of the system while writing (a full disk) is one error line and leaves the old outputs as they were."""

import json

from stance.cli import main


def _corpus(path):
    path.write_text(json.dumps({"id": "a", "source": "S", "text": "Kirby said China is no mediator. Peskov said the "
                                "talks were good."}) + "\n", encoding="utf-8")
    return str(path)


def test_a_full_disk_while_writing_the_report_leaves_the_old_one(tmp_path, capsys, model, monkeypatch):
    from stance import charts

    corpus, out = _corpus(tmp_path / "c.jsonl"), tmp_path / "out"
    assert main(["compare", corpus, "-o", str(out), "--jobs", "1", "--no-progress"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(out / "label_share_by_source.png"))
    monkeypatch.setattr(charts, "share_bars", full)
    code = main(["compare", corpus, "-o", str(out), "--jobs", "1", "--no-progress", "--force"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and "Traceback" not in "\n".join(err)
    work = tmp_path / "out.partial"
    assert err[-1] == (f"error: {out / 'label_share_by_source.png'}: No space left on device; no output was written; "
                       f"finished batches are kept in {work}; rerun with --resume to continue")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the old report, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out", "out.partial"]  # no temporary folder
    monkeypatch.undo()  # space freed: the run resumes from its finished batches and completes
    assert main(["compare", corpus, "-o", str(out), "--jobs", "1", "--no-progress", "--force", "--resume"]) == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before and not work.exists()


def test_a_closed_pipe_is_no_error(tmp_path):
    # "stance analyze CORPUS | head": the reader went away before the table was written; no traceback, no error
    # line, exit 0 (the child's stdout raises as a closed pipe does, every time rather than by chance)
    import os
    import subprocess
    import sys

    corpus = tmp_path / "a.txt"
    corpus.write_text("Kirby said China is no mediator. Peskov said the talks were good.", encoding="utf-8")
    child = ("import sys\n"
             "class Closed:\n"
             "    def write(self, text): raise BrokenPipeError(32, 'Broken pipe')\n"
             "    def flush(self): pass\n"
             "    def fileno(self): return 1\n"
             "sys.stdout = Closed()\n"
             "from stance.cli import main\n"
             "sys.exit(main())\n")
    done = subprocess.run([sys.executable, "-c", child, "analyze", str(corpus)], capture_output=True, text=True,
                          env=os.environ, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
