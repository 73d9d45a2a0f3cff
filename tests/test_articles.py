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
