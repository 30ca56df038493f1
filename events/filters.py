import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from marketplace.models import Sector

from .models import Registration


class ParticipantFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Organisation name"), method="filter_q")
    sector = django_filters.ModelChoiceFilter(label=_("Sector"), queryset=Sector.objects.all(), method="filter_sector")
    role = django_filters.ChoiceFilter(label=_("Role"), choices=Registration.Role.choices, method="filter_role")
    brings = django_filters.ChoiceFilter(
        label=_("Brings"),
        method="filter_brings",
        choices=[("need", _("Technology needs")), ("offer", _("Technology offers"))],
    )

    class Meta:
        model = Registration
        fields: list = []

    def filter_q(self, qs, name, value):
        return qs.filter(organization__name__icontains=value.strip()) if value.strip() else qs

    def filter_sector(self, qs, name, value):
        ids = [value.pk, *Sector.objects.filter(parent=value).values_list("pk", flat=True)]
        return qs.filter(
            Q(organization__sectors__in=ids) | Q(needs__sectors__in=ids) | Q(offers__sectors__in=ids)
        ).distinct()

    def filter_role(self, qs, name, value):
        # A participant there as "both" answers to either role.
        return (
            qs.filter(role__in=[value, Registration.Role.BOTH])
            if value != Registration.Role.BOTH
            else qs.filter(role=value)
        )

    def filter_brings(self, qs, name, value):
        return (
            qs.filter(needs__isnull=False).distinct() if value == "need" else qs.filter(offers__isnull=False).distinct()
        )
