"""The team's gold annotation of the sample article, scored end to end."""

from stance.attribution import default_speaker_table
from stance.evaluate import read_gold, score_article, summarise
from stance.pipeline import article_statements, label_statements
from conftest import SAMPLE_GOLD


def test_sample_speaker_and_label_accuracy(sample, model, scheme):
    rows, furniture = article_statements(sample)
    table = label_statements(rows, model, scheme)
    records = score_article(sample.text, read_gold(SAMPLE_GOLD), table.to_dict("records"), furniture,
                            default_speaker_table())
    s = summarise(records, list(scheme.names))
    print({k: s[k] for k in ("speaker_accuracy", "writer_voice_accuracy", "side_accuracy", "label_accuracy",
                             "label_macro_f1")})
    assert s["statements"] == 31 and s["furniture_recognised"] == 1.0
    assert s["speaker_accuracy"] >= 0.9
    assert s["writer_voice_accuracy"] >= 0.9
    assert s["side_accuracy"] >= 0.9
    # The classifier never saw the sample; a floor that fails if it stops working altogether.
    assert s["label_accuracy"] >= 0.4
