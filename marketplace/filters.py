import django_filters
from django import forms
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from .models import Area, Organization, Region, Sector, TechnologyNeed, TechnologyOffer, TransferMode
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
