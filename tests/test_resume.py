"""Ctrl-C during `stance compare` leaves no half-written output; --resume continues from finished batches."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stance.cli import main

SENTENCES = ["John Kirby said China cannot be a mediator and warned Beijing against sending weapons.",
             "Wang Wenbin said China upholds an objective and impartial position and promotes peace talks.",
             "Xi arrived in Moscow on Monday.", "Peskov said the talks were useful.",
             "=HYPERLINK(\"http://x\") was posted, officials said."]


def corpus(path: Path, n: int) -> Path:
    """``n`` articles from three sources, and one broken line (a recorded skip)."""
    lines = [json.dumps({"id": f"a{i:05d}", "source": ["Wire A", "Daily B", "Post C"][i % 3],
                         "date": f"2023-03-{10 + i % 5}",
                         "text": " ".join(SENTENCES[(i + k) % 5] for k in range(3))}) for i in range(n)]
    lines.insert(7, "{broken")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def files(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_ctrl_c_then_resume_equals_uninterrupted(tmp_path, model):
    # 300 batches: enough work left after the first few that Ctrl-C lands mid-run even on a busy machine (with
    # 120, a run whose poller was starved of CPU once finished before the signal came)
    src = corpus(tmp_path / "c.jsonl", 3000)
    args = ["compare", str(src), "--no-progress", "--batch-size", "10"]
    (tmp_path / "a").mkdir()
    assert main(args + ["-o", str(tmp_path / "a" / "out"), "--jobs", "2"]) == 3  # resumed below with 1 job

    out = tmp_path / "b" / "out"
    work = tmp_path / "b" / "out.partial"
    proc = subprocess.Popen([sys.executable, "-m", "stance.cli", *args, "-o", str(out), "--jobs", "2"],
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    deadline = time.monotonic() + 120
    while len(list((work / "batches").glob("*.json"))) < 2:  # some batches done
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines()[-1] == (f"error: interrupted; {out} was not written; finished batches are kept "
                                            f"in {work}; rerun with --resume to continue")
    assert "Traceback" not in err
    assert not out.exists() and not list(out.parent.glob(".out.tmp-*"))
    done = len(list((work / "batches").glob("*.json")))
    assert 2 <= done < 300  # interrupted part-way

    assert main(args + ["-o", str(out)]) == 2  # the work area is not silently thrown away
    assert main(args + ["-o", str(out), "--resume", "--jobs", "1"]) == 3
    assert not work.exists()
    assert files(out) == files(tmp_path / "a" / "out")


def test_resume_refuses_other_settings(tmp_path, capsys, model):
    src = corpus(tmp_path / "c.jsonl", 10)
    work = tmp_path / "out.partial"
    (work / "batches").mkdir(parents=True)
    (work / "settings.json").write_text("{}", encoding="utf-8")
    args = ["compare", str(src), "-o", str(tmp_path / "out"), "--no-progress", "--jobs", "1"]
    capsys.readouterr()
    assert main(args) == 2
    assert capsys.readouterr().err == (f"error: {work}: an interrupted run left its finished batches here; rerun "
                                       "with --resume to continue it, or --force to start over\n")
    assert main(args + ["--resume"]) == 2
    assert "made by a run with other settings (default_source, max_article_bytes" in capsys.readouterr().err
    assert main(args + ["--force"]) == 3 and not work.exists() and (tmp_path / "out" / "report.md").exists()


def test_resume_skips_finished_batches(tmp_path, model, monkeypatch):
    """A committed batch is not processed again; a batch without its commit mark is redone."""
    import stance.corpus as corpus_mod

    src = corpus(tmp_path / "c.jsonl", 40)
    args = ["compare", str(src), "--no-progress", "--batch-size", "10", "--jobs", "1"]
    calls = []
    real = corpus_mod.label_batch

    def interrupting(batch, *a, **k):
        calls.append([x.id for x in batch])
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(batch, *a, **k)

    monkeypatch.setattr(corpus_mod, "label_batch", interrupting)
    assert main(args + ["-o", str(tmp_path / "out")]) == 130
    work = tmp_path / "out.partial"
    assert len(list((work / "batches").glob("*.json"))) == 2
    (work / "batches" / "00000002.csv").write_text("half a batch", encoding="utf-8")  # cut off before its mark
    calls.clear()
    monkeypatch.setattr(corpus_mod, "label_batch", lambda batch, *a, **k: calls.append(1) or real(batch, *a, **k))
    assert main(args + ["-o", str(tmp_path / "out"), "--resume"]) == 3
    assert len(calls) == 2  # 40 articles, 20 done before
    monkeypatch.setattr(corpus_mod, "label_batch", real)
    assert main(args + ["-o", str(tmp_path / "whole")]) == 3
    resumed, whole = files(tmp_path / "out"), files(tmp_path / "whole")
    assert resumed.pop("report.md").replace(b"sources: out", b"sources: whole") == whole.pop("report.md")
    assert resumed == whole


def test_an_interrupted_parallel_run_terminates_its_workers(tmp_path, model, scheme):
    # shutdown() forgets the pool's processes: the workers used to be listed after it, so none was terminated,
    # and once the parent hung on its way out waiting for them (the error line printed, the prompt not back)
    import multiprocessing as mp

    from stance.corpus import run_corpus

    workers = []

    def interrupt(*_):
        workers.extend(p for p in mp.active_children() if p not in workers)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_corpus([corpus(tmp_path / "c.jsonl", 200)], model, scheme, tmp_path / "st.csv", jobs=2, batch_size=5,
                   progress=False, on_batch=interrupt)
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    for p in workers:
        # (the pool's own thread may reap a worker first, and a join then returns before the exit code is in)
        while p.exitcode is None and time.monotonic() < deadline:
            p.join(timeout=0.1)
        assert p.exitcode == -signal.SIGTERM  # terminated, not left to finish its batch
