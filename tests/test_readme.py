"""The README's command transcripts are run, and what they print is checked against the README.

Every ``$ command`` line in a fenced block of README.md is either run here (in a scratch folder that
sees the project's ``seeds/`` and ``tests/gold/``, blocks in order, so one block's output is there
for the next) or named in ``ILLUSTRATIVE`` with the reason it is not. The lines printed under a
command in the README must appear in its real output, in order; a line ending in ``...`` is a
prefix, and a line that is only ``...`` skips the rest. The reports the README points to
(``reports/seed``, ``reports/demo_compare``) must equal what the commands write now, file by file
(text files; PNG bytes depend on the font stack).
"""

import os
import re
import shlex
from pathlib import Path

import pytest

from stance.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

# Commands shown to explain an option, on inputs the project does not have (or too slow for the suite).
ILLUSTRATIVE = {
    "cat my_speakers.csv": "an example file the reader writes",
    "stance analyze articles/ --speakers my_speakers.csv -o statements.csv": "a folder the reader brings",
    "stance experiment run experiments/models.toml": "six minutes; its figures are checked by tests/test_experiment.py",
}
COMPARED = {"reports/seed": ["report.md", "statements.csv", "speakers.csv", "furniture.csv"],
            "reports/demo_compare": ["report.md", "statements.csv", "sources.csv", "voices.csv", "residuals.csv",
                                     "top_speakers.csv", "speakers_across_sources.csv", "skipped.csv"]}


def transcripts(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for every ``$ `` line of the fenced blocks of ``text``.

    >>> transcripts("x\\n```\\n$ echo a \\\\\\n    b\\na b\\n$ true\\n```\\n")
    [('echo a b', ['a b']), ('true', [])]
    """
    out = []
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.M | re.S):
        lines = block.splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].startswith("$ "):
                i += 1
                continue
            command = lines[i][2:]
            while command.endswith("\\"):
                i += 1
                command = command[:-1].rstrip() + " " + lines[i].strip()
            i += 1
            expected = []
            while i < len(lines) and not lines[i].startswith("$ "):
                expected.append(lines[i])
                i += 1
            out.append((command, expected))
    return out


def matches(expected: list[str], actual: list[str]) -> str | None:
    """None when every expected line is found in ``actual`` in order, else the first one that is not.

    >>> matches(["a", "c..."], ["a", "b", "cde"]) is None
    True
    >>> matches(["b", "a"], ["a", "b"])
    'a'
    >>> matches(["a", "  ...", "zzz"], ["a"]) is None
    True
    """
    at = 0
    for line in expected:
        if line.strip() == "...":
            return None
        prefix = line.endswith("...")
        want = line[:-3].rstrip() if prefix else line
        while at < len(actual) and not (actual[at].startswith(want) if prefix else actual[at] == want):
            at += 1
        if at == len(actual):
            return line
        at += 1
    return None


def run(command: str, capsys) -> list[str]:
    argv = shlex.split(command)
    if argv[0] == "stance":
        capsys.readouterr()
        main(argv[1:] + (["--no-progress"] if argv[1] == "compare" else []))
        captured = capsys.readouterr()
        return (captured.out + captured.err).splitlines()
    if argv[0] == "head" and argv[1] == "-c":
        return Path(argv[3]).read_bytes()[:int(argv[2])].decode("utf-8", "ignore").splitlines()
    if argv[0] == "sed" and argv[1] == "-n" and argv[2].endswith("p"):
        return [Path(argv[3]).read_text(encoding="utf-8").splitlines()[int(argv[2][:-1]) - 1]]
    raise AssertionError(f"README command {command!r} is neither run by this test nor in ILLUSTRATIVE")


def test_readme_transcripts_are_what_the_commands_print(tmp_path, capsys, model):
    os.chdir(tmp_path)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "gold").symlink_to(ROOT / "tests" / "gold")
    ran = 0
    try:
        for command, expected in transcripts(README.read_text(encoding="utf-8")):
            if command in ILLUSTRATIVE:
                continue
            actual = run(command, capsys)
            missing = matches(expected, actual)
            assert missing is None, f"README: `{command}` does not print {missing!r}; it printed:\n" + "\n".join(actual)
            ran += 1
        assert ran >= 8
        for folder, names in COMPARED.items():
            for name in names:
                written = (tmp_path / folder / name).read_text(encoding="utf-8")
                committed = (ROOT / folder / name).read_text(encoding="utf-8")
                assert written == committed, f"{folder}/{name} differs from what the README's command writes now"
    finally:
        os.chdir(ROOT)


def test_every_readme_command_is_run_or_explained():
    commands = [c for c, _ in transcripts(README.read_text(encoding="utf-8"))]
    assert set(ILLUSTRATIVE) <= set(commands), "ILLUSTRATIVE names a command the README no longer shows"
    runnable = [c for c in commands if c not in ILLUSTRATIVE]
    assert all(c.split()[0] in ("stance", "head", "sed") for c in runnable), runnable
