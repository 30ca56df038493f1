"""Firms apply for support from their connection; staff review (ask for more information, propose a
grant, refuse with a reason); the applicant follows the status. Services first, then selectors, and
staff's program pages (programs and their caps per firm size).

Each move locks the application row, so two reviewers cannot both propose a grant from it.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import roles
from core.money import vnd
from core.notifications import notify
from marketplace.connections import can_see_connection
from marketplace.models import Connection
from marketplace.selectors import organization_users
from marketplace.services import staff_users
from marketplace.validators import validate_attachment

from . import services as grant_services
from .models import (
    MAX_AMOUNT,
    GrantApplication,
    GrantApplicationDocument,
    GrantApplicationEvent,
    GrantCap,
    GrantProgram,
)

Status = GrantApplication.Status


# Permissions -----------------------------------------------------------------------------------


def can_apply_from(user, connection: Connection) -> bool:
    """A member of the connection's technology seeker (the firm that receives the transfer)."""
    return roles.is_member(user, connection.seeker_id)


def can_see_application(user, application: GrantApplication) -> bool:
    return roles.is_staff(user) or roles.is_member(user, application.firm_id)


# Services --------------------------------------------------------------------------------------


def _check_items(cost_items) -> list[dict]:
    items = []
    for item, amount in cost_items or []:
        item = (item or "").strip()
        if not item:
            raise ValidationError({"cost_breakdown": _("Name each cost item.")})
        if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
            raise ValidationError(
                {
                    "cost_breakdown": _("The amount of “%(item)s” must be a whole number of đồng above 0.")
                    % {"item": item}
                }
            )
        items.append({"item": item[:200], "amount": amount})
    if not items:
        raise ValidationError({"cost_breakdown": _("List the eligible costs, one item per line.")})
    if sum(i["amount"] for i in items) > MAX_AMOUNT:
        raise ValidationError({"cost_breakdown": _("The total is not a plausible amount.")})
    return items


def _check_fields(*, firm, program: GrantProgram, year: int, purpose: str, items, requested_amount) -> int:
    grant_services.check_firm(firm)
    if isinstance(year, bool) or not isinstance(year, int) or not program.covers(year):
        raise ValidationError(
            {
                "year": _("%(program)s runs from %(first)s to %(last)s.")
                % {"program": program.name, "first": program.first_year, "last": program.last_year}
            }
        )
    if not (purpose or "").strip():
        raise ValidationError({"purpose": _("Say what the support pays for.")})
    eligible = sum(i["amount"] for i in items)
    if isinstance(requested_amount, bool) or not isinstance(requested_amount, int) or requested_amount <= 0:
        raise ValidationError({"requested_amount": _("Enter the amount you ask for in đồng.")})
    share_limit = eligible * program.share_percent // 100
    if requested_amount > share_limit:
        raise ValidationError(
            {
                "requested_amount": _(
                    "%(program)s supports at most %(share)s%% of the eligible cost: %(limit)s of %(cost)s."
                )
                % {
                    "program": program.name,
                    "share": program.share_percent,
                    "limit": vnd(share_limit),
                    "cost": vnd(eligible),
                }
            }
        )
    return eligible


def _add_documents(application: GrantApplication, documents) -> None:
    for upload in documents or ():
        content_type = validate_attachment(upload)
        GrantApplicationDocument.objects.create(
            application=application,
            file=upload,
            original_name=upload.name[:200],
            content_type=content_type,
            size=upload.size,
        )


def _event(application: GrantApplication, by, note: str = "") -> None:
    GrantApplicationEvent.objects.create(application=application, status=application.status, note=note, by=by)


def _tell_firm(application: GrantApplication, kind: str, **params) -> None:
    count = application.history.count()
    notify(
        users=organization_users(application.firm),
        kind=kind,
        event_key=f"application-{kind}:{application.pk}:{count}",
        params={"program": application.program.name_vi, "year": application.year, **params},
        url=application.get_absolute_url(),
    )


