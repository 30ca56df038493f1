"""Connections: one record that carries a seeker and a provider from their first contact to an accepted
technology transfer. Writes (services) first, then reads (selectors).

Every move is one transaction that locks the connection row (`select_for_update`) before it reads the
stage, so two sides moving at once queue on the row and the second sees the first's result: the
history stays one consistent line. Moves that make no sense are refused with a reason.
"""

from datetime import date, datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet, Subquery, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.faults import fault_point
from core.money import vnd
from core.notifications import notify
from core.race import RaceHooks
from core.roles import is_member, is_staff, organization_ids

from .models import (
    Connection,
    ConnectionAttachment,
    ConnectionEvent,
    ConnectionMessage,
    ConnectionRead,
    Interest,
    Organization,
    TechnologyNeed,
    TechnologyOffer,
)
from .selectors import organization_users
from .signals import connection_changed
from .validators import validate_attachment

Stage = Connection.Stage
# The order of the stages; CLOSED is not on the line (it ends it from anywhere).
STAGE_ORDER = [
    Stage.INTRODUCED,
    Stage.DISCUSSING,
    Stage.MET,
    Stage.NEGOTIATING,
    Stage.MOU,
    Stage.CONTRACT,
    Stage.ACCEPTED,
]
MOVE_STAGE_CHOICES = [(s.value, s.label) for s in STAGE_ORDER]
RANK: dict[str, int] = {stage: i for i, stage in enumerate(STAGE_ORDER)}
STALL_DAYS = getattr(settings, "CONNECTION_STALL_DAYS", 60)


def rank(stage: str) -> int:
    return RANK.get(stage, len(STAGE_ORDER))


# Permissions -----------------------------------------------------------------------------------


def connection_side(user, connection: Connection) -> Organization | None:
    """The side the user acts for (the seeker first when they belong to both), or None."""
    if is_member(user, connection.seeker_id):
        return connection.seeker
    if is_member(user, connection.provider_id):
        return connection.provider
    return None


def can_see_connection(user, connection: Connection) -> bool:
    return is_staff(user) or bool(organization_ids(user) & connection.organization_ids())


def can_act_on_connection(user, connection: Connection) -> bool:
    """Move, close, write: the two sides and staff brokering the pair."""
    return can_see_connection(user, connection)


# Services --------------------------------------------------------------------------------------


RACE = RaceHooks()  # test-only: see core.race


def _locked(connection: Connection) -> Connection:
    qs = Connection.objects.select_for_update(of=("self",)) if RACE.lock else Connection.objects
    locked = qs.select_related("seeker", "provider").get(pk=connection.pk)
    RACE.widen()
    return locked


def _record(connection: Connection, *, kind: str, from_stage: str, by, organization=None, note: str = ""):
    event = ConnectionEvent.objects.create(
        connection=connection,
        kind=kind,
        from_stage=from_stage,
        to_stage=connection.stage,
        note=note,
        by=by,
        by_organization=organization,
    )
    # Every change of a connection passes here, inside its transaction: the apps above react to it.
    connection_changed.send(sender=Connection, connection=connection, kind=kind, by=by)
    return event


def _users_of(connection: Connection, *, except_org: Organization | None = None):
    users = []
    for org in (connection.seeker, connection.provider):
        if except_org is None or org.pk != except_org.pk:
            users += list(organization_users(org))
    return users


def _announce(connection: Connection, event: ConnectionEvent, *, by_org: Organization | None) -> None:
    notify(
        users=_users_of(connection, except_org=by_org),
        kind="connection_moved",
        event_key=f"connection-event:{event.pk}",
        params={
            "seeker": connection.seeker.name,
            "provider": connection.provider.name,
            "stage": str(connection.get_stage_display()),
        },
        url=connection.get_absolute_url(),
    )


def _check_pair(seeker: Organization, provider: Organization, need, offer) -> None:
    if seeker is None or provider is None:
        raise ValidationError(_("Name both organisations."))
    if seeker.pk == provider.pk:
        raise ValidationError(_("A connection joins two different organisations."))
    if need is not None and need.organization_id != seeker.pk:
        raise ValidationError({"need": _("The need must belong to the technology seeker.")})
    if offer is not None and offer.organization_id != provider.pk:
        raise ValidationError({"offer": _("The offer must belong to the technology provider.")})


def connection_open_for(
    *,
    seeker: Organization,
    provider: Organization,
    channel: str,
    by,
    need: TechnologyNeed | None = None,
    offer: TechnologyOffer | None = None,
    interest: Interest | None = None,
    note: str = "",
) -> tuple[Connection, bool]:
    """The pair's open connection, created if missing; need, offer and interest are filled in where the
    existing record has none. (connection, created). Callers check permissions; this is the one place
    that creates connections, so the unique open-connection-per-pair rule is handled here."""
    _check_pair(seeker, provider, need, offer)
    with transaction.atomic():
        existing = (
            Connection.objects.select_for_update().filter(seeker=seeker, provider=provider).exclude(stage=Stage.CLOSED)
        )
        connection = existing.first()
        if connection is None:
            try:
                with transaction.atomic():
                    connection = Connection.objects.create(
                        seeker=seeker,
                        provider=provider,
                        need=need,
                        offer=offer,
                        interest=interest,
                        channel=channel,
                        created_by=by,
                    )
            except IntegrityError:
                # Another transaction created the pair's connection between our read and our insert.
                connection = existing.get()
            else:
                _record(connection, kind=ConnectionEvent.Kind.CREATED, from_stage="", by=by, note=note)
                return connection, True
        changed = []
        for name, value in (("need", need), ("offer", offer), ("interest", interest)):
            if value is not None and getattr(connection, f"{name}_id") is None:
                setattr(connection, name, value)
                changed.append(name)
        if changed:
            connection.save(update_fields=changed)
            _record(connection, kind=ConnectionEvent.Kind.LINKED, from_stage=connection.stage, by=by, note=note)
        return connection, False


def connection_from_interest(*, interest: Interest, by) -> Connection:
    """An accepted interest opens (or joins) the pair's connection, in discussion."""
    post = interest.post
    if isinstance(post, TechnologyOffer):
        seeker, provider, need, offer = interest.from_organization, post.organization, None, post
    else:
        seeker, provider, need, offer = post.organization, interest.from_organization, post, None
    connection, _created = connection_open_for(
        seeker=seeker,
        provider=provider,
        need=need,
        offer=offer,
        interest=interest,
        channel=Connection.Channel.EXCHANGE,
        by=by,
        note=_("Expression of interest accepted"),
    )
    return connection_progress(connection=connection, stage=Stage.DISCUSSING, by=by)


@transaction.atomic
def connection_introduce(
    *,
    seeker: Organization,
    provider: Organization,
    by,
    need: TechnologyNeed | None = None,
    offer: TechnologyOffer | None = None,
    note: str = "",
) -> Connection:
    """Staff introduce two organisations to each other."""
    if not is_staff(by):
        raise PermissionDenied
    if (
        seeker is not None
        and provider is not None
        and seeker.pk != provider.pk
        and Connection.objects.filter(seeker=seeker, provider=provider).exclude(stage=Stage.CLOSED).exists()
    ):
        raise ValidationError(
            _("%(seeker)s and %(provider)s already have an open connection.")
            % {"seeker": seeker.name, "provider": provider.name}
        )
    connection, _created = connection_open_for(
        seeker=seeker,
        provider=provider,
        need=need,
        offer=offer,
        channel=Connection.Channel.STAFF,
        by=by,
        note=note.strip() or _("Introduced by the Department"),
    )
    notify(
        users=_users_of(connection),
        kind="connection_introduced",
        event_key=f"connection-introduced:{connection.pk}",
        params={"seeker": seeker.name, "provider": provider.name},
        url=connection.get_absolute_url(),
    )
    return connection


def _as_date(value, field: str, label: str) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise ValidationError({field: _("Enter %(label)s.") % {"label": label}})
    if value > timezone.localdate():
        raise ValidationError({field: _("%(label)s cannot be in the future.") % {"label": label.capitalize()}})
    return value


def _apply_stage_fields(
    connection: Connection,
    to_stage: str,
    *,
    mou_signed_on=None,
    contract_value=None,
    contract_signed_on=None,
    contract_document=None,
    accepted_on=None,
    acceptance_document=None,
) -> list[str]:
    """Check and set what reaching `to_stage` needs; the field names changed."""
    changed = []
    if to_stage == Stage.MOU or (mou_signed_on and rank(to_stage) >= RANK[Stage.MOU]):
        connection.mou_signed_on = _as_date(mou_signed_on, "mou_signed_on", _("the date the MoU was signed"))
        changed.append("mou_signed_on")
    if to_stage == Stage.CONTRACT or (to_stage == Stage.ACCEPTED and not connection.has_contract):
        if isinstance(contract_value, bool) or not isinstance(contract_value, int) or contract_value <= 0:
            raise ValidationError({"contract_value": _("Give the contract value in ₫.")})
        connection.contract_value = contract_value
        connection.contract_signed_on = _as_date(
            contract_signed_on, "contract_signed_on", _("the date the contract was signed")
        )
        changed += ["contract_value", "contract_signed_on"]
        if connection.mou_signed_on and connection.contract_signed_on < connection.mou_signed_on:
            raise ValidationError({"contract_signed_on": _("The contract cannot be signed before the MoU.")})
    if contract_document is not None:
        validate_attachment(contract_document)
        connection.contract_document = contract_document
        changed.append("contract_document")
    if to_stage == Stage.ACCEPTED:
        connection.accepted_on = _as_date(accepted_on, "accepted_on", _("the date the transfer was accepted"))
        if connection.contract_signed_on and connection.accepted_on < connection.contract_signed_on:
            raise ValidationError({"accepted_on": _("The transfer cannot be accepted before the contract is signed.")})
        changed.append("accepted_on")
    if acceptance_document is not None:
        validate_attachment(acceptance_document)
        connection.acceptance_document = acceptance_document
        changed.append("acceptance_document")
    return changed


def _set_stage(connection: Connection, to_stage: str) -> list[str]:
    connection.stage = to_stage
    connection.stage_changed_at = timezone.now()
    # A move ends the stall: the next 60 quiet days remind again.
    connection.stall_reminded_at = None
    return ["stage", "stage_changed_at", "stall_reminded_at"]


@transaction.atomic
def connection_move(*, connection: Connection, to_stage: str, by, note: str = "", **stage_fields) -> Connection:
    """Either side (or staff) moves the connection forward along the stages."""
    if not can_act_on_connection(by, connection):
        raise PermissionDenied
    if to_stage not in RANK:
        raise ValidationError({"to_stage": _("Choose one of the stages offered.")})
    locked = _locked(connection)
    if not locked.is_open:
        raise ValidationError(_("This connection is closed; ask the Department to reopen it if needed."))
    if rank(to_stage) <= rank(locked.stage):
        raise ValidationError(
            {
                "to_stage": _("The connection is already at “%(stage)s”: it can only move forward.")
                % {"stage": locked.get_stage_display()}
            }
        )
    if to_stage == Stage.ACCEPTED and not locked.has_contract and not stage_fields.get("contract_value"):
        raise ValidationError(
            {"to_stage": _("A transfer is accepted under a signed contract: record the contract first.")}
        )
    from_stage = locked.stage
    changed = _apply_stage_fields(locked, to_stage, **stage_fields)
    changed += _set_stage(locked, to_stage)
    locked.save(update_fields=changed)
    side = connection_side(by, locked)
    event = _record(
        locked, kind=ConnectionEvent.Kind.MOVED, from_stage=from_stage, by=by, organization=side, note=note.strip()
    )
    _announce(locked, event, by_org=side)
    return locked


def connection_progress(*, connection: Connection, stage: str, by, note: str = "", **stage_fields) -> Connection:
    """Move forward to `stage` if the connection is open and not already there or beyond; otherwise leave
    it as it is. For the other records that feed the connection (an accepted interest, a workshop meeting
    and its outcomes): they only ever push it forward, never back, and never refuse."""
    with transaction.atomic():
        locked = _locked(connection)
        if not locked.is_open or rank(stage) <= rank(locked.stage):
            return locked
        from_stage = locked.stage
        changed = _apply_stage_fields(locked, stage, **stage_fields)
        changed += _set_stage(locked, stage)
        locked.save(update_fields=changed)
        event = _record(locked, kind=ConnectionEvent.Kind.MOVED, from_stage=from_stage, by=by, note=note)
        _announce(locked, event, by_org=None)
    return locked


@transaction.atomic
def connection_close(*, connection: Connection, by, result: str, lost_reason: str = "", note: str = "") -> Connection:
    """Either side closes the connection as lost (with a reason from the list), or as won once a
    contract is signed."""
    if not can_act_on_connection(by, connection):
        raise PermissionDenied
    locked = _locked(connection)
    if not locked.is_open:
        raise ValidationError(_("This connection is already closed."))
    if result == Connection.Result.LOST:
        if lost_reason not in Connection.LostReason.values:
            raise ValidationError({"lost_reason": _("Choose the reason from the list.")})
        if lost_reason == Connection.LostReason.OTHER and not note.strip():
            raise ValidationError({"note": _("Say in a few words why.")})
    elif result == Connection.Result.WON:
        if not locked.has_contract:
            raise ValidationError({"result": _("A connection is won once a contract is signed: record it first.")})
        lost_reason = ""
    else:
        raise ValidationError({"result": _("Choose won or lost.")})
    from_stage = locked.stage
    changed = _set_stage(locked, Stage.CLOSED)
    locked.result, locked.lost_reason = result, lost_reason
    locked.save(update_fields=changed + ["result", "lost_reason"])
    side = connection_side(by, locked)
    event = _record(
        locked, kind=ConnectionEvent.Kind.CLOSED, from_stage=from_stage, by=by, organization=side, note=note.strip()
    )
    _announce(locked, event, by_org=side)
    return locked


@transaction.atomic
def connection_correct(
    *,
    connection: Connection,
    by,
    to_stage: str,
    note: str,
    result: str = "",
    lost_reason: str = "",
    **stage_fields,
) -> Connection:
    """Staff set any stage (back, forward, reopen), saying why. The stage's own facts (contract value
    and date, acceptance date) must still be there."""
    if not is_staff(by):
        raise PermissionDenied
    if not (note or "").strip():
        raise ValidationError({"note": _("Say why the stage is corrected.")})
    if to_stage not in Stage.values:
        raise ValidationError({"to_stage": _("Choose one of the stages offered.")})
    locked = _locked(connection)
    if to_stage == locked.stage and not stage_fields:
        raise ValidationError({"to_stage": _("The connection is already at this stage.")})
    from_stage = locked.stage
    changed = []
    if to_stage == Stage.CLOSED:
        if result not in Connection.Result.values:
            raise ValidationError({"result": _("Choose won or lost.")})
        if result == Connection.Result.LOST and lost_reason not in Connection.LostReason.values:
            raise ValidationError({"lost_reason": _("Choose the reason from the list.")})
        if result == Connection.Result.WON and not locked.has_contract:
            raise ValidationError({"result": _("A connection is won once a contract is signed: record it first.")})
        locked.result, locked.lost_reason = result, lost_reason if result == Connection.Result.LOST else ""
    else:
        if from_stage == Stage.CLOSED and (
            Connection.objects.filter(seeker_id=locked.seeker_id, provider_id=locked.provider_id)
            .exclude(stage=Stage.CLOSED)
            .exists()
        ):
            raise ValidationError(_("The pair already has another open connection: continue that one."))
        locked.result, locked.lost_reason = "", ""
        needs_contract = rank(to_stage) >= RANK[Stage.CONTRACT]
        if needs_contract and (stage_fields.get("contract_value") or not locked.has_contract):
            changed += _apply_stage_fields(locked, Stage.CONTRACT, **_only(stage_fields, "contract"))
        if to_stage == Stage.ACCEPTED and (stage_fields.get("accepted_on") or not locked.transfer_accepted):
            changed += _apply_stage_fields(locked, Stage.ACCEPTED, **_only(stage_fields, "accept"))
        if to_stage == Stage.MOU and stage_fields.get("mou_signed_on"):
            changed += _apply_stage_fields(locked, Stage.MOU, mou_signed_on=stage_fields["mou_signed_on"])
    changed += _set_stage(locked, to_stage)
    locked.save(update_fields=set(changed + ["result", "lost_reason"]))
    event = _record(locked, kind=ConnectionEvent.Kind.CORRECTED, from_stage=from_stage, by=by, note=note.strip())
    _announce(locked, event, by_org=None)
    return locked


