"""One helper per object kind: who may do what. Views and the API call these, never inline checks."""

from core.roles import is_member, is_staff, organization_ids

from .models import Interest, Membership, Organization, PostStatus


def is_org_owner(user, organization: Organization) -> bool:
    return Membership.objects.filter(user=user, organization=organization, role=Membership.Role.OWNER).exists()


def can_edit_organization(user, organization: Organization) -> bool:
    return is_staff(user) or is_org_owner(user, organization)


def can_view_post(user, post) -> bool:
    """Published posts are public; any other status only to the owner organisation and staff."""
    return post.status == PostStatus.PUBLISHED or is_member(user, post.organization_id) or is_staff(user)


def can_edit_post(user, post) -> bool:
    if post.status in (PostStatus.CLOSED,):
        return False
    return is_member(user, post.organization_id) or (is_staff(user) and post.entered_by_staff)


def can_manage_post(user, post) -> bool:
    """Submit, pause, resume, close, renew: the owner organisation (and staff acting for it)."""
    return is_member(user, post.organization_id) or is_staff(user)


def accepted_interest_orgs(post) -> set[int]:
    return set(
        Interest.objects.filter(**Interest.target_kwargs(post), status=Interest.Status.ACCEPTED).values_list(
            "from_organization_id", flat=True
        )
    )


def can_see_confidential(user, post) -> bool:
    """The confidential part: owner, staff, and organisations whose interest the owner accepted."""
    if is_member(user, post.organization_id) or is_staff(user):
        return True
    mine = organization_ids(user)
    return bool(mine and mine & accepted_interest_orgs(post))


def can_see_interest(user, interest: Interest) -> bool:
    return (
        is_member(user, interest.from_organization_id)
        or is_member(user, interest.post.organization_id)
        or is_staff(user)
    )


def can_answer_interest(user, interest: Interest) -> bool:
    return is_member(user, interest.post.organization_id)


def can_withdraw_interest(user, interest: Interest) -> bool:
    return is_member(user, interest.from_organization_id)


def can_see_contacts(user, interest: Interest) -> bool:
    """Both sides see each other's contact details only after acceptance."""
    return (
        interest.status == Interest.Status.ACCEPTED
        and (is_member(user, interest.from_organization_id) or is_member(user, interest.post.organization_id))
        or is_staff(user)
    )
