import pytest

from stance.errors import ConfigError
from stance.scheme import Scheme, default_scheme


def test_default_scheme_from_data():
    s = default_scheme()
    assert len(s.names) == 4 and s.null_label in s.names
    assert len(set(s.colours.values())) == 4
    assert s.resolve([s.names[-1], s.names[0]]) == s.names[0]


def test_custom_scheme_gets_fallback_colours():
    s = Scheme.from_dict({"labels": {"FAVOR": {}, "AGAINST": {}, "NONE": {}}}, where="x")
    assert s.names == ("FAVOR", "AGAINST", "NONE") and len(set(s.colours.values())) == 3


@pytest.mark.parametrize("data, message", [
    ({"labels": {"a": {}}, "colour": 1}, "unknown scheme key 'colour'"),
    ({"labels": {}}, "non-empty table"),
    ({"labels": {"a": {"hue": "x"}}}, r"unknown key labels\.a\.hue"),
    ({"labels": {"a": {}, "b": {}}, "precedence": ["a"]}, "must list each label once"),
    ({"labels": {"a": {}}, "null_label": "z"}, "null_label 'z'"),
])
def test_bad_schemes(data, message):
    with pytest.raises(ConfigError, match=message):
        Scheme.from_dict(data, where="x.toml")


def test_priors_are_data_and_validated():
    s = Scheme.from_dict({"labels": {"a": {"prior": 0.6}, "b": {"prior": 0.2}}}, where="x")
    assert s.priors == pytest.approx({"a": 0.75, "b": 0.25})  # normalised
    assert Scheme.from_dict({"labels": {"a": {"prior": 0.5}, "b": {}}}, where="x").priors is None
    with pytest.raises(ConfigError, match=r"labels\.a\.prior must be a number"):
        Scheme.from_dict({"labels": {"a": {"prior": 0}}}, where="x")
    assert default_scheme().priors is None  # the shipped scheme moves nothing (see its comment)
