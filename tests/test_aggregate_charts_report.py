import pandas as pd
import pytest

from stance import charts
from stance.aggregate import WRITER, by_side, by_source, by_speaker, overall
from stance.report import md


def _table(scheme):
    l = list(scheme.names)
    return pd.DataFrame({
        "speaker": ["A", "A", "A", "", "B"],
        "speaker_side": ["us", "us", "us", "none", "china"],
        "source": ["S1", "S1", "S2", "S2", ""],
        "label": [l[0], l[0], l[1], l[3], l[2]],
        "confidence": [0.9, 0.7, 0.5, 0.8, 0.6],
    })


def test_by_speaker_counts_shares_dominant(scheme):
    l = list(scheme.names)
    t = by_speaker(_table(scheme), scheme)
    a = t[t["speaker"] == "A"].iloc[0]
    assert (a["statements"], a[f"n_{l[0]}"], a[f"n_{l[1]}"], a["dominant"]) == (3, 2, 1, l[0])
    assert abs(a[f"share_{l[0]}"] - 2 / 3) < 1e-3 and abs(a["mean_confidence"] - 0.7) < 1e-9
    assert WRITER in set(t["speaker"])
    assert t["speaker"].tolist()[0] == "A"  # most statements first


def test_by_side_and_source(scheme):
    assert by_side(_table(scheme), scheme).set_index("speaker_side")["statements"].to_dict() == \
        {"us": 3, "none": 1, "china": 1}
    assert set(by_source(_table(scheme), scheme)["source"]) == {"S1", "S2", "(unknown)"}


def test_overall_share_in_scheme_order(scheme):
    s = overall(_table(scheme), scheme)
    assert list(s.index) == list(scheme.names) and abs(s.sum() - 1) < 1e-9


def test_charts_are_deterministic_pngs(scheme, tmp_path):
    t = by_speaker(_table(scheme), scheme)
    a = charts.stacked_shares(t, "speaker", scheme, tmp_path / "a.png", "T", "speaker")
    b = charts.stacked_shares(t, "speaker", scheme, tmp_path / "b.png", "T", "speaker")
    assert a.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert a.read_bytes() == b.read_bytes()


def test_markdown_escaping():
    s = md("x | y `z` <script>alert(1)</script> [a](http://e) ![i](p) # h")
    assert "|" not in s.replace("\\|", "")
    assert "<script>" not in s and "&lt;script&gt;" in s
    assert "](" not in s.replace("\\]\\(", "")


@pytest.mark.parametrize("speakers, first", [
    (["A", "A", "", "B"], "The article has 4 statements. 3 of them (75%) are attributed to 2 speakers; "
                          "the other 1 is the writer's own voice."),
    (["A", "", ""], "The article has 3 statements. 1 of them (33%) is attributed to 1 speaker; "
                    "the other 2 are the writer's own voice."),
    (["A", "B"], "The article has 2 statements. All of them are attributed to 2 speakers."),
    (["", ""], "The article has 2 statements. All are in the writer's own voice."),
    (["A"], "The article has 1 statement. It is attributed to 1 speaker."),
    ([""], "The article has 1 statement. It is in the writer's own voice."),
])
def test_summary_counts_read_as_english(scheme, speakers, first):
    from stance.report import summary_sentences

    l = list(scheme.names)
    df = pd.DataFrame({"speaker": speakers, "speaker_side": ["us" if s else "none" for s in speakers],
                       "label": [l[0]] * len(speakers), "confidence": [0.9] * len(speakers),
                       "uncertain": [False] * len(speakers)})
    assert summary_sentences(df, by_speaker(df, scheme), scheme, WRITER).startswith(first)


def test_summary_says_how_a_speakers_labels_split(tmp_path):
    # "mostly" only for a majority; a tie gives the counts; a label whose name is no identifier still counts
    from stance.report import summary_sentences
    from stance.scheme import Scheme

    scheme = Scheme.from_dict({"name": "s", "null_label": "none-at-all", "labels": {
        "pro-x": {"definition": "for X"}, "anti-x": {"definition": "against X"}, "none-at-all": {"definition": "-"}}},
        where="test")
    df = pd.DataFrame({"speaker": ["A"] * 3 + ["B"] * 2 + ["C"] * 2 + ["D"],
                       "speaker_side": ["us"] * 8,
                       "label": ["pro-x", "pro-x", "anti-x", "pro-x", "anti-x", "anti-x", "anti-x", "pro-x"],
                       "confidence": [0.9] * 8, "uncertain": [False] * 8})
    text = summary_sentences(df, by_speaker(df, scheme), scheme, WRITER)
    assert "A (us, 3 statements, mostly `pro-x`)" in text
    assert "B (us, 2 statements, split: 1 `pro-x`, 1 `anti-x`)" in text
    assert "C (us, 2 statements, all `anti-x`)" in text and "D (us, 1 statement, `pro-x`)" in text
    # side us: 4 pro-x, 4 anti-x, a tie
    assert "us speakers are split between `pro-x` and `anti-x`" in text


def test_names_charts_cannot_draw_give_no_warnings(scheme, tmp_path):
    import warnings

    df = pd.DataFrame({"speaker": ["🇨🇳 Wire\tdesk", "B"], "speaker_side": ["china", "us"],
                       "label": list(scheme.names)[:2], "confidence": [0.9, 0.8]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning fails the test
        charts.stacked_shares(by_speaker(df, scheme), "speaker", scheme, tmp_path / "s.png", "t", "speaker")
    assert (tmp_path / "s.png").stat().st_size > 0
