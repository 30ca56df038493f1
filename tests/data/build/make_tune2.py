"""Writes tests/data/matching_tune2.json from the three lists beside this file.

A third labelled set (round 3 of issue 12), written by a session that had not read the glossary, the
weights or the other sets' content, from public pages on other Mekong Delta technologies than the
independent set's (fruit drying and post-harvest, aquaculture feed, fresh-water storage against
salinity, seed varieties, biogas, mechanisation); many English needs whose relevant offers are partly
Vietnamese. Frozen (committed on its own) before any tuning on it. No `sector` field.
Run: python tests/data/build/make_tune2.py
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tune2_needs import NEEDS  # noqa: E402
from tune2_offers import OFFERS  # noqa: E402
from tune2_sources import S  # noqa: E402


def main() -> None:
    offers = [
        {"id": i, "language": lang, "title": t, "description": d, "source": S[src]} for i, lang, src, t, d in OFFERS
    ]
    known = {o["id"] for o in offers}
    needs = [
        {"id": i, "language": lang, "title": t, "description": d, "source": S[src]} for i, lang, src, t, d, _ in NEEDS
    ]
    qrels = {i: dict(q) for i, _, _, _, _, q in NEEDS}
    for need, judged in qrels.items():
        unknown = set(judged) - known
        if unknown:
            raise SystemExit(f"{need}: unknown offers {sorted(unknown)}")
    out = HERE.parent / "matching_tune2.json"
    out.write_text(
        json.dumps({"offers": offers, "needs": needs, "qrels": qrels}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{out}: {len(needs)} needs, {len(offers)} offers, {sum(len(q) for q in qrels.values())} judgements")


if __name__ == "__main__":
    main()
