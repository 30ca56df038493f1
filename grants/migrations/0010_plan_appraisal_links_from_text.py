"""Appraisals recorded before the connection link existed: the typed connection reference becomes a
link where it names a connection of the appraised firm ("#12", "kết nối 12", "connection 12"), or,
failing that, the grant's connection when the appraisal names a grant tied to one. The text is kept."""

import re

from django.db import migrations

NUMBER = re.compile(r"(?:#|k[eế]t\s*n[oố]i\s*(?:s[oố]\s*)?|connection\s*(?:no\.?\s*)?)(\d+)", re.IGNORECASE)


def link(apps, schema_editor):
    Appraisal = apps.get_model("grants", "TechnologyAppraisal")
    Connection = apps.get_model("marketplace", "Connection")
    for appraisal in Appraisal.objects.filter(connection__isnull=True).select_related("grant"):
        found = None
        for number in NUMBER.findall(appraisal.connection_reference or ""):
            candidate = Connection.objects.filter(pk=int(number)).first()
            if candidate and appraisal.firm_id in (candidate.seeker_id, candidate.provider_id):
                found = candidate
                break
        if found is None and appraisal.grant_id and appraisal.grant.connection_id:
            candidate = Connection.objects.get(pk=appraisal.grant.connection_id)
            if appraisal.firm_id in (candidate.seeker_id, candidate.provider_id):
                found = candidate
        if found is not None:
            appraisal.connection_id = found.pk
            appraisal.save(update_fields=["connection"])


class Migration(migrations.Migration):
    dependencies = [
        ("grants", "0009_plan_uptake_connection_appraisal_links"),
    ]

    operations = [migrations.RunPython(link, migrations.RunPython.noop)]
