"""Label schemes: names, definitions, precedence, colours and cue phrases.

The default scheme (the China-Russia-US story of March 2023) lives in
``stance/data/default_scheme.toml``; nothing else in the code names its labels.
Other stories bring their own scheme as TOML with the same keys.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import ConfigError

# A colour-blind-safe palette (Okabe-Ito) for labels whose scheme gives none.
FALLBACK_COLOURS = ("#0072B2", "#D55E00", "#CC79A7", "#009E73", "#E69F00",
                    "#56B4E9", "#F0E442", "#999999", "#000000")

_SCHEME_KEYS = {"name", "description", "precedence", "null_label", "uncertain_below", "labels"}
_LABEL_KEYS = {"definition", "colour", "cues", "prior"}


@dataclass(frozen=True)
class Label:
    """One label of a scheme."""

    name: str
    definition: str = ""
    colour: str = "#999999"
    cues: tuple[str, ...] = ()
    prior: float | None = None  # expected share of the label in coverage (see Scheme.priors)


@dataclass(frozen=True)
class Scheme:
    """A label scheme.

    Parameters
    ----------
    name : str
        Short name of the scheme.
    labels : tuple of Label
        The labels, in precedence order (highest first).
    null_label : str or None
        The label meaning "no stance", if the scheme has one.
    uncertain_below : float
        Predictions with a lower probability are marked uncertain in reports.

    Examples
    --------
    >>> s = Scheme.from_dict({"labels": {"FAVOR": {}, "AGAINST": {}, "NONE": {}}}, where="inline")
    >>> s.names
    ('FAVOR', 'AGAINST', 'NONE')
    """

    name: str
    labels: tuple[Label, ...]
    null_label: str | None = None
    uncertain_below: float = 0.5
    description: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(label.name for label in self.labels)

    @property
    def priors(self) -> dict[str, float] | None:
        """Expected share of each label in the coverage the tool reads, when the scheme gives one for every
        label (normalised to sum to 1); None otherwise.

        The classifier is trained on a corpus balanced across labels; with priors, its probabilities are
        moved from the training distribution to these (prior-shift correction), so confidence reflects how
        often each stance occurs in real articles.
        """
        if not self.labels or any(l.prior is None for l in self.labels):
            return None
        total = sum(l.prior for l in self.labels)
        return {l.name: l.prior / total for l in self.labels}

    @property
    def colours(self) -> dict[str, str]:
        return {label.name: label.colour for label in self.labels}

    def label(self, name: str) -> Label:
        for label in self.labels:
            if label.name == name:
                return label
        raise ConfigError(f"label {name!r} is not in scheme {self.name!r}; allowed: {', '.join(self.names)}")

    def resolve(self, names) -> str:
        """Return the highest-precedence label among ``names``.

        >>> Scheme.from_dict({"labels": {"a": {}, "b": {}}}, where="x").resolve(["b", "a"])
        'a'
        """
        present = set(names)
        for label in self.labels:
            if label.name in present:
                return label.name
        raise ConfigError(f"none of {sorted(present)} is a label of scheme {self.name!r}")

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "description": self.description,
            "precedence": list(self.names),
            "null_label": self.null_label,
            "uncertain_below": self.uncertain_below,
            "labels": {l.name: {"definition": l.definition, "colour": l.colour, "cues": list(l.cues)}
                       | ({"prior": l.prior} if l.prior is not None else {})
                       for l in self.labels},
        }

    @classmethod
    def from_dict(cls, data: dict, where: str) -> "Scheme":
        """Build a scheme from a parsed TOML table; ``where`` names it in errors."""
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: the label scheme must be a table")
        unknown = set(data) - _SCHEME_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown scheme key {sorted(unknown)[0]!r}; allowed: {', '.join(sorted(_SCHEME_KEYS))}")
        raw = data.get("labels")
        if not isinstance(raw, dict) or not raw:
            raise ConfigError(f"{where}: 'labels' must be a non-empty table of label tables")
        order = data.get("precedence", list(raw))
        if not isinstance(order, list) or sorted(map(str, order)) != sorted(raw):
            raise ConfigError(f"{where}: 'precedence' must list each label once: {', '.join(raw)}")
        labels = []
        for i, name in enumerate(order):
            spec = raw[name] if raw[name] is not None else {}
            if not isinstance(spec, dict):
                raise ConfigError(f"{where}: labels.{name} must be a table")
            bad = set(spec) - _LABEL_KEYS
            if bad:
                raise ConfigError(f"{where}: unknown key labels.{name}.{sorted(bad)[0]}; allowed: {', '.join(sorted(_LABEL_KEYS))}")
            cues = spec.get("cues", [])
            if not isinstance(cues, list) or not all(isinstance(c, str) for c in cues):
                raise ConfigError(f"{where}: labels.{name}.cues must be a list of strings")
            colour = spec.get("colour", FALLBACK_COLOURS[i % len(FALLBACK_COLOURS)])
            if not isinstance(colour, str):
                raise ConfigError(f"{where}: labels.{name}.colour must be a string such as '#0072B2'")
            prior = spec.get("prior")
            if prior is not None and (not isinstance(prior, (int, float)) or isinstance(prior, bool)
                                      or not 0 < prior <= 1):
                raise ConfigError(f"{where}: labels.{name}.prior must be a number above 0 and at most 1")
            labels.append(Label(str(name), str(spec.get("definition", "")), colour,
                                tuple(c.lower() for c in cues), None if prior is None else float(prior)))
        null = data.get("null_label")
        if null is not None and null not in raw:
            raise ConfigError(f"{where}: null_label {null!r} is not one of the labels")
        threshold = data.get("uncertain_below", 0.5)
        if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
            raise ConfigError(f"{where}: uncertain_below must be a number from 0 to 1")
        return cls(name=str(data.get("name", "custom")), labels=tuple(labels), null_label=null,
                   uncertain_below=float(threshold), description=str(data.get("description", "")))

    @classmethod
    def from_toml(cls, path: str | Path) -> "Scheme":
        """Read a scheme from a TOML file."""
        return cls.from_dict(read_toml(path, "scheme"), where=str(path))


def read_toml(path: str | Path, what: str) -> dict:
    """The TOML file at ``path`` as a dict; a missing file, a folder or bad TOML is one ConfigError
    naming the file (``what`` says what the file should be: "scheme", "config").

    Examples
    --------
    >>> read_toml("no/such.toml", "scheme")
    Traceback (most recent call last):
    ...
    stance.errors.ConfigError: no/such.toml: no such scheme file
    """
    path = Path(path)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such {what} file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, expected a .toml {what} file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def default_scheme() -> Scheme:
    """The shipped scheme for the China-Russia-US story."""
    text = resources.files("stance").joinpath("data/default_scheme.toml").read_text(encoding="utf-8")
    return Scheme.from_dict(tomllib.loads(text), where="stance/data/default_scheme.toml")


def load_scheme(path: str | Path | None) -> Scheme:
    """The scheme at ``path``, or the default scheme when ``path`` is None."""
    return default_scheme() if path is None else Scheme.from_toml(path)
