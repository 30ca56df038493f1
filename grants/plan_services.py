"""Writes of the plan's records: S&T tasks and their receiving firms, technology appraisals, news,
publications, S&T enterprise certificates, and the values staff enter by hand. Staff only; each
write is one transaction, validated in full before it is saved; uploads are checked by content."""

import filetype
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.roles import is_staff
from marketplace import services as marketplace_services
from marketplace.models import Connection, Interest, Organization, PostStatus, TechnologyOffer
from marketplace.validators import validate_attachment

from .models import NewsItem, PlanActual, PlanTarget, STTask, TaskUptake

COVER_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}
COVER_MAX_BYTES = 5 * 1024 * 1024


def _staff_only(by) -> None:
    if not is_staff(by):
        raise PermissionDenied


def check_document(upload, field: str = "document") -> None:
    try:
        validate_attachment(upload)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages})


def check_cover(upload) -> str:
    """The detected image type of a cover: PNG, JPEG or WebP by content, whatever the file is called."""
    if upload.size > COVER_MAX_BYTES:
        raise ValidationError({"cover": _("The cover image is larger than 5 MB.")})
    upload.seek(0)
    guess = filetype.guess(upload.read(8192))
    upload.seek(0)
    if guess is None or guess.mime not in COVER_TYPES:
        raise ValidationError({"cover": _("The cover must be a PNG, JPEG or WebP image (checked by its content).")})
    return guess.mime


@transaction.atomic
def record_save(*, instance, data: dict, by, document_fields=("document",)):
    """Create or edit one plan record from cleaned form data."""
    _staff_only(by)
    for name, value in data.items():
        if name in document_fields and value:
            check_document(value, name)
        if name in document_fields and value is False:  # "clear" ticked
            value = ""
        if name in document_fields and value is None:
            continue  # left as it was
        setattr(instance, name, value)
    if instance.pk is None and hasattr(instance, "created_by_id"):
        instance.created_by = by
    instance.full_clean()
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        raise ValidationError(_("This record clashes with one that already exists."))
    return instance


# S&T tasks -----------------------------------------------------------------------------------------


def _check_receiver(firm: Organization) -> None:
    if not (firm.is_seeker or firm.org_type == Organization.OrgType.COOPERATIVE):
        raise ValidationError({"firm": _("Only an enterprise or a cooperative can receive a task's results.")})


@transaction.atomic
def task_uptake_add(
    *,
    task: STTask,
    firm: Organization,
    received_on,
    document_reference: str,
    by,
    document=None,
    note: str = "",
    interest: Interest | None = None,
) -> TaskUptake:
    _staff_only(by)
    _check_receiver(firm)
    if document:
        check_document(document)
    if task.uptakes.filter(firm=firm).exists():
        raise ValidationError({"firm": _("%(firm)s is already recorded for this task.") % {"firm": firm.name}})
    uptake = TaskUptake(
        task=task,
        firm=firm,
        received_on=received_on,
        document_reference=document_reference,
        document=document or "",
        note=note,
        interest=interest,
        created_by=by,
    )
    uptake.full_clean()
    try:
        with transaction.atomic():
            uptake.save()
    except IntegrityError:
        raise ValidationError({"firm": _("%(firm)s is already recorded for this task.") % {"firm": firm.name}})
    return uptake


@transaction.atomic
def task_uptake_remove(*, uptake: TaskUptake, by) -> None:
    _staff_only(by)
    uptake.delete()


def task_accepted_interests(*, task: STTask):
    """Accepted expressions of interest in the task's offer whose firm is not yet recorded as receiving."""
    if not task.offer_id:
        return Interest.objects.none()
    return (
        Interest.objects.filter(offer_id=task.offer_id, status=Interest.Status.ACCEPTED)
        .exclude(from_organization__in=task.uptakes.values("firm"))
        .select_related("from_organization")
    )


