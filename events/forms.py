from django import forms
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from core.form_fields import DATETIME_ERROR, DATETIME_INPUT_FORMATS, DateTimeInput, ModelMultipleChoiceField
from marketplace.forms import sector_field
from marketplace.models import Organization, PostStatus, TechnologyNeed, TechnologyOffer

from .models import Meeting, MeetingSlot, Outcome, Registration, Workshop

DATETIME_FORMATS = DATETIME_INPUT_FORMATS  # dd/mm/yyyy hh:mm, as on every form (core.form_fields)


class WorkshopForm(forms.ModelForm):
    sectors = sector_field(required=False)

    class Meta:
        model = Workshop
        fields = [
            "title",
            "description",
            "sectors",
            "venue",
            "starts_at",
            "ends_at",
            "registration_opens_at",
            "registration_closes_at",
            "capacity",
            "first_slot_at",
            "slot_minutes",
            "slot_count",
            "slot_gap_minutes",
            "tables",
            "requests_need_acceptance",
            "max_meetings_per_participant",
        ]
        widgets = {
            f: DateTimeInput()
            for f in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at", "first_slot_at")
        }
        widgets["description"] = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at", "first_slot_at"):
            self.fields[name].input_formats = DATETIME_FORMATS
            self.fields[name].error_messages["invalid"] = DATETIME_ERROR


