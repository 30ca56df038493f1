"""The index's integer terms (matching/terms.py) are exactly the reference analyser's term strings."""

import json
from collections import Counter
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from matching.index import make_config
from matching.scoring import Record
from matching.terms import postings, query_terms

DATA = Path(__file__).resolve().parent.parent / "data"


def reference(analyzer, record, boost):
    counts = Counter()
    for term in analyzer.terms(record.title):
        counts[term] += boost
    for term in analyzer.terms(record.text):
        counts[term] += 1.0
    for term in analyzer.terms(record.keywords):
        counts[term] += 1.0
    return counts


def integer_form(analyzer, records, boost):
    vocabulary = analyzer.vocabulary
    docs, keys, tf = postings(analyzer, vocabulary, records, boost)
    out = [Counter() for _ in records]
    for d, k, f in zip(docs.tolist(), keys.tolist(), tf.tolist(), strict=True):
        out[d][vocabulary.string(k)] += f
    return out


def labelled_posts():
    for name in ("matching_dev.json", "matching_independent.json"):
        data = json.loads((DATA / name).read_text())
        for item in data["needs"] + data["offers"]:
            yield Record(
                item["id"], item.get("title", ""), item.get("description", ""), keywords=item.get("keywords", "")
            )


def test_every_post_of_both_labelled_sets_gets_the_reference_terms():
    config = make_config()
    records = list(labelled_posts())
    assert len(records) > 300
    for got, record in zip(integer_form(config.analyzer, records, 2.0), records, strict=True):
        assert got == reference(config.analyzer, record, 2.0), record.id


def test_without_glossary_pairs_or_accents_the_terms_still_agree():
    from matching.text import Analyzer

    records = list(labelled_posts())[:60]
    for analyzer in (Analyzer(None), Analyzer(make_config().analyzer.glossary, bigrams=False, accents=False)):
        for got, record in zip(integer_form(analyzer, records, 1.5), records, strict=True):
            assert got == reference(analyzer, record, 1.5)


WORDS = st.sampled_from(
    [
        "Sấy",
        "dừa",
        "NƯỚC",
        "thải",
        "công",
        "nghệ",
        "copra",
        "Dryer",
        "khí",
        "và",
        "2",
        "tấn/mẻ",
        "máy",
        "may",
        "say",
        "xử",
        "lý",
        "nước",
        "biogas",
        "solar",
        "desalination",
        "the",
        "khi",
        "ô",
        "a",
        "500",
        "Mekong",
        # stop phrases (text.STOP_PHRASES) and place names of the province, whole and in part
        "nhu",
        "cầu",
        "Cầu",
        "yêu",
        "Kè",
        "Trà",
        "Tra",
        "Vinh",
        "cau",
        "ke",
        # places near the province (the areas file's "nearby"), one to five syllables
        "Long",
        "Hồ",
        "Delta",
        "Đồng",
        "bằng",
        "sông",
        "Cửu",
        "ho",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=14), st.lists(WORDS, max_size=14), st.lists(WORDS, max_size=5))
def test_any_text_gets_the_reference_terms(title, body, keywords):
    analyzer = make_config().analyzer
    record = Record("x", " ".join(title), " ".join(body), keywords=", ".join(keywords))
    assert integer_form(analyzer, [record], 2.0)[0] == reference(analyzer, record, 2.0)
    keys, tf, shown = query_terms(analyzer, analyzer.vocabulary, record, 2.0, surfaces=True)
    assert {analyzer.vocabulary.string(k): f for k, f in zip(keys.tolist(), tf.tolist(), strict=True)} == dict(
        reference(analyzer, record, 2.0)
    )
    surface = {}
    for part in (record.title, record.keywords, record.text):
        for term, form in analyzer.surface_forms(part):
            surface.setdefault(term, form)
    assert {analyzer.vocabulary.string(k): form for k, form in shown.items()} == surface
    assert np.all(np.diff(keys) > 0)
