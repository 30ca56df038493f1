"""Every export read back: the numbers a spreadsheet sees are the numbers in the database."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from grants.tables import EXPORTS

from .factories import M

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(staff, firm, other_firm, propose, approve):
    g1 = approve(propose(firm, 20 * M), amount=18 * M, number="1/QĐ")
    propose(other_firm, 30 * M)
    return g1


def read_csv(response):
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def read_xlsx(response):
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(io.BytesIO(response.content)).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_grants_export_reads_back_with_the_right_numbers(client_for, staff, data):
    client = client_for(staff)
    url = reverse("grants:export", args=["grants", "csv"])
    rows = read_csv(client.get(url + "?status=approved", follow=True))
    header, body = rows[0], rows[1:]
    assert len(body) == 1
    row = dict(zip(header, body[0], strict=False))
    assert row["Approved (₫)"] == str(18 * M) and row["Requested (₫)"] == str(20 * M)
    assert row["Decision number"] == "1/QĐ" and row["Firm"] == "HTX Dừa Xanh"

    sheet = read_xlsx(client.get(reverse("grants:export", args=["grants", "xlsx"]), follow=True))
    header, body = sheet[0], sheet[1:]
    assert len(body) == 2
    approved = [dict(zip(header, r, strict=False)) for r in body if r[header.index("Decision number")] == "1/QĐ"][0]
    assert approved["Approved (₫)"] == 18 * M and isinstance(approved["Approved (₫)"], int)
    assert approved["Year"] == 2025
    assert sum(r[header.index("Requested (₫)")] for r in body) == 50 * M


def test_year_exports_sum_to_the_report(client_for, staff, data, budget):
    client = client_for(staff)
    sheet = read_xlsx(client.get(reverse("grants:export", args=["year-programs", "xlsx"]) + "?year=2025", follow=True))
    row = dict(zip(sheet[0], sheet[1], strict=False))
    assert (row["Budget (₫)"], row["Proposed (₫)"], row["Approved (₫)"], row["Budget left (₫)"]) == (
        200 * M,
        30 * M,
        18 * M,
        182 * M,
    )
    firms = read_csv(client.get(reverse("grants:export", args=["year-firms", "csv"]) + "?year=2025", follow=True))
    row = dict(zip(firms[0], firms[1], strict=False))
    assert (row["Approved (₫)"], row["Cap for the firm's size (₫)"], row["Left under the cap (₫)"]) == (
        str(18 * M),
        str(50 * M),
        str(32 * M),
    )


@pytest.mark.parametrize("name", sorted(EXPORTS))
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_table_exports_in_both_formats(client_for, staff, data, budget, name, fmt):
    response = client_for(staff).get(
        reverse("grants:export", args=[name, fmt]) + "?year=2025&from=2024&to=2025", follow=True
    )
    assert response.status_code == 200
    rows = read_csv(response) if fmt == "csv" else read_xlsx(response)
    assert rows and all(h for h in rows[0])
    assert 'attachment; filename="' in response["Content-Disposition"]


def test_disbursements_export_reads_back(client_for, staff, data):
    from datetime import date

    from grants import services

    services.grant_disburse(
        grant=data,
        by=staff,
        amount=8 * M,
        milestone="Nghiệm thu 1",
        accepted_on=date(2025, 4, 1),
        paid_on=date(2025, 4, 3),
    )
    sheet = read_xlsx(client_for(staff).get(reverse("grants:export", args=["disbursements", "xlsx"]), follow=True))
    row = dict(zip(sheet[0], sheet[1], strict=False))
    assert row["Amount (₫)"] == 8 * M and row["Tranche"] == 1 and row["Paid on"].date() == date(2025, 4, 3)


def test_unknown_exports_are_not_found(client_for, staff):
    client = client_for(staff)
    assert client.get(reverse("grants:export", args=["nope", "csv"])).status_code == 404
    assert client.get(reverse("grants:export", args=["grants", "pdf"])).status_code == 404
