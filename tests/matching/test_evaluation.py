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
