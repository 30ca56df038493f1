from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import cached_property


def paginate(request: HttpRequest, queryset: QuerySet, per_page: int = 20) -> Page:
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class CappedPaginator(Paginator):
    """Counts at most `cap` rows: counting 100,000 published posts on every page view costs more than
    rendering the page, and nobody pages past the fiftieth. Past the cap the page says "1.000+"."""

    cap = 1000

    @cached_property
    def count(self) -> int:
        return self.object_list[: self.cap + 1].count()  # type: ignore[attr-defined]  # a QuerySet here

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap
