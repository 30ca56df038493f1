from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.functional import cached_property


def paginate(request: HttpRequest, queryset: QuerySet, per_page: int = 20) -> Page:
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


class CappedPaginator(Paginator):
    """Counts at most `cap` rows: counting 100,000 published posts on every page view costs more than
    rendering the page, and nobody pages past the fiftieth. Past the cap the page says "1.000+".

    The count drops the ordering and every selected column: which rows fall under the cap does not change
    how many there are, and a ranked search would otherwise sort (and rank) every match just to count it.
    Searches count to a lower cap (`search_cap`): a common phrase is checked row by row (the text index cannot
    test that syllables are adjacent), so counting a thousand matches reads tens of thousands of rows."""

    cap = 1000
    search_cap = 200

    def __init__(self, *args, cap: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if cap is not None:
            self.cap = cap

    @cached_property
    def count(self) -> int:
        capped = self.object_list.order_by().values("pk")[: self.cap + 1]  # type: ignore[attr-defined]  # a QuerySet
        return capped.count()

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap
