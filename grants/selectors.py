"""Reads of the grants app: who may see which grants, the yearly and per-firm reports, and the
figures of the plan dashboard (targets of the plan, docs/domain.md §2, against what the platform measured)."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Sum
from django.utils import timezone

from core import roles
from events import selectors as event_selectors
from marketplace.connections import connection_funnel
from marketplace.models import Interest, Organization, TechnologyNeed

from .models import (
    COMMITTED,
    AnnualBudget,
    Disbursement,
    GrantProgram,
    GrantStatus,
    PlanActual,
    PlanTarget,
    SupportGrant,
)

# Visibility -----------------------------------------------------------------------------------


def grant_list_visible_to(*, user) -> QuerySet:
    """Staff see every grant; a member of an enterprise sees its own; anyone else nothing."""
    qs = SupportGrant.objects.select_related("firm__area", "program")
    if roles.is_staff(user):
        return qs
    return qs.filter(firm_id__in=roles.organization_ids(user))


def seeker_organizations_of(user) -> QuerySet:
    return Organization.objects.filter(
        pk__in=roles.organization_ids(user), kind__in=[Organization.Kind.ENTERPRISE, Organization.Kind.BOTH]
    )


def can_view_grant(user, grant: SupportGrant) -> bool:
    return roles.is_staff(user) or roles.is_member(user, grant.firm_id)


def can_view_firm_grants(user, firm: Organization) -> bool:
    return roles.is_staff(user) or (roles.is_member(user, firm) and firm.is_seeker)


# Reports ----------------------------------------------------------------------------------------


@dataclass
class ProgramYearRow:
    program: GrantProgram
    budget: int | None
    proposed: int
    approved: int
    disbursed: int
    grants: int
    firms: int
    approved_all: int  # whole program and year, whatever the filters, for "budget left"

    @property
    def budget_left(self) -> int | None:
        return None if self.budget is None else self.budget - self.approved_all

    @property
    def used_percent(self) -> int | None:
        return None if not self.budget else round(100 * self.approved_all / self.budget)


def year_report(*, year: int, grants: QuerySet) -> dict:
    """One year: per program the budget and the totals proposed / approved / disbursed of the
    (filtered) grants; per firm its approved total against the cap for its size."""
    grants = grants.filter(year=year)
    budgets = {b.program_id: b for b in AnnualBudget.objects.filter(year=year)}
    all_committed = dict(
        SupportGrant.objects.filter(year=year, status__in=COMMITTED)
        .values("program_id")
        .annotate(s=Sum("approved_amount"))
        .values_list("program_id", "s")
    )
    per_program = {
        row["program_id"]: row
        for row in grants.values("program_id").annotate(
            proposed=Sum("requested_amount", filter=Q(status=GrantStatus.PROPOSED)),
            approved=Sum("approved_amount", filter=Q(status__in=COMMITTED)),
            disbursed=Sum("disbursed_amount", filter=~Q(status=GrantStatus.CANCELLED)),
            n=Count("id"),
            firms=Count("firm", distinct=True, filter=Q(status__in=COMMITTED)),
        )
    }
    programs = GrantProgram.objects.prefetch_related("caps").filter(
        Q(pk__in=budgets.keys()) | Q(pk__in=per_program.keys())
    )
    rows = []
    for program in programs:
        r = per_program.get(program.pk, {})
        budget = budgets.get(program.pk)
        rows.append(
            ProgramYearRow(
                program=program,
                budget=budget.amount if budget else None,
                proposed=r.get("proposed") or 0,
                approved=r.get("approved") or 0,
                disbursed=r.get("disbursed") or 0,
                grants=r.get("n") or 0,
                firms=r.get("firms") or 0,
                approved_all=all_committed.get(program.pk) or 0,
            )
        )
    firm_rows = []
    caps = {p.pk: {c.size: c.amount for c in p.caps.all()} for p in programs}
    for row in (
        grants.filter(status__in=COMMITTED)
        .values("firm_id", "firm__name", "firm__size", "firm__area__name", "program_id", "program__code")
        .annotate(approved=Sum("approved_amount"), disbursed=Sum("disbursed_amount"), n=Count("id"))
        .order_by("firm__name", "program__code")
    ):
        cap = caps.get(row["program_id"], {}).get(row["firm__size"])
        row["cap"] = cap
        row["cap_left"] = None if cap is None else cap - row["approved"]
        firm_rows.append(row)
    totals = {
        "budget": sum(r.budget or 0 for r in rows),
        "proposed": sum(r.proposed for r in rows),
        "approved": sum(r.approved for r in rows),
        "disbursed": sum(r.disbursed for r in rows),
        "firms": grants.filter(status__in=COMMITTED).values("firm").distinct().count(),
    }
    return {"year": year, "programs": rows, "firms": firm_rows, "totals": totals}


def grant_years() -> list[int]:
    years = set(SupportGrant.objects.values_list("year", flat=True).distinct())
    years |= set(AnnualBudget.objects.values_list("year", flat=True).distinct())
    return sorted(years, reverse=True)


def firm_report(*, firm: Organization, grants: QuerySet) -> list[dict]:
    """Every grant of the firm, grouped by year (newest first) with the year's totals."""
    by_year: dict[int, list] = defaultdict(list)
    for grant in grants.filter(firm=firm).select_related("program").order_by("-year", "program__code", "id"):
        by_year[grant.year].append(grant)
    out = []
    for year in sorted(by_year, reverse=True):
        items = by_year[year]
        out.append(
            {
                "year": year,
                "grants": items,
                "requested": sum(g.requested_amount for g in items if g.status != GrantStatus.CANCELLED),
                "approved": sum(g.committed_amount for g in items),
                "disbursed": sum(g.disbursed_amount for g in items),
            }
        )
    return out


