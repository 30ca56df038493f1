import json
import random

import pytest
from django.core.management import call_command

from marketplace.models import Interest
from matching import learning, services
from matching.models import Feedback, Match, WeightChange
from matching.scoring import WEIGHTS
from tests.factories import InterestFactory


def rows(n_needs=30, per_need=6, *, signal="mode", sign=1, seed=0):
    """Feedback where `signal` tells the good offers from the bad ones (sign=-1: the other way round) and
    the text signal does not."""
    rng = random.Random(seed)
    out = []
    for need in range(n_needs):
        for _ in range(per_need):
            label = rng.choice([1, -1])
            values = dict.fromkeys(WEIGHTS, 0.0)
            values["text"] = rng.random()
            values[signal] = sign * label * 0.8 + rng.uniform(-0.1, 0.1)
            out.append((f"need-{need}", values, label))
    return out


def test_under_the_floor_nothing_changes():
    report = learning.learn(rows(n_needs=3, per_need=4), dict(WEIGHTS))
    assert not report["floor_met"] and not report["apply"]
    assert report["after"] == WEIGHTS


def test_a_signal_that_tells_good_from_bad_gains_weight_and_it_helps_on_held_out_needs():
    report = learning.learn(rows(signal="mode"), dict(WEIGHTS))
    assert report["floor_met"] and report["apply"]
    assert report["after"]["mode"] > WEIGHTS["mode"]
    assert report["held_out"]["after"] >= report["held_out"]["before"] + learning.MIN_GAIN
    assert report["after"]["text"] == WEIGHTS["text"] and report["after"]["lexical"] == WEIGHTS["lexical"]


def test_a_signal_that_misleads_loses_weight():
    report = learning.learn(rows(signal="sector", sign=-1), dict(WEIGHTS))
    assert report["after"]["sector"] < WEIGHTS["sector"]


def test_noise_is_not_proposed():
    rng = random.Random(3)
    noise = [(f"n{i // 6}", {s: rng.uniform(-1, 1) for s in WEIGHTS}, rng.choice([1, -1])) for i in range(240)]
    report = learning.learn(noise, dict(WEIGHTS))
    assert report["floor_met"] and not report["apply"]


@pytest.mark.django_db
def test_feedback_labels_come_from_matches_and_accepted_interests(dryer_need, dryer_offer, unrelated_offer, enterprise):
    services.match_recompute_for_need(need=dryer_need)
    good = Match.objects.get(offer=dryer_offer)
    bad, _ = Match.objects.get_or_create(
        need=dryer_need,
        offer=unrelated_offer,
        defaults={"score": 0.3, "engine_version": "x", "computed_at": good.computed_at},
    )
    Match.objects.filter(pk=bad.pk).update(need_feedback=Feedback.NOT_RELEVANT)
    labels = services.feedback_labels()
    assert labels == {(dryer_need.pk, unrelated_offer.pk): -1}
    InterestFactory(offer=dryer_offer, from_organization=enterprise, status=Interest.Status.ACCEPTED)
    labels = services.feedback_labels()
    assert labels[(dryer_need.pk, dryer_offer.pk)] == 1
    (row,) = [r for r in services.feedback_rows(labels) if r[2] == 1]
    assert row[0] == dryer_need.pk and 0 < row[1]["text"] <= 1


@pytest.mark.django_db
def test_the_command_reports_and_applies_only_what_clears_the_floor(capsys, monkeypatch):
    call_command("learn_weights")
    assert "NOT met" in capsys.readouterr().out
    assert not WeightChange.objects.filter(applied=True).exists()
    monkeypatch.setattr(services, "feedback_rows", lambda labels=None: rows(signal="mode"))
    call_command("learn_weights", "--apply", "--json")
    out = json.loads(capsys.readouterr().out)
    assert out["applied"] and out["after"]["mode"] > WEIGHTS["mode"]
    services.clear_cache()
    assert services.engine_config().weights["mode"] == out["after"]["mode"]


# The term prior (round 2) ----------------------------------------------------------------------------

from matching.index import Index, make_config  # noqa: E402
from matching.scoring import Record  # noqa: E402


