"""Pages for an organisation's members and the invitations to join it (services in members.py)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.messages import error_messages

from .. import members, permissions
from ..models import Invitation, Membership, Organization


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail of the person to invite"))
    role = forms.ChoiceField(
        label=gettext_lazy("Role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER
    )


def _managed(request, pk) -> Organization:
    organization = get_object_or_404(Organization, pk=pk)
    if not permissions.can_edit_organization(request.user, organization):
        raise PermissionDenied
    return organization


@login_required
def organization_members(request, pk):
    organization = _managed(request, pk)
    form = InviteForm()
    if request.method == "POST":
        form = InviteForm(request.POST)
        if form.is_valid():
            try:
                members.invitation_send(organization=organization, by=request.user, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error("email", exc)
            else:
                messages.success(
                    request,
                    _("The invitation has been sent to %(email)s. They become a member once they accept it.")
                    % {"email": form.cleaned_data["email"]},
                )
                return redirect("marketplace:organization_members", pk=organization.pk)
    return render(
        request,
        "marketplace/organization_members.html",
        {
            "organization": organization,
            "memberships": organization.memberships.select_related("user__profile").order_by("-role", "user__username"),
            "invitations": organization.invitations.filter(status=Invitation.Status.PENDING).select_related(
                "invited_by"
            ),
            "form": form,
            "roles": Membership.Role.choices,
        },
    )


@login_required
@require_POST
def membership_role(request, pk, membership_pk):
    organization = _managed(request, pk)
    membership = get_object_or_404(Membership, pk=membership_pk, organization=organization)
    try:
        members.membership_set_role(membership=membership, role=request.POST.get("role", ""), by=request.user)
        messages.success(request, _("The role has been changed."))
    except ValidationError as exc:
        error_messages(request, exc)
    return redirect("marketplace:organization_members", pk=organization.pk)


@login_required
@require_POST
def membership_remove(request, pk, membership_pk):
    organization = get_object_or_404(Organization, pk=pk)
    membership = get_object_or_404(Membership, pk=membership_pk, organization=organization)
    try:
        members.membership_remove(membership=membership, by=request.user)
    except ValidationError as exc:
        error_messages(request, exc)
        return redirect(organization.get_absolute_url())
    if membership.user_id == request.user.pk:
        messages.success(request, _("You have left %(org)s.") % {"org": organization.name})
        return redirect("core:account")
    messages.success(request, _("The member has been removed."))
    return redirect("marketplace:organization_members", pk=organization.pk)


@login_required
@require_POST
def invitation_cancel(request, pk, invitation_pk):
    organization = _managed(request, pk)
    invitation = get_object_or_404(Invitation, pk=invitation_pk, organization=organization)
    members.invitation_cancel(invitation=invitation, by=request.user)
    messages.success(request, _("The invitation has been cancelled."))
    return redirect("marketplace:organization_members", pk=organization.pk)


@login_required
def invitation_list(request):
    return render(
        request,
        "marketplace/invitation_list.html",
        {"invitations": members.invitation_list_for_user(user=request.user)},
    )


@login_required
def invitation_detail(request, token):
    invitation = get_object_or_404(Invitation.objects.select_related("organization", "invited_by"), token=token)
    if request.method == "POST":
        try:
            if request.POST.get("answer") == "accept":
                members.invitation_accept(token=token, user=request.user)
                messages.success(request, _("You are now a member of %(org)s.") % {"org": invitation.organization.name})
                return redirect(invitation.organization.get_absolute_url())
            members.invitation_decline(token=token, user=request.user)
            messages.info(request, _("You declined the invitation."))
            return redirect("core:account")
        except ValidationError as exc:
            error_messages(request, exc)
            return redirect("marketplace:invitation_detail", token=token)
    already = permissions.is_member(request.user, invitation.organization)
    return render(request, "marketplace/invitation_detail.html", {"invitation": invitation, "already": already})
