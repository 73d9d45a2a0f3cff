"""Measure the cross-validation figures that reports quote for the shipped model.

Writes stance/data/model_card.json; a test checks that it matches the shipped
training data, so it cannot go stale silently.

    python experiments/make_model_card.py
"""

import json
from pathlib import Path

from stance.classify import make_card
from stance.scheme import default_scheme

if __name__ == "__main__":
    card = make_card(default_scheme())
    path = Path(__file__).resolve().parent.parent / "stance" / "data" / "model_card.json"
    path.write_text(json.dumps(card, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2, sort_keys=True))
