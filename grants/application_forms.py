"""Forms of the application and program pages; the services check every rule again."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.forms import MultipleFileField
from marketplace.models import Organization

from .forms import money_field
from .models import MAX_YEAR, MIN_YEAR, GrantProgram


def parse_cost_lines(text: str) -> list[tuple[str, int]]:
    """'Máy sấy: 450.000.000' per line → [("Máy sấy", 450000000)]. Dots, commas and spaces inside the
    amount are thousands separators (amounts are whole đồng)."""
    items, errors = [], []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        item, sep, amount = line.rpartition(":")
        digits = amount.replace(".", "").replace(",", "").replace(" ", "").replace("₫", "").replace("đ", "")
        if not sep or not item.strip() or not digits.isdigit() or int(digits) <= 0:
            errors.append(
                _("Line %(n)s: write the item, a colon, then its amount in đồng (e.g. “Máy sấy: 450.000.000”).")
                % {"n": number}
            )
            continue
        items.append((item.strip(), int(digits)))
    if errors:
        raise ValidationError(errors)
    return items


class CostLinesField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.Textarea(
                attrs={"rows": 4, "placeholder": "Máy sấy dừa 2 tấn/giờ: 450.000.000\nLắp đặt, đào tạo: 50.000.000"}
            ),
        )
        kwargs.setdefault("label", _("Eligible costs, one item per line"))
        kwargs.setdefault("help_text", _("Item, a colon, then the amount in đồng. The eligible cost is their total."))
        super().__init__(**kwargs)

    def clean(self, value):
        return parse_cost_lines(super().clean(value))


def lines_of(items: list[dict]) -> str:
    return "\n".join(f"{i['item']}: {i['amount']:,}".replace(",", ".") for i in items)


class ApplicationForm(forms.Form):
    program = forms.ModelChoiceField(label=_("Program"), queryset=GrantProgram.objects.all())
    year = forms.IntegerField(label=_("Year"), min_value=MIN_YEAR, max_value=MAX_YEAR)
    purpose = forms.CharField(
        label=_("What the support pays for"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    cost_items = CostLinesField()
    requested_amount = money_field(_("Amount asked for (₫)"))
    documents = MultipleFileField(label=_("Documents (quotation, contract, business plan…)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        year = timezone.localdate().year
        self.fields["year"].initial = year
        self.fields["program"].queryset = GrantProgram.objects.filter(first_year__lte=year, last_year__gte=year)


class ResubmitForm(forms.Form):
    purpose = ApplicationForm.base_fields["purpose"]
    cost_items = CostLinesField()
    requested_amount = money_field(_("Amount asked for (₫)"))
    documents = MultipleFileField(label=_("More documents"))
    note = forms.CharField(
        label=_("Your answer to the Department"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RequestInfoForm(forms.Form):
    message = forms.CharField(
        label=_("What the firm should add or explain"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(label=_("Reason for refusing"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class ProposeFromApplicationForm(forms.Form):
    requested_amount = money_field(_("Amount to propose (₫)"))
    note = forms.CharField(label=_("Note to the firm"), required=False, max_length=2000)


class ProgramForm(forms.ModelForm):
    class Meta:
        model = GrantProgram
        fields = [
            "code",
            "name_vi",
            "name_en",
            "kind",
            "share_percent",
            "first_year",
            "last_year",
            "legal_basis",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for size, label in Organization.Size.choices:
            self.fields[f"cap_{size}"] = money_field(
                _("Cap per %(size)s firm per year (₫)") % {"size": str(label).lower()},
                required=False,
                help_text=_("Empty: firms of this size are not supported."),
            )
            if self.instance.pk:
                self.fields[f"cap_{size}"].initial = self.instance.cap_for(size)

    def caps(self) -> dict[str, int | None]:
        return {size: self.cleaned_data.get(f"cap_{size}") for size, _label in Organization.Size.choices}

    def program_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
