"""Every role × action through the pages: visitor, enterprise member, provider member, outsider, staff."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace import services
from marketplace.models import Attachment
from tests.factories import NeedFactory, OfferFactory

pytestmark = pytest.mark.django_db

ROLES = ["visitor", "enterprise", "provider", "outsider", "staff"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def world(enterprise, enterprise_user, provider, provider_user, outsider, outsider_user, staff):
    need = NeedFactory(organization=enterprise, title="Cần máy sấy dừa", confidential_details="Bí mật sản xuất")
    draft = NeedFactory(organization=enterprise, status="draft", published_at=None, title="Nháp")
    offer = OfferFactory(organization=provider)
    interest = services.interest_create(
        post=need, organization=provider, by=provider_user, cooperation="supply", message="Quan tâm"
    )
    attachment = Attachment.objects.create(
        need=need,
        file=SimpleUploadedFile("a.png", PNG),
        original_name="ban-ve.png",
        content_type="image/png",
        size=len(PNG),
    )
    users = {
        "visitor": None,
        "enterprise": enterprise_user,
        "provider": provider_user,
        "outsider": outsider_user,
        "staff": staff,
    }
    return {
        "need": need,
        "draft": draft,
        "offer": offer,
        "interest": interest,
        "attachment": attachment,
        "users": users,
        "enterprise": enterprise,
    }


LOGIN = "login"
# (name, method, url template, expected status per role in ROLES order)
MATRIX = [
    ("browse needs", "get", "/needs/", [200, 200, 200, 200, 200]),
    ("browse offers", "get", "/offers/", [200, 200, 200, 200, 200]),
    ("see a published need", "get", "/needs/{need}/", [200, 200, 200, 200, 200]),
    ("see a draft need", "get", "/needs/{draft}/", [404, 200, 404, 404, 200]),
    ("open the edit form of a need", "get", "/need/{need}/edit/", [LOGIN, 200, 403, 403, 403]),
    ("edit a need", "post", "/need/{need}/edit/", [LOGIN, 200, 403, 403, 403]),
    ("pause a need", "post", "/need/{need}/do/pause/", [LOGIN, 302, 403, 403, 302]),
    ("close an offer", "post", "/offer/{offer}/do/close/", [LOGIN, 403, 302, 403, 302]),
    ("open the new-need form", "get", "/need/new/", [LOGIN, 200, 302, 200, 200]),
    ("download a confidential document", "get", "/documents/{attachment}/", [LOGIN, 200, 403, 403, 200]),
    ("read an interest", "get", "/interests/{interest}/", [LOGIN, 200, 200, 403, 200]),
    ("accept an interest", "post", "/interests/{interest}/accept/", [LOGIN, 302, 403, 403, 403]),
    ("withdraw an interest", "post", "/interests/{interest}/withdraw/", [LOGIN, 403, 302, 403, 403]),
    ("edit an organisation", "get", "/organizations/{enterprise}/edit/", [LOGIN, 200, 403, 403, 200]),
    ("open the moderation queue", "get", "/staff/moderation/", [LOGIN, 403, 403, 403, 200]),
    ("review a post", "get", "/staff/review/need/{draft}/", [LOGIN, 403, 403, 403, 200]),
    ("verify an organisation", "post", "/staff/organizations/{enterprise}/verify/", [LOGIN, 403, 403, 403, 302]),
    ("see the dashboard", "get", "/dashboard/", [LOGIN, 200, 200, 200, 200]),
]


@pytest.mark.parametrize("role_index,role", list(enumerate(ROLES)))
@pytest.mark.parametrize("name,method,url,expected", MATRIX, ids=[row[0] for row in MATRIX])
def test_role_action_matrix(world, client_for, role_index, role, name, method, url, expected):
    ids = {
        key: getattr(world[key], "pk", None)
        for key in ("need", "draft", "offer", "interest", "attachment", "enterprise")
    }
    response = getattr(client_for(world["users"][role]), method)(url.format(**ids))
    want = expected[role_index]
    if want == LOGIN:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], name
    else:
        assert response.status_code == want, f"{role} → {name}"


def test_contact_details_appear_only_after_acceptance(world, client_for):
    interest, need = world["interest"], world["need"]
    provider_client = client_for(world["users"]["provider"])
    enterprise_client = client_for(world["users"]["enterprise"])
    owner_email = need.organization.contact_email
    provider_email = interest.from_organization.contact_email
    assert owner_email not in provider_client.get(f"/interests/{interest.pk}/").content.decode()
    assert provider_email not in enterprise_client.get(f"/interests/{interest.pk}/").content.decode()
    assert "Bí mật sản xuất" not in provider_client.get(f"/needs/{need.pk}/").content.decode()
    enterprise_client.post(f"/interests/{interest.pk}/accept/")
    assert owner_email in provider_client.get(f"/interests/{interest.pk}/").content.decode()
    assert provider_email in enterprise_client.get(f"/interests/{interest.pk}/").content.decode()
    assert "Bí mật sản xuất" in provider_client.get(f"/needs/{need.pk}/").content.decode()
    assert provider_client.get(f"/documents/{world['attachment'].pk}/").status_code == 200


def test_visitors_never_see_contact_details_or_confidential_parts(world, client):
    need = world["need"]
    page = client.get(f"/needs/{need.pk}/").content.decode()
    assert need.organization.contact_email not in page
    assert need.organization.contact_phone not in page
    assert "Bí mật sản xuất" not in page
    org_page = client.get(f"/organizations/{need.organization.pk}/").content.decode()
    assert need.organization.contact_email not in org_page and need.organization.tax_code not in org_page


def test_documents_are_served_as_downloads_with_nosniff(world, client_for):
    response = client_for(world["users"]["enterprise"]).get(f"/documents/{world['attachment'].pk}/")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_owner_invites_a_colleague_who_can_edit_the_posts_only_after_accepting(world, client_for):
    from marketplace.models import Invitation
    from tests.factories import UserFactory

    colleague = UserFactory(username="dongnghiep", email="dongnghiep@example.vn")
    enterprise = world["enterprise"]
    assert client_for(colleague).get(f"/need/{world['need'].pk}/edit/").status_code == 403
    response = client_for(world["users"]["enterprise"]).post(
        f"/organizations/{enterprise.pk}/members/", {"email": "DongNghiep@example.vn", "role": "member"}
    )
    assert response.status_code == 302
    assert client_for(colleague).get(f"/need/{world['need'].pk}/edit/").status_code == 403  # not without consent
    invitation = Invitation.objects.get(organization=enterprise, email="dongnghiep@example.vn")
    client_for(colleague).post(invitation.get_absolute_url(), {"answer": "accept"})
    assert client_for(colleague).get(f"/need/{world['need'].pk}/edit/").status_code == 200


def test_only_an_owner_or_staff_adds_members(world, client_for):
    enterprise = world["enterprise"]
    for role in ("visitor", "provider", "outsider"):
        response = client_for(world["users"][role]).post(
            f"/organizations/{enterprise.pk}/members/", {"email": "nguoingoai@example.vn", "role": "owner"}
        )
        assert response.status_code in (302, 403)
        assert not enterprise.invitations.exists()
        assert not enterprise.memberships.filter(user__username="nguoingoai").exists()
