import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from marketplace.filters import SectorChoiceFilter
from marketplace.models import Sector

from .models import GrantProgram, GrantStatus, SupportGrant


def district_choices():
    return [(d, d) for d in settings.PLATFORM["DISTRICTS"]]


class GrantFilter(django_filters.FilterSet):
    """The same filters for the grant list, the yearly report and the exports."""

    year = django_filters.NumberFilter(label=_("Year"))
    program = django_filters.ModelChoiceFilter(label=_("Program"), queryset=GrantProgram.objects.all())
    sector = SectorChoiceFilter(label=_("Sector"), queryset=Sector.objects.all(), field_name="firm__sectors")
    district = django_filters.ChoiceFilter(label=_("District"), choices=district_choices, field_name="firm__district")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=GrantStatus.choices)
    firm = django_filters.CharFilter(label=_("Firm"), field_name="firm__name", lookup_expr="icontains")

    class Meta:
        model = SupportGrant
        fields = ["year", "program", "sector", "district", "status", "firm"]
