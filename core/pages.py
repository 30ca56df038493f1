"""Rules and help pages, their versions, and users' acceptance of the terms and the privacy policy.

A page's text is never edited in place: staff publish a new version, so every text a user accepted stays
readable. The shipped texts (core/content/pages/<slug>.<lang>.md) are loaded once by `manage.py load_pages`;
after that the staff pages are the source."""

from pathlib import Path

from django.core.cache import cache
from django.db import transaction
from django.db.models import Max
from markdown_it import MarkdownIt

from .models import Acceptance, Page, PageVersion

CONTENT = Path(__file__).resolve().parent / "content" / "pages"
# slug, kind, users must accept it, position
PAGES = [
    ("terms", Page.Kind.LEGAL, True, 10),
    ("privacy", Page.Kind.LEGAL, True, 20),
    ("posting-rules", Page.Kind.LEGAL, False, 30),
    ("faq", Page.Kind.HELP, False, 40),
    ("guide-enterprise", Page.Kind.HELP, False, 50),
    ("guide-provider", Page.Kind.HELP, False, 60),
    ("guide-staff", Page.Kind.HELP, False, 70),
]
REQUIRED_CACHE_KEY = "pages:required-versions"

# CommonMark without raw HTML: staff write Markdown, nobody can inject a script through a page.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")


def render_markdown(text: str) -> str:
    return _markdown.render(text or "")


def _split(text: str) -> tuple[str, str]:
    """A content file's first line is "# Title"; the rest is the body."""
    first, _sep, rest = text.strip().partition("\n")
    return first.lstrip("#").strip(), rest.strip() + "\n"


def current_version(page: Page) -> PageVersion | None:
    return page.versions.order_by("-number").first()


@transaction.atomic
def page_publish(
    *, page: Page, by, title_vi: str, title_en: str, body_vi: str, body_en: str, note: str = "", asks_acceptance=False
) -> PageVersion:
    Page.objects.select_for_update().filter(pk=page.pk).first()  # one new number at a time
    last = page.versions.aggregate(n=Max("number"))["n"] or 0
    if page.requires_acceptance and last == 0:
        asks_acceptance = True  # the first version of the terms is always accepted at sign-up
    version = PageVersion(
        page=page,
        number=last + 1,
        title_vi=title_vi.strip(),
        title_en=title_en.strip(),
        body_vi=body_vi,
        body_en=body_en,
        note=note.strip(),
        asks_acceptance=bool(asks_acceptance) and page.requires_acceptance,
        created_by=by,
    )
    version.full_clean()
    version.save()
    # Now for this process, and again after commit so that no request caches the old list meanwhile.
    cache.delete(REQUIRED_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(REQUIRED_CACHE_KEY))
    return version


def pages_load(*, directory: Path = CONTENT) -> dict:
    """Create the pages and their first version from the shipped texts; pages that already have a version
    are left as staff made them. Idempotent."""
    created = 0
    for slug, kind, required, position in PAGES:
        page, _new = Page.objects.update_or_create(
            slug=slug, defaults={"kind": kind, "requires_acceptance": required, "position": position}
        )
        if page.versions.exists():
            continue
        title_vi, body_vi = _split((directory / f"{slug}.vi.md").read_text(encoding="utf-8"))
        title_en, body_en = _split((directory / f"{slug}.en.md").read_text(encoding="utf-8"))
        page_publish(page=page, by=None, title_vi=title_vi, title_en=title_en, body_vi=body_vi, body_en=body_en)
        created += 1
    return {"pages": len(PAGES), "versions_created": created}


def required_version_ids() -> list[int]:
    """For each page users must accept, the id of its latest version that asked for acceptance. Cached, so
    that the check on every signed-in request costs no query; a new version clears the cache."""
    ids = cache.get(REQUIRED_CACHE_KEY)
    if ids is None:
        ids = []
        for page in Page.objects.filter(requires_acceptance=True):
            found = page.versions.filter(asks_acceptance=True).order_by("-number").values_list("id", flat=True).first()
            if found:
                ids.append(found)
        cache.set(REQUIRED_CACHE_KEY, ids, 300)
    return ids


def required_versions() -> list[PageVersion]:
    ids = required_version_ids()
    if not ids:
        return []
    return list(PageVersion.objects.filter(id__in=ids).select_related("page").order_by("page__position"))


def missing_acceptances(user) -> list[PageVersion]:
    """The required versions this user has not accepted (accepting a later version counts)."""
    missing = []
    for version in required_versions():
        accepted = Acceptance.objects.filter(
            user=user, version__page_id=version.page_id, version__number__gte=version.number
        ).exists()
        if not accepted:
            missing.append(version)
    return missing


@transaction.atomic
def acceptances_record(*, user, versions: list[PageVersion]) -> int:
    created = 0
    for version in versions:
        _obj, new = Acceptance.objects.get_or_create(user=user, version=version)
        created += new
    return created


def page_get(slug: str) -> Page:
    page = Page.objects.filter(slug=slug).first()
    if page is None:
        raise Page.DoesNotExist
    return page