def needs_matched_by_year() -> dict[int, tuple[int, int]]:
    """Per year of publication: (needs published, of which found a provider = have an accepted interest)."""
    accepted = Interest.objects.filter(need=OuterRef("pk"), status=Interest.Status.ACCEPTED)
    rows = (
        TechnologyNeed.objects.filter(published_at__isnull=False)
        .annotate(matched=Exists(accepted))
        .values("published_at__year")
        .annotate(total=Count("pk"), matched_n=Count("pk", filter=Q(matched=True)))
        .values_list("published_at__year", "total", "matched_n")
    )
    return {year: (total, matched) for year, total, matched in rows}


# The plan dashboard ---------------------------------------------------------------------------


@dataclass
class Series:
    years: list[int]
    firms_supported: dict[int, int] = field(default_factory=dict)
    funding_approved: dict[int, int] = field(default_factory=dict)
    funding_disbursed: dict[int, int] = field(default_factory=dict)
    funding_proposed: dict[int, int] = field(default_factory=dict)
    budget: dict[int, int] = field(default_factory=dict)
    workshops_held: dict[int, int] | None = None
    needs_published: dict[int, int] = field(default_factory=dict)
    needs_matched: dict[int, int] = field(default_factory=dict)
    funnel: tuple[int, int, int] | None = None
    # From the connections, whatever channel a pair came through: mous, contracts, contract_value,
    # transfers_accepted, firms_supported (through a connection).
    chain: dict = field(default_factory=dict)

    def needs_matched_share(self, year: int) -> float | None:
        total = self.needs_published.get(year, 0)
        return None if not total else round(100 * self.needs_matched.get(year, 0) / total, 1)


