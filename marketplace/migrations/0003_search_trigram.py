"""On PostgreSQL, trigram indexes make the substring search over the normalised text fast.
SQLite (the embedded default) scans instead; nothing else differs."""

from django.db import migrations

TABLES = ["marketplace_technologyneed", "marketplace_technologyoffer"]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table in TABLES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} USING gin (search_text gin_trgm_ops)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_trgm")


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0002_seed_sectors")]
    operations = [migrations.RunPython(forwards, backwards)]
