"""Owners invite by e-mail; nobody becomes a member without accepting; roles change and members leave, but
an organisation always keeps an administrator. Role × action matrix for the member pages."""

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from marketplace import members
from marketplace.models import Invitation, Membership
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(enterprise, enterprise_user):
    return enterprise_user


def _invite(org, by, email="dongnghiep@example.vn", role="member", capture=None):
    return members.invitation_send(organization=org, email=email, role=role, by=by)


def test_an_invitation_makes_nobody_a_member_until_they_accept(enterprise, owner, django_capture_on_commit_callbacks):
    colleague = UserFactory(email="dongnghiep@example.vn")
    with django_capture_on_commit_callbacks(execute=True):
        invitation = _invite(enterprise, owner)
    assert not Membership.objects.filter(user=colleague, organization=enterprise).exists()
    sent = [m for m in mail.outbox if m.to == ["dongnghiep@example.vn"] and "Lời mời" in m.subject]
    assert len(sent) == 1 and invitation.token in sent[0].body
    members.invitation_accept(token=invitation.token, user=colleague)
    assert Membership.objects.get(user=colleague, organization=enterprise).role == "member"
    invitation.refresh_from_db()
    assert invitation.status == "accepted" and invitation.answered_by == colleague


def test_a_declined_or_cancelled_invitation_cannot_be_accepted(enterprise, owner):
    colleague = UserFactory()
    invitation = _invite(enterprise, owner)
    members.invitation_decline(token=invitation.token, user=colleague)
    with pytest.raises(ValidationError):
        members.invitation_accept(token=invitation.token, user=colleague)
    second = _invite(enterprise, owner, email="b@example.vn")
    members.invitation_cancel(invitation=second, by=owner)
    with pytest.raises(ValidationError):
        members.invitation_accept(token=second.token, user=colleague)
    assert not Membership.objects.filter(user=colleague).exists()


def test_resending_replaces_the_open_invitation(enterprise, owner):
    first = _invite(enterprise, owner)
    second = _invite(enterprise, owner)
    first.refresh_from_db()
    assert first.status == "cancelled" and second.status == "pending"


def test_inviting_a_current_member_says_so(enterprise, owner):
    MembershipFactory(organization=enterprise, user=UserFactory(email="da@example.vn"), role="member")
    with pytest.raises(ValidationError, match="da@example.vn"):
        _invite(enterprise, owner, email="DA@example.vn")


def test_only_owners_and_staff_invite(enterprise, provider_user, staff):
    with pytest.raises(PermissionDenied):
        _invite(enterprise, provider_user)
    assert _invite(enterprise, staff).status == "pending"


def test_the_last_administrator_can_neither_be_demoted_nor_removed(enterprise, owner):
    own = Membership.objects.get(user=owner, organization=enterprise)
    with pytest.raises(ValidationError):
        members.membership_set_role(membership=own, role="member", by=owner)
    with pytest.raises(ValidationError):
        members.membership_remove(membership=own, by=owner)
    other = MembershipFactory(organization=enterprise, role="member")
    members.membership_set_role(membership=other, role="owner", by=owner)
    members.membership_set_role(membership=own, role="member", by=owner)  # now allowed
    own.refresh_from_db()
    assert own.role == "member"


def test_a_member_may_leave_but_not_remove_others(enterprise, owner):
    member = MembershipFactory(organization=enterprise, role="member")
    third = MembershipFactory(organization=enterprise, role="member")
    with pytest.raises(PermissionDenied):
        members.membership_remove(membership=third, by=member.user)
    members.membership_remove(membership=member, by=member.user)
    assert not Membership.objects.filter(pk=member.pk).exists()


@pytest.mark.parametrize(
    "who, status",
    [(None, 302), ("outsider", 403), ("member", 403), ("owner", 200), ("staff", 200)],
)
def test_who_may_open_the_member_page(client_for, enterprise, owner, outsider_user, staff, who, status):
    member = MembershipFactory(organization=enterprise, role="member").user
    user = {"outsider": outsider_user, "member": member, "owner": owner, "staff": staff, None: None}[who]
    response = client_for(user).get(reverse("marketplace:organization_members", args=[enterprise.pk]))
    assert response.status_code == status


def test_the_invitee_accepts_through_the_page_linked_in_the_email(
    client_for, enterprise, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(owner).post(
            reverse("marketplace:organization_members", args=[enterprise.pk]),
            {"email": "moi@example.vn", "role": "member"},
        )
    body = next(m.body for m in mail.outbox if m.to == ["moi@example.vn"])
    path = re.search(r"https?://[^/\s]+(/invitations/[^/\s]+/)", body).group(1)
    newcomer = UserFactory(email="moi@example.vn")
    client = client_for(newcomer)
    assert "Chấp nhận" in client.get(path).content.decode()
    assert enterprise.pk not in set(newcomer.memberships.values_list("organization_id", flat=True))
    client.post(path, {"answer": "accept"})
    assert Membership.objects.filter(user=newcomer, organization=enterprise).exists()
    assert Invitation.objects.get(email="moi@example.vn").status == "accepted"


def test_invitations_to_my_address_are_listed_for_me(client_for, enterprise, owner):
    _invite(enterprise, owner, email="toi@example.vn")
    me = UserFactory(email="toi@example.vn")
    page = client_for(me).get(reverse("marketplace:invitation_list")).content.decode()
    assert enterprise.name in page
