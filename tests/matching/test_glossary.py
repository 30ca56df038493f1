import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from matching import services
from matching.models import GlossaryTerm, Match
from tests.factories import NeedFactory, OfferFactory, sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def sedge_pair(enterprise, provider):
    need = NeedFactory(
        organization=enterprise,
        title="Đan cói",
        problem="Cói phơi nắng để đan giỏ.",
        sectors=[sector("coconut")],
    )
    offer = OfferFactory(
        organization=provider,
        title="Sedge handicraft weaving",
        summary="Weaving sedge stems into baskets.",
        sectors=[sector("digital")],
    )
    return need, offer


def test_a_term_pair_added_by_staff_lets_a_vietnamese_need_find_an_english_offer(staff, sedge_pair, settings):
    settings.MATCHING_MIN_SCORE = 0.1  # one shared concept in short posts: a weak but real match
    need, offer = sedge_pair
    services.match_recompute_for_need(need=need)
    assert not Match.objects.filter(need=need, offer=offer).exists()
    services.glossary_term_add(vi="cói", en="sedge", by=staff)
    services.match_recompute_for_need(need=need)  # the next recompute picks the pair up
    match = Match.objects.get(need=need, offer=offer)
    assert "cói" in match.terms


def test_removing_the_pair_takes_it_out_of_the_engine(staff, sedge_pair):
    need, offer = sedge_pair
    term = services.glossary_term_add(vi="cói", en="sedge", by=staff)
    assert f"@staff_{term.pk}" in services.engine_config().analyzer.terms("sedge")
    services.glossary_term_remove(term=term, by=staff)
    assert not any(t.startswith("@staff_") for t in services.engine_config().analyzer.terms("sedge"))


def test_only_staff_change_the_glossary(enterprise_user, staff):
    with pytest.raises(PermissionDenied):
        services.glossary_term_add(vi="cói", en="sedge", by=enterprise_user)
    term = services.glossary_term_add(vi="cói", en="sedge", by=staff)
    with pytest.raises(PermissionDenied):
        services.glossary_term_remove(term=term, by=enterprise_user)


def test_an_empty_or_duplicate_pair_is_refused(staff):
    with pytest.raises(ValidationError):
        services.glossary_term_add(vi="  ", en="water hyacinth", by=staff)
    with pytest.raises(ValidationError):
        services.glossary_term_add(vi="biogas", en="Biogas", by=staff)
    services.glossary_term_add(vi="cói", en="sedge", by=staff)
    with pytest.raises(ValidationError):
        services.glossary_term_add(vi="cói", en="sedge", by=staff)


def test_staff_add_and_remove_pairs_on_the_glossary_page(client_for, staff):
    client = client_for(staff)
    url = reverse("matching:staff_glossary")
    assert client.get(url).status_code == 200
    response = client.post(url, {"vi": "lục bình", "en": "water hyacinth", "note": "kênh rạch"})
    assert response.status_code == 302
    term = GlossaryTerm.objects.get()
    assert term.created_by == staff
    page = client.get(url).content.decode()
    assert "water hyacinth" in page
    assert client.get(url, {"q": "hyacinth"}).content.decode().count("water hyacinth") >= 1
    assert client.post(reverse("matching:staff_glossary_remove", args=[term.pk])).status_code == 302
    assert not GlossaryTerm.objects.exists()


def test_the_page_shows_why_a_pair_was_refused(client_for, staff):
    response = client_for(staff).post(reverse("matching:staff_glossary"), {"vi": "", "en": "water hyacinth"})
    assert response.status_code == 200
    assert not GlossaryTerm.objects.exists()


def test_the_glossary_page_is_for_staff_only(client_for, enterprise_user, staff):
    term = services.glossary_term_add(vi="cói", en="sedge", by=staff)
    url = reverse("matching:staff_glossary")
    assert client_for(enterprise_user).get(url).status_code == 403
    assert client_for(enterprise_user).post(url, {"vi": "a b", "en": "c d"}).status_code == 403
    assert client_for(None).get(url).status_code == 302
    remove = reverse("matching:staff_glossary_remove", args=[term.pk])
    assert client_for(enterprise_user).post(remove).status_code == 403
    assert client_for(None).post(remove).status_code == 302
    assert GlossaryTerm.objects.count() == 1
