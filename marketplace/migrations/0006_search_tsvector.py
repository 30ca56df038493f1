"""PostgreSQL: a stored, generated text-search vector of the normalised search text with a GIN index, so the
syllable-and-phrase search is an index lookup plus a cheap recheck. The column is the database's own
(generated from search_text); Django never reads or writes it. SQLite keeps its substring tests."""

from django.db import migrations

TABLES = ["marketplace_technologyneed", "marketplace_technologyoffer"]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_tsv tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED"
        )
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {table}_search_tsv ON {table} USING gin (search_tsv)")
        # Superseded: the trigram index of 0003 served substring tests the PostgreSQL path no longer makes.
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_trgm")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_tsv")


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0005_labels")]
    operations = [migrations.RunPython(forwards, backwards)]