@transaction.atomic
def application_submit(
    *,
    by,
    connection: Connection,
    program: GrantProgram,
    year: int,
    purpose: str,
    cost_items,
    requested_amount: int,
    documents=(),
) -> GrantApplication:
    if not can_apply_from(by, connection):
        raise PermissionDenied
    connection = Connection.objects.select_related("seeker").get(pk=connection.pk)
    if connection.result == Connection.Result.LOST:
        raise ValidationError(_("This connection was closed as lost: there is no transfer to support."))
    items = _check_items(cost_items)
    eligible = _check_fields(
        firm=connection.seeker,
        program=program,
        year=year,
        purpose=purpose,
        items=items,
        requested_amount=requested_amount,
    )
    application = GrantApplication(
        firm=connection.seeker,
        connection=connection,
        program=program,
        year=year,
        purpose=purpose.strip(),
        cost_breakdown=items,
        eligible_cost=eligible,
        requested_amount=requested_amount,
        submitted_by=by,
    )
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError:
        raise ValidationError(
            _("Your organisation already has an open application to this program for %(year)s from this connection.")
            % {"year": year}
        ) from None
    _add_documents(application, documents)
    _event(application, by)
    notify(
        users=staff_users(),
        kind="application_submitted",
        event_key=f"application-submitted:{application.pk}",
        params={"firm": connection.seeker.name, "program": program.name_vi},
        url=application.get_absolute_url(),
    )
    return application


def _locked(application: GrantApplication) -> GrantApplication:
    return (
        GrantApplication.objects.select_for_update(of=("self",))
        .select_related("firm", "program", "connection")
        .get(pk=application.pk)
    )


@transaction.atomic
def application_resubmit(
    *, application: GrantApplication, by, purpose: str, cost_items, requested_amount: int, documents=(), note: str = ""
) -> GrantApplication:
    """The firm answers a request for more information: it edits the application and sends it back."""
    if not roles.is_member(by, application.firm_id):
        raise PermissionDenied
    application = _locked(application)
    if application.status != Status.INFO_REQUESTED:
        raise ValidationError(_("The application can be changed only when the Department asks for more information."))
    items = _check_items(cost_items)
    application.eligible_cost = _check_fields(
        firm=application.firm,
        program=application.program,
        year=application.year,
        purpose=purpose,
        items=items,
        requested_amount=requested_amount,
    )
    application.purpose, application.cost_breakdown = purpose.strip(), items
    application.requested_amount = requested_amount
    application.status = Status.SUBMITTED
    application.save()
    _add_documents(application, documents)
    _event(application, by, note=(note or "").strip())
    notify(
        users=staff_users(),
        kind="application_submitted",
        event_key=f"application-submitted:{application.pk}:{application.history.count()}",
        params={"firm": application.firm.name, "program": application.program.name_vi},
        url=application.get_absolute_url(),
    )
    return application


def _staff_review(application: GrantApplication, by) -> GrantApplication:
    if not roles.is_staff(by):
        raise PermissionDenied
    application = _locked(application)
    if application.status != Status.SUBMITTED:
        raise ValidationError(
            _("This application is “%(status)s”: it is not waiting for review.")
            % {"status": application.get_status_display()}
        )
    return application


@transaction.atomic
def application_request_info(*, application: GrantApplication, by, message: str) -> GrantApplication:
    message = (message or "").strip()
    if not message:
        raise ValidationError({"message": _("Say what the firm should add or explain.")})
    application = _staff_review(application, by)
    application.status, application.staff_message = Status.INFO_REQUESTED, message
    application.save(update_fields=["status", "staff_message"])
    _event(application, by, note=message)
    _tell_firm(application, "application_info_requested", message=message)
    return application


@transaction.atomic
def application_refuse(*, application: GrantApplication, by, reason: str) -> GrantApplication:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the firm the reason.")})
    application = _staff_review(application, by)
    application.status, application.staff_message = Status.REFUSED, reason
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "staff_message", "decided_at"])
    _event(application, by, note=reason)
    _tell_firm(application, "application_refused", reason=reason)
    return application


