import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command

from core.models import Notification
from marketplace import services as market
from marketplace.models import PostStatus
from matching import embeddings, services
from matching.models import Feedback, Match, PostEmbedding
from matching.scoring import ENGINE_VERSION
from tests.factories import OfferFactory, sector

pytestmark = pytest.mark.django_db


def test_recomputing_a_need_stores_ranked_explained_matches(dryer_need, dryer_offer, unrelated_offer):
    kept = services.match_recompute_for_need(need=dryer_need)
    assert kept == 1
    match = Match.objects.get()
    assert match.offer == dryer_offer and 0.7 <= match.score <= 1
    assert match.engine_version == ENGINE_VERSION
    assert set(match.signals) >= {"text", "sector", "trl", "budget", "mode"}
    assert "cơm dừa" in match.terms


def test_recomputing_twice_changes_nothing(dryer_need, dryer_offer):
    services.match_recompute_for_need(need=dryer_need)
    first = list(Match.objects.values("id", "need_id", "offer_id", "score", "breakdown"))
    services.match_recompute_for_need(need=dryer_need)
    services.match_recompute_for_offer(offer=dryer_offer)
    assert list(Match.objects.values("id", "need_id", "offer_id", "score", "breakdown")) == first


def test_a_pair_scores_the_same_from_either_side(dryer_need, dryer_offer):
    services.match_recompute_for_offer(offer=dryer_offer)
    from_offer = Match.objects.get().score
    Match.objects.all().delete()
    services.match_recompute_for_need(need=dryer_need)
    assert Match.objects.get().score == from_offer


def test_an_organisation_is_not_matched_with_itself(dryer_need, enterprise):
    OfferFactory(organization=enterprise, title="Máy sấy cơm dừa 2 tấn/mẻ", sectors=[sector("coconut")])
    assert services.match_recompute_for_need(need=dryer_need) == 0


def test_a_post_that_leaves_the_lists_loses_its_matches_but_not_judged_ones(dryer_need, dryer_offer, provider):
    second = OfferFactory(
        organization=provider,
        title="Máy sấy cơm dừa bằng bơm nhiệt",
        keywords="sấy dừa, cơm dừa",
        sectors=[sector("coconut")],
    )
    services.match_recompute_for_need(need=dryer_need)
    assert Match.objects.count() == 2
    judged = Match.objects.get(offer=second)
    Match.objects.filter(pk=judged.pk).update(need_feedback=Feedback.NOT_RELEVANT)
    dryer_need.status = PostStatus.PAUSED
    dryer_need.save()
    services.match_recompute_for_need(need=dryer_need)
    assert list(Match.objects.values_list("offer_id", flat=True)) == [second.pk]


def test_not_relevant_hides_the_suggestion_and_is_remembered(dryer_need, dryer_offer, enterprise_user):
    from matching.selectors import match_list_for_post

    services.match_recompute_for_need(need=dryer_need)
    match = Match.objects.get()
    services.match_feedback(match=match, side="need", value=Feedback.NOT_RELEVANT, by=enterprise_user)
    services.match_recompute_for_need(need=dryer_need)
    services.match_recompute_all()
    match.refresh_from_db()
    assert match.need_feedback == Feedback.NOT_RELEVANT
    assert match_list_for_post(post=dryer_need, side="need") == []
    # The other side still sees it: its owner did not judge it.
    assert [m.pk for m in match_list_for_post(post=dryer_offer, side="offer")] == [match.pk]


def test_only_an_owner_or_staff_gives_feedback(dryer_need, dryer_offer, outsider_user, provider_user, staff):
    services.match_recompute_for_need(need=dryer_need)
    match = Match.objects.get()
    with pytest.raises(PermissionDenied):
        services.match_feedback(match=match, side="need", value=Feedback.INTERESTED, by=outsider_user)
    with pytest.raises(PermissionDenied):
        services.match_feedback(match=match, side="need", value=Feedback.INTERESTED, by=provider_user)
    services.match_feedback(match=match, side="offer", value=Feedback.INTERESTED, by=provider_user)
    services.match_feedback(match=match, side="need", value=Feedback.INTERESTED, by=staff)
    match.refresh_from_db()
    assert match.offer_feedback == match.need_feedback == Feedback.INTERESTED


def test_owners_are_notified_once_per_strong_pair(
    dryer_need, dryer_offer, enterprise_user, provider_user, django_capture_on_commit_callbacks
):
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            services.match_recompute_for_need(need=dryer_need)
            services.match_recompute_for_offer(offer=dryer_offer)
            services.match_recompute_all()
    assert Notification.objects.filter(user=enterprise_user, kind="match_for_need").count() == 1
    assert Notification.objects.filter(user=provider_user, kind="match_for_offer").count() == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted([enterprise_user.email, provider_user.email])
    note = Notification.objects.get(user=enterprise_user)
    assert dryer_offer.title in note.text and note.url.endswith("#matches")
    assert Match.objects.get().notified_at is not None


