"""bench/matching_agreement.py: two judges of the same labelled set, and what one judge's perfect order reads against
the other's grades (docs/matching.md, "Results, stop 46")."""

import json
from pathlib import Path

import numpy as np
import pytest

from . import benches

DATA = Path(__file__).resolve().parents[2] / "tests/data"


def test_kappa_is_one_on_full_agreement_and_nought_at_chance():
    agreement = benches.load("matching_agreement")
    labels = np.array([0, 0, 1, 2, 2, 0])
    assert agreement.kappa(labels, labels) == 1.0
    # (observed 0.5, and 0.5 expected from the judges' shares alone)
    assert agreement.kappa(np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])) == pytest.approx(0.0)
    assert agreement.kappa(np.array([0, 0, 1, 1]), np.array([1, 1, 0, 0])) == pytest.approx(-1.0)


def test_one_judges_order_reads_perfect_against_itself_and_nought_against_a_judge_of_other_offers():
    agreement = benches.load("matching_agreement")
    offers = [f"o{i}" for i in range(30)]
    judge = {"n1": {"o3": 2, "o7": 1}, "n2": {"o12": 2}}
    other = {"n1": {"o20": 2}, "n2": {"o21": 1}}
    assert agreement.judged_order_ndcg(offers, judge, judge, shuffles=5) == pytest.approx(1.0)
    assert agreement.judged_order_ndcg(offers, judge, other, shuffles=5) < 0.35  # (only where a tie's shuffle puts it)
    # a tie among the judged offers: the mean over the shuffled orders, here of o3 first (nDCG 1) and o7 first
    # ((1 + 3 / log2 3) / (3 + 1 / log2 3) = 0.797), each about half the time
    tied = {"n1": {"o3": 2, "o7": 2}}
    half = agreement.judged_order_ndcg(offers, tied, {"n1": {"o3": 2, "o7": 1}}, shuffles=400)
    assert half == pytest.approx((1 + 0.797) / 2, abs=0.03)


SECOND = sorted((DATA / "second_judge").glob("*.json"))


@pytest.mark.parametrize("path", SECOND, ids=lambda path: path.stem)
def test_a_second_judges_grades_are_of_the_sets_needs_and_offers(path):
    second = json.loads(path.read_text(encoding="utf-8"))
    data = json.loads((DATA / f"matching_{second['set']}.json").read_text(encoding="utf-8"))
    offers = {o["id"] for o in data["offers"]}
    assert len(second["qrels"]) >= 40 and set(second["qrels"]) <= {n["id"] for n in data["needs"]}
    assert all(set(grades) <= offers and set(grades.values()) <= {1, 2} for grades in second["qrels"].values())


def test_one_judges_perfect_order_reads_below_the_goal_by_the_others_grades():
    # Over the needs judged twice (twelve sets, 550 needs), each judge's perfect order read by the other's grades: 0.901
    # and 0.874, 0.887 both ways (docs/matching.md, "Results, stop 47"; six sets and 310 needs in stop 46: 0.888 and
    # 0.860): the 0.90 is at or above what one person reaches against another on these sets.
    agreement = benches.load("matching_agreement")
    both = []
    for path in SECOND:
        _name, first, second, offers = agreement.judges(path)
        both.append(agreement.judged_order_ndcgs(offers, second, first, shuffles=20))
        both.append(agreement.judged_order_ndcgs(offers, first, second, shuffles=20))
    assert len(SECOND) >= 6
    assert 0.80 < np.concatenate(both).mean() < 0.90
