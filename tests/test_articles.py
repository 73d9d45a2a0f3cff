import json

import pytest

from stance.articles import decode_bytes, iter_articles, load_articles, parse_article_text, read_article
from stance.errors import InputError


def test_sample_date_prefix_and_offsets(sample):
    assert sample.id == "000_449ec84bc6e24a76"
    assert sample.date == "2023-03-18"
    assert sample.text.startswith("Chinese President Xi Jinping")
    raw = open(sample.origin, encoding="utf-8").read()
    assert raw[sample.body_offset:] == sample.text


def test_header_block():
    a = parse_article_text("title: Xi in Moscow\nsource: Wire\ndate: 2023-03-20\nurl: http://x\n\nBody one.", "a1")
    assert (a.title, a.source, a.date, a.url, a.text) == ("Xi in Moscow", "Wire", "2023-03-20", "http://x", "Body one.")


@pytest.mark.parametrize("line", ["Source: Xinhua| 2023-03-21 23:58:06| Editor: huaxia",
                                  "Source: Global Times Published: 2023/3/21 22:54:07", "Source: CGTN | 21:05"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_pages_own_source_line_is_not_a_header(line, gap):
    a = parse_article_text(line + gap + "MOSCOW, March 21 -- Xi and Putin held talks.", "x", source="Manifest Wire")
    assert a.source == "Manifest Wire" and a.text.startswith("Source:")
    assert parse_article_text("source: France 24\n\nBody.", "y").source == "France 24"


def test_capitalised_page_lines_that_are_not_a_header_block_are_text():
    text = "Source: Lushan Ember\nEditor: Gao Ruoxi\n2023-03-22 02:16:40\n\nMOSCOW, March 21 -- Talks ended."
    a = parse_article_text(text, "x", source="Manifest Wire")
    assert (a.source, a.date, a.text) == ("Manifest Wire", "", text)
    b = parse_article_text("Title: Xi in Moscow\nSource: Wire\n\nBody.", "y")  # a capitalised header still is one
    assert (b.title, b.source, b.text) == ("Xi in Moscow", "Wire", "Body.")
    with pytest.raises(InputError, match="unknown header key 'editor'"):  # the documented lowercase form: an error
        parse_article_text("source: Wire\neditor: Gao\n\nBody.", "z")


def test_headline_with_colon_is_not_a_header():
    a = parse_article_text("Putin: China's plan could be a basis\n\nBody.", "h")
    assert a.text.startswith("Putin:") and a.title == ""


@pytest.mark.parametrize("text, message", [
    ("title: A\nauthor: B\n\nBody.", "unknown header key 'author'"),
    ("title: A\ntitle: B\n\nBody.", "header key 'title' repeated"),
    ("date: 2023-13-40\n\nBody.", "bad date '2023-13-40'"),
    ("title: A\n\n   \n", "no article text after the header"),
])
def test_bad_headers(text, message):
    with pytest.raises(InputError, match=message):
        parse_article_text(text, "x", origin="x.txt")


@pytest.mark.parametrize("data, message", [
    (b"", "file is empty"),
    (b"abc\x00def", "binary file"),
    (b"caf\xe9 au lait", "not UTF-8"),
])
def test_decode_errors(data, message):
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "f.txt")


def test_decode_bom_and_utf16():
    assert decode_bytes("\ufeffHello".encode("utf-8"), "f") == "Hello"
    assert decode_bytes("Hello".encode("utf-16"), "f") == "Hello"


def test_folder_with_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("Xi met Putin.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("source: Header Source\n\nPutin met Xi.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,source,date\na.txt,Wire A,2023-03-20\nb.txt,Wire B,\n")
    arts = load_articles([tmp_path])
    assert [(a.id, a.source, a.date) for a in arts] == [("a", "Wire A", "2023-03-20"), ("b", "Header Source", "")]


def test_manifest_path_escaping_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Xi met Putin.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,source\n../a.txt,X\n")
    with pytest.raises(InputError, match="outside the corpus folder"):
        load_articles([tmp_path])


def test_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no .txt articles"):
        load_articles([tmp_path])


def test_jsonl_and_csv_corpora(tmp_path):
    j = tmp_path / "c.jsonl"
    j.write_text(json.dumps({"id": "x1", "source": "S", "text": "Xi met Putin."}) + "\n\n" +
                 json.dumps({"id": "x2", "text": "Talks."}) + "\n", encoding="utf-8")
    assert [a.id for a in iter_articles([j])] == ["x1", "x2"]
    c = tmp_path / "c.csv"
    c.write_text('id,source,text\ny1,S,"Xi met, Putin."\n', encoding="utf-8")
    assert [(a.id, a.text) for a in iter_articles([c])] == [("y1", "Xi met, Putin.")]


def test_jsonl_broken_line_names_line(tmp_path):
    j = tmp_path / "c.jsonl"
    j.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"c\.jsonl:2: broken JSON"):
        list(iter_articles([j]))


def test_duplicate_ids(tmp_path):
    j = tmp_path / "c.jsonl"
    j.write_text('{"id": "a", "text": "one"}\n{"id": "a", "text": "two"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="duplicate article id 'a'"):
        list(iter_articles([j]))


def test_missing_path():
    with pytest.raises(InputError, match="no such file or folder"):
        load_articles(["/nonexistent/x.txt"])


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 100, encoding="utf-8")
    with pytest.raises(InputError, match="over the article size limit"):
        read_article(p, max_bytes=100)


def assert_reads_like(article, original, model, scheme, quotes=False):
    """``article`` (the original's text in another form) gives the original's statements, speakers and
    labels, with offsets that index its own text; ``quotes``: straight and curly double quotes count as one."""
    from stance.pipeline import analyze

    def same(t):
        return " ".join((t.replace('"', "“").replace("”", "“") if quotes else t).split())

    got, want = (analyze([a], model, scheme)[0] for a in (article, original))
    assert all(article.text[s:e] == t for s, e, t in zip(got["start"], got["end"], got["text"]))
    assert [same(t) for t in got["text"]] == [same(t) for t in want["text"]]
    assert got["speaker"].tolist() == want["speaker"].tolist()
    assert got["label"].tolist() == want["label"].tolist()


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_hard_wrapped_sample_reads_like_the_original(sample, model, scheme, width):
    import textwrap

    wrapped = "\n".join(textwrap.fill(p, width) if p.strip() else p for p in sample.text.split("\n"))
    article = parse_article_text(wrapped, sample.id)
    assert article.unwrapped > 20 and len(article.text) == len(wrapped)
    assert [" ".join(p.split()) for p in article.text.split("\n")] == [" ".join(p.split()) for p in sample.text.split("\n")]
    assert_reads_like(article, sample, model, scheme)


def test_ordinary_articles_are_not_unwrapped():
    from pathlib import Path

    from stance.articles import unwrap_hard_lines

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "experiments" / "dev" / "articles").glob("*.txt")) + sorted(root.glob("seeds/**/*.txt"))
    assert len(files) > 700
    assert [f.name for f in files if read_article(f).unwrapped] == []
    # short lines that are not wrapped (a list, a transcript) stay lines
    turns = "\n".join(["Q: Will Xi call Zelensky?", "A: We have nothing to announce.", "Q: And the plan?",
                       "A: It stands.", "Q: Sanctions?", "A: We oppose unilateral sanctions."])
    assert unwrap_hard_lines(turns) == (turns, 0)


