"""Print the card's JSON schema: `python -m kinolens.card_schema > docs/card.schema.json`."""
import json

from .card import card_schema

if __name__ == "__main__":
    print(json.dumps(card_schema(), ensure_ascii=False, indent=2))
