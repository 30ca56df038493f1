"""Forms of the training pages. Explicit fields; status changes and who entered what are set by the services."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.form_fields import (
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    DateInput,
    DateTimeInput,
    preselect_single_choice,
)
from marketplace.forms import sector_field
from marketplace.models import Organization

from .models import CertifiedExpert, ParticipantCategory, Training

# dd/mm/yyyy (and hh:mm), as on every form (core.form_fields)
DATE = DateInput()
DATETIME = DateTimeInput()
DATE_FORMATS = DATE_INPUT_FORMATS
DATETIME_FORMATS = DATETIME_INPUT_FORMATS


class TrainingForm(forms.ModelForm):
    sectors = sector_field(required=False)

    class Meta:
        model = Training
        fields = [
            "title",
            "topic",
            "description",
            "venue",
            "trainer",
            "sectors",
            "starts_on",
            "ends_on",
            "capacity",
            "productivity_quality",
            "status",
        ]
        widgets = {"starts_on": DATE, "ends_on": DATE, "description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_on", "ends_on"):
            self.fields[name].input_formats = DATE_FORMATS


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Session"), max_length=200)
    starts_at = forms.DateTimeField(label=_("Starts at"), widget=DATETIME, input_formats=DATETIME_FORMATS)
    ends_at = forms.DateTimeField(label=_("Ends at"), widget=DATETIME, input_formats=DATETIME_FORMATS)


class ParticipantForm(forms.Form):
    """Staff enter anyone; a signed-in person registers themselves (their organisations only)."""

    full_name = forms.CharField(label=_("Full name"), max_length=120)
    category = forms.ChoiceField(label=_("Participant category"), choices=ParticipantCategory.choices)
    organization = forms.ModelChoiceField(
        label=_("Organisation on the platform"), queryset=Organization.objects.none(), required=False
    )
    organization_name = forms.CharField(
        label=_("Organisation (if not on the platform)"), max_length=200, required=False
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)

    def __init__(self, *args, organizations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = (
            organizations if organizations is not None else Organization.objects.order_by("name")
        )
        if organizations is not None:  # a person registering themselves, not staff entering anyone
            preselect_single_choice(self.fields["organization"])


class CheckinForm(forms.Form):
    code = forms.CharField(
        label=_("QR code or check-in code"),
        max_length=400,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "off"}),
    )


class ExpertForm(forms.ModelForm):
    class Meta:
        model = CertifiedExpert
        fields = [
            "full_name",
            "organization",
            "training",
            "field",
            "certificate_number",
            "issued_on",
            "issuer",
            "productivity_quality",
        ]
        widgets = {"issued_on": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issued_on"].input_formats = DATE_FORMATS
        self.fields["organization"].queryset = Organization.objects.order_by("name")
