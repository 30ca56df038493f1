"""The notification kinds of the marketplace, registered with core.notifications when the app is ready."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "post_submitted": _("“%(title)s” is waiting for review."),
    "post_published": _("Your post “%(title)s” was approved and is now published."),
    "post_rejected": _("Your post “%(title)s” was rejected: %(reason)s"),
    "post_returned": _("Your post “%(title)s” was sent back with remarks: %(reason)s"),
    "post_expiring": _("Your post “%(title)s” expires on %(date)s. Renew it with one click."),
    "post_expired": _("Your post “%(title)s” has expired and left the public lists."),
    "interest_received": _("%(org)s is interested in “%(title)s”."),
    "interest_accepted": _(
        "%(org)s accepted your interest in “%(title)s”. You can now see each other's contact details."
    ),
    "interest_declined": _("%(org)s declined your interest in “%(title)s” (%(reason)s)."),
    "interest_withdrawn": _("%(org)s withdrew its interest in “%(title)s”."),
    "organization_registered": _("%(org)s registered and is waiting for verification."),
    "organization_verified": _("%(org)s has been verified by the Department."),
    "organization_rejected": _("The registration of %(org)s was refused: %(remarks)s"),
    "organization_info_requested": _("The Department asks for more information about %(org)s: %(remarks)s"),
    "organization_change_requested": _("%(org)s changed its name, tax code or size: please confirm."),
    "organization_change_confirmed": _("The Department confirmed the new details of %(org)s."),
    "organization_change_refused": _("The Department did not confirm the new details of %(org)s: %(remarks)s"),
    "invitation_received": _("%(by)s invites you to join %(org)s. Accept or decline the invitation."),
    "invitation_accepted": _("%(user)s accepted the invitation and joined %(org)s."),
    "membership_changed": _("Your role in %(org)s is now: %(role)s."),
    "membership_removed": _("You are no longer a member of %(org)s."),
    "connection_moved": _("Connection %(seeker)s ↔ %(provider)s is now at “%(stage)s”."),
    "connection_introduced": _("The Department introduced %(seeker)s and %(provider)s to each other."),
    "connection_message": _("New messages in the connection %(seeker)s ↔ %(provider)s."),
    "connection_stalled": _(
        "The connection %(seeker)s ↔ %(provider)s has not moved for %(days)s days (stage “%(stage)s”). Is there news?"
    ),
}
