"""The plan's indicator engine: every PlanTarget gets a value computed from the records the platform
keeps, year by year and over its period, or a sentence that says exactly why there is none. Values
entered by staff (PlanActual) are carried beside the computed ones, never mixed into them.

Which record feeds which figure is written once, in MEASURES below, and repeated for readers in
docs/plan.md. Shares are pooled over a period (tasks with a receiving firm ÷ tasks), distinct
counts stay distinct over a period (a firm supported in two years is one firm), stocks (S&T
enterprises) are read at the end of the last year, and flows (news, attendances) are summed.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events import selectors as event_selectors
from events import training_selectors
from events.models import ParticipantCategory
from marketplace.models import Organization

from . import selectors
from .models import (
    COMMITTED,
    NewsItem,
    PlanActual,
    PlanTarget,
    Publication,
    STTask,
    SupportGrant,
    TaskUptake,
    TechnologyAppraisal,
)

Ind = PlanTarget.Indicator

# Kinds of aggregation over a period.
SUM, DISTINCT, POOLED, STOCK, GROWTH = "sum", "distinct", "pooled", "stock", "growth"


@dataclass
class Value:
    """One computed figure: the value, or None and the reason; and the records behind it."""

    value: object = None
    reason: str = ""
    records: list[str] = field(default_factory=list)


@dataclass
class Measure:
    kind: str
    source: object  # lazy text: which records, counted how
    year: Callable[["Engine", int], Value]
    period: Callable[["Engine", list[int]], Value]


@dataclass
class Reading:
    scope: str
    chosen: bool
    per_year: list[tuple[int, object, str]]
    period_value: object
    period_status: str
    expected_to_date: Decimal | None = None

    @property
    def label(self) -> str:
        return str(dict(PlanTarget.Scope.choices)[self.scope])


@dataclass
class ManualEntry:
    value: Decimal
    note: str
    by: str
    at: object


@dataclass
class IndicatorRow:
    target: PlanTarget
    measured: bool  # False: not measured on the platform (see reason)
    reason: str  # why there is no computed value at all ("" when measured)
    source: str
    per_year: list[tuple[int, object, str, str]]  # (year, computed value or None, status, reason)
    period_years: list[int]
    period_value: object
    period_reason: str
    period_status: str
    expected_to_date: Decimal | None
    readings: list[Reading]  # two when the plan's scope is ambiguous, the chosen one marked
    manual: dict[int, ManualEntry]
    manual_period_value: object
    manual_period_status: str
    records: dict[int, list[str]]  # year → the records behind the computed value
    period_records: list[str]

    @property
    def bounds(self) -> tuple:
        return self.target.min_value, self.target.max_value


def _status(value, low, high, *, finished: bool) -> str:
    if value is None:
        return "unknown"
    value = Decimal(str(value))
    if low is not None and value < low:
        return "below" if finished else "in_progress"
    if high is not None and value > high:
        return "above"
    return "met"


def _share(part: int, whole: int) -> Decimal | None:
    return (Decimal(100) * part / whole).quantize(Decimal("0.1")) if whole else None


def _year_end(year: int) -> date:
    return date(year, 12, 31)


class Engine:
    """Computes and caches the figures of one request; every query runs once per span of years."""

    def __init__(self, *, today: date | None = None):
        self.today = today or timezone.localdate()
        self._cache: dict = {}

    def cached(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    # Trainings --------------------------------------------------------------------------------------

    def attendances(self):
        return self.cached("attendances", lambda: training_selectors.training_attendances())

    def attendance_rows(self, years, category=None):
        years = set(years)
        return [r for r in self.attendances() if r.year in years and (category is None or r.category == category)]

    # Grants (the dashboard's series, reused so both pages agree) ----------------------------------

    def series(self, years: list[int]):
        return self.cached(("series", tuple(years)), lambda: selectors.plan_series(years=list(years)))


def _attendance_measure(category: str) -> Measure:
    def describe(rows):
        return [f"{r.full_name} — {r.organization_label or '—'} · {r.training_title}" for r in rows]

    def year(engine, y):
        rows = engine.attendance_rows([y], category)
        return Value(len(rows), records=describe(rows))

    def period(engine, years):
        rows = engine.attendance_rows(years, category)
        return Value(len(rows), records=describe(rows))

    return Measure(
        SUM,
        gettext_lazy(
            "Training participants of this category present at one session or more of a productivity and quality "
            "training, once per training, in the year of their first session."
        ),
        year,
        period,
    )


def _organizations(engine, years):
    rows = [r for r in engine.attendance_rows(years) if r.organization_key]
    labels = {}
    for r in rows:
        labels.setdefault(r.organization_key, r.organization_label)
    return Value(len(labels), records=sorted(labels.values()))


def _firms_trained(engine, years) -> dict:
    labels = {}
    for r in engine.attendance_rows(years, ParticipantCategory.ENTERPRISE_STAFF):
        if r.organization_key:
            labels.setdefault(r.organization_key, r.organization_label)
    return labels


def _previous_period(target: PlanTarget) -> tuple[int, int] | None:
    before = (
        PlanTarget.objects.filter(
            end_year__in=[target.start_year, target.start_year - 1], start_year__lt=target.start_year
        )
        .order_by("start_year")
        .values_list("start_year", "end_year")
        .first()
    )
    return before


def _growth_period(engine, years, target):
    previous = _previous_period(target)
    if previous is None:
        return Value(reason=_("No earlier plan period is recorded to compare with."))
    prev_years = list(range(previous[0], previous[1] + 1))
    # The two periods share their boundary year in the plan; it belongs to the earlier one here.
    current_years = [y for y in years if y > previous[1]]
    if not current_years:
        return Value(reason=_("The period has not started yet after %(year)s.") % {"year": previous[1]})
    before = _firms_trained(engine, prev_years)
    now = _firms_trained(engine, current_years)
    if not before:
        return Value(
            reason=_("No firm took part in %(start)s–%(end)s, so there is nothing to grow from.")
            % {"start": previous[0], "end": previous[1]}
        )
    growth = (Decimal(100) * (len(now) - len(before)) / len(before)).quantize(Decimal("0.1"))
    return Value(
        growth,
        records=[
            _("%(n)s firms in %(start)s–%(end)s") % {"n": len(before), "start": previous[0], "end": previous[1]},
            _("%(n)s firms since %(start)s") % {"n": len(now), "start": current_years[0]},
        ]
        + sorted(now.values()),
    )


def _experts(engine, years):
    experts = list(training_selectors.experts_certified(years=years))
    return Value(
        len(experts),
        records=[f"{e.full_name} — {e.certificate_number} ({e.issued_on:%d/%m/%Y}, {e.issuer})" for e in experts],
    )


def _tasks(years):
    uptake = TaskUptake.objects.filter(task=OuterRef("pk"))
    return (
        STTask.objects.filter(
            field__in=STTask.COUNTED_FIELDS, status=STTask.Status.COMPLETED, completed_on__year__in=list(years)
        )
        .annotate(with_firm=Exists(uptake), firms=Count("uptakes"))
        .order_by("completed_on", "code")
    )


def _task_share(engine, years):
    tasks = list(_tasks(years))
    if not tasks:
        span = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
        return Value(reason=_("No agricultural or engineering S&T task was completed in %(span)s.") % {"span": span})
    with_firm = [t for t in tasks if t.with_firm]
    return Value(
        _share(len(with_firm), len(tasks)),
        records=[
            f"{t.code} — {t.title}: "
            + (_("%(n)s receiving firm(s)") % {"n": t.firms} if t.with_firm else _("no receiving firm"))
            for t in tasks
        ],
    )


def _key_firms(engine, years):
    appraisals = (
        TechnologyAppraisal.objects.filter(
            key_firm=True, conclusion__in=TechnologyAppraisal.PASSING, appraised_on__year__in=list(years)
        )
        .select_related("firm")
        .order_by("appraised_on")
    )
    firms = {}
    records = []
    for a in appraisals:
        firms.setdefault(a.firm_id, a.firm.name)
        records.append(f"{a.firm.name} — {a.technology} ({a.appraised_on:%d/%m/%Y}, {a.get_conclusion_display()})")
    return Value(len(firms), records=records)


def _st_enterprises_at(year: int):
    return Organization.objects.filter(st_certified_on__lte=_year_end(year)).exclude(st_certificate_number="")


def _st_enterprises(engine, years):
    year = years[-1]
    orgs = list(_st_enterprises_at(year).order_by("name"))
    return Value(len(orgs), records=[f"{o.name} — {o.st_certificate_number}" for o in orgs])


def _high_tech_share(engine, years):
    year = years[-1]
    orgs = list(_st_enterprises_at(year).order_by("name"))
    if not orgs:
        return Value(reason=_("No S&T enterprise is recorded at the end of %(year)s.") % {"year": year})
    high = [o for o in orgs if o.high_tech_certified_on and o.high_tech_certified_on <= _year_end(year)]
    return Value(
        _share(len(high), len(orgs)),
        records=[_("%(n)s of %(total)s S&T enterprises in high technology") % {"n": len(high), "total": len(orgs)}]
        + [f"{o.name} — {o.high_tech_certificate_number}" for o in high],
    )


def _news(engine, years):
    items = NewsItem.objects.filter(status=NewsItem.Status.PUBLISHED, published_at__year__in=list(years))
    n = items.count()
    return Value(n, records=[f"{i.published_at:%d/%m/%Y} — {i.title}" for i in items.order_by("published_at")[:200]])


def _publications(kind):
    def compute(engine, years):
        items = Publication.objects.filter(kind=kind, published_on__year__in=list(years)).order_by("published_on")
        return Value(
            items.count(),
            records=[f"{p.published_on:%d/%m/%Y} — {p.title}{' · ' + p.issue if p.issue else ''}" for p in items],
        )

    return compute


def _firms_supported(engine, years):
    grants = SupportGrant.objects.filter(status__in=COMMITTED, year__in=list(years)).select_related("firm")
    firms = sorted({g.firm.name for g in grants})
    return Value(len(firms), records=firms)


def _funding(field_name):
    def compute(engine, years):
        s = engine.series(years)
        total = sum(getattr(s, field_name).get(y, 0) for y in years)
        return Value(total)

    return compute


def _workshops(engine, years):
    s = engine.series(years)
    return Value(sum((s.workshops_held or {}).get(y, 0) for y in years))


def _needs_share(engine, years):
    s = engine.series(years)
    total = sum(s.needs_published.get(y, 0) for y in years)
    if not total:
        return Value(reason=_("No technology need was published in these years."))
    return Value(_share(sum(s.needs_matched.get(y, 0) for y in years), total))


def _funnel(index):
    def compute(engine, years):
        return Value(event_selectors.meeting_funnel(years=list(years))[index])

    return compute


def _by_year(period_fn):
    """A yearly value is the period computation over one year."""
    return lambda engine, y: period_fn(engine, [y])


def _only_over_period(reason):
    return lambda engine, y: Value(reason=str(reason))


def _not_measured(engine, years):
    return Value(reason=str(NOT_MEASURED))


NOT_MEASURED = gettext_lazy(
    "Not measured on the platform: the figure comes from outside it, so only a value entered by staff can be shown."
)


def _m(kind, source, period_fn, year_fn=None) -> Measure:
    return Measure(kind, source, year_fn or _by_year(period_fn), period_fn)


MEASURES: dict[str, Measure] = {
    Ind.FIRMS_SUPPORTED: _m(
        DISTINCT, gettext_lazy("Firms with an approved or disbursed support grant in the year."), _firms_supported
    ),
    Ind.FUNDING_APPROVED: _m(
        SUM, gettext_lazy("Approved amounts of approved or disbursed support grants."), _funding("funding_approved")
    ),
    Ind.FUNDING_DISBURSED: _m(
        SUM, gettext_lazy("Tranches paid, by the date they were paid."), _funding("funding_disbursed")
    ),
    Ind.WORKSHOPS_HELD: _m(SUM, gettext_lazy("Connection workshops with the status “held”."), _workshops),
    Ind.MEETINGS: _m(SUM, gettext_lazy("B2B meetings held at the workshops of the year."), _funnel(0)),
    Ind.MOUS: _m(SUM, gettext_lazy("Meetings that reached at least an MoU."), _funnel(1)),
    Ind.CONTRACTS: _m(SUM, gettext_lazy("Meetings that reached a contract."), _funnel(2)),
    Ind.NEEDS_MATCHED_SHARE: _m(
        POOLED, gettext_lazy("Published needs with an accepted expression of interest ÷ published needs."), _needs_share
    ),
    Ind.EXPERTS_CERTIFIED: _m(
        SUM, gettext_lazy("Certified productivity and quality experts, by the date of the certificate."), _experts
    ),
    Ind.TRAINED_CIVIL_SERVANTS: _attendance_measure(ParticipantCategory.CIVIL_SERVANT),
    Ind.TRAINED_ENTERPRISE_STAFF: _attendance_measure(ParticipantCategory.ENTERPRISE_STAFF),
    Ind.TRAINED_LECTURERS: _attendance_measure(ParticipantCategory.LECTURER_STUDENT),
    Ind.ORGANIZATIONS_TRAINED: _m(
        DISTINCT,
        gettext_lazy(
            "Distinct organisations (on the platform, or by their typed name) of participants present at a "
            "productivity and quality training."
        ),
        _organizations,
    ),
    Ind.FIRMS_TRAINED_GROWTH: Measure(
        GROWTH,
        gettext_lazy(
            "Distinct firms whose staff attended a productivity and quality training in this period, against the "
            "previous plan period (its last year belongs to the previous period)."
        ),
        _only_over_period(gettext_lazy("A growth over the previous period: computed for the whole period only.")),
        None,  # set below: needs the target
    ),
    Ind.TASKS_WITH_FIRM_SHARE: _m(
        POOLED,
        gettext_lazy(
            "Completed (accepted) S&T tasks in agricultural sciences or engineering with at least one receiving "
            "firm or cooperative ÷ all such tasks, by the year of acceptance."
        ),
        _task_share,
    ),
    Ind.KEY_FIRMS_APPRAISED: _m(
        DISTINCT,
        gettext_lazy("Distinct key firms with a passed (or conditionally passed) technology appraisal."),
        _key_firms,
    ),
    Ind.ST_ENTERPRISES: _m(
        STOCK,
        gettext_lazy("Organisations holding an S&T enterprise certificate at the end of the year."),
        _st_enterprises,
    ),
    Ind.HIGH_TECH_SHARE: _m(
        STOCK,
        gettext_lazy("S&T enterprises with a high-technology certificate ÷ S&T enterprises, at the end of the year."),
        _high_tech_share,
    ),
    Ind.NEWS_PUBLISHED: _m(SUM, gettext_lazy("News items published on the platform's news pages."), _news),
    Ind.PROCEEDINGS: _m(
        SUM, gettext_lazy("Proceedings recorded, by date of publication."), _publications("proceedings")
    ),
    Ind.BULLETINS: _m(SUM, gettext_lazy("S&T bulletins recorded, by date of publication."), _publications("bulletin")),
    Ind.RADIO_TV: _m(
        SUM, gettext_lazy("Radio and TV programmes recorded, by date of broadcast."), _publications("radio_tv")
    ),
    Ind.MANUAL: Measure(SUM, NOT_MEASURED, lambda engine, y: Value(reason=str(NOT_MEASURED)), _not_measured),
}


def _period_years(target: PlanTarget, today: date) -> list[int]:
    return list(range(target.start_year, min(target.end_year, today.year) + 1))


def _expected(target: PlanTarget, kind: str, n_years: int) -> Decimal | None:
    """The share of a per-period target due by now, pro rata of the years elapsed (flows only)."""
    if target.min_value is None or kind not in (SUM, DISTINCT) or target.unit == PlanTarget.Unit.PERCENT:
        return None
    span = target.end_year - target.start_year + 1
    return (Decimal(target.min_value) * n_years / span).quantize(Decimal("1"))


def _period_status(target, value, expected, *, finished: bool) -> str:
    status = _status(value, target.min_value, target.max_value, finished=finished)
    if status == "in_progress" and expected is not None and value is not None:
        return "on_track" if Decimal(str(value)) >= expected else "behind"
    return status


def _reading(target, scope, values: dict, period: Value, kind, period_years, today) -> Reading:
    low, high = target.min_value, target.max_value
    if scope == PlanTarget.Scope.PER_YEAR:
        per_year = [(y, v, _status(v, low, high, finished=y < today.year)) for y, v in values.items()]
        done = [(y, v) for y, v in values.items() if y < today.year and y in period_years and v is not None]
        met = sum(1 for _y, v in done if _status(v, low, high, finished=True) in ("met", "above"))
        return Reading(
            scope=scope,
            chosen=target.scope == scope,
            per_year=per_year,
            period_value=f"{met}/{len(done)}" if done else None,
            period_status=("met" if met == len(done) else "below") if done else "unknown",
        )
    expected = _expected(target, kind, len(period_years))
    return Reading(
        scope=scope,
        chosen=target.scope == scope,
        per_year=[(y, v, "") for y, v in values.items()],
        period_value=period.value,
        period_status=_period_status(target, period.value, expected, finished=today.year > target.end_year),
        expected_to_date=expected,
    )


def _manual(target: PlanTarget, entries: dict[int, ManualEntry], period_years, kind, today):
    known = [entries[y].value for y in period_years if y in entries]
    if not known:
        return None, "unknown"
    if target.scope == PlanTarget.Scope.PER_YEAR or target.unit == PlanTarget.Unit.PERCENT or kind == STOCK:
        value = known[-1]
    else:
        value = sum(known)
    expected = _expected(target, SUM, len(period_years)) if target.scope == PlanTarget.Scope.PER_PERIOD else None
    return value, _period_status(target, value, expected, finished=today.year > target.end_year)


def evaluate(*, years: list[int], today: date | None = None, targets=None, engine: Engine | None = None):
    """Every target: its computed value for each of `years` it covers and over its period so far, with
    its status; both readings when the plan's scope is ambiguous; the staff's values beside."""
    today = today or timezone.localdate()
    engine = engine or Engine(today=today)
    targets = list(targets if targets is not None else PlanTarget.objects.all())
    manual: dict[int, dict[int, ManualEntry]] = defaultdict(dict)
    for a in PlanActual.objects.filter(target__in=targets).select_related("entered_by"):
        manual[a.target_id][a.year] = ManualEntry(
            value=a.value, note=a.note, by=a.entered_by.get_username() if a.entered_by else "", at=a.entered_at
        )
    rows = []
    for target in targets:
        measure = MEASURES.get(target.indicator, MEASURES[Ind.MANUAL])
        measured = target.indicator != Ind.MANUAL
        in_window = [y for y in years if target.covers(y)]
        period_years = _period_years(target, today)
        yearly = {y: measure.year(engine, y) for y in in_window}
        if measure.kind == GROWTH:
            period = _growth_period(engine, period_years, target) if period_years else Value()
        else:
            period = measure.period(engine, period_years) if period_years else Value()
        if not period_years:
            period.reason = _("The period starts in %(year)s.") % {"year": target.start_year}
        values = {y: v.value for y, v in yearly.items()}
        scopes = [target.scope]
        if target.scope_ambiguous and measured:
            scopes = [PlanTarget.Scope.PER_YEAR, PlanTarget.Scope.PER_PERIOD]
        readings = [_reading(target, sc, values, period, measure.kind, period_years, today) for sc in scopes]
        chosen = next(r for r in readings if r.chosen)
        manual_value, manual_status = _manual(target, manual[target.pk], period_years, measure.kind, today)
        rows.append(
            IndicatorRow(
                target=target,
                measured=measured,
                reason="" if measured else str(NOT_MEASURED),
                source=str(measure.source),
                per_year=[
                    (y, v, st, yearly[y].reason) for (y, v, st) in next(r for r in readings if r.chosen).per_year
                ],
                period_years=period_years,
                period_value=chosen.period_value if measured else None,
                period_reason=period.reason,
                period_status=chosen.period_status if measured else "unknown",
                expected_to_date=chosen.expected_to_date,
                readings=readings if len(readings) > 1 else [],
                manual=manual[target.pk],
                manual_period_value=manual_value,
                manual_period_status=manual_status,
                records={y: v.records for y, v in yearly.items()},
                period_records=period.records,
            )
        )
    return rows


def training_summary(*, years: list[int], engine: Engine | None = None) -> dict:
    """Attendances per category and per year, and organisations trained, for the dashboard cards."""
    engine = engine or Engine()
    rows = engine.attendance_rows(years)
    per_category = {c: 0 for c, _label in ParticipantCategory.choices}
    per_year = {y: dict.fromkeys(per_category, 0) for y in years}
    for r in rows:
        per_category[r.category] += 1
        per_year[r.year][r.category] += 1
    return {
        "categories": [(code, label, per_category[code]) for code, label in ParticipantCategory.choices],
        "per_year": per_year,
        "organizations": _organizations(engine, years).value,
        "experts": _experts(engine, years).value,
        "total": len(rows),
    }


def task_share_by_year(*, years: list[int]) -> dict[int, tuple[int, int, Decimal | None]]:
    """Per year: (completed agricultural/engineering tasks, of which with a receiving firm, share %)."""
    counts = {y: [0, 0] for y in years}
    for t in _tasks(years):
        y = t.completed_on.year
        counts[y][0] += 1
        counts[y][1] += 1 if t.with_firm else 0
    return {y: (n, k, _share(k, n)) for y, (n, k) in counts.items()}


def st_enterprise_summary(*, year: int) -> dict:
    total = _st_enterprises_at(year).count()
    high = _st_enterprises_at(year).filter(high_tech_certified_on__lte=_year_end(year)).count()
    return {"year": year, "total": total, "high_tech": high, "share": _share(high, total)}


def dashboard_context(*, years: list[int]) -> dict:
    engine = Engine()
    last = years[-1]
    return {
        "indicators": evaluate(years=years, engine=engine),
        "training": training_summary(years=years, engine=engine),
        "task_shares": task_share_by_year(years=years),
        "task_share_targets": list(PlanTarget.objects.filter(indicator=Ind.TASKS_WITH_FIRM_SHARE)),
        "st_summary": st_enterprise_summary(year=last),
    }
