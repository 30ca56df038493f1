"""Every held workshop meeting (or one with an outcome saying it took place) belongs to its pair's
connection, created if missing; the best outcome either side reported sets the connection's stage
(met, negotiating, MoU, contract with its value). Written against the historical models."""

from django.db import migrations
from django.utils import timezone

RANK = ["introduced", "discussing", "met", "negotiating", "mou", "contract", "accepted"]
OUTCOME_STAGE = {
    "informative": "met",
    "cooperation": "met",
    "no_interest": "met",
    "no_contact": "met",
    "negotiation": "negotiating",
    "mou": "mou",
    "contract": "contract",
}


def _seeker_first(meeting):
    request = meeting.request
    a, b = request.from_registration, request.to_registration
    ids = (a.organization_id, b.organization_id)
    if request.need_id and request.need.organization_id in ids:
        return request.need.organization_id == a.organization_id
    if request.offer_id and request.offer.organization_id in ids:
        return request.offer.organization_id != a.organization_id
    if a.role == "provider" or b.role == "seeker":
        return False
    if a.role == "seeker" or b.role == "provider":
        return True
    return a.organization.kind != "provider"


def forwards(apps, schema_editor):
    Meeting = apps.get_model("events", "Meeting")
    Outcome = apps.get_model("events", "Outcome")
    Connection = apps.get_model("marketplace", "Connection")
    Event = apps.get_model("marketplace", "ConnectionEvent")
    meetings = Meeting.objects.select_related(
        "workshop",
        "request__need",
        "request__offer",
        "request__from_registration__organization",
        "request__to_registration__organization",
    ).order_by("workshop__starts_at", "id")
    for meeting in meetings:
        outcomes = list(Outcome.objects.filter(meeting=meeting).exclude(result="not_held").order_by("at", "id"))
        if meeting.status != "held" and not outcomes:
            continue
        request = meeting.request
        a, b = request.from_registration.organization_id, request.to_registration.organization_id
        if a == b:
            continue
        seeker_id, provider_id = (a, b) if _seeker_first(meeting) else (b, a)
        need = request.need if request.need_id and request.need.organization_id == seeker_id else None
        offer = request.offer if request.offer_id and request.offer.organization_id == provider_id else None
        held_at = meeting.workshop.starts_at
        connection = (
            Connection.objects.filter(seeker_id=seeker_id, provider_id=provider_id).exclude(stage="closed").first()
        )
        if connection is None:
            connection = Connection.objects.create(
                seeker_id=seeker_id,
                provider_id=provider_id,
                need=need,
                offer=offer,
                channel="workshop",
                stage="introduced",
                stage_changed_at=held_at,
                created_at=held_at,
            )
            Event.objects.create(
                connection=connection,
                kind="created",
                from_stage="",
                to_stage="introduced",
                note=f"Met at the workshop “{meeting.workshop.title}” (migrated)",
                at=held_at,
            )
        meeting.connection = connection
        meeting.save(update_fields=["connection"])
        steps = [("met", held_at, None, None)]
        for outcome in outcomes:
            stage = OUTCOME_STAGE.get(outcome.result)
            if stage:
                steps.append((stage, outcome.at, outcome.contract_value, outcome.by_id))
        for stage, at, value, by_id in steps:
            if RANK.index(stage) <= RANK.index(connection.stage):
                continue
            # Never before the connection's last move, so the history stays one line in time.
            at = max(at, connection.stage_changed_at)
            from_stage = connection.stage
            connection.stage = stage
            connection.stage_changed_at = at
            if stage == "mou":
                connection.mou_signed_on = timezone.localdate(at)
            if stage == "contract":
                connection.contract_value = value
                connection.contract_signed_on = timezone.localdate(at)
            connection.save()
            Event.objects.create(
                connection=connection,
                kind="moved",
                from_stage=from_stage,
                to_stage=stage,
                by_id=by_id,
                note="From the workshop outcomes (migrated)",
                at=at,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_meeting_connection"),
        ("marketplace", "0014_connections_from_interests"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
