from django.db import migrations


def seed(apps, schema_editor):
    from marketplace.sector_data import seed_sectors

    seed_sectors(apps.get_model("marketplace", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
