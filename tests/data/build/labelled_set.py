"""Writes one labelled set (tests/data/matching_NAME.json) from its lists of needs, offers and sources.

NEEDS: (id, language, source key, title, description, {offer id: grade}); OFFERS: (id, language, source
key, title, description); S: source key -> URL. Used by the make_*.py scripts beside this file.
"""

import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def write(name: str, needs_rows, offers_rows, sources) -> None:
    offers = [
        {"id": i, "language": lang, "title": t, "description": d, "source": sources[src]}
        for i, lang, src, t, d in offers_rows
    ]
    needs = [
        {"id": i, "language": lang, "title": t, "description": d, "source": sources[src]}
        for i, lang, src, t, d, _ in needs_rows
    ]
    qrels = {i: dict(q) for i, _, _, _, _, q in needs_rows}
    known = {o["id"] for o in offers}
    for need, judged in qrels.items():
        unknown = set(judged) - known
        if unknown:
            raise SystemExit(f"{need}: unknown offers {sorted(unknown)}")
    out = HERE.parent / f"matching_{name}.json"
    out.write_text(
        json.dumps({"offers": offers, "needs": needs, "qrels": qrels}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{out}: {len(needs)} needs, {len(offers)} offers, {sum(len(q) for q in qrels.values())} judgements")