def _only(fields: dict, part: str) -> dict:
    names = {
        "contract": ("contract_value", "contract_signed_on", "contract_document"),
        "accept": ("accepted_on", "acceptance_document"),
    }[part]
    return {k: v for k, v in fields.items() if k in names}


def connections_remind_stalled(*, now: datetime | None = None) -> int:
    """Remind both sides of every open connection that has not moved for STALL_DAYS, once per stall.
    Each connection is claimed by a conditional update, so parallel or repeated runs send it once."""
    now = now or timezone.now()
    due = Connection.objects.exclude(stage=Stage.CLOSED).filter(
        stage_changed_at__lte=now - timedelta(days=STALL_DAYS), stall_reminded_at=None
    )
    sent = 0
    for number, pk in enumerate(due.values_list("pk", flat=True)):
        if number:
            fault_point("connections.remind_stalled")  # fault tests: a worker killed between two connections
        with transaction.atomic():
            if Connection.objects.filter(pk=pk, stall_reminded_at=None).update(stall_reminded_at=now) != 1:
                continue
            connection = Connection.objects.select_related("seeker", "provider").get(pk=pk)
            notify(
                users=_users_of(connection),
                kind="connection_stalled",
                event_key=f"connection-stalled:{pk}:{connection.stage_changed_at:%Y%m%d%H%M%S}",
                params={
                    "seeker": connection.seeker.name,
                    "provider": connection.provider.name,
                    "days": STALL_DAYS,
                    "stage": str(connection.get_stage_display()),
                },
                url=connection.get_absolute_url(),
            )
            sent += 1
    return sent


# Messages --------------------------------------------------------------------------------------


def _mark_read(connection: Connection, user, at) -> None:
    ConnectionRead.objects.update_or_create(connection=connection, user=user, defaults={"read_at": at})


def connection_mark_read(*, connection: Connection, user) -> None:
    if not can_see_connection(user, connection):
        raise PermissionDenied
    _mark_read(connection, user, timezone.now())


@transaction.atomic
def message_post(*, connection: Connection, by, body: str, attachments=()) -> ConnectionMessage:
    """A message from one side (or from staff) to the other. Each reader gets one notification (and so
    one e-mail) per batch: while earlier messages are still unread, a new one joins that batch."""
    if not can_act_on_connection(by, connection):
        raise PermissionDenied
    body = (body or "").strip()
    if not body and not attachments:
        raise ValidationError({"body": _("Write a message or attach a file.")})
    if len(body) > 5000:
        raise ValidationError({"body": _("A message is at most 5000 characters.")})
    checked = []
    for upload in attachments:
        try:
            checked.append((upload, validate_attachment(upload)))
        except ValidationError as exc:
            raise ValidationError({"attachments": [f"{upload.name}: {m}" for m in exc.messages]}) from None
    connection = Connection.objects.select_related("seeker", "provider").get(pk=connection.pk)
    message = ConnectionMessage.objects.create(
        connection=connection, author=by, author_organization=connection_side(by, connection), body=body
    )
    for upload, content_type in checked:
        ConnectionAttachment.objects.create(
            message=message, file=upload, original_name=upload.name[:200], content_type=content_type, size=upload.size
        )
    _mark_read(connection, by, message.created_at)
    readers = [u for u in _users_of(connection) if u.pk != by.pk]
    last_read = dict(ConnectionRead.objects.filter(connection=connection).values_list("user_id", "read_at"))
    others = ConnectionMessage.objects.filter(connection=connection).exclude(author=None)
    for user in readers:
        unread = others.exclude(author_id=user.pk)
        if user.pk in last_read:
            unread = unread.filter(created_at__gt=last_read[user.pk])
        first = unread.order_by("created_at", "id").values_list("pk", flat=True).first() or message.pk
        # The batch is named by its first unread message: later messages of the batch repeat the key,
        # which notify() ignores.
        notify(
            users=[user],
            kind="connection_message",
            event_key=f"connection-messages:{connection.pk}:{first}",
            params={"seeker": connection.seeker.name, "provider": connection.provider.name},
            url=connection.get_absolute_url() + "#messages",
        )
    return message


