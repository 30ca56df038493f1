"""The Department's yearly report of the plan: every target covering the year, the year's computed
value (or why there is none), the value staff entered by hand beside it, the period's progress at the
end of that year, met / not met, and the records behind each figure. One builder for the printable
page and the XLSX workbook, so both say the same."""

import io
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from . import plan
from .templatetags.grants_tags import target_value

VERDICT_MET = ("met", "above", "on_track")


@dataclass
class ReportRow:
    number: int
    row: plan.IndicatorRow
    target_text: str
    year_value: str
    year_reason: str
    manual_value: str
    manual_note: str
    period_text: str
    verdict: str
    verdict_ok: bool | None
    records: list[str] = field(default_factory=list)


@dataclass
class Report:
    year: int
    as_of: date
    rows: list[ReportRow]
    generated_at: object

    @property
    def name(self) -> str:
        return f"bao-cao-ke-hoach-{self.year}"


def _target_text(t) -> str:
    low, high = target_value(t.min_value, t.unit), target_value(t.max_value, t.unit)
    if t.min_value is not None and t.max_value is not None:
        text = f"{low}–{high}"
    elif t.min_value is not None:
        text = f"≥ {low}"
    else:
        text = f"≤ {high}"
    return f"{text} ({t.get_scope_display()})"


def _verdict(status: str, *, finished: bool) -> tuple[str, bool | None]:
    if status in ("met", "above"):
        return pgettext("plan target", "Met"), True
    if status == "on_track":
        return _("On track"), True
    if status in ("below",) or (status == "behind" and finished):
        return _("Not met"), False
    if status in ("behind", "in_progress"):
        return _("Not met yet (period running)"), False
    return _("No data"), None


def build(*, year: int, today: date | None = None) -> Report:
    today = today or timezone.localdate()
    as_of = min(today, date(year, 12, 31))
    rows = []
    indicators = [r for r in plan.evaluate(years=[year], today=as_of) if r.target.covers(year)]
    for n, r in enumerate(indicators, start=1):
        t = r.target
        value, status, reason = None, "unknown", r.reason
        for y, v, st, why in r.per_year:
            if y == year:
                value, status, reason = v, st, why or r.reason
        manual = r.manual.get(year)
        if t.scope == t.Scope.PER_YEAR:
            verdict_status = status if r.measured else _manual_status(r, manual)
        else:
            verdict_status = r.period_status if r.measured else r.manual_period_status
        verdict, ok = _verdict(verdict_status, finished=as_of.year >= t.end_year)
        if r.period_value is not None:
            period = target_value(r.period_value, t.unit)
        elif not r.measured and r.manual_period_value is not None:
            # A figure from outside the platform: the period's progress is what staff entered.
            period = _("%(value)s (entered by staff)") % {"value": target_value(r.manual_period_value, t.unit)}
        else:
            period = "—"
        if r.expected_to_date is not None:
            period += " " + _("(due pro rata: %(n)s)") % {"n": target_value(r.expected_to_date, t.unit)}
        if r.readings:
            period += " · " + "; ".join(
                f"{'✓ ' if rd.chosen else ''}{rd.label}: {target_value(rd.period_value, t.unit) if rd.period_value is not None else '—'}"
                for rd in r.readings
            )
        rows.append(
            ReportRow(
                number=n,
                row=r,
                target_text=_target_text(t),
                year_value=target_value(value, t.unit) if value is not None else "—",
                year_reason=reason if value is None else "",
                manual_value=target_value(manual.value, t.unit) if manual else "",
                manual_note=(
                    f"{manual.note} — {manual.by}, {timezone.localtime(manual.at):%d/%m/%Y}"
                    if manual and manual.at
                    else (manual.note if manual else "")
                ),
                period_text=period,
                verdict=verdict,
                verdict_ok=ok,
                records=r.records.get(year, []),
            )
        )
    return Report(year=year, as_of=as_of, rows=rows, generated_at=timezone.now())


def _manual_status(r, manual) -> str:
    if manual is None:
        return "unknown"
    return plan._status(manual.value, r.target.min_value, r.target.max_value, finished=True)


def workbook(report: Report) -> bytes:
    """The report as an XLSX workbook: the summary sheet, then one sheet listing every record behind
    the figures."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = f"Báo cáo {report.year}"
    ws.append([_("Yearly report of the S&T services plan, %(year)s") % {"year": report.year}])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([_("Figures at %(date)s") % {"date": report.as_of.strftime("%d/%m/%Y")}])
    ws.append([])
    headers = [
        _("No."),
        _("Target"),
        _("Period"),
        _("Target value"),
        _("Value %(year)s (computed)") % {"year": report.year},
        _("Why no value"),
        _("Value entered by staff"),
        _("Entered by, note"),
        _("Period progress"),
        _("Assessment"),
        _("Records behind the figure"),
        _("How it is computed"),
    ]
    ws.append(headers)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for rr in report.rows:
        t = rr.row.target
        ws.append(
            [
                rr.number,
                t.label,
                f"{t.start_year}–{t.end_year}",
                rr.target_text,
                rr.year_value,
                rr.year_reason,
                rr.manual_value,
                rr.manual_note,
                rr.period_text,
                rr.verdict,
                len(rr.records),
                rr.row.source,
            ]
        )
    for letter, width in zip("ABCDEFGHIJKL", [5, 50, 11, 24, 16, 40, 14, 30, 34, 22, 10, 60], strict=True):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A5"
    records = wb.create_sheet(_("Records")[:31])
    records.append([_("No."), _("Target"), _("Record")])
    for cell in records[1]:
        cell.font = Font(bold=True)
    for rr in report.rows:
        for text in rr.records:
            records.append([rr.number, rr.row.target.label, text])
    records.column_dimensions["B"].width = 50
    records.column_dimensions["C"].width = 90
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