def prior_pairs(n_needs=12):
    """Needs about dryers; pairs sharing the concept of copra converted, pairs sharing only "machine" were
    dismissed."""
    pairs = []
    for i in range(n_needs):
        need = Record(f"n{i}", f"Cần máy sấy cơm dừa số {i}", "Máy sấy cơm dừa cho hợp tác xã")
        good = Record(f"g{i}", "Copra dryer", "Hot-air dryer for coconut kernels")
        bad = Record(f"b{i}", "Máy ép viên", "Máy ép phân hữu cơ")
        pairs += [(need, good, 1), (need, good, 1), (need, bad, -1), (need, bad, -1)]
    return pairs


def test_under_the_floor_no_term_prior_is_learnt():
    report = learning.learn_term_prior(prior_pairs(n_needs=3), make_config().analyzer)
    assert not report["apply"] and report["prior"] == {}


def test_terms_of_pairs_that_converted_count_more_and_terms_of_dismissed_pairs_less():
    prior = learning.learn_term_prior(prior_pairs(), make_config().analyzer)["prior"]
    assert prior["@copra"] > 1.0
    assert prior["@machine"] < 1.0


def test_numbers_get_no_prior():
    # Every converted pair below shares "500" (a capacity), every dismissed one "20": quantities, not subjects.
    pairs = [
        (Record(f"n{i}", "Máy sấy cơm dừa 500 kg", "20 công nhân"), Record(f"g{i}", "Copra dryer 500 kg", ""), 1)
        for i in range(12)
    ] * 2 + [
        (Record(f"n{i}", "Máy sấy cơm dừa 500 kg", "20 công nhân"), Record(f"b{i}", "Máy ép viên 20 tấn", ""), -1)
        for i in range(12)
    ] * 2
    prior = learning.learn_term_prior(pairs, make_config().analyzer)["prior"]
    assert prior["@copra"] > 1.0
    assert not [term for term in prior if any(c.isdigit() for c in term)]


def test_the_engine_weighs_a_query_term_by_its_learnt_factor():
    offers = [Record("a", "Máy sấy cơm dừa", ""), Record("b", "Máy ép viên phân", "")]
    need = Record("n", "Máy sấy, máy ép", "")
    plain = {h.id: h.score for h in Index(offers, role="offer", config=make_config()).rank(need, k=2)}
    prior = {"@press": 2.0, "ep": 2.0, "~ép": 2.0}
    learnt = {h.id: h.score for h in Index(offers, role="offer", config=make_config(term_prior=prior)).rank(need, k=2)}
    assert learnt["b"] - learnt["a"] > plain["b"] - plain["a"]


@pytest.mark.django_db
def test_applying_puts_the_term_prior_in_force_even_when_the_weights_stay(capsys, monkeypatch):
    monkeypatch.setattr(services, "feedback_pairs", lambda labels=None: prior_pairs())
    call_command("learn_weights", "--apply", "--json")
    out = json.loads(capsys.readouterr().out)
    assert out["applied"] and out["term_prior"]["apply"]
    services.clear_cache()
    assert services.engine_config().term_prior["@copra"] > 1.0
    assert services.engine_config().weights == WEIGHTS


@pytest.mark.django_db
def test_connections_that_converted_count_as_positive_and_a_misfit_as_negative(
    dryer_need, dryer_offer, unrelated_offer, staff
):
    from marketplace import connections
    from marketplace.models import Connection

    seeker, provider = dryer_need.organization, dryer_offer.organization
    converted, _ = connections.connection_open_for(
        seeker=seeker, provider=provider, channel="staff", by=staff, need=dryer_need, offer=dryer_offer
    )
    assert services.feedback_labels() == {}  # introduced only: nothing learnt yet
    Connection.objects.filter(pk=converted.pk).update(stage="mou", mou_signed_on="2026-05-01")
    assert services.feedback_labels() == {(dryer_need.pk, dryer_offer.pk): 1}
    Connection.objects.filter(pk=converted.pk).update(
        stage="closed", result="lost", lost_reason="no_fit", mou_signed_on=None, need=dryer_need, offer=unrelated_offer
    )
    assert services.feedback_labels() == {(dryer_need.pk, unrelated_offer.pk): -1}