def test_unwrap_rejoins_hyphen_breaks_and_handles_crlf():
    import textwrap

    from stance.articles import unwrap_hard_lines

    para = ("The long-awaited state visit ended with a wide-ranging joint statement on a no-limits "
            "partnership, a well-rehearsed show of like-minded unity and a twelve-point plan that "
            "Western officials called self-serving and Kremlin-friendly.")
    for width in range(30, 60, 3):
        wrapped = textwrap.fill(para, width) + "\n\n" + textwrap.fill(para, width)
        text, n = unwrap_hard_lines(wrapped)
        assert n > 0 and len(text) == len(wrapped)
        assert text.split() == (para + " " + para).split(), width
        crlf, m = unwrap_hard_lines(wrapped.replace("\n", "\r\n"))
        assert m == n and crlf.split() == text.split()


def test_web_spaces_and_invisible_characters_do_not_change_who_said_what(sample, model, scheme):
    import random

    rng = random.Random(0)
    # no-break spaces for a fifth of the spaces, a zero-width space after one in twenty, soft hyphens in names
    text = "".join(rng.choice(["\xa0", " ", " ", " ", " "]) if c == " " else c for c in sample.text)
    text = "".join(c + ("\u200b" if c == " " and rng.random() < 0.05 else "") for c in text)
    text = text.replace("Jinping", "Jin\xadping").replace("Kirby", "Kir\xadby")
    article = parse_article_text(text, sample.id)
    assert article.invisible > 10 and len(article.text) == len(text) and "\xa0" not in article.text
    assert_reads_like(article, sample, model, scheme)


