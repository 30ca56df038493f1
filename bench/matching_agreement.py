"""How far two human judges of the same labelled set agree, and so how high any engine can score against one of them
(issue 12's goal of nDCG@10 ≥ 0.90). No database.

    .venv/bin/python bench/matching_agreement.py tests/data/second_judge/holdout149.json [--shuffles=200]

The file holds a second judge's grades for some needs of a labelled set (its "set" and "qrels", in the format of
the set's own qrels), written without the first judge's grades (tests/data/second_judge/). Prints, over those needs:
- each judge's own order graded by the other: every offer of the set ordered by one judge's grades (ties in a random
  order, the mean over --shuffles orders) and its nDCG@10 read with the other's grades. A perfect engine for one judge
  scores this against the other, so it is what "perfect" reads on a set judged by one person;
- the agreement on every need × offer pair: exact, Cohen's kappa over the three grades, and the pairs each judge
  alone called relevant or solving;
- the shipped engine and plain BM25 against each judge, and the needs more than 0.05 below plain BM25 by each.
"""

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # (after the project, whose `matching` package bench/matching.py would shadow)

import numpy as np

from matching import evaluation
from matching.index import make_config


def judged_order_ndcg(offers: list[str], by: dict, graded_by: dict, *, shuffles: int, seed: int = 0) -> float:
    """The mean over the needs of `by` of the nDCG@10 (grades of `graded_by`) of every offer ordered by `by`'s
    grades, ties in a random order (the mean over `shuffles` orders)."""
    rng = random.Random(seed)
    per_need = []
    for need in sorted(by):
        values = []
        for _ in range(shuffles):
            order = offers[:]
            rng.shuffle(order)
            order.sort(key=lambda offer: -by[need].get(offer, 0))  # (a stable sort: ties keep the shuffled order)
            values.append(evaluation.ndcg(order[: evaluation.K], graded_by.get(need, {})))
        per_need.append(np.mean(values))
    return float(np.mean(per_need))


def kappa(first: np.ndarray, second: np.ndarray) -> float:
    """Cohen's kappa of two judges' labels of the same items (1 when they agree on every item)."""
    observed = float((first == second).mean())
    labels = np.union1d(first, second)
    expected = float(sum((first == label).mean() * (second == label).mean() for label in labels))
    return 1.0 if expected == 1.0 else (observed - expected) / (1.0 - expected)


def main(argv):
    options = dict(a.removeprefix("--").split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    paths = [a for a in argv if not a.startswith("--")]
    if len(paths) != 1:
        raise SystemExit(__doc__)
    second_file = json.loads(Path(paths[0]).read_text(encoding="utf-8"))
    name, second = second_file["set"], second_file["qrels"]
    data = json.loads((ROOT / f"tests/data/matching_{name}.json").read_text(encoding="utf-8"))
    first = {need: data["qrels"][need] for need in second}
    offers = [o["id"] for o in data["offers"]]
    shuffles = int(options.get("shuffles", 200))

    def count(judge, grade=None):
        return sum(1 for grades in judge.values() for g in grades.values() if grade is None or g == grade)

    print(f"{name}: {len(second)} needs × {len(offers)} offers")
    print(
        f"  judged pairs: first judge {count(first)} ({count(first, 2)} of grade 2), second {count(second)} "
        f"({count(second, 2)} of grade 2)"
    )
    print(
        f"  the second judge's order graded by the first: {judged_order_ndcg(offers, second, first, shuffles=shuffles):.4f}"
    )
    print(
        f"  the first judge's order graded by the second: {judged_order_ndcg(offers, first, second, shuffles=shuffles):.4f}"
    )
    a = np.array([first[n].get(o, 0) for n in sorted(second) for o in offers])
    b = np.array([second[n].get(o, 0) for n in sorted(second) for o in offers])
    print(f"  every pair: exact agreement {(a == b).mean():.4f}, Cohen's kappa {kappa(a, b):.3f}")
    for label, x, y in (("relevant (1 or 2)", a > 0, b > 0), ("solving (2)", a == 2, b == 2)):
        print(
            f"  {label}: by both {int((x & y).sum())}, the first judge only {int((x & ~y).sum())}, "
            f"the second only {int((~x & y).sum())}"
        )

    from matching_rerank import load, written  # (bench/matching_rerank.py: the set with its cached vectors)

    needs, posts, _qrels = load(name)
    runs = {
        "engine": evaluation.engine_runs(needs, posts, make_config()),
        "plain BM25": evaluation.bm25_runs(*written(name)),
    }
    scores = {
        (system, judge): np.array([evaluation.ndcg(run[n], grades[n]) for n in sorted(second)])
        for system, run in runs.items()
        for judge, grades in (("first", first), ("second", second))
    }
    for system in runs:
        print(
            f"  {system}: {scores[system, 'first'].mean():.4f} against the first judge, "
            f"{scores[system, 'second'].mean():.4f} against the second"
        )
    below = {
        judge: set(np.flatnonzero(scores["engine", judge] < scores["plain BM25", judge] - 0.05))
        for judge in ("first", "second")
    }
    names = sorted(second)
    print(
        "  needs more than 0.05 below plain BM25: by the first judge "
        f"{sorted(names[i] for i in below['first'])}, by the second {sorted(names[i] for i in below['second'])}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