def plan_series(*, years: list[int]) -> Series:
    s = Series(years=years)
    committed = SupportGrant.objects.filter(status__in=COMMITTED, year__in=years)
    by_year = committed.values("year").annotate(firms=Count("firm", distinct=True), amount=Sum("approved_amount"))
    for year, firms, amount in by_year.values_list("year", "firms", "amount"):
        s.firms_supported[year] = firms
        s.funding_approved[year] = amount or 0
    disbursed = (
        Disbursement.objects.filter(paid_on__year__in=years)
        .exclude(grant__status=GrantStatus.CANCELLED)
        .values("paid_on__year")
        .annotate(amount=Sum("amount"))
    )
    for year, amount in disbursed.values_list("paid_on__year", "amount"):
        s.funding_disbursed[year] = amount or 0
    proposed = (
        SupportGrant.objects.filter(status=GrantStatus.PROPOSED, year__in=years)
        .values("year")
        .annotate(amount=Sum("requested_amount"))
    )
    for year, amount in proposed.values_list("year", "amount"):
        s.funding_proposed[year] = amount or 0
    budgets = AnnualBudget.objects.filter(year__in=years).values("year").annotate(amount=Sum("amount"))
    for year, amount in budgets.values_list("year", "amount"):
        s.budget[year] = amount or 0
    workshops = event_selectors.workshops_held_by_year()
    s.workshops_held = {y: workshops.get(y, 0) for y in years}
    for year, (total, matched) in needs_matched_by_year().items():
        if year in years:
            s.needs_published[year] = total
            s.needs_matched[year] = matched
    # Meetings held come from the workshops; MoUs and contracts from the connections, the one record of
    # how far a pair got (an exchange or staff-introduced pair counts as much as a workshop one).
    meetings_held = event_selectors.meetings_held_count(years=years)
    s.chain = connection_funnel(years=years)
    s.chain["firms_supported"] = (
        SupportGrant.objects.filter(status__in=COMMITTED, year__in=years, connection__isnull=False)
        .values("firm")
        .distinct()
        .count()
    )
    s.funnel = (meetings_held, s.chain["mous"], s.chain["contracts"])
    return s


@dataclass
class TargetRow:
    target: PlanTarget
    per_year: list[tuple[int, object, str]]  # (year, actual or None, status)
    period_actual: object
    period_status: str
    expected_to_date: Decimal | None
    measured: bool

    @property
    def target_text_range(self) -> tuple:
        return self.target.min_value, self.target.max_value


def _value(indicator: str, year: int, s: Series, manual: dict[int, Decimal]):
    Ind = PlanTarget.Indicator
    if indicator == Ind.FIRMS_SUPPORTED:
        return s.firms_supported.get(year, 0)
    if indicator == Ind.FUNDING_APPROVED:
        return s.funding_approved.get(year, 0)
    if indicator == Ind.FUNDING_DISBURSED:
        return s.funding_disbursed.get(year, 0)
    if indicator == Ind.WORKSHOPS_HELD:
        return None if s.workshops_held is None else s.workshops_held.get(year, 0)
    if indicator == Ind.NEEDS_MATCHED_SHARE:
        return s.needs_matched_share(year)
    if indicator == Ind.MANUAL:
        return manual.get(year)
    return None  # meetings, MoUs, contracts: counted over all time only


def _status(value, low, high, *, finished: bool) -> str:
    if value is None:
        return "unknown"
    if low is not None and value < low:
        return "below" if finished else "in_progress"
    if high is not None and value > high:
        return "above"
    return "met"


