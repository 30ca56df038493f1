import pytest

from marketplace.models import TechnologyOffer
from marketplace.selectors import post_list_public, post_search
from matching.text import fold, search_document, syllables
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def titles(query):
    return [o.title for o in post_search(post_list_public(model=TechnologyOffer), query)]


def test_fold_removes_vietnamese_accents_case_and_d_stroke():
    assert fold("SẤY DỪA") == "say dua"
    assert fold("Đồng bằng") == "dong bang"
    assert syllables("Máy sấy-dừa, 2 tấn/giờ") == ["may", "say", "dua", "2", "tan", "gio"]
    assert search_document("Nước thải") == " nuoc thai "


def test_search_ignores_accents_and_case():
    OfferFactory(title="Máy sấy dừa")
    OfferFactory(title="Máy gọt vỏ dừa")
    assert titles("say dua") == ["Máy sấy dừa"]
    assert titles("SẤY DỪA") == ["Máy sấy dừa"]
    assert titles("sấy dừa") == ["Máy sấy dừa"]


def test_a_multi_syllable_word_matches_as_a_unit():
    OfferFactory(title="Xử lý nước thải thủy sản")
    OfferFactory(title="Thải bỏ nước rửa", summary="không liên quan")
    assert titles("nước thải") == ["Xử lý nước thải thủy sản"]


def test_a_syllable_matches_whole_syllables_only():
    OfferFactory(title="Máy sấy dừa")
    assert titles("dua") == ["Máy sấy dừa"]
    assert titles("du") == []


def test_the_whole_phrase_ranks_first():
    OfferFactory(title="Sấy lạnh trái cây, máy dừa")
    OfferFactory(title="Máy sấy dừa nhanh")
    assert titles("máy sấy dừa")[0] == "Máy sấy dừa nhanh"


def test_search_only_returns_published_posts():
    OfferFactory(title="Máy sấy dừa", status="draft")
    assert titles("say dua") == []


def test_search_text_follows_edits():
    offer = OfferFactory(title="Máy sấy dừa")
    offer.title = "Lò hơi sinh khối"
    offer.save(update_fields=["title"])
    assert titles("lo hoi") == ["Lò hơi sinh khối"]


def test_the_sector_filter_lists_the_tree_with_children_indented(client):
    from marketplace.models import Sector

    response = client.get("/needs/")
    choices = [label for _value, label in response.context["filter"].form.fields["sector"].choices][1:]
    agriculture = Sector.objects.get(code="agriculture")
    first_child = agriculture.children.order_by("position").first()
    index = choices.index(agriculture.name)
    assert choices[index + 1] == f"— {first_child.name}"
