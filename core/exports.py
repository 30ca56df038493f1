"""Tables as CSV and XLSX (shared by the grant reports and the connection board). A table is a title, column headers and rows of plain values: integers stay
integers (₫ amounts are summed correctly by a spreadsheet), dates stay dates."""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.http import HttpResponse
from django.utils.text import slugify

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Column:
    header: str
    kind: str = "text"  # text | money | int | date | percent


@dataclass
class Table:
    name: str
    title: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)


# A spreadsheet reads a cell starting with one of these as a formula (=HYPERLINK(...), +cmd|..., @SUM...).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which shows it as text;
    numbers and dates stay what they are (a negative amount is a number, not text)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return neutralise(value)


def to_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralise(c.header) for c in table.columns])
    for row in table.rows:
        writer.writerow([v.isoformat() if isinstance(v, (date, datetime)) else _plain(v) for v in row])
    # The BOM lets Excel open UTF-8 Vietnamese text correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(table: Table) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = table.title[:31]
    ws.append([neutralise(c.header) for c in table.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    formats = {"money": "#,##0", "int": "0", "date": "DD/MM/YYYY", "percent": "0.0"}
    for row in table.rows:
        ws.append([_plain(v) if not isinstance(v, datetime) else v.replace(tzinfo=None) for v in row])
    for index, column in enumerate(table.columns, start=1):
        letter = get_column_letter(index)
        fmt = formats.get(column.kind)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = fmt
        width = max([len(str(column.header))] + [len(str(r[index - 1] or "")) for r in table.rows[:200]])
        ws.column_dimensions[letter].width = min(60, max(10, width + 2))
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def neutralise_xlsx(content: bytes) -> bytes:
    """A finished workbook (built cell by cell rather than from a Table) with every text a spreadsheet would run
    as a formula turned into text, whatever sheet it is on; styles, widths and frozen panes are kept."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(content))
    changed = False
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_PREFIXES):
                    cell.value = neutralise(cell.value)
                    changed = True
    if not changed:
        return content
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def response(table: Table, fmt: str) -> HttpResponse:
    filename = slugify(table.name) or "export"
    if fmt == "xlsx":
        resp = HttpResponse(to_xlsx(table), content_type=XLSX_TYPE)
    else:
        resp = HttpResponse(to_csv(table), content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return resp
