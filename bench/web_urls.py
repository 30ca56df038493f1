from django.shortcuts import render
from django.urls import include, path

from marketplace.models import TechnologyOffer


def bare_list(request):
    """The ceiling: the same number of rows as a browse page, from one table, with a plain template."""
    rows = (
        TechnologyOffer.objects.filter(status="published")
        .order_by("-published_at")
        .values("id", "title", "summary")[:20]
    )
    return render(request, "bare_list.html", {"rows": rows})


urlpatterns = [path("bench/bare/", bare_list), path("", include("config.urls"))]