def test_a_weak_pair_notifies_nobody(dryer_need, provider, second_provider, django_capture_on_commit_callbacks):
    peeler = OfferFactory(
        organization=provider,
        title="Máy gọt vỏ dừa tươi",
        summary="Gọt vỏ dừa 600 trái/giờ",
        trl=9,
        sectors=[sector("coconut")],
    )
    for title in (
        "Hệ thống xử lý nước thải thủy sản",
        "Phần mềm truy xuất nguồn gốc",
        "Máy ép viên nén trấu",
        "Giống bưởi da xanh",
        "Kho lạnh bảo quản trái cây",
    ):
        OfferFactory(organization=second_provider, title=title, sectors=[sector("fruit")])
    with django_capture_on_commit_callbacks(execute=True):
        services.match_recompute_for_need(need=dryer_need)
    assert Match.objects.get(offer=peeler).score < 0.7
    assert not Notification.objects.filter(kind__startswith="match").exists()


def test_publishing_a_post_recomputes_its_matches(
    dryer_offer, enterprise, enterprise_user, staff, django_capture_on_commit_callbacks
):
    from marketplace.models import TechnologyNeed

    with django_capture_on_commit_callbacks(execute=True):
        need = market.post_create(
            model=TechnologyNeed,
            organization=enterprise,
            by=enterprise_user,
            sectors=[sector("coconut")],
            title="Cần máy sấy cơm dừa",
            summary="Thay lò sấy thủ công",
            problem="Cơm dừa ám khói",
            transfer_modes=["turnkey"],
            min_trl=6,
            keywords="sấy dừa",
        )
    assert not Match.objects.exists()  # a draft is not matched
    with django_capture_on_commit_callbacks(execute=True):
        market.post_submit(post=need, by=enterprise_user)
    with django_capture_on_commit_callbacks(execute=True):
        market.post_approve(post=TechnologyNeed.objects.get(pk=need.pk), by=staff)
    assert Match.objects.filter(need=need, offer=dryer_offer).exists()
    with django_capture_on_commit_callbacks(execute=True):
        market.post_pause(post=TechnologyNeed.objects.get(pk=need.pk), by=enterprise_user)
    assert not Match.objects.filter(need=need).exists()


def test_the_command_recomputes_one_post_or_all(dryer_need, dryer_offer, capsys):
    call_command("recompute_matches", "--need", str(dryer_need.pk))
    call_command("recompute_matches", "--offer", str(dryer_offer.pk))
    call_command("recompute_matches", "--all")
    call_command("recompute_matches")
    assert Match.objects.count() == 1
    assert "1 matches" in capsys.readouterr().out


def test_the_command_refuses_an_unknown_id(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("recompute_matches", "--need", "999999")


def test_the_nightly_job_is_scheduled():
    from django.conf import settings

    tasks = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()]
    assert "matching.tasks.match_recompute_all" in tasks


def test_the_demo_seed_computes_matches(dryer_need, dryer_offer):
    from matching import demo

    assert "1 matches" in demo.seed()
    assert Match.objects.count() == 1


def test_a_new_offer_is_found_from_the_need_side_after_the_index_refreshes(dryer_need, dryer_offer, provider):
    services.match_recompute_for_need(need=dryer_need)
    newer = OfferFactory(
        organization=provider,
        title="Copra dryer, indirect hot air, 2 t per batch",
        summary="Smoke-free coconut kernel drying",
        trl=8,
        transfer_modes=["equipment"],
        sectors=[sector("coconut")],
    )
    services.match_recompute_for_need(need=dryer_need)
    assert Match.objects.filter(offer=newer).exists()  # English offer, Vietnamese need


def test_a_newly_published_offer_joins_the_index_without_a_rebuild(dryer_need, dryer_offer, provider):
    first = services.index_for("offer")
    new = OfferFactory(
        organization=provider,
        title="Lò sấy cơm dừa tiết kiệm nhiên liệu 2 tấn/mẻ",
        summary="Sấy cơm dừa bằng gáo dừa, không ám khói.",
        sectors=[sector("coconut")],
    )
    second = services.index_for("offer")
    assert second is not first and second.main_docs == first.main_docs and second.delta_size == 1
    assert new.pk not in first.position  # the copy in use by others is left as it was
    services.match_recompute_for_offer(offer=new)
    assert Match.objects.filter(need=dryer_need, offer=new).exists()


def test_an_offer_that_leaves_the_public_list_leaves_the_index_without_a_rebuild(dryer_need, dryer_offer, staff):
    first = services.index_for("offer")
    market.post_close(post=dryer_offer, by=staff)
    second = services.index_for("offer")
    assert second.main_docs == first.main_docs and second.deleted[second.position[dryer_offer.pk]]
    assert services.match_recompute_for_need(need=dryer_need) == 0


