"""Rules and help pages in both languages, edited by staff as new versions with their history; sign-up
records acceptance of the terms and privacy policy (version and time), and a new version asks again."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from core import pages
from core.models import Acceptance, Page, PageVersion
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded(db, staff, enterprise_user):
    call_command("load_pages", stdout=io.StringIO())
    for user in (staff, enterprise_user):
        pages.acceptances_record(user=user, versions=pages.required_versions())


def test_the_shipped_pages_load_once_and_never_overwrite_staff_edits(loaded, staff):
    assert set(Page.objects.values_list("slug", flat=True)) == {s for s, *_rest in pages.PAGES}
    terms = Page.objects.get(slug="terms")
    pages.page_publish(page=terms, by=staff, title_vi="ĐK", title_en="T", body_vi="mới", body_en="new")
    assert pages.pages_load()["versions_created"] == 0
    assert pages.current_version(terms).body_vi == "mới"


@pytest.mark.parametrize("slug", ["terms", "privacy", "posting-rules", "faq", "guide-enterprise", "guide-provider"])
def test_every_page_reads_in_vietnamese_and_in_english(client, loaded, slug):
    page = client.get(f"/pages/{slug}/").content.decode()
    client.cookies["django_language"] = "en"
    english = client.get(f"/pages/{slug}/").content.decode()
    vi = PageVersion.objects.get(page__slug=slug)
    assert f'<h1 class="h2">{vi.title_vi}</h1>' in page
    assert f'<h1 class="h2">{vi.title_en}</h1>' in english


def test_the_privacy_policy_cites_the_personal_data_protection_rules(client, loaded):
    assert "Nghị định số 13/2023/NĐ-CP" in client.get("/pages/privacy/").content.decode()


def test_raw_html_in_a_page_is_shown_as_text_never_run(client, loaded, staff):
    faq = Page.objects.get(slug="faq")
    pages.page_publish(
        page=faq, by=staff, title_vi="H", title_en="H", body_vi="<script>x()</script> **đậm**", body_en="e"
    )
    page = client.get("/pages/faq/").content.decode()
    assert "<script>x()</script>" not in page and "&lt;script&gt;" in page and "<strong>đậm</strong>" in page


@pytest.mark.parametrize("who, status", [(None, 302), ("enterprise", 403), ("staff", 200)])
def test_only_staff_edit_pages(client_for, loaded, enterprise_user, staff, who, status):
    user = {"enterprise": enterprise_user, "staff": staff, None: None}[who]
    assert client_for(user).get(reverse("core:staff_page_edit", args=["faq"])).status_code == status
    assert client_for(user).get(reverse("core:staff_pages")).status_code == status


def test_a_staff_edit_publishes_a_new_version_and_keeps_the_old_one(client_for, loaded, staff):
    client = client_for(staff)
    response = client.post(
        reverse("core:staff_page_edit", args=["faq"]),
        {"title_vi": "Hỏi đáp", "title_en": "FAQ", "body_vi": "Nội dung mới", "body_en": "New", "note": "Rút gọn"},
    )
    assert response.status_code == 302
    assert list(PageVersion.objects.filter(page__slug="faq").values_list("number", flat=True)) == [2, 1]
    history = client.get(reverse("core:page_history", args=["faq"])).content.decode()
    assert "Rút gọn" in history
    old = client.get(reverse("core:page_version", args=["faq", 1])).content.decode()
    assert "Câu hỏi thường gặp" in old and "phiên bản trước" in old


def _signup(client, accept: bool):
    data = {
        "email": "moi@example.vn",
        "username": "nguoimoi",
        "password1": "Mk-rat-kho-2026",
        "password2": "Mk-rat-kho-2026",
    }
    if accept:
        data["accept_terms"] = "on"
    return client.post(reverse("account_signup"), data)


def test_sign_up_without_accepting_the_terms_is_refused_with_a_reason(client, loaded):
    response = _signup(client, accept=False)
    assert response.status_code == 200
    assert "Đề nghị quý vị đồng ý" in response.content.decode()


def test_sign_up_records_the_versions_accepted_and_when(client, loaded):
    assert _signup(client, accept=True).status_code == 302
    accepted = Acceptance.objects.filter(user__username="nguoimoi").select_related("version__page")
    assert {a.version.page.slug for a in accepted} == {"terms", "privacy"}
    assert all(a.version.number == 1 and a.accepted_at for a in accepted)


def test_a_new_version_of_the_terms_asks_signed_in_users_to_accept_again(client_for, loaded, staff):
    user = UserFactory()
    pages.acceptances_record(user=user, versions=pages.required_versions())
    client = client_for(user)
    assert client.get("/needs/").status_code == 200
    terms = Page.objects.get(slug="terms")
    pages.page_publish(page=terms, by=staff, title_vi="ĐK", title_en="T", body_vi="b", body_en="b", note="typo")
    assert client.get("/needs/").status_code == 200  # a minor edit asks nothing
    pages.page_publish(
        page=terms, by=staff, title_vi="ĐK", title_en="T", body_vi="c", body_en="c", asks_acceptance=True
    )
    response = client.get("/needs/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("core:accept"))
    assert client.get("/pages/terms/").status_code == 200  # the text itself stays readable
    response = client.post(reverse("core:accept"), {"accept": "on", "next": "/needs/"})
    assert response["Location"] == "/needs/"
    assert client.get("/needs/").status_code == 200
    assert Acceptance.objects.filter(user=user, version__page=terms, version__number=3).exists()


def test_the_rules_are_linked_from_the_footer_sign_up_and_the_post_form(client, client_for, loaded, enterprise):
    home = client.get("/").content.decode()
    for slug in ("terms", "privacy", "posting-rules", "faq", "guide-enterprise"):
        assert f'href="/pages/{slug}/"' in home
    signup = client.get(reverse("account_signup")).content.decode()
    assert 'href="/pages/terms/"' in signup and 'href="/pages/privacy/"' in signup
    user = enterprise.members.first()
    pages.acceptances_record(user=user, versions=pages.required_versions())
    form = client_for(user).get(reverse("marketplace:post_create", args=["need"])).content.decode()
    assert 'href="/pages/posting-rules/"' in form
