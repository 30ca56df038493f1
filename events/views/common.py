"""What the participant and staff pages of the workshops share: lookups that 404 and error display."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from .. import permissions, selectors
from ..models import Registration, Workshop


def workshop_or_404(request, pk) -> Workshop:
    workshop = get_object_or_404(Workshop, pk=pk)
    if not permissions.can_view_workshop(request.user, workshop):
        raise Http404
    return workshop


def registration_or_404(request, registration_pk) -> Registration:
    """A registration the caller may see (their organisation's, or any for staff); others do not exist."""
    registration = selectors.registration_get(pk=registration_pk)
    if registration is None or not permissions.can_see_registration(request.user, registration):
        raise Http404
    return registration