def test_a_large_backlog_of_changes_rebuilds_the_index(dryer_offer, provider, monkeypatch):
    first = services.index_for("offer")
    monkeypatch.setattr(services, "REBUILD_AFTER", 1)
    OfferFactory.create_batch(3, organization=provider)
    second = services.index_for("offer")
    assert second.delta_size == 0 and second.main_docs == first.main_docs + 3


def test_posts_are_embedded_once_and_again_when_their_text_changes(dryer_need, dryer_offer, settings):
    settings.MATCHING_MEANING = True
    services.match_recompute_all()  # (the nightly job embeds what was published before the model)
    stored = {e.need_id or e.offer_id: e.digest for e in PostEmbedding.objects.all()}
    assert set(stored) == {dryer_need.pk, dryer_offer.pk}
    offers = services.index_for("offer")
    assert len(offers.records[offers.position[dryer_offer.pk]].extra["e5"]) == embeddings.PACKED
    assert services.embeddings_refresh("offer", [services.offer_record(dryer_offer)]) == 0
    dryer_offer.summary = "Sấy cơm dừa bằng hơi nóng gián tiếp, không ám khói, 3 tấn mỗi mẻ"
    dryer_offer.save()
    services.match_recompute_for_offer(offer=dryer_offer)
    assert PostEmbedding.objects.get(offer=dryer_offer).digest != stored[dryer_offer.pk]
    offers = services.index_for("offer")  # the edited post's record carries its new vector
    vector = offers.records[offers.position[dryer_offer.pk]].extra["e5"]
    assert [vector] == embeddings.packed_from_bytes([PostEmbedding.objects.get(offer=dryer_offer).vector])


def test_with_meaning_a_pair_still_scores_the_same_from_either_side(dryer_need, dryer_offer, provider, settings):
    settings.MATCHING_MEANING = True
    OfferFactory(organization=provider, title="Máy sấy cơm dừa bằng bơm nhiệt", sectors=[sector("coconut")])
    services.match_recompute_all()
    from_need = dict(Match.objects.values_list("offer_id", "score"))
    Match.objects.all().delete()
    services.match_recompute_for_offer(offer=dryer_offer)
    assert Match.objects.get(offer=dryer_offer).score == from_need[dryer_offer.pk]


def test_without_meaning_nothing_is_embedded(dryer_need, dryer_offer):
    services.match_recompute_all()
    assert not PostEmbedding.objects.exists()
    offers = services.index_for("offer")
    assert "e5" not in offers.records[offers.position[dryer_offer.pk]].extra


def test_many_posts_read_their_vectors_without_an_id_list(dryer_need, dryer_offer, settings, monkeypatch):
    settings.MATCHING_MEANING = True
    services.match_recompute_all()
    services.clear_cache()
    monkeypatch.setattr(services, "IN_LIST", 0)  # (as for an index of more than IN_LIST posts)
    offers = services.index_for("offer")
    assert len(offers.records[offers.position[dryer_offer.pk]].extra["e5"]) == embeddings.PACKED


def test_matches_are_stored_when_the_model_fails(dryer_need, dryer_offer, settings, monkeypatch):
    settings.MATCHING_MEANING = True

    def broken(texts, kind):
        raise RuntimeError("the model crashed")

    monkeypatch.setattr(embeddings, "embed", broken)
    assert services.match_recompute_for_need(need=dryer_need) == 1  # the fused order, without vectors
    assert not PostEmbedding.objects.exists()


def test_the_place_names_kept_out_of_matching_are_the_provinces_settings(tmp_path, settings, caplog):
    import json

    areas = tmp_path / "ben_tre.json"
    rows = [{"code": "xa-mo-cay", "name": "Mỏ Cày", "kind": "commune"}]
    data = {"province": "Bến Tre", "part_of": "Vĩnh Long", "nearby": ["Tiền Giang"], "areas": rows}
    areas.write_text(json.dumps(data), encoding="utf-8")
    settings.PLATFORM = {**settings.PLATFORM, "AREAS_FILE": str(areas), "PROVINCE_NAME": "Bến Tre"}
    settings.MATCHING_PLACE_NAMES = ["Ba Tri"]
    phrases = services.stop_phrases()
    assert {"nhu cầu", "yêu cầu", "Bến Tre", "Vĩnh Long", "Mỏ Cày", "Tiền Giang", "Ba Tri"} <= set(phrases)
    assert "Cầu Kè" not in phrases  # another province's commune
    analyzer = services.engine_config().analyzer
    assert not {"mo", "cay", "ben", "tre", "ba", "tri"} & set(analyzer.terms("Lò sấy ở Mỏ Cày, Bến Tre và Ba Tri"))
    assert {"cau", "ke"} <= set(analyzer.terms("Hợp tác xã ở Cầu Kè"))
    # An areas file that cannot be read keeps the province's own name out, and says so in the log.
    settings.PLATFORM = {**settings.PLATFORM, "AREAS_FILE": str(tmp_path / "missing.json")}
    assert "Bến Tre" in services.stop_phrases() and "Mỏ Cày" not in services.stop_phrases()
    assert "cannot be read" in caplog.text
