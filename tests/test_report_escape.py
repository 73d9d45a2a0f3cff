"""Article text in report.md renders as text: no link, image, script, heading or list comes from an article."""

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance.cli import main
from stance.report import md

EVIL = """title: <script>alert(1)</script> [Talks](http://evil.example) ![x](http://evil.example/t.png)
source: Wire | `code` **bold** https://evil.example
url: javascript:alert(1)

# Putin said the talks went well.
Peskov said the plan | the table | was fine and `rm -rf /` is code.
Xi said: "<script>alert('x')</script> is not a tag here."
Kirby said [click here](http://evil.example) and ![pic](http://evil.example/p.png) were posted.
> A quote block, Peskov said.
<img src=x onerror=alert(1)> was posted, Kirby said.
Text with <http://autolink.example> and www.evil.example and mail@evil.example, Xi said.
=HYPERLINK("http://evil.example") appeared, Peskov said.
---
1. Numbered
"""

# tags the report's own Markdown makes; anything else in the rendered page came from article text
OWN_TAGS = {"h1", "h2", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "strong", "code", "img",
            "em"}


@pytest.fixture(scope="module")
def evil_report(tmp_path_factory):
    d = tmp_path_factory.mktemp("evil")
    (d / "evil.txt").write_text(EVIL, encoding="utf-8")
    assert main(["report", str(d / "evil.txt"), "-o", str(d / "rep")]) == 0
    return (d / "rep" / "report.md").read_text(encoding="utf-8"), (d / "rep" / "statements.csv").read_text("utf-8")


def test_markdown_source_has_no_live_markup(evil_report, model):
    text, _ = evil_report
    assert "<script" not in text and "<img" not in text
    assert "](http" not in text and "![pic]" not in text and "[click here]" not in text
    headings = [l for l in text.splitlines() if l.startswith("#")]
    assert all(re.match(r"#{1,3} (Stance report: |Summary|Speakers|Speaker sides|Statements|Left out|Method)", h)
               for h in headings), headings
    for line in text.splitlines():
        if line.startswith("|"):  # every table row has the header's number of cells
            assert len(re.findall(r"(?<!\\)\|", line)) in (10, 8, 11), line


def test_csv_cells_neutralised(evil_report, model):
    import csv
    import io

    _, csv_text = evil_report
    texts = [r["text"] for r in csv.DictReader(io.StringIO(csv_text))]
    assert "'=HYPERLINK(\"http://evil.example\") appeared, Peskov said." in texts
    assert "'---" in texts or not any(t.startswith("-") for t in texts)
    assert not any(t.startswith(("=", "+", "-", "@")) for t in texts)


def test_rendered_report_has_no_markup_from_the_article(evil_report, model):
    markdown_it = pytest.importorskip("markdown_it")  # optional: `pip install markdown-it-py linkify-it-py`
    text, _ = evil_report
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    try:
        parser = markdown_it.MarkdownIt("gfm-like")  # with bare-URL linkify, like GitHub
        parser.render("www.x.org")
    except ModuleNotFoundError:
        pass
    page = parser.render(text)
    tags = set(re.findall(r"<([a-z0-9]+)", page))
    assert tags <= OWN_TAGS, tags - OWN_TAGS
    assert "evil.example" not in "".join(re.findall(r'(?:href|src)="([^"]*)"', page))
    assert re.findall(r"<img [^>]*>", page) == [f'<img src="{p}" alt="{a}" />' for p, a in
                                               [("stance_by_speaker.png", "Stance by speaker"),
                                                ("stance_share.png", "Overall stance share")]]
    assert [h for h in re.findall(r"<h1>(.*?)</h1>", page)] == [
        "Stance report: &lt;script&gt;alert(1)&lt;/script&gt; [Talks](http://evil.example) "
        "![x](http://evil.example/t.png)"]
    assert "Peskov said the plan | the table | was fine and `rm -rf /` is code." in html.unescape(page)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t*_#|[]()<>!`~-=+.:@ 1"),
               max_size=80))
def test_md_renders_as_the_same_text(text):
    markdown_it = pytest.importorskip("markdown_it")
    parser = markdown_it.MarkdownIt("commonmark")
    expected = " ".join(text.split())
    for wrap, inner in [("{}", r"<p>(.*)</p>"), ("- {}", r"<ul>\s*<li>(.*)</li>\s*</ul>")]:
        page = parser.render(wrap.format(md(text))).strip()
        if not expected:
            continue
        m = re.fullmatch(inner, page, re.DOTALL)
        assert m, (text, page)
        assert " ".join(html.unescape(m.group(1)).split()) == expected
