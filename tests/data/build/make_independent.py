"""Writes tests/data/matching_independent.json from the three lists beside this file.

The set was written from public pages (see independent_sources.py) before the engine was tuned
against it, without reading the glossary or the weights, and has no `sector` field.
Run: python tests/data/build/make_independent.py
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from independent_needs import NEEDS  # noqa: E402
from independent_offers import OFFERS  # noqa: E402
from independent_sources import S  # noqa: E402


def main() -> None:
    offers = [
        {"id": i, "language": lang, "title": t, "description": d, "source": S[src]} for i, lang, src, t, d in OFFERS
    ]
    needs = [
        {"id": i, "language": lang, "title": t, "description": d, "source": S[src]} for i, lang, src, t, d, _ in NEEDS
    ]
    qrels = {i: dict(q) for i, _, _, _, _, q in NEEDS}
    out = HERE.parent / "matching_independent.json"
    out.write_text(
        json.dumps({"offers": offers, "needs": needs, "qrels": qrels}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{out}: {len(needs)} needs, {len(offers)} offers, {sum(len(q) for q in qrels.values())} judgements")


if __name__ == "__main__":
    main()
