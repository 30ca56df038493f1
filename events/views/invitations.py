"""Invitations from matching: the staff page that invites strong unconnected pairs, and the one-click
registration page an invited organisation lands on."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.messages import error_messages
from core.roles import organization_ids, staff_required

from ..models import Invitation, Workshop
from ..services import invitations as svc


@staff_required
def staff_invitations(request, pk):
    workshop = get_object_or_404(Workshop.objects.prefetch_related("sectors"), pk=pk)
    if request.method == "POST":
        try:
            created = svc.workshop_invite_pairs(
                workshop=workshop, match_ids=request.POST.getlist("match"), by=request.user
            )
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(request, _("%(n)s pairs invited; both sides of each were told.") % {"n": len(created)})
            return redirect("events:staff_invitations", pk=pk)
    return render(
        request,
        "events/staff_invitations.html",
        {
            "workshop": workshop,
            "tab": "invitations",
            "candidates": svc.invitation_candidates(workshop=workshop),
            "invitations": workshop.invitations.select_related(
                "seeker", "provider", "need", "offer", "seeker_registration", "provider_registration", "meeting_request"
            ),
        },
    )


@login_required
def invitation_accept(request, pk):
    try:
        invitation = svc.invitation_for(user=request.user, pk=pk)
    except Invitation.DoesNotExist:
        raise Http404 from None
    if request.method == "POST":
        try:
            registration = svc.invitation_accept(invitation=invitation, by=request.user)
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(
                request,
                _(
                    "You are registered. Your meeting with the invited partner is arranged once both sides have registered."
                ),
            )
            return redirect(registration.get_absolute_url())
    return render(
        request,
        "events/invitation_accept.html",
        {"invitation": invitation, "side": invitation.side_of(organization_ids(request.user))},
    )
