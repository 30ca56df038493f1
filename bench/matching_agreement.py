"""How far two human judges of the same labelled set agree, and so how high any engine can score against one of them
(issue 12's goal of nDCG@10 ≥ 0.90). No database.

    .venv/bin/python bench/matching_agreement.py tests/data/second_judge/*.json [--shuffles=200]

Each file holds a second judge's grades for some needs of a labelled set (its "set" and "qrels", in the format of
the set's own qrels), written without the first judge's grades (tests/data/second_judge/). Prints, over each
file's needs and over them all:
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


def judged_order_ndcgs(offers: list[str], by: dict, graded_by: dict, *, shuffles: int, seed: int = 0) -> np.ndarray:
    """For each need of `by` (sorted), the nDCG@10 (grades of `graded_by`) of every offer ordered by `by`'s grades,
    ties in a random order (the mean over `shuffles` orders)."""
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
    return np.array(per_need)


def judged_order_ndcg(offers: list[str], by: dict, graded_by: dict, *, shuffles: int, seed: int = 0) -> float:
    """The mean over the needs of judged_order_ndcgs."""
    return float(judged_order_ndcgs(offers, by, graded_by, shuffles=shuffles, seed=seed).mean())


def kappa(first: np.ndarray, second: np.ndarray) -> float:
    """Cohen's kappa of two judges' labels of the same items (1 when they agree on every item)."""
    observed = float((first == second).mean())
    labels = np.union1d(first, second)
    expected = float(sum((first == label).mean() * (second == label).mean() for label in labels))
    return 1.0 if expected == 1.0 else (observed - expected) / (1.0 - expected)


def judges(path: Path) -> tuple[str, dict, dict, list[str]]:
    """(the set's name, the first judge's grades of the needs the file grades, the second judge's, the set's offer
    ids) of a second judge's file."""
    second_file = json.loads(path.read_text(encoding="utf-8"))
    name, second = second_file["set"], second_file["qrels"]
    data = json.loads((ROOT / f"tests/data/matching_{name}.json").read_text(encoding="utf-8"))
    return name, {need: data["qrels"][need] for need in second}, second, [o["id"] for o in data["offers"]]


def figures(path: Path, shuffles: int) -> dict:
    """Per need (sorted) of a second judge's file: each judge's order by the other's grades, the engine and plain
    BM25 by each judge's grades; and every need × offer pair's two grades."""
    from matching_rerank import load, written  # (bench/matching_rerank.py: the set with its cached vectors)

    name, first, second, offers = judges(path)
    needs, posts, _qrels = load(name)
    runs = {
        "engine": evaluation.engine_runs(needs, posts, make_config()),
        "plain BM25": evaluation.bm25_runs(*written(name)),
    }
    out = {
        "set": name,
        "needs": sorted(second),
        "offers": len(offers),
        "second by first": judged_order_ndcgs(offers, second, first, shuffles=shuffles),
        "first by second": judged_order_ndcgs(offers, first, second, shuffles=shuffles),
        "pairs": (
            np.array([first[n].get(o, 0) for n in sorted(second) for o in offers]),
            np.array([second[n].get(o, 0) for n in sorted(second) for o in offers]),
        ),
    }
    for system, run in runs.items():
        for judge, grades in (("first", first), ("second", second)):
            out[system, judge] = np.array([evaluation.ndcg(run[n], grades[n]) for n in sorted(second)])
    return out


def report(label: str, parts: list[dict]) -> None:
    def joined(key):
        return np.concatenate([part[key] for part in parts])

    needs = [n for part in parts for n in part["needs"]]
    a, b = (np.concatenate([part["pairs"][i] for part in parts]) for i in (0, 1))
    print(f"{label}: {len(needs)} needs")
    print(
        f"  judged pairs: first judge {int((a > 0).sum())} ({int((a == 2).sum())} of grade 2), second {int((b > 0).sum())} ({int((b == 2).sum())} of grade 2)"
    )
    print(f"  the second judge's order graded by the first: {joined('second by first').mean():.4f}")
    print(f"  the first judge's order graded by the second: {joined('first by second').mean():.4f}")
    print(f"  every pair: exact agreement {(a == b).mean():.4f}, Cohen's kappa {kappa(a, b):.3f}")
    for name, x, y in (("relevant (1 or 2)", a > 0, b > 0), ("solving (2)", a == 2, b == 2)):
        print(
            f"  {name}: by both {int((x & y).sum())}, the first judge only {int((x & ~y).sum())}, the second only {int((~x & y).sum())}"
        )
    for system in ("engine", "plain BM25"):
        print(
            f"  {system}: {joined((system, 'first')).mean():.4f} against the first judge, {joined((system, 'second')).mean():.4f} against the second"
        )
    below = {
        judge: [
            n
            for n, e, p in zip(needs, joined(("engine", judge)), joined(("plain BM25", judge)), strict=True)
            if e < p - 0.05
        ]
        for judge in ("first", "second")
    }
    print(
        f"  needs more than 0.05 below plain BM25: by the first judge {below['first']}, by the second {below['second']}"
    )


def main(argv):
    options = dict(a.removeprefix("--").split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        raise SystemExit(__doc__)
    parts = [figures(path, int(options.get("shuffles", 200))) for path in paths]
    for part in parts:
        report(f"{part['set']} ({part['offers']} offers)", [part])
    if len(parts) > 1:
        report("all", parts)


if __name__ == "__main__":
    main(sys.argv[1:])
