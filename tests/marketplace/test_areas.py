"""Communes and wards come from the deployment's data file; district names entered before the 2025 reform
stay readable."""

import io
import json

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from marketplace.areas import areas_load, areas_load_default, areas_read
from marketplace.forms import OrganizationForm
from marketplace.models import Area
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_the_default_deployment_is_tra_vinh_with_its_six_wards_and_thirty_five_communes():
    assert settings.PLATFORM["PROVINCE_NAME"] == "Trà Vinh"
    assert "Trà Vinh" in settings.PLATFORM["AUTHORITY_NAME"]
    areas_load_default()
    assert Area.objects.filter(kind="ward", active=True).count() == 6
    assert Area.objects.filter(kind="commune", active=True).count() == 35
    assert Area.objects.get(code="phuong-long-duc").name == "Long Đức"


def test_loading_twice_creates_nothing_twice_and_keeps_renamed_codes(tmp_path):
    rows = [{"code": "xa-a", "name": "A", "kind": "commune"}, {"code": "phuong-b", "name": "B", "kind": "ward"}]
    assert areas_load(rows=rows) == {"created": 2, "updated": 0, "withdrawn": 0}
    rows[0]["name"] = "A mới"
    assert areas_load(rows=rows) == {"created": 0, "updated": 2, "withdrawn": 0}
    assert Area.objects.get(code="xa-a").name == "A mới"


def test_an_area_left_out_of_a_new_file_is_withdrawn_from_forms_but_stays_on_its_organisations(tmp_path):
    areas_load(rows=[{"code": "xa-cu", "name": "Cũ"}, {"code": "xa-moi", "name": "Mới"}])
    old = Area.objects.get(code="xa-cu")
    org = OrganizationFactory(area=old)
    path = tmp_path / "areas.json"
    path.write_text(json.dumps({"areas": [{"code": "xa-moi", "name": "Mới"}]}), encoding="utf-8")
    call_command("load_areas", str(path), "--withdraw-missing", stdout=io.StringIO())
    old.refresh_from_db()
    assert old.active is False
    org.refresh_from_db()
    assert org.area == old
    # A new organisation cannot choose it; the one that has it keeps it when it edits.
    assert old not in OrganizationForm().fields["area"].queryset
    assert old in OrganizationForm(instance=org).fields["area"].queryset


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "Cannot read"),
        ('{"areas": []}', "no list of areas"),
        ('{"areas": [{"code": "x"}]}', "a code and a name are required"),
        ('{"areas": [{"code": "x", "name": "X", "kind": "district"}]}', "unknown kind"),
        ('{"areas": [{"code": "x", "name": "X"}, {"code": "x", "name": "Y"}]}', "appears twice"),
    ],
)
def test_a_bad_areas_file_is_refused_with_the_reason_and_loads_nothing(tmp_path, content, message):
    path = tmp_path / "areas.json"
    path.write_text(content, encoding="utf-8")
    with translation.override("en"), pytest.raises(CommandError, match=message):
        call_command("load_areas", str(path))
    assert not Area.objects.exists()


def test_the_areas_file_rows_are_checked_before_loading(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text('{"areas": [{"code": "xa-1", "name": "Một"}]}', encoding="utf-8")
    assert areas_read(path=path) == [{"code": "xa-1", "name": "Một"}]


def test_an_organisation_shows_its_commune_or_ward(client):
    areas_load_default()
    org = OrganizationFactory(area=Area.objects.get(code="xa-cau-ke"))
    page = client.get(org.get_absolute_url()).content.decode()
    assert "Cầu Kè" in page


@pytest.mark.django_db(transaction=True)
def test_district_names_entered_before_the_reform_become_former_district_areas():
    executor = MigrationExecutor(connection)
    executor.migrate([("marketplace", "0007_notification_moves_to_core")])
    old_apps = executor.loader.project_state([("marketplace", "0007_notification_moves_to_core")]).apps
    OldOrg = old_apps.get_model("marketplace", "Organization")
    common = dict(kind="enterprise", org_type="sme", province="Trà Vinh", contact_name="A", contact_phone="1")
    OldOrg.objects.create(name="Một", tax_code="0100109106", district="Cầu Ngang", contact_email="a@x.vn", **common)
    OldOrg.objects.create(name="Hai", tax_code="0300588569", district="Cầu Ngang", contact_email="b@x.vn", **common)
    OldOrg.objects.create(name="Ba", tax_code="0301452923", district="", contact_email="c@x.vn", **common)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    from marketplace.models import Organization

    one, two, three = (Organization.objects.get(name=n) for n in ("Một", "Hai", "Ba"))
    assert one.area == two.area
    assert one.area.name == "Cầu Ngang" and one.area.kind == "former_district" and not one.area.active
    assert three.area is None
    assert "former district" in str(one.area) or "huyện cũ" in str(one.area)
