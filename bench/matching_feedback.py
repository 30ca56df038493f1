"""Does re-weighting the signals from feedback help? A simulated platform on a labelled file (issue 12).

    .venv/bin/python bench/matching_feedback.py tests/data/matching_dev.json [--seeds 5]

Each need's owner sees the engine's top 10 and reacts as owners do, with noise: "interested" in an offer
that solves the need (grade 2) with probability 0.7, in a related one (grade 1) with 0.4; "not relevant"
on an unjudged offer with 0.4; 5 % of reactions are flipped. matching.learning.learn re-weights from the
reactions of the training needs (two thirds, by a stable hash of the need id) and the script prints, on
the held-out needs, the pairwise accuracy the learner reports and nDCG@10 against the labels with the
shipped weights and with the learnt ones. No database.
"""

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching.evaluation import engine_runs, load, mean_metrics
from matching.index import Index, make_config
from matching.learning import held_out, learn

P = {2: 0.7, 1: 0.4, 0: 0.4}


def simulate(needs, offers, qrels, config, seed):
    rng = random.Random(seed)
    index = Index(offers, role="offer", config=config)
    rows = []
    for need in needs:
        judged = qrels.get(need.id, {})
        for hit in index.rank(need, k=10, explain=False):
            grade = judged.get(hit.id, 0)
            if rng.random() >= P[grade]:
                continue  # no reaction
            label = 1 if grade else -1
            if rng.random() < 0.05:
                label = -label
            values = {s: (hit.contributions.get(s, 0.0) / w) if w else 0.0 for s, w in config.weights.items()}
            rows.append((need.id, values, label))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    needs, offers, qrels = load(json.loads(Path(args.file).read_text(encoding="utf-8")))
    config = make_config()
    test = [n for n in needs if held_out(n.id)]
    base = mean_metrics(engine_runs(test, offers, config), qrels)["ndcg@10"]
    print(f"{args.file}: {len(test)} held-out needs of {len(needs)}; shipped weights: held-out nDCG@10 {base:.4f}")
    gains = []
    for seed in range(args.seeds):
        report = learn(simulate(needs, offers, qrels, config, seed), dict(config.weights))
        learnt = make_config(weights=report["after"])
        after = mean_metrics(engine_runs(test, offers, learnt), qrels)["ndcg@10"]
        gains.append(after - base if report["apply"] else 0.0)
        ho = report.get("held_out", {})
        changed = ", ".join(f"{k} {a:.2f}->{b:.2f}" for k, (a, b) in report.get("changed", {}).items()) or "none"
        acc = (
            f"pairwise {ho['before']:.3f}->{ho['after']:.3f}"
            if ho.get("before") is not None and ho.get("after") is not None
            else "pairwise n/a"
        )
        print(
            f"  seed {seed}: {report['counts']['pairs']} reactions; {acc}; proposed: {report['apply']}; "
            f"held-out nDCG@10 with learnt weights {after:.4f} ({after - base:+.4f}); changed: {changed}"
        )
    print(
        f"mean change of held-out nDCG@10, a proposal applied only when the learner proposes it: {np.mean(gains):+.4f}"
    )


if __name__ == "__main__":
    main()
