"""Link existing grants to their connection where the free text is not needed: a grant whose firm is the
seeker and whose offer belongs to the provider of one of the firm's connections (the open one first).
Grants that cannot be tied this way keep their free-text reference."""

from django.db import migrations


def forwards(apps, schema_editor):
    SupportGrant = apps.get_model("grants", "SupportGrant")
    Connection = apps.get_model("marketplace", "Connection")
    for grant in SupportGrant.objects.filter(connection__isnull=True, offer__isnull=False).select_related("offer"):
        candidates = Connection.objects.filter(seeker_id=grant.firm_id, provider_id=grant.offer.organization_id)
        connection = candidates.exclude(stage="closed").first() or candidates.order_by("-stage_changed_at").first()
        if connection is not None:
            grant.connection = connection
            grant.save(update_fields=["connection"])


class Migration(migrations.Migration):
    dependencies = [
        ("grants", "0006_connections_and_applications"),
        ("events", "0004_connections_from_meetings"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
