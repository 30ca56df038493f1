"""The marketplace's FilterSets, extended only with what the API's extra lists need."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.models import Notification
from events.filters import ParticipantFilter
from marketplace.filters import NeedFilter, OfferFilter, OrganizationFilter
from marketplace.models import Interest, PostStatus, Sector


class StatusFilterMixin(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=PostStatus.choices)


class MyNeedFilter(StatusFilterMixin, NeedFilter):
    class Meta(NeedFilter.Meta):
        fields = NeedFilter.Meta.fields + ["status"]


class MyOfferFilter(StatusFilterMixin, OfferFilter):
    class Meta(OfferFilter.Meta):
        fields = OfferFilter.Meta.fields + ["status"]


class ApiOrganizationFilter(OrganizationFilter):
    verified = django_filters.BooleanFilter(
        label=_("Verified"), field_name="verified_at", lookup_expr="isnull", exclude=True
    )

    class Meta(OrganizationFilter.Meta):
        fields = OrganizationFilter.Meta.fields + ["verified"]


class InterestFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Interest.Status.choices)

    class Meta:
        model = Interest
        fields = ["status"]


class NotificationFilter(django_filters.FilterSet):
    unread = django_filters.BooleanFilter(label=_("Unread only"), field_name="read_at", lookup_expr="isnull")

    class Meta:
        model = Notification
        fields = ["unread"]


class ApiParticipantFilter(ParticipantFilter):
    """The workshop's participant filter as is; `field_name` only tells the schema that a sector is an id."""

    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"), queryset=Sector.objects.all(), method="filter_sector", field_name="organization__sectors"
    )

    class Meta(ParticipantFilter.Meta):
        pass
