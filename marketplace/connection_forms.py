"""Forms of the connection pages. Services check every rule again; the forms give the messages a
person sees next to each field."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.form_fields import DATE_ERROR, DATE_INPUT_FORMATS, DateInput, MoneyField

from .connections import RANK, STAGE_ORDER, rank
from .forms import MultipleFileField
from .models import Connection, Organization, TechnologyNeed, TechnologyOffer
from .validators import validate_attachment

DATE = DateInput()  # dd/mm/yyyy, as on every form (core.form_fields)
DATE_FORMATS = DATE_INPUT_FORMATS


def _date(label):
    return forms.DateField(
        label=label, required=False, widget=DATE, input_formats=DATE_FORMATS, error_messages={"invalid": DATE_ERROR}
    )


class DocumentField(forms.FileField):
    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            validate_attachment(upload)
        return upload


class StageFieldsMixin(forms.Form):
    mou_signed_on = _date(_("MoU signed on"))
    contract_value = MoneyField(
        label=_("Contract value (₫)"),
        required=False,
        min_value=1,
        max_value=100_000_000_000,
        error_messages={"invalid": _("Enter a whole number of đồng, e.g. 1.500.000.")},
    )
    contract_signed_on = _date(_("Contract signed on"))
    contract_document = DocumentField(label=_("Contract (PDF, DOCX…)"), required=False)
    accepted_on = _date(_("Transfer accepted on (nghiệm thu)"))
    acceptance_document = DocumentField(label=_("Acceptance record"), required=False)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    STAGE_FIELDS = (
        "mou_signed_on",
        "contract_value",
        "contract_signed_on",
        "contract_document",
        "accepted_on",
        "acceptance_document",
    )

    def stage_fields(self) -> dict:
        return {k: self.cleaned_data[k] for k in self.STAGE_FIELDS if self.cleaned_data.get(k) not in (None, "")}


class MoveForm(StageFieldsMixin):
    to_stage = forms.ChoiceField(label=_("Move to"))

    field_order = ["to_stage"]

    def __init__(self, *args, connection: Connection, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(Connection.Stage.choices)
        self.fields["to_stage"].choices = [(s, labels[s]) for s in STAGE_ORDER if rank(s) > rank(connection.stage)]
        self.connection = connection

    def clean(self):
        data = super().clean()
        stage = data.get("to_stage")
        if stage and RANK[stage] >= RANK["contract"] and not self.connection.has_contract:
            for name in ("contract_value", "contract_signed_on"):
                if not data.get(name):
                    self.add_error(name, _("Needed for a signed contract."))
        if stage == "accepted" and not data.get("accepted_on"):
            self.add_error("accepted_on", _("Needed once the transfer is accepted."))
        if stage == "mou" and not data.get("mou_signed_on"):
            self.add_error("mou_signed_on", _("Needed for a signed MoU."))
        return data


class CloseForm(forms.Form):
    result = forms.ChoiceField(label=_("Result"), choices=Connection.Result.choices, widget=forms.RadioSelect)
    lost_reason = forms.ChoiceField(
        label=_("Reason (when lost)"), choices=[("", "—")] + Connection.LostReason.choices, required=False
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        if data.get("result") == Connection.Result.LOST and not data.get("lost_reason"):
            self.add_error("lost_reason", _("Choose the reason from the list."))
        return data


class CorrectForm(StageFieldsMixin):
    to_stage = forms.ChoiceField(label=_("Set the stage to"), choices=Connection.Stage.choices)
    result = forms.ChoiceField(
        label=_("Result (when closed)"), choices=[("", "—")] + Connection.Result.choices, required=False
    )
    lost_reason = forms.ChoiceField(
        label=_("Reason (when lost)"), choices=[("", "—")] + Connection.LostReason.choices, required=False
    )

    field_order = ["to_stage", "result", "lost_reason", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].required = True
        self.fields["note"].label = _("Why the stage is corrected")


class IntroduceForm(forms.Form):
    seeker = forms.ModelChoiceField(
        label=_("Technology seeker"), queryset=Organization.objects.filter(kind__in=["enterprise", "both"])
    )
    provider = forms.ModelChoiceField(
        label=_("Technology provider"), queryset=Organization.objects.filter(kind__in=["provider", "both"])
    )
    need = forms.ModelChoiceField(
        label=_("About the need"),
        required=False,
        queryset=TechnologyNeed.objects.none(),
        help_text=_("The seeker's needs are offered once the seeker is chosen."),
    )
    offer = forms.ModelChoiceField(
        label=_("About the offer"),
        required=False,
        queryset=TechnologyOffer.objects.none(),
        help_text=_("The provider's offers are offered once the provider is chosen."),
    )
    note = forms.CharField(
        label=_("Why you introduce them"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the chosen organisations' posts: never a list of every post on the platform.
        source = self.data if self.is_bound else self.initial
        for field, org_field, model in (("need", "seeker", TechnologyNeed), ("offer", "provider", TechnologyOffer)):
            try:
                org_id = int(source.get(org_field) or 0)
            except (TypeError, ValueError):
                org_id = 0
            if org_id:
                self.fields[field].queryset = model.objects.filter(organization_id=org_id).exclude(status="draft")

    def clean(self):
        data = super().clean()
        if data.get("seeker") and data.get("seeker") == data.get("provider"):
            raise ValidationError(_("A connection joins two different organisations."))
        return data


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    attachments = MultipleFileField(label=_("Attachments (PDF, DOCX, XLSX, PNG, JPEG)"))

    def clean(self):
        data = super().clean()
        if not (data.get("body") or "").strip() and not data.get("attachments") and not self.errors:
            raise ValidationError(_("Write a message or attach a file."))
        return data
