"""Staff verify organisations (verify, refuse, or ask for more information) and confirm the changes a
verified organisation makes to what its badge vouches for: its name, tax code and size."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notifications import notify
from core.roles import is_staff

from .models import Organization, OrganizationChange
from .selectors import organization_users


def _staff_users():
    from .services import staff_users

    return staff_users()


def protected_changes(*, organization: Organization, fields: dict, by) -> dict:
    """The part of an edit that must wait for staff: changes to the name, tax code or size of a verified
    organisation made by one of its members (staff edits apply at once)."""
    if not organization.is_verified or is_staff(by):
        return {}
    return {
        name: fields[name]
        for name in OrganizationChange.FIELDS
        if name in fields and (fields[name] or "") != (getattr(organization, name) or "")
    }


@transaction.atomic
def change_request(*, organization: Organization, values: dict, by) -> OrganizationChange:
    """Record (or replace) the organisation's pending change and tell staff."""
    if (
        "tax_code" in values
        and Organization.objects.exclude(pk=organization.pk).filter(tax_code=values["tax_code"]).exists()
    ):
        raise ValidationError({"tax_code": _("Another organisation is registered with this tax code.")})
    OrganizationChange.objects.filter(organization=organization, status=OrganizationChange.Status.PENDING).update(
        status=OrganizationChange.Status.WITHDRAWN, decided_at=timezone.now()
    )
    change = OrganizationChange.objects.create(
        organization=organization,
        values=values,
        previous={name: getattr(organization, name) for name in values},
        requested_by=by,
    )
    notify(
        users=_staff_users(),
        kind="organization_change_requested",
        event_key=f"org-change:{change.pk}",
        params={"org": organization.name},
        url=reverse("marketplace:staff_organizations"),
    )
    return change


@transaction.atomic
def change_decide(*, change: OrganizationChange, confirm: bool, by, remarks: str = "") -> OrganizationChange:
    if not is_staff(by):
        raise PermissionDenied
    change = OrganizationChange.objects.select_for_update().select_related("organization").get(pk=change.pk)
    if change.status != OrganizationChange.Status.PENDING:
        raise ValidationError(_("This change has already been decided."))
    if not confirm and not remarks.strip():
        raise ValidationError(_("Say why the change is refused, so the organisation can correct it."))
    organization = change.organization
    if confirm:
        for name, value in change.values.items():
            setattr(organization, name, value)
        organization.full_clean()
        organization.save()
    change.status = OrganizationChange.Status.CONFIRMED if confirm else OrganizationChange.Status.REJECTED
    change.decided_by, change.decided_at, change.remarks = by, timezone.now(), remarks.strip()
    change.save()
    notify(
        users=organization_users(organization),
        kind="organization_change_confirmed" if confirm else "organization_change_refused",
        event_key=f"org-change-decided:{change.pk}",
        params={"org": organization.name, "remarks": change.remarks},
        url=organization.get_absolute_url(),
    )
    return change


@transaction.atomic
def organization_review(*, organization: Organization, decision: str, by, remarks: str = "") -> Organization:
    """Staff's answer to a registration: "verify", "reject" or "ask" (for more information)."""
    if not is_staff(by):
        raise PermissionDenied
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    if decision == "verify":
        from .services import organization_verify

        Organization.objects.filter(pk=organization.pk).update(review_state="", review_remarks="")
        return organization_verify(organization=organization, by=by)
    if decision not in ("reject", "ask"):
        raise ValidationError(_("Unknown decision."))
    if not remarks.strip():
        raise ValidationError(_("Write what is missing or why the registration is refused."))
    if organization.is_verified:
        raise ValidationError(_("This organisation is already verified."))
    organization.review_state = "rejected" if decision == "reject" else "info_requested"
    organization.review_remarks = remarks.strip()
    organization.save(update_fields=["review_state", "review_remarks"])
    notify(
        users=organization_users(organization),
        kind="organization_rejected" if decision == "reject" else "organization_info_requested",
        event_key=f"org-review:{organization.pk}:{decision}:{timezone.now().timestamp()}",
        params={"org": organization.name, "remarks": organization.review_remarks},
        url=reverse("marketplace:organization_edit", args=[organization.pk]),
    )
    return organization


def organization_resubmitted(*, organization: Organization, by) -> None:
    """An owner edited an organisation staff asked about: it goes back to the verification queue."""
    if organization.review_state == "info_requested" and not organization.is_verified:
        Organization.objects.filter(pk=organization.pk).update(review_state="")
        notify(
            users=_staff_users(),
            kind="organization_registered",
            event_key=f"org-resubmitted:{organization.pk}:{timezone.now().timestamp()}",
            params={"org": organization.name},
            url=reverse("marketplace:staff_organizations"),
        )
