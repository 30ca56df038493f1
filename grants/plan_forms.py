"""Forms of the plan's records (staff pages). Explicit field lists: who created a record, when a news
item was published and the counters are set by the services."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.form_fields import DATE_INPUT_FORMATS, DateInput, ModelMultipleChoiceField
from events.models import Training, Workshop
from marketplace.models import (
    Connection,
    Organization,
    PostStatus,
    Sector,
    TechnologyNeed,
    TechnologyOffer,
    TransferMode,
)

from .forms import date_field
from .models import (
    MAX_YEAR,
    MIN_YEAR,
    NewsItem,
    PlanTarget,
    Publication,
    STTask,
    SupportGrant,
    TechnologyAppraisal,
)

DATE = DateInput()  # dd/mm/yyyy, as on every form (core.form_fields)
DATE_FORMATS = DATE_INPUT_FORMATS


class _DatesMixin:
    date_fields: tuple = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.date_fields:
            self.fields[name].widget = DATE
            self.fields[name].input_formats = DATE_FORMATS


def _orgs():
    return Organization.objects.order_by("name")


class STTaskForm(_DatesMixin, forms.ModelForm):
    date_fields = ("completed_on",)

    class Meta:
        model = STTask
        fields = [
            "code",
            "title",
            "field",
            "level",
            "host",
            "host_name",
            "start_year",
            "end_year",
            "status",
            "completed_on",
            "results",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = _orgs()


class UptakeForm(forms.Form):
    firm = forms.ModelChoiceField(
        label=_("Firm or cooperative"),
        queryset=Organization.objects.filter(kind__in=["enterprise", "both"]).order_by("name")
        | Organization.objects.filter(org_type="cooperative").order_by("name"),
    )
    received_on = date_field(_("Results received on"))
    document_reference = forms.CharField(label=_("Proving document (number, date)"), max_length=200)
    document = forms.FileField(label=_("Proving document (file)"), required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class UptakeProofForm(forms.Form):
    document_reference = forms.CharField(label=_("Proving document (number, date)"), max_length=200)
    document = forms.FileField(label=_("Proving document (file)"), required=False)


class PublishOfferForm(forms.Form):
    trl = forms.IntegerField(label=_("Technology readiness (TRL 1–9)"), min_value=1, max_value=9)
    ip_status = forms.ChoiceField(label=_("Intellectual property"), choices=TechnologyOffer.IPStatus.choices)
    transfer_modes = forms.MultipleChoiceField(
        label=_("Transfer modes"), choices=TransferMode.choices, widget=forms.CheckboxSelectMultiple
    )
    sectors = ModelMultipleChoiceField(label=_("Sectors"), queryset=Sector.objects.all())


class AppraisalForm(_DatesMixin, forms.ModelForm):
    date_fields = ("appraised_on",)

    class Meta:
        model = TechnologyAppraisal
        fields = [
            "firm",
            "technology",
            "appraised_on",
            "key_firm",
            "conclusion",
            "conclusion_text",
            "document_reference",
            "document",
            "grant",
            "connection",
            "connection_reference",
        ]
        help_texts = {
            "grant": _("One of the appraised firm's own support grants, if there is one."),
            "connection": _("One of the appraised firm's own connections (as seeker or provider), if there is one."),
            "connection_reference": _("Free text, for a connection outside the platform."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["firm"].queryset = _orgs()
        grants = SupportGrant.objects.select_related("firm", "program")
        connections = Connection.objects.select_related("seeker", "provider")
        firm_id = self.instance.firm_id if not self.is_bound else None
        if firm_id:
            # Offer the appraised firm's own; on a submitted form any choice is accepted here and the
            # model's clean() refuses another firm's with a message next to the field.
            grants = grants.filter(firm_id=firm_id)
            connections = connections.filter(Q(seeker_id=firm_id) | Q(provider_id=firm_id))
        self.fields["grant"].queryset = grants
        self.fields["connection"].queryset = connections.order_by("-id")
        self.fields["connection"].label_from_instance = lambda c: f"#{c.pk} · {c} · {c.get_stage_display()}"


class NewsForm(forms.ModelForm):
    class Meta:
        model = NewsItem
        fields = ["title", "category", "summary", "body", "cover", "status", "workshop", "training", "need", "offer"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].queryset = Workshop.objects.exclude(status=Workshop.Status.DRAFT)
        self.fields["training"].queryset = Training.objects.exclude(status=Training.Status.DRAFT)
        self.fields["need"].queryset = TechnologyNeed.objects.filter(status=PostStatus.PUBLISHED)
        self.fields["offer"].queryset = TechnologyOffer.objects.filter(status=PostStatus.PUBLISHED)


class PublicationForm(_DatesMixin, forms.ModelForm):
    date_fields = ("published_on",)
    link = forms.URLField(label=_("link"), required=False, assume_scheme="https")

    class Meta:
        model = Publication
        fields = ["kind", "title", "issue", "published_on", "channel", "link"]


class CertificateForm(_DatesMixin, forms.Form):
    date_fields = ("st_certified_on", "high_tech_certified_on")

    organization = forms.ModelChoiceField(label=_("Organisation"), queryset=Organization.objects.order_by("name"))
    st_certificate_number = forms.CharField(label=_("S&T enterprise certificate number"), max_length=60, required=False)
    st_certified_on = forms.DateField(label=_("S&T enterprise certified on"), required=False)
    st_certificate_issuer = forms.CharField(label=_("Issued by"), max_length=200, required=False)
    high_tech_certificate_number = forms.CharField(
        label=_("High-technology certificate number"), max_length=60, required=False
    )
    high_tech_certified_on = forms.DateField(label=_("High-technology certified on"), required=False)


class PlanValueForm(forms.Form):
    target = forms.ModelChoiceField(label=_("Target"), queryset=PlanTarget.objects.all())
    year = forms.IntegerField(label=_("Year"), min_value=MIN_YEAR, max_value=MAX_YEAR)
    value = forms.DecimalField(label=_("Value"), max_digits=16, decimal_places=2, min_value=0)
    note = forms.CharField(
        label=_("Source or note"),
        max_length=300,
        help_text=_("Where the figure comes from (e.g. the TFP assessment report, the regulation adopted)."),
    )
