"""The tables the pages show and the exports write, built from the selectors; and the chart data
of the dashboard. One builder per export, so the CSV, the XLSX and the page agree."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from . import selectors
from .exports import Column, Table
from .filters import GrantFilter
from .models import COMMITTED, AnnualBudget, Disbursement, PlanTarget


def _grants(request):
    return GrantFilter(request.GET, queryset=selectors.grant_list_visible_to(user=request.user)).qs


def grants_table(request) -> Table:
    rows = [
        [
            g.pk,
            g.year,
            g.firm.name,
            g.firm.tax_code,
            g.firm.area.name if g.firm.area_id else "",
            g.firm.get_size_display(),
            g.program.code,
            g.program.name,
            g.get_status_display(),
            g.eligible_cost,
            g.share_percent,
            g.requested_amount,
            g.approved_amount,
            g.disbursed_amount,
            g.decision_number or "",
            g.decision_date,
            g.purpose,
            g.need_id or "",
            g.offer_id or "",
            g.event_reference,
            g.cancel_reason,
        ]
        for g in _grants(request).order_by("-year", "firm__name", "id")
    ]
    return Table(
        "grants",
        _("Support grants"),
        [
            Column("ID", "int"),
            Column(_("Year"), "int"),
            Column(_("Firm")),
            Column(_("Tax code")),
            Column(_("Commune or ward")),
            Column(_("Size")),
            Column(_("Program code")),
            Column(_("Program")),
            Column(_("Status")),
            Column(_("Eligible cost (₫)"), "money"),
            Column(_("Share (%)"), "int"),
            Column(_("Requested (₫)"), "money"),
            Column(_("Approved (₫)"), "money"),
            Column(_("Disbursed (₫)"), "money"),
            Column(_("Decision number")),
            Column(_("Decision date"), "date"),
            Column(_("Purpose")),
            Column(_("Need ID")),
            Column(_("Offer ID")),
            Column(_("Meeting, MoU or contract")),
            Column(_("Reason for cancelling")),
        ],
        rows,
    )


def disbursements_table(request) -> Table:
    grants = _grants(request)
    rows = [
        [
            d.grant_id,
            d.grant.year,
            d.grant.firm.name,
            d.grant.program.code,
            d.tranche,
            d.milestone,
            d.acceptance_reference,
            d.accepted_on,
            d.paid_on,
            d.amount,
        ]
        for d in Disbursement.objects.filter(grant__in=grants)
        .select_related("grant__firm", "grant__program")
        .order_by("grant__year", "grant_id", "tranche")
    ]
    return Table(
        "disbursements",
        _("Disbursements"),
        [
            Column(_("Grant ID"), "int"),
            Column(_("Year"), "int"),
            Column(_("Firm")),
            Column(_("Program code")),
            Column(_("Tranche"), "int"),
            Column(_("Acceptance milestone")),
            Column(_("Acceptance record number")),
            Column(_("Accepted on"), "date"),
            Column(_("Paid on"), "date"),
            Column(_("Amount (₫)"), "money"),
        ],
        rows,
    )


def _year(request) -> int:
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    return year if 2000 <= year <= 2100 else timezone.localdate().year


def year_programs_table(request) -> Table:
    year = _year(request)
    report = selectors.year_report(year=year, grants=_grants(request))
    rows = [
        [
            year,
            r.program.code,
            r.program.name,
            r.budget,
            r.proposed,
            r.approved,
            r.disbursed,
            r.budget_left,
            r.grants,
            r.firms,
        ]
        for r in report["programs"]
    ]
    return Table(
        f"programs-{year}",
        _("Programs %(year)s") % {"year": year},
        [
            Column(_("Year"), "int"),
            Column(_("Program code")),
            Column(_("Program")),
            Column(_("Budget (₫)"), "money"),
            Column(_("Proposed (₫)"), "money"),
            Column(_("Approved (₫)"), "money"),
            Column(_("Disbursed (₫)"), "money"),
            Column(_("Budget left (₫)"), "money"),
            Column(_("Grants"), "int"),
            Column(_("Firms supported"), "int"),
        ],
        rows,
    )


def year_firms_table(request) -> Table:
    year = _year(request)
    report = selectors.year_report(year=year, grants=_grants(request))
    rows = [
        [
            year,
            r["firm__name"],
            r["firm__area__name"] or "",
            r["program__code"],
            r["n"],
            r["approved"],
            r["disbursed"],
            r["cap"],
            r["cap_left"],
        ]
        for r in report["firms"]
    ]
    return Table(
        f"firms-{year}",
        _("Firms supported %(year)s") % {"year": year},
        [
            Column(_("Year"), "int"),
            Column(_("Firm")),
            Column(_("Commune or ward")),
            Column(_("Program code")),
            Column(_("Grants"), "int"),
            Column(_("Approved (₫)"), "money"),
            Column(_("Disbursed (₫)"), "money"),
            Column(_("Cap for the firm's size (₫)"), "money"),
            Column(_("Left under the cap (₫)"), "money"),
        ],
        rows,
    )


def firm_years_table(request) -> Table:
    """Per firm and year, every year: the totals the per-firm page shows."""
    from django.db.models import Count, Q, Sum

    rows = [
        [
            r["firm__name"],
            r["firm__tax_code"],
            r["year"],
            r["n"],
            r["requested"] or 0,
            r["approved"] or 0,
            r["disbursed"] or 0,
        ]
        for r in _grants(request)
        .values("firm__name", "firm__tax_code", "year")
        .annotate(
            n=Count("id"),
            requested=Sum("requested_amount", filter=~Q(status="cancelled")),
            approved=Sum("approved_amount", filter=Q(status__in=COMMITTED)),
            disbursed=Sum("disbursed_amount"),
        )
        .order_by("firm__name", "year")
    ]
    return Table(
        "firm-years",
        _("Grants per firm and year"),
        [
            Column(_("Firm")),
            Column(_("Tax code")),
            Column(_("Year"), "int"),
            Column(_("Grants"), "int"),
            Column(_("Requested (₫)"), "money"),
            Column(_("Approved (₫)"), "money"),
            Column(_("Disbursed (₫)"), "money"),
        ],
        rows,
    )


def budgets_table(request) -> Table:
    rows = [
        [b.year, b.program.code, b.program.name, b.amount, b.approved_total, b.left]
        for b in AnnualBudget.objects.select_related("program").order_by("year", "program__code")
    ]
    return Table(
        "budgets",
        _("Annual budgets"),
        [
            Column(_("Year"), "int"),
            Column(_("Program code")),
            Column(_("Program")),
            Column(_("Budget (₫)"), "money"),
            Column(_("Approved (₫)"), "money"),
            Column(_("Budget left (₫)"), "money"),
        ],
        rows,
    )


def _dashboard(request):
    def param(name):
        try:
            return int(request.GET[name])
        except (KeyError, ValueError):
            return None

    years = selectors.dashboard_years(start=param("from"), end=param("to"))
    series = selectors.plan_series(years=years)
    return years, series, selectors.evaluate_targets(years=years, series=series)


def _num(value):
    if value is None or isinstance(value, (int, float)):
        return value
    return int(value) if value == int(value) else float(value)


def plan_table(request) -> Table:
    years, series, targets = _dashboard(request)
    columns = [
        Column(_("Target")),
        Column(_("Indicator")),
        Column(_("From"), "int"),
        Column(_("To"), "int"),
        Column(_("At least"), "int"),
        Column(_("At most"), "int"),
        Column(_("Unit")),
        Column(_("Scope")),
    ]
    columns += [Column(str(y), "int") for y in years]
    columns += [Column(_("Period actual")), Column(_("Status"))]
    status_labels = dict(STATUS_LABELS())
    rows = []
    for row in targets:
        t = row.target
        by_year = {y: v for y, v, _s in row.per_year}
        period = row.period_actual
        rows.append(
            [
                t.label,
                t.get_indicator_display(),
                t.start_year,
                t.end_year,
                _num(t.min_value),
                _num(t.max_value),
                t.get_unit_display(),
                t.get_scope_display(),
                *[_num(by_year.get(y)) for y in years],
                period if isinstance(period, str) else _num(period),
                status_labels.get(row.period_status, ""),
            ]
        )
    return Table("plan-targets", _("Plan targets"), columns, rows)


def series_table(request) -> Table:
    years, s, _targets = _dashboard(request)
    rows = []
    for y in years:
        rows.append(
            [
                y,
                s.firms_supported.get(y, 0),
                s.budget.get(y, 0),
                s.funding_proposed.get(y, 0),
                s.funding_approved.get(y, 0),
                s.funding_disbursed.get(y, 0),
                None if s.workshops_held is None else s.workshops_held.get(y, 0),
                s.needs_published.get(y, 0),
                s.needs_matched.get(y, 0),
                s.needs_matched_share(y),
            ]
        )
    return Table(
        "plan-actuals",
        _("Actuals per year"),
        [
            Column(_("Year"), "int"),
            Column(_("Enterprises supported"), "int"),
            Column(_("Budget (₫)"), "money"),
            Column(_("Proposed (₫)"), "money"),
            Column(_("Approved (₫)"), "money"),
            Column(_("Disbursed (₫)"), "money"),
            Column(_("Workshops held"), "int"),
            Column(_("Needs published"), "int"),
            Column(_("Needs that found a provider"), "int"),
            Column(_("Share of needs that found a provider (%)"), "percent"),
        ],
        rows,
    )


def funnel_table(request) -> Table:
    _years, s, _targets = _dashboard(request)
    meetings, mous, contracts = s.funnel or (0, 0, 0)
    return Table(
        "meeting-funnel",
        _("Meetings, MoUs, contracts"),
        [Column(_("Stage")), Column(_("Count"), "int")],
        [[_("B2B meetings"), meetings], [_("MoUs (or better)"), mous], [_("Contracts"), contracts]],
    )


EXPORTS = {
    "grants": grants_table,
    "disbursements": disbursements_table,
    "year-programs": year_programs_table,
    "year-firms": year_firms_table,
    "firm-years": firm_years_table,
    "budgets": budgets_table,
    "plan": plan_table,
    "actuals": series_table,
    "funnel": funnel_table,
}


def STATUS_LABELS():
    return [
        ("met", pgettext("plan target", "Met")),
        ("above", _("Above the range")),
        ("below", _("Below target")),
        ("in_progress", _("In progress")),
        ("on_track", _("On track")),
        ("behind", _("Behind")),
        ("unknown", _("No data")),
    ]


# The dashboard's charts and cards -----------------------------------------------------------------


def _target(targets, indicator: str, year: int):
    for row in targets:
        t = row.target
        if t.indicator == indicator and t.covers(year):
            return t
    return None


def _band(targets, indicator, years, scope):
    low, high = [], []
    for y in years:
        t = _target(targets, indicator, y)
        ok = t is not None and t.scope == scope
        low.append(_num(t.min_value) if ok else None)
        high.append(_num(t.max_value) if ok else None)
    return low, high


def _cumulative(values: list[int], years: list[int], targets, indicator) -> list[int]:
    """Running total that restarts at the first year of each plan period."""
    out, total, period = [], 0, None
    for y, v in zip(years, values, strict=False):
        t = _target(targets, indicator, y)
        key = (t.start_year, t.end_year) if t else None
        if key != period:
            total, period = 0, key
        total += v or 0
        out.append(total)
    return out


def _reference(targets, indicator, years):
    """A target of a later (or earlier) period, drawn as a reference line when none covers the years shown."""
    if any(_target(targets, indicator, y) for y in years):
        return None
    for row in targets:
        t = row.target
        if t.indicator == indicator and t.min_value is not None:
            return {
                "value": _num(t.min_value),
                "label": _("Target %(start)s–%(end)s: at least %(n)s")
                % {"start": t.start_year, "end": t.end_year, "n": _num(t.min_value)},
            }
    return None


def chart_data(*, years, series, targets) -> dict:
    Ind, S = PlanTarget.Indicator, PlanTarget.Scope
    firms = [series.firms_supported.get(y, 0) for y in years]
    approved = [series.funding_approved.get(y, 0) for y in years]
    disbursed = [series.funding_disbursed.get(y, 0) for y in years]
    firms_low, firms_high = _band(targets, Ind.FIRMS_SUPPORTED, years, S.PER_YEAR)
    fund_low_y, fund_high_y = _band(targets, Ind.FUNDING_APPROVED, years, S.PER_YEAR)
    fund_low_p, fund_high_p = _band(targets, Ind.FUNDING_APPROVED, years, S.PER_PERIOD)
    ws = series.workshops_held
    workshops = None if ws is None else [ws.get(y, 0) for y in years]
    ws_low, _ws_high = _band(targets, Ind.WORKSHOPS_HELD, years, S.PER_PERIOD)
    ws_low_y, _unused = _band(targets, Ind.WORKSHOPS_HELD, years, S.PER_YEAR)
    share = [series.needs_matched_share(y) for y in years]
    share_low, share_high = _band(targets, Ind.NEEDS_MATCHED_SHARE, years, S.PER_YEAR)
    return {
        "years": years,
        "firms": {"actual": firms, "low": firms_low, "high": firms_high},
        "funding": {
            "approved": approved,
            "disbursed": disbursed,
            "budget": [series.budget.get(y, 0) for y in years],
            "cumulative": _cumulative(approved, years, targets, Ind.FUNDING_APPROVED),
            "low_year": fund_low_y,
            "high_year": fund_high_y,
            "low_period": fund_low_p,
            "high_period": fund_high_p,
        },
        "workshops": None
        if workshops is None
        else {
            "actual": workshops,
            "cumulative": _cumulative(workshops, years, targets, Ind.WORKSHOPS_HELD),
            "low_period": ws_low,
            "low_year": ws_low_y,
            "reference": _reference(targets, Ind.WORKSHOPS_HELD, years),
        },
        "funnel": list(series.funnel) if series.funnel else None,
        "needs": {
            "share": share,
            "published": [series.needs_published.get(y, 0) for y in years],
            "matched": [series.needs_matched.get(y, 0) for y in years],
            "low": share_low,
            "high": share_high,
        },
        "labels": {
            "firms": _("Enterprises supported"),
            "target_min": _("Target (min)"),
            "target_max": _("Target (max)"),
            "approved": _("Approved"),
            "disbursed": _("Disbursed"),
            "budget": _("Budget"),
            "cumulative": _("Approved since the period began"),
            "workshops": _("Workshops held"),
            "workshops_cum": _("Held since the period began"),
            "funnel": [_("B2B meetings"), _("MoUs (or better)"), _("Contracts")],
            "share": _("Needs that found a provider (%)"),
            "published": _("Needs published"),
            "matched": _("Found a provider"),
            "period_target_min": _("Period target (min)"),
            "period_target_max": _("Period target (max)"),
        },
    }


def dashboard_cards(*, years, series, targets) -> list[dict]:
    """The few numbers a reader takes in first: this year against its target."""
    year = years[-1]
    Ind = PlanTarget.Indicator
    cards = []
    t = _target(targets, Ind.FIRMS_SUPPORTED, year)
    n = series.firms_supported.get(year, 0)
    cards.append(
        {
            "label": _("Enterprises supported in %(year)s") % {"year": year},
            "value": n,
            "kind": "int",
            "target": t,
            "ok": t is None or t.min_value is None or n >= t.min_value,
        }
    )
    t = _target(targets, Ind.FUNDING_APPROVED, year)
    budget = series.budget.get(year, 0)
    amount = series.funding_approved.get(year, 0)
    cards.append(
        {
            "label": _("Funding approved in %(year)s") % {"year": year},
            "value": amount,
            "kind": "vnd",
            "sub": (_("%(p)s%% of this year's budget") % {"p": round(100 * amount / budget)}) if budget else "",
            "ok": None,
        }
    )
    ws = series.workshops_held
    cards.append(
        {
            "label": _("Workshops held in %(year)s") % {"year": year},
            "value": None if ws is None else ws.get(year, 0),
            "kind": "int",
            "ok": None,
            "sub": "" if ws is not None else _("Workshops are not recorded on the platform yet."),
        }
    )
    share = series.needs_matched_share(year)
    cards.append(
        {
            "label": _("Needs published in %(year)s that found a provider") % {"year": year},
            "value": share,
            "kind": "percent",
            "ok": None,
            "sub": _("%(m)s of %(n)s needs")
            % {"m": series.needs_matched.get(year, 0), "n": series.needs_published.get(year, 0)},
        }
    )
    return cards