@pytest.mark.parametrize("space", ["  ", "\t", " \t "])
def test_double_spaces_and_tabs_do_not_change_who_said_what(sample, model, scheme, space):
    assert_reads_like(parse_article_text(sample.text.replace(" ", space), sample.id), sample, model, scheme)


@pytest.mark.parametrize("name", ["di02.txt", "ea01.txt"])  # dev-split articles rich in quotes
def test_html_character_references_are_read_as_characters(model, scheme, name):
    from pathlib import Path

    original = read_article(Path(__file__).resolve().parent.parent / "experiments" / "dev" / "articles" / name)
    text = (original.text.replace("&", "&amp;").replace("“", "&quot;").replace("”", "&#8221;").replace('"', "&#34;")
            .replace("’", "&rsquo;").replace("—", "&#x2014;"))
    article = parse_article_text(text, original.id)
    assert article.entities > 25 and len(article.text) == len(text) and "&quot;" not in article.text
    assert_reads_like(article, original, model, scheme, quotes=True)


def test_robustness_script_finds_no_form_the_tool_misreads(model, capsys):
    import importlib.util
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "experiments" / "robustness.py"
    spec = importlib.util.spec_from_file_location("robustness", path)
    robustness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(robustness)
    assert robustness.main(["--every", "80", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] >= 10 and len(out["perturbations"]) == len(robustness.PERTURBATIONS)
    for name, r in out["perturbations"].items():
        if r["lossy"]:
            assert r["speaker_kept"] > 0.5, name
            continue
        assert r["text_kept"] == 1.0 and r["speaker_kept"] == 1.0 and r["label_kept"] >= 0.99, name


@pytest.mark.parametrize("name", ["dv07.txt", "dx01.txt"])  # dev-split articles rich in curly quotes and dashes
def test_mojibake_is_read_back(model, scheme, name):
    from pathlib import Path

    original = read_article(Path(__file__).resolve().parent.parent / "experiments" / "dev" / "articles" / name)
    text = "".join(c.encode("utf-8").decode("cp1252", errors="ignore") if c in "“”‘’—–…é" else c
                   for c in original.text)
    article = parse_article_text(text, original.id)
    assert article.mojibake > 20 and len(article.text) == len(text) and "â€" not in article.text
    assert_reads_like(article, original, model, scheme)


def test_a_timestamp_line_after_a_byline_is_not_taken_for_a_wrapped_line():
    from stance.articles import unwrap_hard_lines
    line = "Viktoriia Dzhuryk-Sas, sinologist, former Ukrainian diplomat in Beijing"
    wrapped = (line + "\n22 March 2023, 16:20\n\n"
               + "Xi Jinping arrived in Moscow on Monday for a three-day state visit, the\n"
               + "Kremlin said, while Washington warned that a ceasefire call would only\n"
               + "help Russia keep what it has taken, and Kyiv said it was still waiting\n"
               + "for an answer from Beijing about a call between the two presidents.")
    text, n = unwrap_hard_lines(wrapped)
    assert n == 3 and text.startswith(line + "\n22 March 2023, 16:20\n")
