"""Communes and wards replace the district field (two-level local government since 1 July 2025).

Each district name already entered becomes an inactive `former_district` area, so the organisations
that had it still show it; new choices come from the deployment's areas file (`manage.py load_areas`)."""

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify


def districts_to_areas(apps, schema_editor):
    Area = apps.get_model("marketplace", "Area")
    Organization = apps.get_model("marketplace", "Organization")
    names = Organization.objects.exclude(district="").values_list("district", flat=True).distinct().order_by("district")
    for position, name in enumerate(names):
        code = f"huyen-cu-{slugify(name) or position}"[:60]
        area, _ = Area.objects.get_or_create(
            code=code,
            defaults={"name": name, "kind": "former_district", "active": False, "position": 1000 + position},
        )
        Organization.objects.filter(district=name).update(area=area)


def areas_to_districts(apps, schema_editor):
    Organization = apps.get_model("marketplace", "Organization")
    for org in Organization.objects.exclude(area=None).select_related("area"):
        Organization.objects.filter(pk=org.pk).update(district=org.area.name[:80])


class Migration(migrations.Migration):
    dependencies = [("marketplace", "0007_notification_moves_to_core")]

    operations = [
        migrations.CreateModel(
            name="Area",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("code", models.SlugField(max_length=60, unique=True, verbose_name="code")),
                ("name", models.CharField(max_length=120, verbose_name="name")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("ward", "Ward"),
                            ("commune", "Commune"),
                            ("special_zone", "Special zone"),
                            ("former_district", "Former district (before 1 July 2025)"),
                        ],
                        default="commune",
                        max_length=16,
                        verbose_name="kind",
                    ),
                ),
                (
                    "formed_from",
                    models.CharField(
                        blank=True,
                        help_text="The former units merged into this one.",
                        max_length=300,
                        verbose_name="formed from",
                    ),
                ),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
                ("active", models.BooleanField(default=True, verbose_name="offered in forms")),
            ],
            options={
                "verbose_name": "area (commune or ward)",
                "verbose_name_plural": "areas (communes and wards)",
                "ordering": ["position", "name"],
            },
        ),
        migrations.AddField(
            model_name="organization",
            name="area",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="organizations",
                to="marketplace.area",
                verbose_name="commune or ward",
            ),
        ),
        migrations.RunPython(districts_to_areas, areas_to_districts),
        migrations.RemoveField(model_name="organization", name="district"),
    ]
