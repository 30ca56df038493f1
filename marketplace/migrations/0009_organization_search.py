from django.db import migrations, models


def fill(apps, schema_editor):
    from core.text import search_document

    Organization = apps.get_model("marketplace", "Organization")
    for org in Organization.objects.only("id", "name", "description").iterator():
        Organization.objects.filter(pk=org.pk).update(search_text=search_document(org.name, org.description))


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0008_areas")]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
