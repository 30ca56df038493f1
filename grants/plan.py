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

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.money import vnd
from events import selectors as event_selectors
from events import training_selectors
from events.models import ParticipantCategory, Workshop
from marketplace.models import Interest, Organization, TechnologyNeed

from .models import (
    COMMITTED,
    Disbursement,
    GrantStatus,
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
    period: Callable[["Engine", list[int]], Value] | None  # None: evaluate() computes it from the target


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


@dataclass(frozen=True)
class Fact:
    """One record behind a figure: the year it counts in, what makes it distinct, how to show it."""

    year: int
    key: object
    text: str
    weight: int = 1  # summed for money
    hit: bool = False  # the numerator of a share


class Engine:
    """Computes the figures of one request. Each kind of record is loaded once (one query, or a few) and
    every year and period is then counted in memory, so the dashboard's queries do not grow with the
    number of targets or years."""

    def __init__(self, *, today: date | None = None):
        self.today = today or timezone.localdate()
        self._cache: dict = {}

    def cached(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def facts(self, name: str) -> list[Fact]:
        return self.cached(("facts", name), lambda: LOADERS[name]())

    def attendances(self):
        return self.cached("attendances", lambda: training_selectors.training_attendances())

    def attendance_rows(self, years, category=None):
        years = set(years)
        return [r for r in self.attendances() if r.year in years and (category is None or r.category == category)]


# Loaders: every record kind as facts -------------------------------------------------------------------


def _local_year(moment) -> int:
    return timezone.localtime(moment).year


def _grant_facts() -> list[Fact]:
    grants = SupportGrant.objects.filter(status__in=COMMITTED).select_related("firm", "program").order_by("year", "id")
    return [
        Fact(
            g.year,
            g.firm_id,
            f"{g.firm.name} — {g.program.code} {g.year}: {vnd(g.approved_amount or 0)}",
            g.approved_amount or 0,
        )
        for g in grants
    ]


def _disbursement_facts() -> list[Fact]:
    rows = (
        Disbursement.objects.exclude(grant__status=GrantStatus.CANCELLED)
        .select_related("grant__firm")
        .order_by("paid_on", "id")
    )
    return [
        Fact(d.paid_on.year, d.pk, f"{d.grant.firm.name} — {d.paid_on:%d/%m/%Y}: {vnd(d.amount)}", d.amount)
        for d in rows
    ]


def _workshop_facts() -> list[Fact]:
    rows = Workshop.objects.filter(status=Workshop.Status.HELD).order_by("starts_at")
    return [
        Fact(_local_year(w.starts_at), w.pk, f"{timezone.localtime(w.starts_at):%d/%m/%Y} — {w.title}") for w in rows
    ]


def _need_facts() -> list[Fact]:
    accepted = Interest.objects.filter(need=OuterRef("pk"), status=Interest.Status.ACCEPTED)
    rows = (
        TechnologyNeed.objects.filter(published_at__isnull=False)
        .annotate(matched=Exists(accepted))
        .order_by("published_at")
    )
    return [
        Fact(_local_year(n.published_at), n.pk, n.title, hit=n.matched)
        for n in rows.only("pk", "title", "published_at")
    ]


def _expert_facts() -> list[Fact]:
    return [
        Fact(e.issued_on.year, e.pk, f"{e.full_name} — {e.certificate_number} ({e.issued_on:%d/%m/%Y}, {e.issuer})")
        for e in training_selectors.experts_certified()
    ]


def _task_facts() -> list[Fact]:
    # A receiving firm counts with its proving document; one recorded from a connection whose
    # acceptance record is not there yet waits for it (listed on the task page as missing).
    proven = ~(Q(document_reference="") & Q(document=""))
    uptake = TaskUptake.objects.filter(proven, task=OuterRef("pk"))
    tasks = (
        STTask.objects.filter(field__in=STTask.COUNTED_FIELDS, status=STTask.Status.COMPLETED)
        .annotate(
            with_firm=Exists(uptake),
            firms=Count("uptakes", filter=~(Q(uptakes__document_reference="") & Q(uptakes__document=""))),
        )
        .order_by("completed_on", "code")
    )
    return [
        Fact(
            t.completed_on.year,  # type: ignore[union-attr]  # the query keeps completed tasks only
            t.pk,
            f"{t.code} — {t.title}: "
            + (_("%(n)s receiving firm(s)") % {"n": t.firms} if t.with_firm else _("no receiving firm")),
            hit=t.with_firm,
        )
        for t in tasks
    ]


def _appraisal_facts() -> list[Fact]:
    rows = (
        TechnologyAppraisal.objects.filter(key_firm=True, conclusion__in=TechnologyAppraisal.PASSING)
        .select_related("firm")
        .order_by("appraised_on", "id")
    )
    return [
        Fact(
            a.appraised_on.year,
            a.firm_id,
            f"{a.firm.name} — {a.technology} ({a.appraised_on:%d/%m/%Y}, {a.get_conclusion_display()})",
        )
        for a in rows
    ]


def _news_facts() -> list[Fact]:
    rows = (
        NewsItem.objects.filter(status=NewsItem.Status.PUBLISHED)
        .order_by("published_at")
        .values_list("pk", "title", "published_at")
    )
    return [Fact(_local_year(at), pk, f"{timezone.localtime(at):%d/%m/%Y} — {title}") for pk, title, at in rows]


def _publication_facts(kind):
    def load() -> list[Fact]:
        rows = Publication.objects.filter(kind=kind).order_by("published_on", "id")
        return [
            Fact(
                p.published_on.year, p.pk, f"{p.published_on:%d/%m/%Y} — {p.title}{' · ' + p.issue if p.issue else ''}"
            )
            for p in rows
        ]

    return load


def _certified_organizations():
    return list(
        Organization.objects.filter(st_certified_on__isnull=False).exclude(st_certificate_number="").order_by("name")
    )


LOADERS = {
    "grants": _grant_facts,
    "disbursements": _disbursement_facts,
    "workshops": _workshop_facts,
    "needs": _need_facts,
    "experts": _expert_facts,
    "tasks": _task_facts,
    "appraisals": _appraisal_facts,
    "news": _news_facts,
    "proceedings": _publication_facts(Publication.Kind.PROCEEDINGS),
    "bulletins": _publication_facts(Publication.Kind.BULLETIN),
    "radio_tv": _publication_facts(Publication.Kind.RADIO_TV),
}


def _span(years) -> str:
    return f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _in(engine, name, years) -> list[Fact]:
    wanted = set(years)
    return [f for f in engine.facts(name) if f.year in wanted]


def _count(name):
    return lambda engine, years: (lambda facts: Value(len(facts), records=[f.text for f in facts]))(
        _in(engine, name, years)
    )


def _distinct(name):
    return lambda engine, years: (lambda facts: Value(len({f.key for f in facts}), records=[f.text for f in facts]))(
        _in(engine, name, years)
    )


def _total(name):
    return lambda engine, years: (lambda facts: Value(sum(f.weight for f in facts), records=[f.text for f in facts]))(
        _in(engine, name, years)
    )


def _pooled(name, empty):
    def compute(engine, years):
        facts = _in(engine, name, years)
        if not facts:
            return Value(reason=str(empty) % {"span": _span(years)})
        return Value(_share(sum(1 for f in facts if f.hit), len(facts)), records=[f.text for f in facts])

    return compute


# Trainings ------------------------------------------------------------------------------------------


def _attendance_measure(category: str) -> Measure:
    def describe(rows):
        return [f"{r.full_name} — {r.organization_label or '—'} · {r.training_title}" for r in rows]

    def period(engine, years):
        rows = engine.attendance_rows(years, category)
        return Value(len(rows), records=describe(rows))

    return Measure(
        SUM,
        gettext_lazy(
            "Training participants of this category present at one session or more of a productivity and quality "
            "training, once per training, in the year of their first session."
        ),
        lambda engine, y: period(engine, [y]),
        period,
    )


def _organizations(engine, years):
    labels = {}
    for r in engine.attendance_rows(years):
        if r.organization_key:
            labels.setdefault(r.organization_key, r.organization_label)
    return Value(len(labels), records=sorted(labels.values()))


def _firms_trained(engine, years) -> dict:
    labels: dict = {}
    for r in engine.attendance_rows(years, ParticipantCategory.ENTERPRISE_STAFF):
        if r.organization_key:
            labels.setdefault(r.organization_key, r.organization_label)
    return labels


def _previous_period(target: PlanTarget) -> tuple[int, int] | None:
    return (
        PlanTarget.objects.filter(
            end_year__in=[target.start_year, target.start_year - 1], start_year__lt=target.start_year
        )
        .order_by("start_year")
        .values_list("start_year", "end_year")
        .first()
    )


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


# S&T enterprises (a stock, read at the end of the last year) ------------------------------------------


def _st_at(engine, year: int) -> list:
    end = _year_end(year)
    return [o for o in engine.cached("certified", _certified_organizations) if o.st_certified_on <= end]


def _st_enterprises(engine, years):
    orgs = _st_at(engine, years[-1])
    return Value(len(orgs), records=[f"{o.name} — {o.st_certificate_number}" for o in orgs])


def _high_tech_share(engine, years):
    year = years[-1]
    orgs = _st_at(engine, year)
    if not orgs:
        return Value(reason=_("No S&T enterprise is recorded at the end of %(year)s.") % {"year": year})
    high = [o for o in orgs if o.high_tech_certified_on and o.high_tech_certified_on <= _year_end(year)]
    return Value(
        _share(len(high), len(orgs)),
        records=[_("%(n)s of %(total)s S&T enterprises in high technology") % {"n": len(high), "total": len(orgs)}]
        + [f"{o.name} — {o.high_tech_certificate_number}" for o in high],
    )


def _funnel(index):
    def compute(engine, years):
        key = ("funnel", tuple(years))
        return Value(engine.cached(key, lambda: event_selectors.meeting_funnel(years=list(years)))[index])

    return compute


def _only_over_period(reason):
    return lambda engine, y: Value(reason=str(reason))


def _not_measured(engine, years):
    return Value(reason=str(NOT_MEASURED))


NOT_MEASURED = gettext_lazy(
    "Not measured on the platform: the figure comes from outside it, so only a value entered by staff can be shown."
)


def _m(kind, source, period_fn) -> Measure:
    return Measure(kind, source, lambda engine, y: period_fn(engine, [y]), period_fn)


MEASURES: dict[str, Measure] = {
    Ind.FIRMS_SUPPORTED: _m(
        DISTINCT, gettext_lazy("Firms with an approved or disbursed support grant in the year."), _distinct("grants")
    ),
    Ind.FUNDING_APPROVED: _m(
        SUM, gettext_lazy("Approved amounts of approved or disbursed support grants."), _total("grants")
    ),
    Ind.FUNDING_DISBURSED: _m(SUM, gettext_lazy("Tranches paid, by the date they were paid."), _total("disbursements")),
    Ind.WORKSHOPS_HELD: _m(SUM, gettext_lazy("Connection workshops with the status “held”."), _count("workshops")),
    Ind.MEETINGS: _m(SUM, gettext_lazy("B2B meetings held at the workshops of the year."), _funnel(0)),
    Ind.MOUS: _m(SUM, gettext_lazy("Meetings that reached at least an MoU."), _funnel(1)),
    Ind.CONTRACTS: _m(SUM, gettext_lazy("Meetings that reached a contract."), _funnel(2)),
    Ind.NEEDS_MATCHED_SHARE: _m(
        POOLED,
        gettext_lazy("Published needs with an accepted expression of interest ÷ published needs."),
        _pooled("needs", gettext_lazy("No technology need was published in %(span)s.")),
    ),
    Ind.EXPERTS_CERTIFIED: _m(
        SUM,
        gettext_lazy("Certified productivity and quality experts, by the date of the certificate."),
        _count("experts"),
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
        None,  # evaluate() calls _growth_period, which needs the target
    ),
    Ind.TASKS_WITH_FIRM_SHARE: _m(
        POOLED,
        gettext_lazy(
            "Completed (accepted) S&T tasks in agricultural sciences or engineering with at least one receiving "
            "firm or cooperative ÷ all such tasks, by the year of acceptance."
        ),
        _pooled("tasks", gettext_lazy("No agricultural or engineering S&T task was completed in %(span)s.")),
    ),
    Ind.KEY_FIRMS_APPRAISED: _m(
        DISTINCT,
        gettext_lazy("Distinct key firms with a passed (or conditionally passed) technology appraisal."),
        _distinct("appraisals"),
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
    Ind.NEWS_PUBLISHED: _m(SUM, gettext_lazy("News items published on the platform's news pages."), _count("news")),
    Ind.PROCEEDINGS: _m(SUM, gettext_lazy("Proceedings recorded, by date of publication."), _count("proceedings")),
    Ind.BULLETINS: _m(SUM, gettext_lazy("S&T bulletins recorded, by date of publication."), _count("bulletins")),
    Ind.RADIO_TV: _m(SUM, gettext_lazy("Radio and TV programmes recorded, by date of broadcast."), _count("radio_tv")),
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


def _finished(year: int, today: date) -> bool:
    return date(year, 12, 31) <= today


def _reading(target, scope, values: dict, shown: list[int], period: Value, kind, period_years, today) -> Reading:
    """One reading of a target: `values` holds the yearly values of the shown years and of the period so far."""
    low, high = target.min_value, target.max_value
    if scope == PlanTarget.Scope.PER_YEAR:
        per_year = [(y, values[y], _status(values[y], low, high, finished=_finished(y, today))) for y in shown]
        done = [values[y] for y in period_years if _finished(y, today) and values.get(y) is not None]
        met = sum(1 for v in done if _status(v, low, high, finished=True) in ("met", "above"))
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
        per_year=[(y, values[y], "") for y in shown],
        period_value=period.value,
        period_status=_period_status(target, period.value, expected, finished=_finished(target.end_year, today)),
        expected_to_date=expected,
    )


def _manual(target: PlanTarget, entries: dict[int, ManualEntry], period_years, kind, today):
    known = [entries[y].value for y in period_years if y in entries]
    if not known:
        return None, "unknown"
    if target.scope == PlanTarget.Scope.PER_YEAR or target.unit == PlanTarget.Unit.PERCENT or kind == STOCK:
        value = known[-1]
    else:
        value = sum(known, Decimal(0))
    expected = _expected(target, SUM, len(period_years)) if target.scope == PlanTarget.Scope.PER_PERIOD else None
    return value, _period_status(target, value, expected, finished=_finished(target.end_year, today))


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
        yearly = {y: measure.year(engine, y) for y in sorted(set(in_window) | set(period_years))}
        if not period_years:
            period = Value()
        elif measure.period is None:  # a growth: against the previous period, which needs the target
            period = _growth_period(engine, period_years, target)
        else:
            period = measure.period(engine, period_years)
        if not period_years:
            period.reason = _("The period starts in %(year)s.") % {"year": target.start_year}
        values = {y: v.value for y, v in yearly.items()}
        scopes = [target.scope]
        if target.scope_ambiguous and measured:
            scopes = [PlanTarget.Scope.PER_YEAR, PlanTarget.Scope.PER_PERIOD]
        readings = [_reading(target, sc, values, in_window, period, measure.kind, period_years, today) for sc in scopes]
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
                records={y: yearly[y].records for y in in_window},
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
        "experts": len(_in(engine, "experts", years)),
        "total": len(rows),
    }


def task_share_by_year(*, years: list[int], engine: Engine | None = None) -> dict[int, tuple[int, int, Decimal | None]]:
    """Per year: (completed agricultural/engineering tasks, of which with a receiving firm, share %)."""
    engine = engine or Engine()
    out = {}
    for y in years:
        facts = _in(engine, "tasks", [y])
        hits = sum(1 for f in facts if f.hit)
        out[y] = (len(facts), hits, _share(hits, len(facts)))
    return out


def st_enterprise_summary(*, year: int, engine: Engine | None = None) -> dict:
    engine = engine or Engine()
    orgs = _st_at(engine, year)
    high = sum(1 for o in orgs if o.high_tech_certified_on and o.high_tech_certified_on <= _year_end(year))
    return {"year": year, "total": len(orgs), "high_tech": high, "share": _share(high, len(orgs))}


def dashboard_context(*, years: list[int]) -> dict:
    engine = Engine()
    return {
        "indicators": evaluate(years=years, engine=engine),
        "training": training_summary(years=years, engine=engine),
        "task_shares": task_share_by_year(years=years, engine=engine),
        "task_share_targets": list(PlanTarget.objects.filter(indicator=Ind.TASKS_WITH_FIRM_SHARE)),
        "st_summary": st_enterprise_summary(year=years[-1], engine=engine),
    }
