"""Hypothesis over the grant pages' forms (see tests/test_fuzz_forms.py): a firm's application from its
connection, and the staff's hand-entered plan values. Never a 5xx; nothing kept from a refused post."""

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from grants.models import GrantApplication, PlanActual
from marketplace import connections as connection_services
from tests.test_fuzz_forms import FUZZ, _fields, _fuzz, _strategy

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def test_the_grant_application_form(client_for, enterprise_user, staff, firm, provider, program, budget):
    connection = connection_services.connection_introduce(seeker=firm, provider=provider, by=staff)
    client = client_for(enterprise_user)
    url = reverse("grants:application_create", args=[connection.pk])

    @FUZZ
    @given(data=_strategy(_fields(client, url)), program_id=st.sampled_from([str(program.pk), "", "x"]))
    def run(data, program_id):
        _fuzz(client, url, GrantApplication, {**data, "program": program_id})
        GrantApplication.objects.all().delete()

    run()


def test_the_staff_plan_values_form(client_for, staff):
    from grants.models import PlanTarget

    target = PlanTarget.objects.first()
    client = client_for(staff)
    url = reverse("grants:plan_values")

    @FUZZ
    @given(data=_strategy(_fields(client, url)), target_id=st.sampled_from([str(target.pk) if target else "", "0"]))
    def run(data, target_id):
        _fuzz(client, url, PlanActual, {**data, "target": target_id})

    run()
