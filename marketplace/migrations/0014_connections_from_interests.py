"""Every accepted expression of interest becomes (or joins) its pair's connection, in discussion.
Written against the historical models: the services may change, this history must not."""

from django.db import migrations


def forwards(apps, schema_editor):
    Interest = apps.get_model("marketplace", "Interest")
    Connection = apps.get_model("marketplace", "Connection")
    Event = apps.get_model("marketplace", "ConnectionEvent")
    accepted = Interest.objects.filter(status="accepted").select_related("need", "offer").order_by("decided_at", "id")
    for interest in accepted:
        if interest.offer_id:
            seeker_id, provider_id = interest.from_organization_id, interest.offer.organization_id
            need, offer = None, interest.offer
        else:
            seeker_id, provider_id = interest.need.organization_id, interest.from_organization_id
            need, offer = interest.need, None
        if seeker_id == provider_id:
            continue
        at = interest.decided_at or interest.created_at
        connection = (
            Connection.objects.filter(seeker_id=seeker_id, provider_id=provider_id).exclude(stage="closed").first()
        )
        if connection is None:
            connection = Connection.objects.create(
                seeker_id=seeker_id,
                provider_id=provider_id,
                need=need,
                offer=offer,
                interest=interest,
                channel="exchange",
                stage="discussing",
                stage_changed_at=at,
                created_at=at,
                created_by_id=interest.decided_by_id,
            )
            Event.objects.create(connection=connection, kind="created", from_stage="", to_stage="introduced", at=at)
            Event.objects.create(
                connection=connection,
                kind="moved",
                from_stage="introduced",
                to_stage="discussing",
                by_id=interest.decided_by_id,
                note="Expression of interest accepted (migrated)",
                at=at,
            )
            continue
        changed = []
        for name, value in (("need", need), ("offer", offer), ("interest", interest)):
            if value is not None and getattr(connection, f"{name}_id") is None:
                setattr(connection, name, value)
                changed.append(name)
        if changed:
            connection.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0013_connections")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
