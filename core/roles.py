"""Who the caller is: staff, and which organisations they belong to.

Object-level rules (who may edit a post, see a meeting…) live in each app's `permissions` module and
are built on these. Membership is read through the user's `memberships` relation (declared by the
marketplace's Membership model), so this module imports no app's models.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

STAFF_GROUP = "staff"


def is_staff(user) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_tsx_is_staff", None)
    if cached is None:
        cached = user.groups.filter(name=STAFF_GROUP).exists()
        user._tsx_is_staff = cached
    return cached


def organization_ids(user) -> set[int]:
    """Ids of the organisations the user belongs to (cached on the user object for the request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached = getattr(user, "_tsx_org_ids", None)
    if cached is None:
        cached = set(user.memberships.values_list("organization_id", flat=True))
        user._tsx_org_ids = cached
    return cached


def is_member(user, organization) -> bool:
    """`organization` is an organisation, its id, or None (never a member of nothing)."""
    if organization is None:
        return False
    org_id = organization if isinstance(organization, int) else organization.pk
    return org_id in organization_ids(user)


def staff_required(view):
    """A page for staff only: anonymous users go to the login page, others get 403."""

    @wraps(view)
    @login_required
    def wrapper(request, *args, **kwargs):
        if not is_staff(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