class RegistrationForm(forms.Form):
    organization = forms.ModelChoiceField(label=_("Organisation"), queryset=Organization.objects.none())
    role = forms.ChoiceField(label=_("Role at the workshop"), choices=Registration.Role.choices)
    needs = ModelMultipleChoiceField(
        label=_("Technology needs you bring"),
        required=False,
        queryset=TechnologyNeed.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    offers = ModelMultipleChoiceField(
        label=_("Technology offers you bring"),
        required=False,
        queryset=TechnologyOffer.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(label=_("What you hope to find"), max_length=300, required=False)

    def __init__(self, *args, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        org_ids = [o.pk for o in organizations]
        self.fields["organization"].queryset = Organization.objects.filter(pk__in=org_ids)
        if len(org_ids) == 1:
            self.fields["organization"].initial = org_ids[0]
            org = organizations[0]
            self.fields["role"].initial = (
                "both" if org.kind == "both" else "provider" if org.kind == "provider" else "seeker"
            )
        published = {"organization_id__in": org_ids, "status": PostStatus.PUBLISHED}
        self.fields["needs"].queryset = TechnologyNeed.objects.filter(**published)
        self.fields["offers"].queryset = TechnologyOffer.objects.filter(**published)
        if not self.fields["needs"].queryset.exists():
            del self.fields["needs"]
        if not self.fields["offers"].queryset.exists():
            del self.fields["offers"]

    def clean(self):
        data = super().clean()
        org = data.get("organization")
        for key in ("needs", "offers"):
            for post in data.get(key) or []:
                if org and post.organization_id != org.pk:
                    self.add_error(key, _("“%(title)s” belongs to another organisation.") % {"title": post.title})
        return data


class RegistrationEditForm(forms.Form):
    role = forms.ChoiceField(label=_("Role at the workshop"), choices=Registration.Role.choices)
    needs = ModelMultipleChoiceField(
        label=_("Technology needs you bring"),
        required=False,
        queryset=TechnologyNeed.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    offers = ModelMultipleChoiceField(
        label=_("Technology offers you bring"),
        required=False,
        queryset=TechnologyOffer.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(label=_("What you hope to find"), max_length=300, required=False)

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        published = {"organization_id": registration.organization_id, "status": PostStatus.PUBLISHED}
        self.fields["needs"].queryset = TechnologyNeed.objects.filter(**published)
        self.fields["offers"].queryset = TechnologyOffer.objects.filter(**published)


class AvailabilityForm(forms.Form):
    slots = ModelMultipleChoiceField(
        label=_("Slots in which you can meet"),
        queryset=MeetingSlot.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=True,
        error_messages={"required": _("Choose at least one slot in which you can meet.")},
    )

    def __init__(self, *args, registration, **kwargs):
        super().__init__(*args, **kwargs)
        slots = MeetingSlot.objects.filter(workshop_id=registration.workshop_id)
        self.fields["slots"].queryset = slots
        off = set(registration.unavailable_slots.values_list("pk", flat=True))
        self.fields["slots"].initial = [s.pk for s in slots if s.pk not in off]
        self.fields["slots"].label_from_instance = slot_label


def slot_label(slot: MeetingSlot) -> str:
    return f"{localtime(slot.starts_at):%H:%M}–{localtime(slot.ends_at):%H:%M}"


class MeetingRequestForm(forms.Form):
    need = forms.ModelChoiceField(label=_("About the need"), required=False, queryset=TechnologyNeed.objects.none())
    offer = forms.ModelChoiceField(label=_("About the offer"), required=False, queryset=TechnologyOffer.objects.none())
    message = forms.CharField(
        label=_("Message"), max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    match_id = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, mine: Registration, other: Registration, **kwargs):
        super().__init__(*args, **kwargs)
        orgs = [mine.organization_id, other.organization_id]
        self.fields["need"].queryset = TechnologyNeed.objects.filter(
            organization_id__in=orgs, status=PostStatus.PUBLISHED
        )
        self.fields["offer"].queryset = TechnologyOffer.objects.filter(
            organization_id__in=orgs, status=PostStatus.PUBLISHED
        )


class StaffRequestForm(forms.Form):
    from_registration = forms.ModelChoiceField(label=_("From"), queryset=Registration.objects.none())
    to_registration = forms.ModelChoiceField(label=_("To"), queryset=Registration.objects.none())
    message = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, *args, workshop, **kwargs):
        super().__init__(*args, **kwargs)
        qs = workshop.registrations.filter(status__in=Registration.SEATED).select_related("organization")
        for name in ("from_registration", "to_registration"):
            self.fields[name].queryset = qs
            self.fields[name].label_from_instance = lambda r: r.organization.name

    def clean(self):
        data = super().clean()
        if data.get("from_registration") and data.get("from_registration") == data.get("to_registration"):
            self.add_error("to_registration", _("You cannot request a meeting with yourself."))
        return data


class MoveForm(forms.Form):
    slot = forms.ModelChoiceField(label=_("Slot"), queryset=MeetingSlot.objects.none())
    table = forms.IntegerField(label=_("Table"), min_value=1)

    def __init__(self, *args, workshop, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = workshop.slots.all()
        self.fields["slot"].label_from_instance = slot_label
        self.fields["table"].max_value = workshop.tables
        self.fields["table"].widget.attrs["max"] = workshop.tables


class PlaceForm(MoveForm):
    request = forms.IntegerField(widget=forms.HiddenInput)


class CheckinForm(forms.Form):
    code = forms.CharField(
        label=_("QR code or check-in code"),
        max_length=400,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "off"}),
    )


class OutcomeForm(forms.Form):
    stage = forms.ChoiceField(choices=Outcome.Stage.choices, widget=forms.HiddenInput)
    result = forms.ChoiceField(label=_("What came of it"), choices=Outcome.Result.choices, widget=forms.RadioSelect)
    contract_value = forms.IntegerField(label=_("Contract value (₫)"), required=False, min_value=1)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)

    def __init__(self, *args, stage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].initial = stage
        allowed = Outcome.STAGE_RESULTS[stage]
        self.fields["result"].choices = [(v, label) for v, label in Outcome.Result.choices if v in allowed]
        if stage == Outcome.Stage.AFTER:
            del self.fields["contract_value"]

    def clean(self):
        data = super().clean()
        if data.get("result") == Outcome.Result.CONTRACT and not data.get("contract_value"):
            self.add_error("contract_value", _("Give the contract value in ₫."))
        return data


class MarkForm(forms.Form):
    status = forms.ChoiceField(choices=Meeting.Status.choices)
