"""A need's meaning vector is made from its text and the other language's names of the glossary concepts it holds
(embeddings.query_text, lex-1.47): the glossary's names, the text embedded, and the platform's stored digests."""

import numpy as np
import pytest

from matching import embeddings, services
from matching.glossary import GENERIC
from matching.index import make_config
from matching.models import PostEmbedding
from matching.scoring import Record
from matching.text import Glossary


def need(title, text="", language="vi"):
    return Record(id=1, title=title, text=text, language=language)


def test_each_concept_keeps_a_name_in_either_language():
    glossary = Glossary(
        [
            ("cold_store", ("kho mát", "phòng lạnh", "cold rooms")),
            ("sector_aquaculture", ("Thủy sản", "Aquaculture")),
            ("staff_3", ("bồn làm lạnh sữa", "bulk milk cooler")),
            ("halal", ("halal", "kosher")),
            ("-", ("mùa khô",)),
        ]
    )
    assert glossary.names["@cold_store"] == {"vi": "kho mát", "en": "cold store"}  # the concept's own name in English
    assert glossary.names["@sector_aquaculture"] == {"vi": "Thủy sản", "en": "Aquaculture"}
    assert glossary.names["@staff_3"] == {"vi": "bồn làm lạnh sữa", "en": "bulk milk cooler"}
    assert glossary.names["@halal"] == {"en": "halal"}  # no Vietnamese phrase: no Vietnamese name
    assert "@-" not in glossary.names


def test_a_need_is_embedded_with_the_other_languages_names_of_its_concepts():
    analyzer = make_config(rerank=False).analyzer
    vietnamese = need("Cần kho mát bảo quản xoài", "Hợp tác xã cần sấy xoài và giữ xoài trong kho mát.")
    text = embeddings.query_text(vietnamese, analyzer)
    assert text.startswith(embeddings.text_of(vietnamese) + " (")
    names = text[len(embeddings.text_of(vietnamese)) + 2 : -1].split(", ")
    assert "cold store" in names and "mango" in names and "dry" in names
    # In the glossary's order, whatever the order the need names them in.
    reordered = need("Cần sấy xoài", "Hợp tác xã cần kho mát và giữ xoài trong kho mát, bảo quản.")
    assert embeddings.query_text(reordered, analyzer).endswith(text[len(embeddings.text_of(vietnamese)) :])
    assert len(names) == len(set(names))  # each once ("xoài" three times)
    english = need("Cold rooms for mangoes", "A cooperative needs cold rooms for its mangoes.", language="en")
    # (the glossary's first Vietnamese phrase of the concept, whichever the need's phrase)
    assert embeddings.query_text(english, analyzer).endswith(". (xoài, kho lạnh)")


def test_generic_concepts_are_left_out_and_the_names_are_capped(monkeypatch):
    analyzer = make_config(rerank=False).analyzer
    plain = need("Cần máy móc và quy trình", "Chúng tôi cần thiết bị.")
    assert {"machine", "process"} <= GENERIC
    assert embeddings.query_text(plain, analyzer) == embeddings.text_of(plain)  # generic names only: the text alone
    many = need("Kho mát, sấy xoài, nuôi tôm, trồng lúa, biogas, điện mặt trời, bơm nước")
    monkeypatch.setattr(embeddings, "NAMES", 2)
    assert embeddings.query_text(many, analyzer).endswith(". (dry, pump)")  # the first two in the glossary's order


def test_an_offer_is_embedded_as_written_and_a_needs_digest_is_marked():
    offer = Record(id=2, title="Kho mát", text="Kho mát cho trái cây", language="vi")
    assert embeddings.embedded_text(offer, "offer") == embeddings.text_of(offer)
    assert embeddings.stored_digest(offer, "offer") == embeddings.digest(embeddings.PASSAGE, embeddings.text_of(offer))
    # A need's stored vector made before lex-1.47 (of its text alone) is not taken for one made with the names.
    assert embeddings.stored_digest(offer, "need") != embeddings.digest(embeddings.QUERY, embeddings.text_of(offer))


@pytest.mark.django_db
def test_the_platform_embeds_a_need_with_its_names_and_an_offer_as_written(
    dryer_need, dryer_offer, settings, monkeypatch
):
    settings.MATCHING_MEANING = True
    embedded = []

    def embed(texts, kind):
        embedded.extend((kind, t) for t in texts)
        return np.ones((len(texts), embeddings.DIM), np.float32) / embeddings.DIM**0.5

    monkeypatch.setattr(embeddings, "embed", embed)
    monkeypatch.setattr(embeddings, "available", lambda: True)
    services.match_recompute_all()
    need_record = services.need_record(dryer_need)
    queries = [t for kind, t in embedded if kind == embeddings.QUERY]
    passages = [t for kind, t in embedded if kind == embeddings.PASSAGE]
    assert queries == [embeddings.query_text(need_record, services.engine_config().analyzer)]
    assert queries[0] != embeddings.text_of(need_record)  # (the dryer need names the glossary's drying)
    assert passages == [embeddings.text_of(services.offer_record(dryer_offer))]
    assert PostEmbedding.objects.get(need=dryer_need).digest == embeddings.stored_digest(need_record, "need")
    embedded.clear()
    services.match_recompute_all()
    assert embedded == []  # stored under that digest: not embedded again
