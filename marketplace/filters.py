import django_filters
from django import forms
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from .models import Area, Connection, Organization, Region, Sector, TechnologyNeed, TechnologyOffer, TransferMode
from .selectors import post_search

# Tree order: each top-level sector followed by its children (the same order as the forms' sector lists).
SECTOR_TREE_ORDER = [Coalesce("parent__position", "position"), F("parent_id").asc(nulls_first=True), "position"]


class SectorTreeChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"— {obj.name}" if obj.parent_id else obj.name


class SectorChoiceFilter(django_filters.ModelChoiceFilter):
    """A sector matches itself and everything below it in the tree; the list shows the tree, children indented."""

    field_class = SectorTreeChoiceField

    def __init__(self, *args, **kwargs):
        kwargs["queryset"] = kwargs.get("queryset", Sector.objects.all()).order_by(*SECTOR_TREE_ORDER)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        ids = [value.pk, *Sector.objects.filter(parent=value).values_list("pk", flat=True)]
        return qs.filter(sectors__in=ids).distinct()


class PostFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q")
    sector = SectorChoiceFilter(label=_("Sector"), queryset=Sector.objects.all(), field_name="sectors")
    transfer_mode = django_filters.ChoiceFilter(
        label=_("Transfer mode"), choices=TransferMode.choices, method="filter_mode"
    )
    region = django_filters.ChoiceFilter(label=_("Region"), choices=Region.choices)
    organization = django_filters.NumberFilter(
        field_name="organization_id", min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput
    )
    ordering = django_filters.OrderingFilter(
        label=_("Sort by"),
        fields=(("published_at", "published"), ("title", "title")),
        choices=[
            ("-published", _("Newest")),
            ("published", _("Oldest")),
            ("title", _("Title A–Z")),
            ("-title", _("Title Z–A")),
        ],
    )

    def filter_q(self, queryset, name, value):
        return post_search(queryset, value)

    def filter_mode(self, queryset, name, value):
        return queryset.filter(transfer_modes__contains=f",{value},") if value else queryset


class NeedFilter(PostFilter):
    max_trl = django_filters.NumberFilter(
        label=_("Accepts readiness up to TRL"),
        field_name="min_trl",
        lookup_expr="lte",
        widget=forms.NumberInput(attrs={"min": 1, "max": 9}),
    )
    budget_at_least = django_filters.NumberFilter(
        label=_("Budget at least (₫)"), field_name="budget_max", lookup_expr="gte"
    )

    class Meta:
        model = TechnologyNeed
        fields = ["q", "sector", "transfer_mode", "region"]


class OfferFilter(PostFilter):
    min_trl = django_filters.NumberFilter(
        label=_("Readiness at least TRL"),
        field_name="trl",
        lookup_expr="gte",
        widget=forms.NumberInput(attrs={"min": 1, "max": 9}),
    )
    ip_status = django_filters.ChoiceFilter(label=_("Intellectual property"), choices=TechnologyOffer.IPStatus.choices)
    price_up_to = django_filters.NumberFilter(label=_("Price at most (₫)"), field_name="price_min", lookup_expr="lte")

    class Meta:
        model = TechnologyOffer
        fields = ["q", "sector", "transfer_mode", "region", "ip_status"]


class OrganizationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q")
    kind = django_filters.ChoiceFilter(label=_("Role"), choices=Organization.Kind.choices)
    org_type = django_filters.ChoiceFilter(label=_("Type"), choices=Organization.OrgType.choices)
    sector = SectorChoiceFilter(label=_("Sector"), queryset=Sector.objects.all(), field_name="sectors")
    area = django_filters.ModelChoiceFilter(label=_("Commune or ward"), queryset=Area.objects.filter(active=True))

    class Meta:
        model = Organization
        fields = ["q", "kind", "org_type", "sector", "area"]

    def filter_q(self, queryset, name, value):
        from .search import organization_search

        return organization_search(queryset, value)


def _workshop_choices():
    # Through the app registry: the marketplace never imports the events app.
    from django.apps import apps

    if not apps.is_installed("events"):
        return []
    workshop = apps.get_model("events", "Workshop")
    return [("", "---------")] + [
        (w.pk, str(w)) for w in workshop.objects.order_by("-starts_at").only("pk", "title")[:200]
    ]


def _year_choices():
    from django.utils import timezone

    this = timezone.localdate().year
    return [("", "---------")] + [(y, y) for y in range(this, this - 10, -1)]


