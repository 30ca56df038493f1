from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.form_fields import MoneyField, MoneyInput
from core.form_fields import date_field as day_first_date_field
from marketplace.models import Connection, Interest, Organization, PostStatus, TechnologyNeed, TechnologyOffer

from .models import MAX_AMOUNT, MAX_YEAR, MIN_YEAR, GrantProgram, PlanTarget

MONEY_WIDGET = MoneyInput()  # thousands separators as it is typed (static/js/forms.js)


def money_field(label, *, required=True, help_text=""):
    return MoneyField(
        label=label,
        required=required,
        min_value=1,
        max_value=MAX_AMOUNT,
        widget=MONEY_WIDGET,
        help_text=help_text,
        error_messages={
            "invalid": _("Enter a whole number of đồng, e.g. 1.500.000."),
            "min_value": _("The amount must be more than 0 ₫."),
            "max_value": _("That is not a plausible amount (at most 100.000.000.000 ₫)."),
            "required": _("Enter an amount in đồng."),
        },
    )


def date_field(label, *, required=True):
    return day_first_date_field(label, required=required)


class FirmChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        flag = "" if obj.is_verified else " — " + str(_("not verified"))
        size = f" ({obj.get_size_display()})" if obj.size else ""
        return f"{obj.name}{size}{flag}"


class ProposeForm(forms.Form):
    firm = FirmChoiceField(
        label=_("Firm"),
        queryset=Organization.objects.filter(kind__in=["enterprise", "both"]).order_by("name"),
        error_messages={"invalid_choice": _("Unknown firm."), "required": _("Choose the firm.")},
    )
    program = forms.ModelChoiceField(
        label=_("Program"),
        queryset=GrantProgram.objects.all(),
        error_messages={"invalid_choice": _("Unknown program.")},
    )
    year = forms.IntegerField(
        label=_("Year"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={"invalid": _("Enter a year such as 2025.")},
    )
    eligible_cost = money_field(_("Eligible cost (₫)"), help_text=_("The cost the support share applies to."))
    requested_amount = money_field(_("Requested amount (₫)"))
    purpose = forms.CharField(label=_("Purpose"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    need = forms.ModelChoiceField(
        label=_("Technology need it answers"), required=False, queryset=TechnologyNeed.objects.none()
    )
    offer = forms.ModelChoiceField(
        label=_("Technology offer it uses"), required=False, queryset=TechnologyOffer.objects.none()
    )
    connection = forms.ModelChoiceField(
        label=_("Connection it supports"),
        required=False,
        queryset=Connection.objects.none(),
        help_text=_("The firm's connection with its technology provider: its contract and acceptance are checked."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year
        firm = self._firm()
        # Only what can have led to this grant: the firm's own needs, and offers it dealt with.
        if firm is not None:
            self.fields["connection"].queryset = (
                Connection.objects.filter(seeker=firm).exclude(result=Connection.Result.LOST).select_related("provider")
            )
            self.fields["need"].queryset = TechnologyNeed.objects.filter(organization=firm).exclude(
                status=PostStatus.DRAFT
            )
            partners = set(
                Interest.objects.filter(need__organization=firm, status=Interest.Status.ACCEPTED).values_list(
                    "from_organization_id", flat=True
                )
            )
            self.fields["offer"].queryset = (
                TechnologyOffer.objects.filter(Q(organization_id__in=partners) | Q(interests__from_organization=firm))
                .exclude(status=PostStatus.DRAFT)
                .distinct()
            )

    def _firm(self):
        raw = self.data.get(self.add_prefix("firm")) if self.is_bound else self.initial.get("firm")
        if isinstance(raw, Organization):
            return raw
        try:
            return Organization.objects.filter(pk=int(raw)).first() if raw else None
        except (TypeError, ValueError):
            return None


class ApproveForm(forms.Form):
    decision_number = forms.CharField(label=_("Decision number"), max_length=60, help_text=_("E.g. 123/QĐ-SKHCN"))
    decision_date = date_field(_("Decision date"))
    approved_amount = money_field(_("Approved amount (₫)"))
    exception_reason = forms.CharField(
        label=_("Approved before the contract because"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only when the connection has no contract yet."),
    )


class DisburseForm(forms.Form):
    milestone = forms.CharField(label=_("Acceptance milestone (nghiệm thu)"), max_length=200)
    acceptance_reference = forms.CharField(label=_("Acceptance record number"), max_length=60, required=False)
    accepted_on = date_field(_("Accepted on"))
    paid_on = date_field(_("Paid on"))
    amount = money_field(_("Amount of this tranche (₫)"))
    exception_reason = forms.CharField(
        label=_("Paid before the transfer was accepted because"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only for the last tranche while the transfer is not accepted yet."),
    )


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for cancelling"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class BudgetForm(forms.Form):
    program = forms.ModelChoiceField(queryset=GrantProgram.objects.all(), widget=forms.HiddenInput)
    year = forms.IntegerField(
        label=_("Year"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={"invalid": _("Enter a year such as 2025.")},
    )
    amount = money_field(_("Budget (₫)"))


class PlanTargetForm(forms.ModelForm):
    class Meta:
        model = PlanTarget
        fields = [
            "label_vi",
            "label_en",
            "indicator",
            "start_year",
            "end_year",
            "min_value",
            "max_value",
            "unit",
            "scope",
            "source",
            "position",
        ]

    def save(self, commit=True):
        """A new target gets a unique code from its label (the code is not on the form): without it a second
        target would clash with the first on the empty code."""
        target = super().save(commit=False)
        if not target.code:
            from django.utils.text import slugify

            base = (slugify(target.label_en or target.label_vi or target.indicator) or "target")[:50]
            code, n = base, 1
            while PlanTarget.objects.filter(code=code).exclude(pk=target.pk).exists():
                n += 1
                code = f"{base}-{n}"
            target.code = code
        if commit:
            target.save()
        return target
