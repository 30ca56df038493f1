"""Writes tests/data/matching_tune3.json from the three lists beside this file.

Another labelled set, written by a session that had not read the glossary, the weights or the other
sets' content, from public pages on Mekong Delta technologies: coconut (sap sugar, coir, shell carbon,
oil, by-products), rice (salt-tolerant seed, drying, straw, husk, bran, AWD), shrimp and aquaculture
(shrimp-rice, mangrove shrimp, aeration, disease, hatcheries, by-products), water (desalination,
storage, salinity warning, wastewater) and energy (rooftop solar, solar pumps, cold rooms, biogas,
husk gasification, dryers). Frozen (committed on its own) before any tuning on it. No `sector` field.
Run: python tests/data/build/make_tune3.py
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tune3_needs import NEEDS  # noqa: E402
from tune3_offers import OFFERS  # noqa: E402
from tune3_sources import S  # noqa: E402


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
    out = HERE.parent / "matching_tune3.json"
    out.write_text(
        json.dumps({"offers": offers, "needs": needs, "qrels": qrels}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{out}: {len(needs)} needs, {len(offers)} offers, {sum(len(q) for q in qrels.values())} judgements")


if __name__ == "__main__":
    main()
