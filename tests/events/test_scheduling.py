"""The pure scheduler: bounds, optimality in the bipartite case, quality against CP-SAT, reasons."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import scheduling
from events.scheduling import InstanceError, check, random_instance, solve, solve_exact, solve_instance


def placed(result):
    return len(result.meetings)


@pytest.mark.parametrize("tables", [40, 25, 12])
@pytest.mark.parametrize("seed", range(3))
def test_it_reaches_min_of_requests_and_capacity_in_the_bipartite_case(tables, seed):
    inst = random_instance(80, 400, 10, tables, seed=seed)
    result = solve(**inst)
    bound = min(len(inst["requests"]), 10 * tables)
    assert result.method == "konig"
    assert result.upper_bound == bound
    assert placed(result) == bound
    assert check(result, **inst) == []


def test_a_greedy_first_fit_falls_short_where_the_scheduler_does_not():
    shortfalls = 0
    for seed in range(4):
        inst = random_instance(60, 300, 8, 40, seed=seed)
        best = solve(**inst)
        greedy = solve(**inst, method="greedy")
        assert placed(best) == len(inst["requests"])
        assert placed(greedy) <= placed(best)
        shortfalls += placed(greedy) < placed(best)
    assert shortfalls >= 1


def test_it_balances_the_slots_when_tables_are_the_limit():
    # 3 seekers × 3 providers, every pair: a 3-regular bipartite graph, 9 meetings, 3 slots, 3 tables each.
    seekers, providers = ["a", "b", "c"], ["x", "y", "z"]
    requests = [[s, p] for s in seekers for p in providers]
    result = solve(seekers + providers, ["s1", "s2", "s3"], 3, requests)
    assert placed(result) == 9 == result.upper_bound
    result = solve(seekers + providers, ["s1", "s2", "s3"], 2, requests)
    assert placed(result) == 6 == result.upper_bound
    assert all(u.reason == "tables_full" for u in result.unscheduled)


@pytest.mark.parametrize("bipartite", [True, False])
@pytest.mark.parametrize("seed", [0, *(pytest.param(seed, marks=pytest.mark.slow) for seed in range(1, 4))])
def test_it_stays_within_one_percent_of_the_optimum_with_availability_limits(seed, bipartite):
    inst = random_instance(40, 130, 8, 20, bipartite=bipartite, availability=0.6, seed=seed)
    result = solve(**inst, time_limit=2.0, seed=seed)
    optimum, proven = solve_exact(**inst, time_limit=30)
    assert proven
    assert check(result, **inst) == []
    assert placed(result) <= optimum <= result.upper_bound
    assert placed(result) >= 0.99 * optimum, (placed(result), optimum)


def test_it_keeps_pinned_meetings_where_they_are():
    inst = random_instance(30, 80, 6, 5, bipartite=False, seed=7)
    pinned = [inst["requests"][0] + ["s3", 2], inst["requests"][1] + ["s3"]]
    result = solve(**inst, pinned=pinned)
    kept = sorted((m for m in result.meetings if m.pinned is not None), key=lambda m: m.pinned)
    assert [(m.a, m.b, m.slot) for m in kept] == [(*pinned[0][:2], "s3"), (*pinned[1][:2], "s3")]
    assert kept[0].table == 2
    # The two pinned pairs were also requested: those requests are met by the pinned meetings, not twice.
    pairs = [frozenset((m.a, m.b)) for m in result.meetings]
    assert len(pairs) == len(set(pairs))
    assert check(result, **inst, pinned=pinned) == []


def test_a_pinned_meeting_that_clashes_with_another_is_reported():
    result = solve(["a", "b", "c"], ["s1", "s2"], 3, [], pinned=[["a", "b", "s1"], ["a", "c", "s1"]])
    assert [(m.a, m.b) for m in result.meetings] == [("a", "b")]
    assert [(u.a, u.b, u.reason) for u in result.unscheduled] == [("a", "c", "pinned_conflict")]


def test_every_unplaced_request_has_a_reason():
    result = solve(
        ["a", "b", "c", "d", "e"],
        ["s1", "s2"],
        1,
        [["a", "b"], ["a", "a"], ["a", "zz"], ["b", "a"], ["c", "d"], ["d", "e"], ["c", "e"]],
        availability={"e": ["s2"], "d": ["s1"]},
    )
    reasons = {(u.a, u.b): u.reason for u in result.unscheduled}
    assert reasons[("a", "a")] == "self"
    assert reasons[("a", "zz")] == "unknown_participant"
    assert reasons[("b", "a")] == "duplicate"
    assert reasons[("d", "e")] == "no_common_slot"
    assert placed(result) == result.upper_bound == 2
    assert all(u.message for u in result.unscheduled)
    assert len(result.meetings) + len(result.unscheduled) == 7


def test_it_reports_participants_with_more_requests_than_slots():
    # a has 3 requests but only 2 slots; the providers never clash.
    result = solve(["a", "x", "y", "z"], ["s1", "s2"], 5, [["a", "x"], ["a", "y"], ["a", "z"]])
    assert placed(result) == 2 == result.upper_bound
    assert [u.reason for u in result.unscheduled] == ["fully_booked"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(2, 12),
    k=st.integers(1, 4),
    tables=st.integers(0, 4),
    seed=st.integers(0, 10_000),
    bipartite=st.booleans(),
    availability=st.sampled_from([0.0, 0.5]),
)
def test_no_participant_or_table_is_ever_double_booked(n, k, tables, seed, bipartite, availability):
    inst = random_instance(
        n, n * 2, k, tables, bipartite=bipartite, availability=availability, seed=seed, max_degree=k + 1
    )
    result = solve(**inst, time_limit=0.3)
    assert check(result, **inst) == []
    assert placed(result) <= result.upper_bound
    assert placed(result) + len(result.unscheduled) == len(inst["requests"])
    optimum, proven = solve_exact(**inst, time_limit=10)
    assert placed(result) <= optimum <= result.upper_bound


@pytest.mark.parametrize(
    "data, message",
    [
        ([], "JSON object"),
        ({"participants": [], "slots": []}, "tables"),
        ({"participants": ["a"], "slots": ["s"], "tables": -1, "requests": []}, "tables"),
        ({"participants": ["a"], "slots": ["s"], "tables": 1.5, "requests": []}, "tables"),
        ({"participants": ["a", "a"], "slots": ["s"], "tables": 1, "requests": []}, "unique"),
        ({"participants": ["a"], "slots": ["s"], "tables": 1, "requests": [], "availability": {"b": ["s"]}}, "unknown"),
        (
            {"participants": ["a"], "slots": ["s"], "tables": 1, "requests": [], "availability": {"a": ["t"]}},
            "unknown slot",
        ),
        (
            {"participants": ["a", "b"], "slots": ["s"], "tables": 1, "requests": [], "pinned": [["a", "b", "t"]]},
            "unknown slot",
        ),
        (
            {"participants": ["a", "b"], "slots": ["s"], "tables": 1, "requests": [], "pinned": [["a", "b", "s", 5]]},
            "table",
        ),
        ({"participants": ["a"], "slots": ["s"], "tables": 1, "requests": ["ab"]}, "request"),
    ],
)
def test_it_refuses_malformed_instances(data, message):
    with pytest.raises(InstanceError, match=message):
        solve_instance(data)


def test_the_json_output_has_the_documented_shape():
    out = solve_instance(
        {"participants": ["p1", "p7"], "slots": ["s1", "s2"], "tables": 40, "requests": [["p1", "p7"]], "pinned": []}
    ).as_json()
    assert set(out) == {"meetings", "unscheduled", "upper_bound", "seconds"}
    assert out["meetings"] == [["p1", "p7", "s1", 1]]
    assert out["upper_bound"] == 1


def test_the_reasons_are_all_explained():
    assert all(isinstance(text, str) and text for text in scheduling.REASONS.values())