def task_uptake_from_interest(*, task: STTask, interest: Interest, by) -> TaskUptake:
    """An accepted interest in the task's offer records its firm as receiving the results."""
    if interest.offer_id != task.offer_id or interest.status != Interest.Status.ACCEPTED or not task.offer_id:
        raise ValidationError(_("This expression of interest is not an accepted one on this task's offer."))
    decided = timezone.localdate(interest.decided_at) if interest.decided_at else timezone.localdate()
    return task_uptake_add(
        task=task,
        firm=interest.from_organization,
        received_on=decided,
        document_reference=_("Accepted interest #%(id)s on the exchange") % {"id": interest.pk},
        interest=interest,
        by=by,
    )


def connection_transfer_received(connection: Connection) -> bool:
    """The seeker received the technology: the transfer is accepted (the stage, or closed won after it)."""
    if connection.accepted_on is None:
        return False
    return connection.stage == Connection.Stage.ACCEPTED or (
        connection.stage == Connection.Stage.CLOSED and connection.result == Connection.Result.WON
    )


def _connection_proof(connection: Connection) -> str:
    if not connection.acceptance_document:
        return ""
    return _("Acceptance record of connection #%(id)s (transfer accepted on %(date)s)") % {
        "id": connection.pk,
        "date": connection.accepted_on.strftime("%d/%m/%Y") if connection.accepted_on else "—",
    }


@transaction.atomic
def task_uptakes_from_connection(*, connection: Connection, by=None) -> list[TaskUptake]:
    """An accepted transfer on an S&T task's offer records the seeker as receiving the task's results:
    once per task and firm (the unique constraint decides between concurrent callers), never beside an
    uptake entered by hand (that one is linked to the connection instead). The connection's acceptance
    record is the proving document; until it is there the uptake is listed but not counted.
    Called for every change of a connection (marketplace.signals.connection_changed): safe to repeat."""
    if not connection.offer_id or not connection_transfer_received(connection):
        return []
    firm = connection.seeker
    if not (firm.is_seeker or firm.org_type == Organization.OrgType.COOPERATIVE):
        return []
    proof = _connection_proof(connection)
    uptakes = []
    for task in STTask.objects.filter(offer_id=connection.offer_id).order_by("pk"):
        uptake = TaskUptake.objects.select_for_update().filter(task=task, firm=firm).first()
        if uptake is None:
            try:
                with transaction.atomic():
                    uptake = TaskUptake.objects.create(
                        task=task,
                        firm=firm,
                        received_on=connection.accepted_on,
                        document_reference=proof,
                        connection=connection,
                        note=_("Recorded from the accepted transfer of connection #%(id)s.") % {"id": connection.pk},
                        created_by=by,
                    )
            except IntegrityError:
                # Recorded by a concurrent call between our read and our insert.
                uptake = TaskUptake.objects.select_for_update().get(task=task, firm=firm)
            else:
                uptakes.append(uptake)
                continue
        changed = []
        if uptake.connection_id is None:
            uptake.connection = connection
            changed.append("connection")
        if uptake.connection_id == connection.pk and proof and not uptake.has_proof:
            uptake.document_reference = proof
            changed.append("document_reference")
        if changed:
            uptake.save(update_fields=changed)
        uptakes.append(uptake)
    return uptakes


def on_connection_changed(sender, connection: Connection, by=None, **kwargs) -> None:
    task_uptakes_from_connection(connection=connection, by=by)


@transaction.atomic
def task_uptake_set_proof(*, uptake: TaskUptake, document_reference: str, by, document=None) -> TaskUptake:
    """Staff give the proving document of a receiving firm (e.g. one recorded from a connection)."""
    _staff_only(by)
    document_reference = (document_reference or "").strip()
    if not document_reference:
        raise ValidationError({"document_reference": _("Give the proving document (number, date).")})
    if document:
        check_document(document)
        uptake.document = document
    uptake.document_reference = document_reference
    uptake.full_clean(exclude=["created_by"])  # None when recorded from a connection moved by no one in particular
    uptake.save(update_fields=["document_reference", "document"])
    return uptake


