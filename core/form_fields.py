"""Fields every form shares, so that dates and amounts are entered the same way everywhere.

- Dates as dd/mm/yyyy in a text box (a browser's date picker shows the format of the browser's locale, which
  differs from one computer to the next); times as dd/mm/yyyy hh:mm. ISO dates are still accepted, so links,
  scripts and a browser's autofill keep working.
- Amounts in whole đồng in a text box marked data-money: static/js/forms.js shows the thousands separators
  while they are typed, and MoneyField reads them back ("1.500.000", "1,500,000", "1 500 000 ₫")."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DATE_FORMAT = "%d/%m/%Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
]
DATE_ERROR = _("Enter the date as dd/mm/yyyy.")
DATETIME_ERROR = _("Enter the date and time as dd/mm/yyyy hh:mm, e.g. 25/12/2026 08:30.")


class DateInput(forms.DateInput):
    def __init__(self, attrs=None):
        super().__init__(
            attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off", **(attrs or {})},
            format=DATE_FORMAT,
        )


class DateTimeInput(forms.DateTimeInput):
    def __init__(self, attrs=None):
        super().__init__(
            attrs={"placeholder": "dd/mm/yyyy hh:mm", "autocomplete": "off", **(attrs or {})}, format=DATETIME_FORMAT
        )


def use_day_first_dates(form: forms.BaseForm) -> None:
    """Give every date and date-time field of a form the shared widget, formats and message."""
    for field in form.fields.values():
        if isinstance(field, forms.DateTimeField):
            field.widget = DateTimeInput(attrs={k: v for k, v in field.widget.attrs.items() if k != "type"})
            field.input_formats = DATETIME_INPUT_FORMATS
            field.error_messages["invalid"] = DATETIME_ERROR
        elif isinstance(field, forms.DateField):
            field.widget = DateInput(attrs={k: v for k, v in field.widget.attrs.items() if k != "type"})
            field.input_formats = DATE_INPUT_FORMATS
            field.error_messages["invalid"] = DATE_ERROR


def date_field(label, *, required: bool = True, **kwargs) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        widget=DateInput(),
        input_formats=DATE_INPUT_FORMATS,
        error_messages={"invalid": DATE_ERROR},
        **kwargs,
    )


def datetime_field(label, *, required: bool = True, **kwargs) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        required=required,
        widget=DateTimeInput(),
        input_formats=DATETIME_INPUT_FORMATS,
        error_messages={"invalid": DATETIME_ERROR},
        **kwargs,
    )


def preselect_single_choice(field: forms.ModelChoiceField) -> None:
    """A person with exactly one organisation has it chosen for them (a form's own initial data still wins)."""
    if field.initial is None and field.queryset is not None:
        choices = list(field.queryset[:2])
        if len(choices) == 1:
            field.initial = choices[0].pk


class MoneyInput(forms.TextInput):
    """A text box, so that the amount can show its thousands separators while it is typed."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"inputmode": "numeric", "data-money": "", "autocomplete": "off", **(attrs or {})})


MONEY_WIDGET = MoneyInput()
_GROUPED = re.compile(r"^-?\d{1,3}([.,\s]\d{3})+$")


class MoneyField(forms.IntegerField):
    """Whole đồng; accepts thousands grouped with dots, commas or spaces ("1.500.000") and a trailing ₫."""

    widget = MoneyInput

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().removesuffix("₫").removesuffix("đ").strip()
            if _GROUPED.match(value):
                value = re.sub(r"[.,\s]", "", value)
        return super().to_python(value)


ID_MAX = 2**63 - 1  # the largest primary key a database stores (BigAutoField)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's field, refusing ids outside the database's integer range as invalid choices: Django looks the
    values up with `__in`, which on SQLite crashed with an OverflowError (a 500, found by fuzzing the forms)."""

    def _check_values(self, value):
        key = self.to_field_name or "pk"
        if key == "pk":
            for pk in value:
                text = str(pk).strip()
                if text.lstrip("-").isdigit() and not -ID_MAX <= int(text) <= ID_MAX:
                    raise ValidationError(
                        self.error_messages["invalid_choice"], code="invalid_choice", params={"value": pk}
                    )
        return super()._check_values(value)
