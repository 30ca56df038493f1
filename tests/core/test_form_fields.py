"""Dates as dd/mm/yyyy and amounts with thousands separators, the same on every form; one's only organisation
chosen for one."""

from datetime import date, datetime

import pytest
from django import forms

from core.form_fields import MoneyField, date_field, datetime_field


class _Form(forms.Form):
    amount = MoneyField(required=False)
    day = date_field("Day", required=False)
    at = datetime_field("At", required=False)


@pytest.mark.parametrize(
    "typed, amount",
    [
        ("1.500.000", 1_500_000),
        ("1,500,000", 1_500_000),
        ("1 500 000 ₫", 1_500_000),
        ("1500000", 1_500_000),
        ("", None),
    ],
)
def test_an_amount_is_read_with_its_thousands_separators(typed, amount):
    form = _Form({"amount": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["amount"] == amount


@pytest.mark.parametrize("typed", ["1.50.000", "12.5", "1.500.000,50", "abc"])
def test_an_amount_that_is_not_whole_dong_is_refused(typed):
    assert not _Form({"amount": typed}).is_valid()


def test_dates_are_day_first_and_shown_back_that_way():
    form = _Form({"day": "05/03/2026", "at": "05/03/2026 08:30"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == date(2026, 3, 5)
    assert form.cleaned_data["at"].replace(tzinfo=None) == datetime(2026, 3, 5, 8, 30)
    shown = str(_Form(initial={"day": date(2026, 3, 5), "at": datetime(2026, 3, 5, 8, 30)}))
    assert 'value="05/03/2026"' in shown and 'value="05/03/2026 08:30"' in shown
    assert 'placeholder="dd/mm/yyyy"' in shown and 'type="date"' not in shown


def test_a_wrong_date_says_how_to_write_it():
    form = _Form({"day": "2026/13/45"})
    assert not form.is_valid()
    assert "dd/mm/yyyy" in str(form.errors["day"])
