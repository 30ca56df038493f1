import django_filters
from django.utils.translation import gettext_lazy as _

from marketplace.filters import SectorChoiceFilter
from marketplace.models import Area, Sector

from .models import GrantProgram, GrantStatus, SupportGrant


class GrantFilter(django_filters.FilterSet):
    """The same filters for the grant list, the yearly report and the exports."""

    year = django_filters.NumberFilter(label=_("Year"))
    program = django_filters.ModelChoiceFilter(label=_("Program"), queryset=GrantProgram.objects.all())
    sector = SectorChoiceFilter(label=_("Sector"), queryset=Sector.objects.all(), field_name="firm__sectors")
    area = django_filters.ModelChoiceFilter(
        label=_("Commune or ward"), queryset=Area.objects.all(), field_name="firm__area"
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=GrantStatus.choices)
    firm = django_filters.CharFilter(label=_("Firm"), field_name="firm__name", lookup_expr="icontains")

    class Meta:
        model = SupportGrant
        fields = ["year", "program", "sector", "area", "status", "firm"]
