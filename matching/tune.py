"""Tune the weights of scoring.py on a labelled file, and measure what each part of the engine adds.

    python -m matching.tune tests/data/matching_dev.json [--folds 2]

Coordinate ascent on mean nDCG@10 over WEIGHTS and the TEXT parameters, starting from the values in
scoring.py; prints the best values (to copy into scoring.py), a two-fold check (tune on half the needs,
measure on the other half) and an ablation table. Pure code, no database.
"""

from __future__ import annotations

import argparse
import json

from . import scoring
from .evaluation import bm25_runs, engine_runs, load, mean_metrics
from .index import make_config

GRID = {
    "weights": {
        "text": [0.4, 0.5, 0.6, 0.62, 0.7, 0.8],
        "sector": [0.0, 0.05, 0.1, 0.16, 0.25, 0.35],
        "trl": [0.0, 0.03, 0.06, 0.1],
        "budget": [0.0, 0.03, 0.06, 0.1],
        "mode": [0.0, 0.02, 0.04, 0.08],
        "region": [0.0, 0.02],
        "freshness": [0.0, 0.04],
    },
    "text": {
        "title_boost": [1.0, 1.5, 2.0, 3.0],
        "bigram": [0.25, 0.5, 1.0],
        "accent": [0.1, 0.2, 0.3],
        "concept": [0.4, 0.8, 1.2, 1.6, 2.0, 2.5],
        "generic": [0.25, 0.4, 0.6, 1.0],
        "scale": [0.1, 0.15, 0.25, 0.4, 0.6, 0.8],
        "k1": [0.9, 1.2, 1.6, 2.0],
        "b": [0.5, 0.75, 0.9],
    },
}


def score(needs, offers, qrels, weights, text, **config_kwargs) -> float:
    config = make_config(weights=weights, text=text, **config_kwargs)
    return mean_metrics(engine_runs(needs, offers, config), qrels)["ndcg@10"]


def ascend(needs, offers, qrels, rounds: int = 3):
    weights, text = dict(scoring.WEIGHTS), dict(scoring.TEXT)
    best = score(needs, offers, qrels, weights, text)
    for _ in range(rounds):
        improved = False
        for group, params in GRID.items():
            for name, values in params.items():
                for value in values:
                    trial_w, trial_t = dict(weights), dict(text)
                    (trial_w if group == "weights" else trial_t)[name] = value
                    s = score(needs, offers, qrels, trial_w, trial_t)
                    if s > best + 1e-4:
                        best, weights, text, improved = s, trial_w, trial_t, True
        if not improved:
            break
    return best, weights, text


def cross_language_recall(runs, needs, offers, qrels) -> float:
    """Recall@10 of the relevant offers written in another language than the need."""
    language = {o.id: o.language for o in offers}
    found = total = 0
    for need in needs:
        for offer_id in qrels.get(need.id, {}):
            if need.language and language.get(offer_id) and language[offer_id] != need.language:
                total += 1
                found += offer_id in runs.get(need.id, [])[:10]
    return round(found / total, 4) if total else 0.0


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--no-tune", action="store_true")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as fh:
        needs, offers, qrels = load(json.load(fh))

    if not args.no_tune:
        best, weights, text = ascend(needs, offers, qrels)
        print("tuned nDCG@10", round(best, 4))
        print("WEIGHTS =", json.dumps(weights))
        print("TEXT =", json.dumps(text))
        for fold in range(args.folds):
            train = [n for i, n in enumerate(needs) if i % args.folds != fold]
            test = [n for i, n in enumerate(needs) if i % args.folds == fold]
            _b, w, t = ascend(train, offers, qrels, rounds=2)
            held = score(test, offers, qrels, w, t)
            as_shipped = score(test, offers, qrels, scoring.WEIGHTS, scoring.TEXT)
            base = mean_metrics(bm25_runs(test, offers), qrels)["ndcg@10"]
            print(
                f"fold {fold}: tuned on {len(train)} needs, held-out nDCG@10 {held:.4f} "
                f"(shipped weights {as_shipped:.4f}, BM25 {base:.4f})"
            )

    print("\nablation (shipped weights)         ndcg@10    mrr  recall@10   p@5  cross-language recall@10")
    variants = {
        "engine": {},
        "no glossary (no cross-language)": {"glossary": False},
        "no bigrams": {"text": {**scoring.TEXT, "bigram": 0.0}},
        "no accented forms": {"text": {**scoring.TEXT, "accent": 0.0}},
        "text only (no structured signals)": {"weights": {**dict.fromkeys(scoring.WEIGHTS, 0.0), "text": 1.0}},
    }
    for label, kwargs in variants.items():
        runs = engine_runs(needs, offers, make_config(**kwargs))
        m = mean_metrics(runs, qrels)
        print(
            f"{label:35} {m['ndcg@10']:.4f} {m['mrr']:.4f} {m['recall@10']:.4f} {m['p@5']:.4f}  "
            f"{cross_language_recall(runs, needs, offers, qrels):.4f}"
        )
    runs = bm25_runs(needs, offers)
    m = mean_metrics(runs, qrels)
    print(
        f"{'plain BM25 (bm25s)':35} {m['ndcg@10']:.4f} {m['mrr']:.4f} {m['recall@10']:.4f} {m['p@5']:.4f}  "
        f"{cross_language_recall(runs, needs, offers, qrels):.4f}"
    )


if __name__ == "__main__":
    main()
