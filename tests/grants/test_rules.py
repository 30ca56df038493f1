from hypothesis import given
from hypothesis import strategies as st

from grants.rules import compute_limits

M = 1_000_000


def limits(**kw):
    base = dict(
        eligible_cost=100 * M, share_percent=50, size_cap=50 * M, firm_approved=0, budget=200 * M, budget_approved=0
    )
    return compute_limits(**{**base, **kw})


def test_the_share_of_the_eligible_cost_binds_when_it_is_smallest():
    lim = limits(eligible_cost=60 * M)
    assert (lim.share_limit, lim.maximum, lim.binding) == (30 * M, 30 * M, "share")


def test_the_firm_cap_counts_what_was_already_approved_this_year():
    lim = limits(firm_approved=35 * M)
    assert (lim.firm_left, lim.maximum, lim.binding) == (15 * M, 15 * M, "firm_cap")


def test_the_budget_left_binds_when_it_is_smallest():
    lim = limits(budget_approved=190 * M)
    assert (lim.budget_left, lim.maximum, lim.binding) == (10 * M, 10 * M, "budget")


def test_no_budget_or_no_cap_allows_nothing():
    assert limits(budget=None).maximum == 0
    assert limits(size_cap=None).maximum == 0


def test_the_share_rounds_down_to_the_dong():
    assert limits(eligible_cost=333, share_percent=30).share_limit == 99


@given(
    eligible=st.integers(1, 10**11),
    share=st.integers(1, 100),
    cap=st.integers(0, 10**11),
    done=st.integers(0, 10**11),
    budget=st.integers(0, 10**11),
    spent=st.integers(0, 10**11),
)
def test_the_maximum_never_breaks_any_rule(eligible, share, cap, done, budget, spent):
    lim = compute_limits(
        eligible_cost=eligible,
        share_percent=share,
        size_cap=cap,
        firm_approved=done,
        budget=budget,
        budget_approved=spent,
    )
    assert lim.maximum * 100 <= eligible * share
    assert done + lim.maximum <= max(cap, done)
    assert spent + lim.maximum <= max(budget, spent)
    assert lim.maximum == min(eligible * share // 100, max(0, cap - done), max(0, budget - spent))
