"""A technology appraisal links to the appraised firm's own connection and grant (refused for another
firm's, with the message next to the field); the links show on the appraisal, connection and grant pages
for staff; the data migration turns typed connection references into links where it can."""

import importlib
from datetime import date

import pytest
from django.apps import apps
from django.urls import reverse

from grants.models import TechnologyAppraisal
from marketplace import services
from marketplace.models import Connection
from tests.factories import InterestFactory, OfferFactory, OrganizationFactory


@pytest.fixture
def connection(enterprise, provider, provider_user):
    offer = OfferFactory(organization=provider)
    services.interest_accept(interest=InterestFactory(offer=offer, from_organization=enterprise), by=provider_user)
    return Connection.objects.get(seeker=enterprise, provider=provider)


@pytest.fixture
def strangers_connection(provider, provider_user):
    stranger = OrganizationFactory(name="Công ty Lạ", kind="enterprise")
    offer = OfferFactory(organization=provider)
    services.interest_accept(interest=InterestFactory(offer=offer, from_organization=stranger), by=provider_user)
    return Connection.objects.get(seeker=stranger, provider=provider)


def form_data(firm, **extra):
    data = {
        "firm": firm.pk,
        "technology": "Dây chuyền sấy dừa cải tiến",
        "appraised_on": "2025-05-02",
        "key_firm": "on",
        "conclusion": "passed",
        "document_reference": "12/TĐCN",
    }
    data.update(extra)
    return data


URL = reverse("grants:plan_record_create", args=["appraisals"])


def test_staff_link_an_appraisal_to_the_firms_connection_and_grant(client_for, staff, enterprise, connection, propose):
    grant = propose(enterprise)
    response = client_for(staff).post(URL, form_data(enterprise, connection=connection.pk, grant=grant.pk))
    assert response.status_code == 302
    appraisal = TechnologyAppraisal.objects.get()
    assert (appraisal.connection, appraisal.grant) == (connection, grant)
    edit = client_for(staff).get(reverse("grants:plan_record_edit", args=["appraisals", appraisal.pk]))
    assert connection.get_absolute_url() in edit.content.decode()
    assert grant.get_absolute_url() in edit.content.decode()
    assert (
        connection.get_absolute_url()
        in client_for(staff).get(reverse("grants:plan_records", args=["appraisals"])).content.decode()
    )
    appraisal_url = reverse("grants:plan_record_edit", args=["appraisals", appraisal.pk])
    assert appraisal_url in client_for(staff).get(connection.get_absolute_url()).content.decode()
    assert appraisal_url in client_for(staff).get(grant.get_absolute_url()).content.decode()


def test_the_firm_does_not_see_the_staff_links(client_for, staff, enterprise, enterprise_user, connection):
    TechnologyAppraisal.objects.create(
        firm=enterprise,
        technology="X",
        appraised_on=date(2025, 1, 2),
        conclusion="passed",
        document_reference="1/TĐ",
        connection=connection,
    )
    assert (
        "connection-plan-records" not in client_for(enterprise_user).get(connection.get_absolute_url()).content.decode()
    )


def test_another_firms_connection_or_grant_is_refused_next_to_the_field(
    client_for, staff, enterprise, other_firm, strangers_connection, propose
):
    grant = propose(other_firm)
    response = client_for(staff).post(URL, form_data(enterprise, connection=strangers_connection.pk, grant=grant.pk))
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["connection"] == ["This connection is not one of the appraised firm's."]
    assert form.errors["grant"] == ["This grant went to another firm."]
    assert not TechnologyAppraisal.objects.exists()


def test_the_form_offers_only_the_appraised_firms_own(client_for, staff, enterprise, connection, strangers_connection):
    appraisal = TechnologyAppraisal.objects.create(
        firm=enterprise, technology="X", appraised_on=date(2025, 1, 2), conclusion="passed", document_reference="1"
    )
    form = client_for(staff).get(reverse("grants:plan_record_edit", args=["appraisals", appraisal.pk])).context["form"]
    assert list(form.fields["connection"].queryset) == [connection]


def test_the_migration_links_typed_references_of_the_firm_only(enterprise, connection, strangers_connection, propose):
    link = importlib.import_module("grants.migrations.0010_plan_appraisal_links_from_text").link
    make = lambda ref, **kw: TechnologyAppraisal.objects.create(  # noqa: E731
        firm=enterprise,
        technology="X",
        appraised_on=date(2025, 1, 2),
        conclusion="passed",
        document_reference="1",
        connection_reference=ref,
        **kw,
    )
    by_hash = make(f"Kết nối #{connection.pk}, HĐ 5/2025")
    by_words = make(f"kết nối số {connection.pk}")
    not_the_firms = make(f"#{strangers_connection.pk}")
    unknown = make("Hội thảo tháng 5")
    grant = propose(enterprise)
    grant.connection = connection
    grant.save(update_fields=["connection"])
    by_grant = make("", grant=grant)
    link(apps, None)
    got = {a.pk: a.connection_id for a in TechnologyAppraisal.objects.all()}
    assert got == {
        by_hash.pk: connection.pk,
        by_words.pk: connection.pk,
        not_the_firms.pk: None,
        unknown.pk: None,
        by_grant.pk: connection.pk,
    }