@transaction.atomic
def task_publish_offer(*, task: STTask, by, trl: int, ip_status: str, transfer_modes, sectors) -> TechnologyOffer:
    """Publish a task's results as an offer of its host institution, in one step."""
    _staff_only(by)
    task = STTask.objects.select_for_update().get(pk=task.pk)
    if task.offer_id:
        raise ValidationError(_("The results of this task are already on the exchange."))
    if not task.results.strip():
        raise ValidationError(_("Write the task's results before publishing them."))
    host = task.host
    if host is None:
        raise ValidationError(_("Choose the host institution on the platform first: the offer is posted in its name."))
    if not host.is_provider:
        raise ValidationError(_("%(org)s is not a technology provider on the exchange.") % {"org": host.name})
    offer = marketplace_services.post_create(
        model=TechnologyOffer,
        organization=host,
        by=by,
        sectors=sectors,
        title=task.title[:200],
        summary=task.results.strip()[:500],
        description=_("Results of the S&T task %(code)s (%(start)s–%(end)s).\n\n%(results)s")
        % {"code": task.code, "start": task.start_year, "end": task.end_year, "results": task.results},
        trl=trl,
        ip_status=ip_status,
        transfer_modes=list(transfer_modes),
        price_negotiable=True,
        submit=True,
    )
    offer = marketplace_services.post_approve(post=offer, by=by)
    if offer.status != PostStatus.PUBLISHED:  # pragma: no cover - post_approve raises instead
        raise ValidationError(_("The offer could not be published."))
    task.offer = offer
    task.save(update_fields=["offer"])
    return offer


# News ----------------------------------------------------------------------------------------------


@transaction.atomic
def news_save(*, instance: NewsItem, data: dict, by) -> NewsItem:
    _staff_only(by)
    cover = data.pop("cover", None)
    if cover is False:
        instance.cover, instance.cover_type = "", ""
    elif cover:
        instance.cover_type = check_cover(cover)
        instance.cover = cover
    for name, value in data.items():
        setattr(instance, name, value)
    if instance.status == NewsItem.Status.PUBLISHED and instance.published_at is None:
        instance.published_at = timezone.now()
    if instance.status == NewsItem.Status.DRAFT:
        instance.published_at = None
    if instance.pk is None:
        instance.created_by = by
    instance.full_clean()
    instance.save()
    return instance


# S&T enterprises -----------------------------------------------------------------------------------


@transaction.atomic
def organization_certificates_set(*, organization: Organization, by, **fields) -> Organization:
    _staff_only(by)
    errors = {}
    if bool(fields.get("st_certificate_number")) != bool(fields.get("st_certified_on")):
        errors["st_certified_on"] = _("Give both the number and the date of the S&T enterprise certificate.")
    if bool(fields.get("high_tech_certificate_number")) != bool(fields.get("high_tech_certified_on")):
        errors["high_tech_certified_on"] = _("Give both the number and the date of the high-technology certificate.")
    if fields.get("high_tech_certified_on") and not fields.get("st_certified_on"):
        errors["high_tech_certificate_number"] = _("Only an S&T enterprise is counted in high technology.")
    if errors:
        raise ValidationError(errors)
    organization = Organization.objects.select_for_update().get(pk=organization.pk)
    for name, value in fields.items():
        setattr(organization, name, value or ("" if name.endswith(("number", "issuer")) else None))
    organization.save(update_fields=list(fields))
    return organization


# Values entered by hand ------------------------------------------------------------------------------


@transaction.atomic
def plan_value_set(*, target: PlanTarget, year: int, value, note: str, by) -> PlanActual:
    """A value entered by staff for one target and year; who and when are kept with it."""
    _staff_only(by)
    if not target.covers(year):
        raise ValidationError(
            {
                "year": _("This target runs from %(start)s to %(end)s.")
                % {"start": target.start_year, "end": target.end_year}
            }
        )
    actual, _created = PlanActual.objects.update_or_create(
        target=target,
        year=year,
        defaults={"value": value, "note": note, "entered_by": by, "entered_at": timezone.now()},
    )
    return actual


@transaction.atomic
def plan_value_delete(*, actual: PlanActual, by) -> None:
    _staff_only(by)
    actual.delete()