def evaluate_targets(*, years: list[int], series: Series, today=None) -> list[TargetRow]:
    """Each target against its actuals: per year for the years shown, and over its whole period so
    far (from its first year to this year, whatever years the page shows)."""
    today = today or timezone.localdate()
    manual: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for a in PlanActual.objects.all():
        manual[a.target_id][a.year] = a.value
    period_series: dict[tuple[int, int], Series] = {}
    rows = []
    for target in PlanTarget.objects.all():
        low, high = target.min_value, target.max_value
        in_window = [y for y in years if target.covers(y)]
        period_years = list(range(target.start_year, min(target.end_year, today.year) + 1))
        if not period_years or set(period_years) <= set(series.years):
            ps = series
        else:
            key = (period_years[0], period_years[-1])
            if key not in period_series:
                period_series[key] = plan_series(years=period_years)
            ps = period_series[key]
        values = {y: _value(target.indicator, y, series, manual[target.pk]) for y in in_window}
        period_values = {y: _value(target.indicator, y, ps, manual[target.pk]) for y in period_years}
        per_year, expected = [], None
        if target.scope == PlanTarget.Scope.PER_YEAR:
            for y in in_window:
                per_year.append((y, values[y], _status(values[y], low, high, finished=y < today.year)))
            measured = [y for y in period_years if y < today.year and period_values[y] is not None]
            met = sum(1 for y in measured if _status(period_values[y], low, high, finished=True) in ("met", "above"))
            period_actual = f"{met}/{len(measured)}" if measured else None
            period_status = "met" if measured and met == len(measured) else "below" if measured else "unknown"
        else:
            per_year = [(y, values[y], "") for y in in_window]
            period_actual = _period_value(target, period_years, period_values, ps)
            span = target.end_year - target.start_year + 1
            if low is not None and target.unit != PlanTarget.Unit.PERCENT:
                expected = (Decimal(low) * len(period_years) / span).quantize(Decimal("1"))
            period_status = _status(period_actual, low, high, finished=today.year > target.end_year)
            if period_status == "in_progress" and expected is not None and period_actual is not None:
                period_status = "on_track" if period_actual >= expected else "behind"
        if target.indicator in (
            PlanTarget.Indicator.MEETINGS,
            PlanTarget.Indicator.MOUS,
            PlanTarget.Indicator.CONTRACTS,
        ):
            period_actual = _funnel_value(target.indicator, series)
            period_status = _status(period_actual, low, high, finished=today.year > target.end_year)
        measured_ok = not (target.indicator == PlanTarget.Indicator.WORKSHOPS_HELD and series.workshops_held is None)
        rows.append(
            TargetRow(
                target=target,
                per_year=per_year,
                period_actual=period_actual,
                period_status=period_status,
                expected_to_date=expected,
                measured=measured_ok,
            )
        )
    return rows


def _funnel_value(indicator, series: Series):
    if series.funnel is None:
        return None
    meetings, mous, contracts = series.funnel
    return {
        PlanTarget.Indicator.MEETINGS: meetings,
        PlanTarget.Indicator.MOUS: mous,
        PlanTarget.Indicator.CONTRACTS: contracts,
    }[indicator]


def _period_value(target: PlanTarget, years: list[int], values: dict, series: Series):
    if not years:
        return None
    known = [values[y] for y in years if values[y] is not None]
    if target.indicator == PlanTarget.Indicator.NEEDS_MATCHED_SHARE:
        total = sum(series.needs_published.get(y, 0) for y in years)
        return None if not total else round(100 * sum(series.needs_matched.get(y, 0) for y in years) / total, 1)
    if target.indicator == PlanTarget.Indicator.FIRMS_SUPPORTED:
        # Distinct firms over the period, not the sum of yearly counts.
        return SupportGrant.objects.filter(status__in=COMMITTED, year__in=years).values("firm").distinct().count()
    if target.indicator == PlanTarget.Indicator.MANUAL or target.unit == PlanTarget.Unit.PERCENT:
        return known[-1] if known else None
    if not known and target.indicator == PlanTarget.Indicator.WORKSHOPS_HELD:
        return None
    return sum(known)


def dashboard_years(*, start: int | None = None, end: int | None = None, today=None) -> list[int]:
    """The years the dashboard shows: by default from the start of the plan period that contains
    this year up to this year (at most 15 years)."""
    today = today or timezone.localdate()
    if end is None:
        end = today.year
    if start is None:
        current = PlanTarget.objects.filter(start_year__lte=end, end_year__gte=end).order_by("start_year").first()
        start = current.start_year if current else end - 4
    start = max(start, end - 14)
    return list(range(start, end + 1))
