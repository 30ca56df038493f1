"""Who may do what with workshops. Views call these, never inline checks."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from core.roles import is_member, is_staff, organization_ids

from .models import Meeting, MeetingRequest, Registration, Workshop


def can_manage_workshops(user) -> bool:
    return is_staff(user)


def can_view_workshop(user, workshop: Workshop) -> bool:
    return workshop.status != Workshop.Status.DRAFT or is_staff(user)


def can_act_for(user, registration: Registration) -> bool:
    """Members of the registered organisation act for its registration."""
    return is_member(user, registration.organization_id)


def can_see_registration(user, registration: Registration) -> bool:
    return can_act_for(user, registration) or is_staff(user)


def my_registrations(user, workshop: Workshop):
    """The caller's live registrations for this workshop (one per organisation)."""
    ids = organization_ids(user)
    if not ids:
        return Registration.objects.none()
    return workshop.registrations.filter(organization_id__in=ids, status__in=Registration.LIVE)


def seated_registration(user, workshop: Workshop) -> Registration:
    """The caller's seated registration for this workshop; PermissionDenied (403) when there is none.
    Pages and API both call this before listing participants or sending a meeting request."""
    registration = (
        my_registrations(user, workshop).filter(status__in=Registration.SEATED).select_related("organization").first()
    )
    if registration is None:
        raise PermissionDenied(_("Only participants with a confirmed seat can do this."))
    return registration


def can_answer_request(user, request: MeetingRequest) -> bool:
    return is_member(user, request.to_registration.organization_id)


def can_see_request(user, request: MeetingRequest) -> bool:
    return (
        is_member(user, request.to_registration.organization_id)
        or is_member(user, request.from_registration.organization_id)
        or is_staff(user)
    )


def meeting_side(user, meeting: Meeting) -> Registration | None:
    """The registration through which the user takes part in the meeting (None: not in it)."""
    ids = organization_ids(user)
    for registration in (meeting.request.from_registration, meeting.request.to_registration):
        if registration.organization_id in ids:
            return registration
    return None


def can_see_meeting(user, meeting: Meeting) -> bool:
    if is_staff(user):
        return True
    return meeting_side(user, meeting) is not None and (meeting.published or meeting.workshop.schedule_published_at)


def can_mark_meeting(user, meeting: Meeting) -> bool:
    return is_staff(user) or (meeting.published and meeting_side(user, meeting) is not None)