@transaction.atomic
def application_propose(
    *, application: GrantApplication, by, requested_amount: int | None = None, note: str = ""
) -> GrantApplication:
    """Staff propose a grant from the application (at most what was asked; the rules are checked by
    grant_propose). The grant then follows its own approval."""
    application = _staff_review(application, by)
    amount = application.requested_amount if requested_amount is None else requested_amount
    if isinstance(amount, int) and not isinstance(amount, bool) and amount > application.requested_amount:
        raise ValidationError(
            {
                "requested_amount": _("The firm asked for %(asked)s: propose at most that.")
                % {"asked": vnd(application.requested_amount)}
            }
        )
    grant = grant_services.grant_propose(
        by=by,
        firm=application.firm,
        program=application.program,
        year=application.year,
        eligible_cost=application.eligible_cost,
        requested_amount=amount,
        purpose=application.purpose,
        connection=application.connection,
    )
    application.status, application.grant = Status.PROPOSED, grant
    application.staff_message = (note or "").strip()
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "grant", "staff_message", "decided_at"])
    # The grant keeps the applicant's breakdown and documents through the application (grant.application).
    _event(application, by, note=(note or "").strip())
    _tell_firm(application, "application_proposed", amount=vnd(amount))
    return application


# Programs and caps (staff pages) ----------------------------------------------------------------


@transaction.atomic
def program_save(*, by, program: GrantProgram | None = None, caps: dict[str, int | None], **fields) -> GrantProgram:
    """Create or edit a program and its cap per firm size (None: that size is not supported)."""
    if not roles.is_staff(by):
        raise PermissionDenied
    program = program or GrantProgram()
    for name, value in fields.items():
        setattr(program, name, value)
    program.full_clean()
    if program.pk:
        used = program.budgets.filter(approved_total__gt=0).values_list("year", flat=True)
        outside = [y for y in used if not program.covers(y)]
        if outside:
            raise ValidationError(
                {
                    "last_year": _("Grants are already approved in %(years)s: the years must still cover them.")
                    % {"years": ", ".join(str(y) for y in sorted(outside))}
                }
            )
    program.save()
    for size, amount in caps.items():
        if amount:
            GrantCap.objects.update_or_create(program=program, size=size, defaults={"amount": amount})
        else:
            GrantCap.objects.filter(program=program, size=size).delete()
    return program


# Selectors -------------------------------------------------------------------------------------


def application_list_for(*, user) -> QuerySet:
    qs = GrantApplication.objects.select_related("firm", "program", "connection__provider", "grant")
    if not roles.is_staff(user):
        qs = qs.filter(firm_id__in=roles.organization_ids(user))
    # Waiting for review first, then waiting for the firm, then decided.
    return qs.annotate(
        queue=Case(
            When(status=Status.SUBMITTED, then=Value(0)),
            When(status=Status.INFO_REQUESTED, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
    ).order_by("queue", "-submitted_at")


def application_get_for(*, user, pk: int) -> GrantApplication:
    """Raises GrantApplication.DoesNotExist for anyone who may not see it."""
    return application_list_for(user=user).prefetch_related("documents", "history__by").get(pk=pk)


def application_documents_visible(*, user, pk: int) -> GrantApplicationDocument:
    document = GrantApplicationDocument.objects.select_related("application").get(pk=pk)
    if not can_see_application(user, document.application):
        raise GrantApplicationDocument.DoesNotExist
    return document


def connections_to_apply_from(*, user) -> QuerySet:
    return (
        Connection.objects.filter(seeker_id__in=roles.organization_ids(user))
        .exclude(result=Connection.Result.LOST)
        .select_related("seeker", "provider")
    )


def applications_of_connection(*, connection: Connection, user) -> QuerySet:
    if not can_see_connection(user, connection):
        return GrantApplication.objects.none()
    return application_list_for(user=user).filter(connection=connection)


def application_url(application: GrantApplication) -> str:
    return reverse("grants:application_detail", args=[application.pk])
