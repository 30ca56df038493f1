"""The support rule as Vietnamese policies write it, as pure arithmetic (no ORM): a grant is at most
a share of the eligible cost, at most what is left of the firm's cap for its size this year, and at
most what is left of the program's budget this year."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    eligible_cost: int | None
    share_percent: int
    share_limit: int | None  # eligible cost × share, rounded down to the đồng
    size_cap: int | None  # None: the program does not support firms of this size
    firm_approved: int  # already approved for this firm, program and year
    budget: int | None  # None: no budget entered for this program and year
    budget_approved: int  # already approved from this budget

    @property
    def firm_left(self) -> int:
        return max(0, (self.size_cap or 0) - self.firm_approved)

    @property
    def budget_left(self) -> int:
        return max(0, (self.budget or 0) - self.budget_approved)

    @property
    def maximum(self) -> int:
        candidates = [self.firm_left, self.budget_left]
        if self.share_limit is not None:
            candidates.append(self.share_limit)
        return min(candidates)

    @property
    def binding(self) -> str:
        """Which rule sets the maximum: "share", "firm_cap" or "budget" (the first one on a tie)."""
        order = [("share", self.share_limit), ("firm_cap", self.firm_left), ("budget", self.budget_left)]
        return min((value, i, name) for i, (name, value) in enumerate(order) if value is not None)[2]


def share_limit(eligible_cost: int, share_percent: int) -> int:
    return eligible_cost * share_percent // 100


def compute_limits(
    *,
    eligible_cost: int | None,
    share_percent: int,
    size_cap: int | None,
    firm_approved: int,
    budget: int | None,
    budget_approved: int,
) -> Limits:
    return Limits(
        eligible_cost=eligible_cost,
        share_percent=share_percent,
        share_limit=share_limit(eligible_cost, share_percent) if eligible_cost else None,
        size_cap=size_cap,
        firm_approved=firm_approved,
        budget=budget,
        budget_approved=budget_approved,
    )
