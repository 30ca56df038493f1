"""Vietnamese typed without accents is matched with its accents given back (matching/accents.py)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.text import fold
from matching import accents, evaluation, services
from matching.index import language_code

from . import benches


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("may say lua cho hop tac xa", "máy sấy lúa cho hợp tác xã"),
        ("nuoi tom cang xanh trong ruong lua", "nuôi tôm càng xanh trong ruộng lúa"),
        ("xu ly nuoc thai chan nuoi heo", "xử lý nước thải chăn nuôi heo"),
        ("Tim bo kit xet nghiem nhanh dich ta heo", "Tìm bộ kit xét nghiệm nhanh dịch tả heo"),
    ],
)
def test_the_accents_of_a_text_typed_without_them_come_back(typed, meant):
    assert accents.restored(typed) == (meant,)


def test_case_punctuation_numbers_and_unknown_words_are_kept():
    (back,) = accents.restored("MAY SAY LUA 2 tan/ngay, loai PCR-xyz (Cau Ngang)")
    assert back.startswith("MÁY SẤY LÚA 2 tấn/ngày, ")
    assert "PCR-xyz (Cầu Ngang)" in back


@pytest.mark.parametrize(
    "text",
    [
        "Solar dryer for coconut in Tra Vinh, 2 tonnes a day",  # English: few of its words are syllables
        "Máy sấy lúa cho hợp tác xã",  # accented already
        "may say",  # too short to tell
        "",
    ],
)
def test_english_accented_and_short_texts_are_left_as_they_are(text):
    assert accents.restored(text, "") == (text, "")


def test_a_pair_seen_once_does_not_outweigh_the_syllables_after_it():
    # Witten-Bell interpolation (lex-1.42): "lý đuông" (coconut weevil control), seen once, weighs against the
    # syllable after it, where lex-1.39's pair probability made it near certain and read "quản lý đuông giao thông"
    # for road management (docs/matching.md, "Results, stop 44").
    model = accents.Accents().learn(["quản lý đuông dừa", *["đường giao thông"] * 3])
    assert model.restore("quan ly duong giao thong") == "quản lý đường giao thông"


def test_only_words_shaped_like_vietnamese_syllables_tell_a_text_typed_without_accents():
    # English words met in Vietnamese posts are in the counts, but have no Vietnamese syllable's shape.
    model = accents.Accents().learn(["Máy solar dryer cho coconut của tôi"])
    assert not model.without_accents("solar dryer coconut cho")
    assert model.without_accents("may cho cua toi")


def test_a_posts_texts_are_judged_together():
    # A title alone is often too short to tell; with its description the post reads as Vietnamese. A text
    # that has its marks is kept as it was written.
    assert accents.restored("may say", "can may say lua cho hop tac xa") == (
        "máy sấy",
        "cần máy sấy lúa cho hợp tác xã",
    )
    assert accents.restored("may say lua cho hop tac xa", "Sấy lúa.") == ("máy sấy lúa cho hợp tác xã", "Sấy lúa.")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeghiklmnopqrstuvxyADGHNT .,/-0123456789\n", max_size=80))
def test_restoring_only_adds_marks(text):
    back = accents.default().restore(text)
    assert fold(back) == fold(text)
    assert len(back) == len(text)


def test_the_table_is_written_and_read_back(tmp_path):
    model = accents.Accents().learn(["Máy sấy lúa", "sấy lúa, sấy dừa", "no marks here"])
    model.dump(tmp_path / "t.tsv.gz")
    back = accents.Accents.load(tmp_path / "t.tsv.gz")
    assert back.unigrams == model.unigrams and back.bigrams == model.bigrams
    assert back.bigrams["sấy lúa"] == 2 and "no" not in back.unigrams
    assert back.restore("may say dua") == "máy sấy dừa"


def test_telling_a_text_needs_the_syllables_only_so_english_posts_never_load_the_pairs(monkeypatch):
    # The detector reads the table's syllables and stops at its first pair: it tells exactly what the full table
    # tells.
    full = accents.default()
    detector = accents.detector()
    assert detector.forms == full.forms
    assert not detector.bigrams.keys() - full.bigrams.keys()  # (only the glossary's and sector names' pairs)
    assert len(detector.bigrams) < len(full.bigrams) / 10
    # In a fresh process (no table loaded yet), an English post is left alone without loading the pairs; the
    # first post typed without accents loads them.
    monkeypatch.setattr(accents, "_default", None)
    monkeypatch.setattr(accents, "_detector", None)
    assert accents.restored("Solar dryer for coconut", "Two tonnes a day for a cooperative in Tra Vinh") == (
        "Solar dryer for coconut",
        "Two tonnes a day for a cooperative in Tra Vinh",
    )
    assert accents._detector is not None and accents._default is None
    assert accents.restored("may say lua cho hop tac xa") == ("máy sấy lúa cho hợp tác xã",)
    assert accents._default is not None


def test_a_labelled_set_is_read_as_the_platform_reads_posts():
    data = {
        "offers": [{"id": "o1", "title": "Máy sấy lúa", "description": "Sấy lúa cho hợp tác xã"}],
        "needs": [{"id": "n1", "title": "Can may say lua", "description": "cho hop tac xa o Cau Ngang"}],
        "qrels": {"n1": {"o1": 2}},
    }
    needs, _offers, _qrels = evaluation.load(data)
    assert (needs[0].title, needs[0].text) == ("Cần máy sấy lúa", "cho hợp tác xã ở Cầu Ngang")
    needs, _offers, _qrels = evaluation.load(data, restore_accents=False)
    assert needs[0].title == "Can may say lua"


@pytest.mark.django_db
def test_a_need_typed_without_accents_is_matched_as_vietnamese(typed_need, dryer_offer):
    need = typed_need
    record = services.need_record(need)
    assert record.title == "Cần dây chuyền sấy cơm dừa 2 tấn/mẻ"
    assert language_code(record) == 0  # (without its marks it read as English)
    assert services.match_recompute_for_need(need=need) == 1
    assert "cơm dừa" in need.matches.get().terms  # the shared terms shown as the need would have written them


def _accents_bench():
    return benches.load("matching_accents")


def test_a_table_of_the_sets_before_one_holds_nothing_of_that_set_or_later():
    # bench/matching_accents.py --table-before=holdoutN: how well a table of the sets written before holdoutN gives the
    # accents of the later sets back (docs/matching.md, "Results, stop 44") is fair only if it holds none of them.
    bench = _accents_bench()
    older = [n for n in bench.sets(include_held_back=True) if bench.number(n) is None or bench.number(n) < 43]
    seen = set(bench.table(older).bigrams) | set(accents.Accents().learn(accents.base_texts()).bigrams)
    first_in_43 = set(bench.table(["holdout43"]).bigrams) - seen  # the pairs holdout43 is the first to write
    assert first_in_43
    assert not first_in_43 & set(bench.table_before(43).bigrams)
    assert first_in_43 <= set(bench.table_before(44).bigrams)
    with pytest.raises(SystemExit):
        bench.main(["--accuracy", "--table-before=holdout102", "--sets=holdout101"])