class ConnectionFilter(django_filters.FilterSet):
    """The staff board, its export and the API share these filters."""

    stage = django_filters.ChoiceFilter(label=_("Stage"), choices=Connection.Stage.choices)
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.all(), method="filter_sector", field_name="need__sectors"
    )
    stalled = django_filters.BooleanFilter(label=_("Stalled (no move for 60 days)"), method="filter_stalled")
    workshop = django_filters.TypedChoiceFilter(
        label=_("Workshop"), choices=_workshop_choices, coerce=int, method="filter_workshop"
    )
    year = django_filters.TypedChoiceFilter(label=_("Year"), choices=_year_choices, coerce=int, method="filter_year")
    channel = django_filters.ChoiceFilter(label=_("Came through"), choices=Connection.Channel.choices)
    reached = django_filters.ChoiceFilter(
        label=_("Reached"),
        choices=[("mou", _("At least an MoU")), ("contract", _("A contract")), ("accepted", _("Transfer accepted"))],
        method="filter_reached",
    )
    q = django_filters.CharFilter(label=_("Organisation"), method="filter_q")
    id = django_filters.BaseInFilter(field_name="id", widget=forms.HiddenInput)
    # The plan dashboard's drill-down: the years of the milestone named by `reached` (or of a grant).
    year_from = django_filters.NumberFilter(method="filter_noop", widget=forms.HiddenInput)
    year_to = django_filters.NumberFilter(method="filter_noop", widget=forms.HiddenInput)
    supported = django_filters.BooleanFilter(method="filter_noop_bool", widget=forms.HiddenInput)

    class Meta:
        model = Connection
        fields = ["stage", "sector", "stalled", "workshop", "year", "channel", "reached", "q"]

    def filter_noop(self, qs, name, value: int):
        return qs  # applied together in filter_queryset

    def filter_noop_bool(self, qs, name, value: bool):
        return qs

    def filter_queryset(self, queryset):
        qs = super().filter_queryset(queryset)
        data = self.form.cleaned_data if hasattr(self.form, "cleaned_data") else {}
        low, high = data.get("year_from"), data.get("year_to")
        if data.get("supported"):
            # Connections with an approved (or paid) support grant; by the relation's name, so that the
            # marketplace does not import the grants app.
            grants = {"grants__status__in": ["approved", "disbursed"]}
            if low:
                grants["grants__year__gte"] = int(low)
            if high:
                grants["grants__year__lte"] = int(high)
            return qs.filter(**grants).distinct()
        if low or high:
            field = {"contract": "contract_signed_on", "accepted": "accepted_on"}.get(data.get("reached") or "")
            if data.get("reached") == "mou":
                span = {}
                if low:
                    span["year__gte"] = int(low)
                if high:
                    span["year__lte"] = int(high)
                mou = Q(**{f"mou_signed_on__{k}": v for k, v in span.items()})
                contract_only = Q(mou_signed_on__isnull=True) & Q(
                    **{f"contract_signed_on__{k}": v for k, v in span.items()}
                )
                return qs.filter(mou | contract_only)
            field = field or "created_at"
            if low:
                qs = qs.filter(**{f"{field}__year__gte": int(low)})
            if high:
                qs = qs.filter(**{f"{field}__year__lte": int(high)})
        return qs

    def filter_sector(self, qs, name, value: Sector):
        if not value:
            return qs
        ids = [value.pk, *Sector.objects.filter(parent=value).values_list("pk", flat=True)]
        return qs.filter(Q(need__sectors__in=ids) | Q(offer__sectors__in=ids) | Q(seeker__sectors__in=ids)).distinct()

    def filter_stalled(self, qs, name, value: bool):
        from .connections import stall_cutoff

        if value is None:
            return qs
        stalled = qs.exclude(stage="closed").filter(stage_changed_at__lte=stall_cutoff())
        return stalled if value else qs.exclude(pk__in=stalled.values("pk"))

    def filter_workshop(self, qs, name, value: int):
        return qs.filter(meetings__workshop_id=value).distinct() if value else qs

    def filter_year(self, qs, name, value: int):
        """The year the connection started, or — for the dashboard's drill-down — the year it reached
        the milestone named by `reached`."""
        if not value:
            return qs
        reached = self.data.get("reached") if self.data else None
        field = {"mou": None, "contract": "contract_signed_on", "accepted": "accepted_on"}.get(reached or "", "")
        if field:
            return qs.filter(**{f"{field}__year": value})
        if reached == "mou":
            return qs.filter(
                Q(mou_signed_on__year=value) | Q(mou_signed_on__isnull=True, contract_signed_on__year=value)
            )
        return qs.filter(created_at__year=value)

    def filter_reached(self, qs, name, value):
        if value == "mou":
            return qs.filter(Q(mou_signed_on__isnull=False) | Q(contract_signed_on__isnull=False))
        if value == "contract":
            return qs.filter(contract_signed_on__isnull=False, contract_value__gt=0)
        if value == "accepted":
            return qs.filter(accepted_on__isnull=False)
        return qs

    def filter_q(self, qs, name, value):
        return qs.filter(Q(seeker__name__icontains=value) | Q(provider__name__icontains=value)) if value else qs
