"""Search from the header across every kind of thing the exchange holds, grouped by kind.

`core` imports no app, so each app registers its own kinds in its AppConfig.ready() with `register_source`:
a function (query, user, limit) -> (hits, more) that runs one query, capped at `limit` (+1 to know whether
there are more), and applies the same visibility rules as the app's own lists."""

from collections.abc import Callable
from dataclasses import dataclass, field

from core.text import syllables

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    summary: str = ""
    meta: str = ""


@dataclass
class SearchGroup:
    kind: str
    label: str
    hits: list[SearchHit] = field(default_factory=list)
    more: bool = False
    list_url: str = ""


@dataclass(frozen=True)
class Source:
    kind: str
    label: object
    search: Callable
    order: int
    list_url: Callable | None = None


SOURCES: dict[str, Source] = {}


def register_source(*, kind: str, label, search: Callable, order: int = 100, list_url: Callable | None = None):
    """`search(query=, user=, limit=)` returns (hits, more); `list_url(query)` the full list for this kind."""
    SOURCES[kind] = Source(kind=kind, label=label, search=search, order=order, list_url=list_url)


def search_everything(*, query: str, user, per_kind: int = 5) -> list[SearchGroup]:
    """One capped query per kind; kinds with no hits are left out. An empty query searches nothing."""
    query = (query or "").strip()[:MAX_QUERY_LENGTH]
    if not syllables(query):
        return []
    groups = []
    for source in sorted(SOURCES.values(), key=lambda s: s.order):
        hits, more = source.search(query=query, user=user, limit=per_kind)
        if hits:
            groups.append(
                SearchGroup(
                    kind=source.kind,
                    label=str(source.label),
                    hits=list(hits),
                    more=more,
                    list_url=source.list_url(query) if source.list_url else "",
                )
            )
    return groups
