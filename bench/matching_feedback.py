"""Does re-weighting the signals from feedback help? A simulated platform on a labelled file (issue 12).

    .venv/bin/python bench/matching_feedback.py tests/data/matching_dev.json [--seeds 5]
    .venv/bin/python bench/matching_feedback.py tests/data/matching_dev.json --prior [--strengths 0.25 0.5 1]

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
from matching.learning import held_out, learn, learn_term_prior

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


def reactions(needs, offers, qrels, config, seed):
    """(need, offer, label) of the simulated owners' reactions to the engine's top 10 (as simulate())."""
    rng = random.Random(seed)
    index = Index(offers, role="offer", config=config)
    by_id = {o.id: o for o in offers}
    out = []
    for need in needs:
        judged = qrels.get(need.id, {})
        for hit in index.rank(need, k=10, explain=False):
            grade = judged.get(hit.id, 0)
            if rng.random() >= P[grade]:
                continue
            label = 1 if grade else -1
            if rng.random() < 0.05:
                label = -label
            out.append((need, by_id[hit.id], label))
    return out


def prior_main(args, needs, offers, qrels):
    """The term prior (matching.learning.learn_term_prior): learnt from the reactions on the training
    needs only, measured on the held-out needs against the engine without it."""
    config = make_config()
    train = [n for n in needs if not held_out(n.id)]
    test = [n for n in needs if held_out(n.id)]
    base = mean_metrics(engine_runs(test, offers, config), qrels)["ndcg@10"]
    print(f"{args.file}: term prior; {len(test)} held-out needs of {len(needs)}; engine: held-out nDCG@10 {base:.4f}")
    for strength in args.strengths:
        gains = []
        for seed in range(args.seeds):
            pairs = reactions(train, offers, qrels, config, seed)
            report = learn_term_prior(pairs, config.analyzer, strength=strength)
            if not report["apply"]:
                print(
                    f"  strength {strength} seed {seed}: no prior ({report.get('reason')}); counts {report['counts']}"
                )
                gains.append(0.0)
                continue
            learnt = make_config(term_prior=report["prior"])
            after = mean_metrics(engine_runs(test, offers, learnt), qrels)["ndcg@10"]
            gains.append(after - base)
            up = sorted(report["prior"].items(), key=lambda t: -t[1])
            print(
                f"  strength {strength} seed {seed}: {len(pairs)} reactions, {len(report['prior'])} terms "
                f"(up: {', '.join(t for t, _f in up[:4])}; down: {', '.join(t for t, _f in up[-4:])}); "
                f"held-out nDCG@10 {after:.4f} ({after - base:+.4f})"
            )
        print(f"strength {strength}: mean change of held-out nDCG@10 {np.mean(gains):+.4f} over {args.seeds} seeds")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--prior", action="store_true", help="measure the term prior instead of the weights")
    parser.add_argument("--strengths", type=float, nargs="*", default=[0.5])
    args = parser.parse_args()
    needs, offers, qrels = load(json.loads(Path(args.file).read_text(encoding="utf-8")))
    if args.prior:
        return prior_main(args, needs, offers, qrels)
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
