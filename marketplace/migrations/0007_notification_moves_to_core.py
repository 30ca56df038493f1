# Notifications now belong to core (core 0001 takes over the same table); state only, no SQL.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("marketplace", "0006_search_tsvector"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Notification")]),
    ]
