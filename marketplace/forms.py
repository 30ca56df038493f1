from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from core.form_fields import (
    DATE_ERROR,
    DATE_INPUT_FORMATS,
    MONEY_WIDGET,
    DateInput,
    ModelMultipleChoiceField,
    MoneyField,
    preselect_single_choice,
)

from . import rules
from .models import Area, Interest, Organization, Sector, TechnologyNeed, TechnologyOffer
from .validators import normalize_tax_code, validate_attachment


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files at once; each is checked by content and size and refused with a message by name."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".pdf,.docx,.xlsx,.png,.jpg,.jpeg"}))
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        files = data if isinstance(data, (list, tuple)) else ([data] if data else [])
        if len(files) > settings.ATTACHMENTS_PER_REQUEST:
            raise ValidationError(
                _("Send at most %(n)s documents at a time.") % {"n": settings.ATTACHMENTS_PER_REQUEST}
            )
        cleaned, errors = [], []
        for upload in files:
            try:
                upload = single(upload, initial)
                validate_attachment(upload)
                cleaned.append(upload)
            except ValidationError as exc:
                errors += [f"{upload.name}: {m}" for m in exc.messages]
        if errors:
            raise ValidationError(errors)
        return cleaned


class SectorMultipleChoiceField(ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"— {obj.name}" if obj.parent_id else obj.name


def sector_field(required=True):
    # Tree order: each top-level sector followed by its children.
    ordering = [Coalesce("parent__position", "position"), F("parent_id").asc(nulls_first=True), "position"]
    return SectorMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.select_related("parent").order_by(*ordering),
        required=required,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose one or more."),
    )


class OrganizationForm(forms.ModelForm):
    sectors = sector_field(required=False)
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organization
        fields = [
            "name",
            "kind",
            "tax_code",
            "org_type",
            "size",
            "area",
            "address",
            "sectors",
            "announcements_opt_in",
            "description",
            "website",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Areas offered for a new choice; an organisation keeps the (withdrawn or former) area it has.
        current = Q(pk=self.instance.area_id) if self.instance.area_id else Q(pk__in=[])
        self.fields["area"].queryset = Area.objects.filter(Q(active=True) | current)
        self.fields["area"].label = _("Commune or ward")
        self.fields["area"].empty_label = "—"

    def clean_tax_code(self):
        return normalize_tax_code(self.cleaned_data["tax_code"])


class PostFormMixin:
    """Shared checks of needs and offers; amounts are whole ₫, never negative."""

    RANGES: list = []

    def clean(self):
        cleaned = super().clean()
        try:
            rules.check_ranges(cleaned, self.RANGES)
        except ValidationError as exc:
            self.add_error(None, exc)
        return cleaned


MONEY_ERRORS = {
    "invalid": _("Enter a whole number of đồng, e.g. 1.500.000."),
    "min_value": _("The amount cannot be negative."),
}


def money_field(label):
    return MoneyField(
        label=label, required=False, min_value=0, max_value=10**15, widget=MONEY_WIDGET, error_messages=MONEY_ERRORS
    )


def trl_field(label, required):
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=1,
        max_value=9,
        widget=forms.NumberInput(attrs={"min": 1, "max": 9}),
        error_messages={
            "min_value": _("TRL is a level from 1 to 9."),
            "max_value": _("TRL is a level from 1 to 9."),
            "invalid": _("TRL is a level from 1 to 9."),
        },
    )


class NeedForm(PostFormMixin, forms.ModelForm):
    sectors = sector_field()
    min_trl = trl_field(_("Minimum technology readiness (TRL)"), required=False)
    budget_min = money_field(_("Budget from (₫)"))
    budget_max = money_field(_("Budget up to (₫)"))
    deadline = forms.DateField(
        label=_("Wanted by"),
        required=False,
        widget=DateInput(),
        input_formats=DATE_INPUT_FORMATS,
        error_messages={"invalid": DATE_ERROR},
    )
    new_attachments = MultipleFileField(
        label=_("Documents (confidential)"), help_text=_("PDF, DOCX, XLSX, PNG or JPEG, at most 10 MB each.")
    )

    class Meta:
        model = TechnologyNeed
        fields = [
            "title",
            "summary",
            "problem",
            "expected_results",
            "description",
            "sectors",
            "keywords",
            "min_trl",
            "budget_min",
            "budget_max",
            "transfer_modes",
            "deadline",
            "region",
            "confidential_details",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "problem": forms.Textarea(attrs={"rows": 3}),
            "expected_results": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "confidential_details": forms.Textarea(attrs={"rows": 3}),
        }

    RANGES = rules.NEED_RANGES

    def clean_deadline(self):
        deadline = self.cleaned_data.get("deadline")
        try:
            rules.check_deadline(deadline, previous=self.instance.deadline if self.instance.pk else None)
        except ValidationError as exc:
            raise ValidationError(exc.message_dict["deadline"]) from None
        return deadline


class OfferForm(PostFormMixin, forms.ModelForm):
    sectors = sector_field()
    trl = trl_field(_("Technology readiness (TRL 1–9)"), required=True)
    price_min = money_field(_("Price from (₫)"))
    price_max = money_field(_("Price up to (₫)"))
    new_attachments = MultipleFileField(
        label=_("Documents (confidential)"), help_text=_("PDF, DOCX, XLSX, PNG or JPEG, at most 10 MB each.")
    )

    class Meta:
        model = TechnologyOffer
        fields = [
            "title",
            "summary",
            "description",
            "sectors",
            "keywords",
            "trl",
            "ip_status",
            "transfer_modes",
            "price_min",
            "price_max",
            "price_negotiable",
            "reference_deployments",
            "region",
            "confidential_details",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "reference_deployments": forms.Textarea(attrs={"rows": 3}),
            "confidential_details": forms.Textarea(attrs={"rows": 3}),
        }

    RANGES = rules.OFFER_RANGES


class OrganizationChoiceForm(forms.Form):
    """Which organisation a post or an interest is for (members of several, or staff on behalf)."""

    organization = forms.ModelChoiceField(label=_("Organisation"), queryset=Organization.objects.none())

    def __init__(self, *args, organizations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = (
            organizations if organizations is not None else Organization.objects.none()
        )
        preselect_single_choice(self.fields["organization"])


class InterestForm(forms.ModelForm):
    class Meta:
        model = Interest
        fields = ["cooperation", "message", "questions", "about_us"]
        widgets = {
            "message": forms.Textarea(attrs={"rows": 3}),
            "questions": forms.Textarea(attrs={"rows": 2}),
            "about_us": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "questions": _("What do you need to know before going further?"),
            "about_us": _("Who you are and what you already do in this field."),
        }


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=Interest.DeclineReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(label=_("Note (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReviewForm(forms.Form):
    """Staff moderation: a quality checklist, then approve, reject or send back with remarks."""

    problem_clear = forms.BooleanField(label=_("The problem (or the benefit) is clear"), required=False)
    readiness_stated = forms.BooleanField(label=_("The technology readiness is stated"), required=False)
    economic_case = forms.BooleanField(label=_("The economic case (budget, price, scale) is given"), required=False)
    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            ("approve", _("Approve and publish")),
            ("return", _("Send back with remarks")),
            ("reject", _("Reject")),
        ],
    )
    reason = forms.CharField(
        label=_("Reason or remarks for the owner"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") in ("return", "reject") and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Tell the owner why, so they can fix it."))
        return cleaned


class CloseForm(forms.Form):
    reason = forms.CharField(label=_("Why are you closing it? (optional)"), required=False, max_length=500)