# Selectors -------------------------------------------------------------------------------------


def connection_list_for_user(*, user) -> QuerySet:
    """Staff see every connection; anyone else only those of their organisations."""
    qs = Connection.objects.all()
    if not is_staff(user):
        mine = organization_ids(user)
        qs = qs.filter(Q(seeker_id__in=mine) | Q(provider_id__in=mine))
    return qs.select_related("seeker", "provider", "need", "offer")


def connection_list_with_unread(*, user) -> QuerySet:
    last_read = ConnectionRead.objects.filter(connection=OuterRef("connection"), user=user).values("read_at")[:1]
    unread = (
        ConnectionMessage.objects.filter(connection=OuterRef("pk"))
        .exclude(author=user)
        .filter(Q(created_at__gt=Subquery(last_read)) | ~Exists(last_read))
    )
    return connection_list_for_user(user=user).annotate(has_unread=Exists(unread))


def connection_get_for_user(*, user, pk: int) -> Connection:
    """Raises Connection.DoesNotExist for anyone who may not see it: a third organisation cannot even
    tell that it exists."""
    return connection_list_for_user(user=user).get(pk=pk)


def connection_board(*, now: datetime | None = None) -> QuerySet:
    """Every connection for the staff board, with whether it is stalled and its latest activity."""
    now = now or timezone.now()
    return (
        Connection.objects.select_related("seeker", "provider", "need", "offer")
        .annotate(
            message_count=Count("messages", distinct=True),
            last_message_at=Max("messages__created_at"),
        )
        .order_by("stage_changed_at", "id")
    )


def stall_cutoff(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) - timedelta(days=STALL_DAYS)


def connection_timeline(*, connection: Connection) -> list[dict]:
    """History and messages of a connection, oldest first, for its page."""
    items = [
        {"at": e.at, "event": e}
        for e in connection.history.select_related("by", "by_organization").order_by("at", "id")
    ]
    items += [
        {"at": m.created_at, "message": m}
        for m in connection.messages.select_related("author", "author_organization").prefetch_related("attachments")
    ]
    return sorted(items, key=lambda i: (i["at"], 0 if "event" in i else 1))


def connection_last_read(*, connection: Connection, user):
    return ConnectionRead.objects.filter(connection=connection, user=user).values_list("read_at", flat=True).first()


def connection_counts_by_stage(*, queryset: QuerySet) -> dict[str, int]:
    rows = queryset.order_by().values("stage").annotate(n=Count("pk")).values_list("stage", "n")
    return dict(rows)


def connection_funnel(*, years: list[int] | None = None) -> dict:
    """What the plan dashboard counts from the chain, whatever channel a pair came through: connections
    that reached a contract (and their value), transfers accepted. A connection closed as won keeps the
    facts it reached (contract date, acceptance date)."""
    contracts = Q(contract_signed_on__isnull=False, contract_value__gt=0)
    accepted = Q(accepted_on__isnull=False)
    # At least an MoU: a contract implies it (dated by the MoU when there is one, else by the contract).
    mous = Q(mou_signed_on__isnull=False) | Q(contract_signed_on__isnull=False)
    if years is not None:
        contracts &= Q(contract_signed_on__year__in=years)
        accepted &= Q(accepted_on__year__in=years)
        mous &= Q(mou_signed_on__year__in=years) | Q(mou_signed_on__isnull=True, contract_signed_on__year__in=years)
    row = Connection.objects.aggregate(
        mous=Count("pk", filter=mous),
        contracts=Count("pk", filter=contracts),
        contract_value=Sum("contract_value", filter=contracts),
        transfers_accepted=Count("pk", filter=accepted),
    )
    row["contract_value"] = row["contract_value"] or 0
    return row


def describe(connection: Connection) -> str:
    """One line for lists and exports."""
    parts = [f"{connection.seeker.name} ↔ {connection.provider.name}"]
    if connection.contract_value:
        parts.append(vnd(connection.contract_value))
    return " · ".join(parts)


def connection_url(connection: Connection) -> str:
    return reverse("marketplace:connection_detail", args=[connection.pk])
