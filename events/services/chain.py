"""Workshop meetings feed the pair's connection (marketplace): a held meeting belongs to the pair's
connection, created if missing, and the outcomes each side records move its stage forward. The
connection is the one record of how far a pair got; the outcomes stay as each side's answers."""

from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.connections import connection_open_for, connection_progress
from marketplace.models import Connection

from ..models import Meeting, Outcome, Registration

SEEKING = (Registration.Role.SEEKER,)
PROVIDING = (Registration.Role.PROVIDER,)

# What a recorded outcome says about the pair's stage (answers that say nothing happened move nothing).
OUTCOME_STAGE = {
    Outcome.Result.INFORMATIVE: Connection.Stage.MET,
    Outcome.Result.COOPERATION: Connection.Stage.MET,
    Outcome.Result.NEGOTIATION: Connection.Stage.NEGOTIATING,
    Outcome.Result.MOU: Connection.Stage.MOU,
    Outcome.Result.CONTRACT: Connection.Stage.CONTRACT,
}


def meeting_pair(meeting: Meeting):
    """(seeker, provider, need, offer) of a meeting: from what the request is about, else from the roles
    the two registered with, else from the organisations' kinds, else the requester seeks."""
    request = meeting.request
    a, b = request.from_registration, request.to_registration
    org_a, org_b = a.organization, b.organization
    if request.need_id and request.need.organization_id in (org_a.pk, org_b.pk):
        seeker = request.need.organization
    elif request.offer_id and request.offer.organization_id in (org_a.pk, org_b.pk):
        seeker = org_b if request.offer.organization_id == org_a.pk else org_a
    elif a.role in PROVIDING or b.role in SEEKING:
        seeker = org_b
    elif a.role in SEEKING or b.role in PROVIDING:
        seeker = org_a
    elif org_a.is_provider and not org_a.is_seeker:
        seeker = org_b
    else:
        seeker = org_a
    provider = org_b if seeker.pk == org_a.pk else org_a
    need = request.need if request.need_id and request.need.organization_id == seeker.pk else None
    offer = request.offer if request.offer_id and request.offer.organization_id == provider.pk else None
    return seeker, provider, need, offer


def connection_for_meeting(*, meeting: Meeting, by) -> Connection:
    """The meeting's connection: the one it already points at while open, else the pair's open one, else
    a new one that came through the workshop. The meeting is linked to it."""
    if meeting.connection_id:
        current = Connection.objects.filter(pk=meeting.connection_id).exclude(stage=Connection.Stage.CLOSED).first()
        if current is not None:
            return current
    seeker, provider, need, offer = meeting_pair(meeting)
    connection, _created = connection_open_for(
        seeker=seeker,
        provider=provider,
        need=need,
        offer=offer,
        channel=Connection.Channel.WORKSHOP,
        by=by,
        note=_("Met at the workshop “%(workshop)s”") % {"workshop": meeting.workshop.title},
    )
    Meeting.objects.filter(pk=meeting.pk).update(connection=connection)
    meeting.connection = connection
    return connection


def meeting_held_feed(*, meeting: Meeting, by) -> Connection:
    connection = connection_for_meeting(meeting=meeting, by=by)
    return connection_progress(
        connection=connection,
        stage=Connection.Stage.MET,
        by=by,
        note=_("Meeting held at “%(workshop)s”") % {"workshop": meeting.workshop.title},
    )


def outcome_feed(*, outcome: Outcome, by) -> Connection | None:
    """Move the pair's connection to what the outcome reports (never back)."""
    if outcome.result == Outcome.Result.NOT_HELD:
        return None
    # Any other answer means the two sides met: the pair has a connection from now on.
    connection = meeting_held_feed(meeting=outcome.meeting, by=by)
    stage = OUTCOME_STAGE.get(outcome.result)
    if stage is None:
        return connection
    today = timezone.localdate()
    fields = {}
    if stage == Connection.Stage.MOU:
        fields["mou_signed_on"] = today
    if stage == Connection.Stage.CONTRACT:
        fields.update(contract_value=int(outcome.contract_value), contract_signed_on=today)
    note = _("%(stage)s outcome recorded by %(org)s") % {
        "stage": outcome.get_stage_display(),
        "org": outcome.registration.organization.name,
    }
    return connection_progress(connection=connection, stage=stage, by=by, note=note, **fields)
