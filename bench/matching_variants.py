"""Variants of the engine measured on both labelled sets at once (issue 12, round 2). No database.

    .venv/bin/python bench/matching_variants.py [VARIANT ...]

For each variant: nDCG@10 on the independent set (the headline; nothing is tuned on it) and on the
development set; per need's language pair; per language pair with one language's offers only
(evaluation.per_language); and the worst need against plain BM25 (the "never worse than BM25 by more
than 0.05" property). Variants are functions of this module's VARIANTS table.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from matching import evaluation  # noqa: E402
from matching.index import Index, make_config  # noqa: E402

SETS = {"independent": ROOT / "tests/data/matching_independent.json", "dev": ROOT / "tests/data/matching_dev.json"}


def shipped():
    return make_config()


def no_accents():
    config = make_config()
    config.analyzer.accents = False
    return config


VARIANTS = {"shipped": shipped, "no accented forms": no_accents}


def runs_of(config, needs, offers, depth):
    index = Index(offers, role="offer", config=config)
    return {n.id: [h.id for h in index.rank(n, k=depth, explain=False)] for n in needs}


def measure(name, make, datasets, bm25):
    out = {}
    for set_name, (needs, offers, qrels) in datasets.items():
        config = make()
        # Top 10 as the platform ranks them (k=10: documents sharing only a sector are candidates only when
        # fewer than 10 share a term), deep runs for the one-language cuts, as evaluate_matching does.
        top = runs_of(config, needs, offers, evaluation.K)
        runs = runs_of(config, needs, offers, len(offers))
        language_of = {o.id: o.language for o in offers}
        per_need = {n.id: evaluation.ndcg(top[n.id], qrels[n.id]) for n in needs if qrels.get(n.id)}
        gaps = {n: per_need[n] - evaluation.ndcg(bm25[set_name][n], qrels[n]) for n in per_need}
        worst = min(gaps, key=gaps.get)
        pairs = {}
        for need in needs:
            if need.id in per_need:
                pair = evaluation.language_pair(need, qrels[need.id], language_of)
                pairs.setdefault(pair, []).append(per_need[need.id])
        out[set_name] = {
            "ndcg@10": round(float(np.mean(list(per_need.values()))), 4),
            "worst vs bm25": [worst, round(gaps[worst], 4)],
            "needs below bm25 by > 0.05": sorted(n for n, g in gaps.items() if g < -0.05),
            "pairs": {p: round(float(np.mean(v)), 4) for p, v in sorted(pairs.items()) if len(v) > 1},
            "languages": {
                p: v["ndcg@10"] for p, v in evaluation.per_language(runs, needs, offers, qrels).items() if v["needs"] > 1
            },
        }
    return out


def main(names):
    datasets = {name: evaluation.load(json.loads(path.read_text())) for name, path in SETS.items()}
    bm25 = {name: evaluation.bm25_runs(needs, offers) for name, (needs, offers, _q) in datasets.items()}
    results = {}
    for name in names or VARIANTS:
        results[name] = measure(name, VARIANTS[name], datasets, bm25)
        print(json.dumps({name: results[name]}, ensure_ascii=False))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
