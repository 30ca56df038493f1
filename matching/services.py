"""Writes of the matching app: recompute and persist matches, record feedback, notify owners.

The pure engine (index.py, scoring.py) ranks plain records; this module turns posts into records,
keeps one index per process and side (rebuilt from the database when published posts change, so no
worker holds state another lacks), and writes Match rows with update-or-create.

A pair's score is always computed the same way, need as the query against the offers' index, whichever
post changed, so recomputing from either side gives the same row.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Max, Q, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import roles
from core.faults import fault_point
from core.notifications import notify
from marketplace.models import PostStatus, Sector, TechnologyNeed, TechnologyOffer
from marketplace.selectors import organization_users

from . import accents, conf, embeddings
from .index import EngineConfig, Index, make_config, stop_phrases_for
from .learning import FIXED
from .models import Feedback, GlossaryTerm, Match, PostEmbedding, WeightChange
from .scoring import ENGINE_VERSION, SHOWN, WEIGHTS, Record, round_breakdown
from .text import STOP_PHRASES

_lock = threading.Lock()
_cache: dict = {}
logger = logging.getLogger(__name__)


# Records ----------------------------------------------------------------------------------------


def _timestamp(value: datetime | None) -> float | None:
    return value.timestamp() if value else None


def _written(post, kind: str) -> tuple[str, str]:
    """A post's title and the text the engine matches, as written."""
    if kind == "need":
        parts = [post.summary, post.problem, post.expected_results, post.description]
    else:
        parts = [post.summary, post.description, post.reference_deployments]
    return post.title, " \n ".join(filter(None, parts))


def reading_of(post, kind: str) -> dict[str, str] | None:
    """How the engine read a post typed without Vietnamese accents ({"title", "text"} with the accents it gave
    back, the text's fields as one), or None when it read the post as written (accents.py)."""
    written = _written(post, kind)
    title, text = accents.restored(*written)
    if (title, text) == written:
        return None
    return {"title": title, "text": text}


def need_record(need: TechnologyNeed, sectors=None) -> Record:
    # (a post typed without accents is matched with its accents given back: accents.py)
    title, text = accents.restored(*_written(need, "need"))
    return Record(
        id=need.pk,
        title=title,
        text=text,
        keywords=need.keywords or "",
        sectors=frozenset(sectors if sectors is not None else need.sectors.values_list("id", flat=True)),
        min_trl=need.min_trl,
        budget_min=need.budget_min,
        budget_max=need.budget_max,
        transfer_modes=frozenset(need.transfer_modes or ()),
        region=need.region,
        published=_timestamp(need.published_at),
        extra={"org": need.organization_id},
    )


def offer_record(offer: TechnologyOffer, sectors=None) -> Record:
    title, text = accents.restored(*_written(offer, "offer"))
    return Record(
        id=offer.pk,
        title=title,
        text=text,
        keywords=offer.keywords or "",
        sectors=frozenset(sectors if sectors is not None else offer.sectors.values_list("id", flat=True)),
        trl=offer.trl,
        price_min=offer.price_min,
        price_max=offer.price_max,
        negotiable=offer.price_negotiable,
        transfer_modes=frozenset(offer.transfer_modes or ()),
        region=offer.region,
        published=_timestamp(offer.published_at),
        extra={"org": offer.organization_id},
    )


RECORD: dict[str, tuple[Any, Callable[..., Record]]] = {
    "need": (TechnologyNeed, need_record),
    "offer": (TechnologyOffer, offer_record),
}


def published_records(side: str) -> list[Record]:
    model, to_record = RECORD[side]
    posts = list(model.objects.filter(status=PostStatus.PUBLISHED).defer("confidential_details", "search_text"))
    through = model.sectors.through
    fk = f"{model._meta.model_name}_id"
    sectors: dict[int, set] = {}
    for post_id, sector_id in through.objects.filter(**{f"{fk}__in": [p.pk for p in posts]}).values_list(
        fk, "sector_id"
    ):
        sectors.setdefault(post_id, set()).add(sector_id)
    records = [to_record(p, sectors.get(p.pk, ())) for p in posts]
    embeddings_refresh(side, records, embed=False)
    return records


# Meaning vectors (embeddings.py) ----------------------------------------------------------------


IN_LIST = 500  # posts looked up by id at most; more read the side's rows


def embeddings_refresh(side: str, records: list[Record], *, embed: bool = True) -> int:
    """Give records their stored e5 vector (Record.extra["e5"]) where it was made from their current text
    and the current model; with `embed`, first embed and store the vectors of the others (a post published
    or edited). Returns how many posts were embedded. Off (MATCHING_MEANING) or without the model, nothing:
    the reranker then keeps the fused order."""
    if not conf.get("MEANING"):
        return 0
    kind = embeddings.kind_of(side)
    wanted = {r.id: embeddings.stored_digest(r, side) for r in records if r.extra.get(embeddings.KEY) is None}
    if not wanted:
        return 0
    # (Many posts — an index being built —: every row of the side, rather than an IN list past SQLite's limit.)
    rows = PostEmbedding.objects.filter(
        **({f"{side}_id__in": list(wanted)} if len(wanted) <= IN_LIST else {f"{side}__isnull": False})
    )
    stored = {
        pid: (digest, vector)
        for pid, digest, vector in rows.values_list(f"{side}_id", "digest", "vector")
        if pid in wanted
    }
    stale = [r for r in records if r.id in wanted and stored.get(r.id, ("",))[0] != wanted[r.id]]
    made = 0
    vectors: Any = []
    if embed and stale and embeddings.available():
        try:
            analyzer = engine_config().analyzer if side == "need" else None
            vectors = embeddings.embed([embeddings.embedded_text(r, side, analyzer) for r in stale], kind)
        except Exception:  # the matches matter more than their meaning feature: they go on without it
            logger.exception("embedding %d %s(s) failed; their matches keep the fused order", len(stale), side)
    if len(vectors):
        for record, vector in zip(stale, vectors, strict=True):
            data = embeddings.to_bytes(vector)
            post: dict[str, Any] = {f"{side}_id": record.id}
            PostEmbedding.objects.update_or_create(defaults={"digest": wanted[record.id], "vector": data}, **post)
            stored[record.id] = (wanted[record.id], data)
        made = len(stale)
    current = [r for r in records if r.id in wanted and stored.get(r.id, ("",))[0] == wanted[r.id]]
    for record, packed in zip(current, embeddings.packed_from_bytes([stored[r.id][1] for r in current]), strict=True):
        record.extra[embeddings.KEY] = packed
    return made


# Engine configuration and indexes, cached per process ------------------------------------------


def sector_rows() -> list[tuple]:
    return list(Sector.objects.order_by("id").values_list("id", "parent_id", "name_vi", "name_en", "terms"))


def glossary_rows() -> list[tuple]:
    return list(GlossaryTerm.objects.order_by("id").values_list("id", "vi", "en"))


def stop_phrases() -> tuple[str, ...]:
    """The phrases the analysis takes as stop words on this platform: text.STOP_PHRASES and the place names of
    the province it runs for (index.place_names of its areas file, its PROVINCE_NAME, MATCHING_PLACE_NAMES)."""
    return _stop_phrases(
        str(settings.PLATFORM["AREAS_FILE"]), settings.PLATFORM["PROVINCE_NAME"], tuple(conf.get("PLACE_NAMES"))
    )


@functools.lru_cache(maxsize=4)
def _stop_phrases(areas_file: str, province: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    try:
        return stop_phrases_for(areas_file, province, *extra)
    except (OSError, ValueError) as exc:
        logger.warning(
            "matching: the areas file %s cannot be read (%s); only the province's name is kept out", areas_file, exc
        )
        return STOP_PHRASES + tuple(dict.fromkeys([province, *extra]))


def engine_config() -> EngineConfig:
    """The engine as the platform is configured: the curated glossary, the term pairs staff added and the
    sector tree in the database (its Vietnamese and English names become bilingual concepts); the
    weights and the term prior learnt from feedback when staff applied them. Falls back to the seeded tree.

    Any change to these makes a new configuration, and so new indexes at the next recompute."""
    rows = sector_rows()
    terms = glossary_rows()
    learnt = learnt_weights()
    prior = learnt_term_prior()
    phrases = stop_phrases()
    key = (
        "config",
        phrases,
        hash(tuple(rows)),
        hash(tuple(terms)),
        hash(tuple(sorted(learnt.items()))),
        hash(tuple(sorted(prior.items()))),
    )
    with _lock:
        if _cache.get("config_key") != key:
            _cache["config"] = make_config(
                rows or None,
                # The fixed weights (text, the lexical fusion) are never learnt: a re-weighting applied
                # before a release that changed them must not bring their old values back.
                weights={**WEIGHTS, **{k: v for k, v in learnt.items() if k not in FIXED}},
                extra_terms=[(f"staff_{pk}", (vi, en)) for pk, vi, en in terms],
                term_prior=prior,
                stop_phrases=phrases,
            )
            _cache["config_key"] = key
        return _cache["config"]


def learnt_weights() -> dict:
    """The weights of the last re-weighting staff applied (WeightChange), or none."""
    change = WeightChange.objects.filter(applied=True).order_by("-created_at", "-id").first()
    return dict(change.after) if change else {}


def learnt_term_prior() -> dict:
    """The term prior (learning.learn_term_prior) of the last re-weighting staff applied, or none."""
    change = WeightChange.objects.filter(applied=True).order_by("-created_at", "-id").first()
    prior = (change.report or {}).get("term_prior", {}) if change else {}
    return dict(prior.get("prior") or {}) if prior.get("apply") else {}


def _fingerprint(side: str) -> tuple:
    model = RECORD[side][0]
    agg = model.objects.filter(status=PostStatus.PUBLISHED).aggregate(
        n=Count("id"), ids=Sum("id"), updated=Max("updated_at"), published=Max("published_at")
    )
    # Posts embedded since: their records take their vectors (a vector is stored after its post changed).
    embedded = PostEmbedding.objects.filter(**{f"{side}__isnull": False}).aggregate(at=Max("updated_at"))["at"]
    return (agg["n"], agg["ids"], agg["updated"], agg["published"], embedded)


def index_for(side: str) -> Index:
    """The index of published posts of one side, kept current: posts published, changed or withdrawn
    since it was last brought up to date are added to or taken out of a copy of it (Index.fork/add/remove,
    milliseconds), and only a large backlog of such changes, or a new engine configuration, rebuilds it."""
    config = engine_config()
    key = (_fingerprint(side), id(config))
    with _lock:
        cached = _cache.get(side)
        if cached and cached[0] == key:
            return cached[1]
    if cached and cached[0][1] == id(config):
        index = _refreshed(side, cached[1])
        if index is not None:
            with _lock:
                _cache[side] = (key, index)
            return index
    synced = timezone.now()
    index = Index(published_records(side), role=side, config=config, now=synced.timestamp())
    index.org_of = {r.id: r.extra.get("org") for r in index.records}
    index.synced_at = synced
    with _lock:
        _cache[side] = (key, index)
    return index


def _refreshed(side: str, index: Index) -> Index | None:
    """A copy of the index with the changes since it was synced, or None when a rebuild is due."""
    model, to_record = RECORD[side]
    synced = timezone.now()
    published = set(model.objects.filter(status=PostStatus.PUBLISHED).values_list("id", flat=True))
    live = index.live_ids()
    changed = set(
        model.objects.filter(status=PostStatus.PUBLISHED, updated_at__gte=index.synced_at).values_list("id", flat=True)
    ) | (published - live)
    changed |= published & set(
        PostEmbedding.objects.filter(updated_at__gte=index.synced_at, **{f"{side}__isnull": False}).values_list(
            f"{side}_id", flat=True
        )
    )
    gone = live - published
    if index.delta_size + len(changed) > max(REBUILD_AFTER, index.main_docs // 20):
        return None
    twin = index.fork()
    twin.org_of = dict(index.org_of)
    for pid in gone:
        twin.remove(pid)
    if changed:
        posts = model.objects.filter(pk__in=changed).defer("confidential_details", "search_text")
        through = model.sectors.through
        fk = f"{model._meta.model_name}_id"
        sectors: dict[int, set] = {}
        for post_id, sector_id in through.objects.filter(**{f"{fk}__in": changed}).values_list(fk, "sector_id"):
            sectors.setdefault(post_id, set()).add(sector_id)
        records = [to_record(post, sectors.get(post.pk, ())) for post in posts]
        embeddings_refresh(side, records, embed=False)
        for record in records:
            twin.add(record)
            twin.org_of[record.id] = record.extra.get("org")
    twin.synced_at = synced
    return twin


# Changes folded into an index without rebuilding it, at most (or 5 % of its posts, if more).
REBUILD_AFTER = 2000


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _same_org(index: Index, organization_id: int) -> set:
    return {pid for pid, org in index.org_of.items() if org == organization_id}


# Persisting -------------------------------------------------------------------------------------


def _save(need_id: int, offer_id: int, hit, now) -> Match:
    breakdown = {
        "signals": round_breakdown({s: hit.contributions.get(s, 0.0) for s in SHOWN}),
        "terms": hit.shared_terms,
    }
    match, _created = Match.objects.update_or_create(
        need_id=need_id,
        offer_id=offer_id,
        defaults={
            "score": round(min(max(hit.score, 0.0), 1.0), 4),
            "breakdown": breakdown,
            "engine_version": ENGINE_VERSION,
            "computed_at": now,
        },
    )
    return match


def _drop_unpublished(**pair) -> int:
    """A post left the public lists: forget its matches, except those someone gave feedback on."""
    return Match.objects.filter(need_feedback="", offer_feedback="", **pair).delete()[0]


@transaction.atomic
def match_recompute_for_need(*, need: TechnologyNeed) -> int:
    """Rank the published offers for a published need and store the best; returns the number of matches kept."""
    if need.status != PostStatus.PUBLISHED:
        _drop_unpublished(need=need)
        return 0
    record = need_record(need)
    embeddings_refresh("need", [record])
    offers = index_for("offer")
    hits = offers.rank(
        record, k=conf.get("TOP_K"), exclude=_same_org(offers, need.organization_id), min_score=conf.get("MIN_SCORE")
    )
    found = {hit.id: hit for hit in hits}
    # Pairs stored earlier (from either side) are re-scored the same way and kept while they still qualify.
    existing = set(Match.objects.filter(need=need).values_list("offer_id", flat=True))
    rescored = offers.score_ids(record, existing - set(found))
    return _store(need_pairs={(need.pk, h.id): h for h in [*found.values(), *rescored]}, stale=Q(need=need))


@transaction.atomic
def match_recompute_for_offer(*, offer: TechnologyOffer) -> int:
    """Find the needs a published offer could meet, and store those pairs scored from the need's side."""
    if offer.status != PostStatus.PUBLISHED:
        _drop_unpublished(offer=offer)
        return 0
    # Stored for index_for to pick up. The candidate search below gets a record without it: the reranker
    # reads need-to-offer vectors, so an offer asking the needs' index keeps the fused order.
    embeddings_refresh("offer", [offer_record(offer)])
    needs_index = index_for("need")
    candidates = needs_index.rank(
        offer_record(offer), k=conf.get("TOP_K"), exclude=_same_org(needs_index, offer.organization_id), explain=False
    )
    need_ids = {hit.id for hit in candidates} | set(Match.objects.filter(offer=offer).values_list("need_id", flat=True))
    offers = index_for("offer")
    pairs = {}
    by_id = {r.id: r for r in needs_index.records}
    for need_id in need_ids:
        record = by_id.get(need_id)
        if record is None:
            continue
        for hit in offers.score_ids(record, [offer.pk]):  # the canonical score: the need as the query
            pairs[(need_id, offer.pk)] = hit
    return _store(need_pairs=pairs, stale=Q(offer=offer))


def _store(*, need_pairs: dict, stale: Q) -> int:
    now = timezone.now()
    minimum = conf.get("MIN_SCORE")
    kept = []
    for (need_id, offer_id), hit in need_pairs.items():
        if hit.score >= minimum:
            kept.append(_save(need_id, offer_id, hit, now))
    # Pairs that no longer qualify go, unless an owner judged them (the judgement is remembered).
    Match.objects.filter(stale, need_feedback="", offer_feedback="").exclude(pk__in=[m.pk for m in kept]).delete()
    for match in kept:
        if match.score >= conf.get("STRONG_SCORE") and match.notified_at is None:
            transaction.on_commit(partial(match_notify, match_id=match.pk))
    return len(kept)


def match_recompute_all() -> int:
    """Re-rank every published need against every published offer (the nightly job). Posts without a
    current vector (published before the model was, or while it was off) are embedded first."""
    offers = index_for("offer")
    live = [r for r, gone in zip(offers.records, offers.deleted.tolist(), strict=True) if not gone]
    embeddings_refresh("offer", live)
    needs = list(TechnologyNeed.objects.filter(status=PostStatus.PUBLISHED))
    sectors: dict[int, set] = {}
    through = TechnologyNeed.sectors.through
    for need_id, sector_id in through.objects.filter(technologyneed__status=PostStatus.PUBLISHED).values_list(
        "technologyneed_id", "sector_id"
    ):
        sectors.setdefault(need_id, set()).add(sector_id)
    records = [need_record(n, sectors.get(n.pk, ())) for n in needs]
    embeddings_refresh("need", records)
    ranked = offers.rank_many(records, k=conf.get("TOP_K"), explain=True)
    total = 0
    for position, (need, record, hits) in enumerate(zip(needs, records, ranked, strict=False)):
        if position == len(needs) // 2:
            fault_point("matching.recompute_all")
        hits = [h for h in hits if offers.org_of.get(h.id) != need.organization_id]
        with transaction.atomic():
            existing = set(Match.objects.filter(need=need).values_list("offer_id", flat=True))
            rescored = offers.score_ids(record, existing - {h.id for h in hits})
            total += _store(need_pairs={(need.pk, h.id): h for h in [*hits, *rescored]}, stale=Q(need=need))
    # Matches of posts that left the public lists.
    Match.objects.filter(need_feedback="", offer_feedback="").filter(
        ~Q(need__status=PostStatus.PUBLISHED) | ~Q(offer__status=PostStatus.PUBLISHED)
    ).delete()
    return total


# Notifications ----------------------------------------------------------------------------------


def match_notify(*, match_id: int) -> bool:
    """Tell both owners about a new strong match, once per pair: the row is claimed with a conditional
    update, and notify() keys the event by the pair as well."""
    match = Match.objects.select_related("need", "offer").filter(pk=match_id).first()
    if match is None or match.score < conf.get("STRONG_SCORE"):
        return False
    if match.need.status != PostStatus.PUBLISHED or match.offer.status != PostStatus.PUBLISHED:
        return False
    if Match.objects.filter(pk=match_id, notified_at=None).update(notified_at=timezone.now()) != 1:
        return False
    event = f"match:{match.need_id}:{match.offer_id}"
    score = f"{round(match.score * 100)}%"
    notify(
        users=organization_users(match.need.organization),
        kind="match_for_need",
        event_key=event,
        params={"post": match.need.title, "other": match.offer.title, "score": score},
        url=reverse("marketplace:need_detail", args=[match.need_id]) + "#matches",
    )
    notify(
        users=organization_users(match.offer.organization),
        kind="match_for_offer",
        event_key=event,
        params={"post": match.offer.title, "other": match.need.title, "score": score},
        url=reverse("marketplace:offer_detail", args=[match.offer_id]) + "#matches",
    )
    return True


# Feedback ---------------------------------------------------------------------------------------


def can_give_feedback(user, match: Match, side: str) -> bool:
    post = match.need if side == "need" else match.offer
    return roles.is_staff(user) or roles.is_member(user, post.organization_id)


def match_feedback(*, match: Match, side: str, value: str, by) -> Match:
    """Record one side's judgement of a suggestion; "not relevant" hides it from that side for good."""
    if side not in ("need", "offer"):
        raise ValidationError(_("Unknown side."))
    if value not in Feedback.values:
        raise ValidationError(_("Unknown feedback."))
    if not can_give_feedback(by, match, side):
        raise PermissionDenied
    field = f"{side}_feedback"
    Match.objects.filter(pk=match.pk).update(**{field: value, "feedback_at": timezone.now()})
    match.refresh_from_db()
    return match


# Glossary term pairs (staff) --------------------------------------------------------------------------


def glossary_term_add(*, vi: str, en: str, note: str = "", by) -> GlossaryTerm:
    """Add a Vietnamese ↔ English pair; it joins the engine's glossary at the next recompute."""
    if not roles.is_staff(by):
        raise PermissionDenied
    term = GlossaryTerm(vi=" ".join(vi.split()), en=" ".join(en.split()), note=note.strip(), created_by=by)
    term.full_clean()
    term.save()
    return term


def glossary_term_remove(*, term: GlossaryTerm, by) -> None:
    if not roles.is_staff(by):
        raise PermissionDenied
    term.delete()


# Learning the weights from the platform's feedback ----------------------------------------------------

CONVERTED_STAGES = ("negotiating", "mou", "contract", "accepted")


def feedback_labels() -> dict[tuple[int, int], int]:
    """(need id, offer id) -> +1 / -1 from what the platform saw happen to its suggestions: "interested" (+1)
    and "not relevant" (-1) on a match; an accepted expression of interest between the two organisations
    about one of the posts (+1); a connection about the pair that reached negotiation, an MoU, a contract or
    an accepted transfer (+1), or was closed because the technology did not fit (-1). Engagement outweighs a dismissal by the other side."""
    from marketplace.models import Connection, Interest

    labels: dict[tuple[int, int], int] = {}
    positive: set = set()
    for need_id, offer_id, nf, of in Match.objects.exclude(need_feedback="", offer_feedback="").values_list(
        "need_id", "offer_id", "need_feedback", "offer_feedback"
    ):
        if Feedback.INTERESTED in (nf, of):
            positive.add((need_id, offer_id))
        elif Feedback.NOT_RELEVANT in (nf, of):
            labels[(need_id, offer_id)] = -1
    matched = Match.objects.values_list("need_id", "offer_id", "need__organization_id", "offer__organization_id")
    pairs_by_orgs: dict = {}
    for need_id, offer_id, need_org, offer_org in matched:
        pairs_by_orgs.setdefault(("need", need_id, offer_org), []).append((need_id, offer_id))
        pairs_by_orgs.setdefault(("offer", offer_id, need_org), []).append((need_id, offer_id))
    for need_id, offer_id, org in Interest.objects.filter(status=Interest.Status.ACCEPTED).values_list(
        "need_id", "offer_id", "from_organization_id"
    ):
        key = ("need", need_id, org) if need_id else ("offer", offer_id, org)
        positive.update(pairs_by_orgs.get(key, ()))
    # The chain's own record (workshop outcomes feed it too): a pair that negotiated, signed an MoU or a
    # contract, or had its transfer accepted converted; a pair closed because the technology did not fit
    # did not.
    converted = Connection.objects.filter(need__isnull=False, offer__isnull=False).filter(
        Q(stage__in=CONVERTED_STAGES)
        | Q(mou_signed_on__isnull=False)
        | Q(contract_signed_on__isnull=False)
        | Q(result=Connection.Result.WON)
    )
    positive.update(converted.values_list("need_id", "offer_id"))
    for pair in Connection.objects.filter(
        need__isnull=False, offer__isnull=False, result=Connection.Result.LOST, lost_reason=Connection.LostReason.NO_FIT
    ).values_list("need_id", "offer_id"):
        labels.setdefault(pair, -1)
    labels.update(dict.fromkeys(positive, 1))
    return labels


def feedback_rows(labels: dict | None = None) -> list[tuple]:
    """(need id, {signal: value before weighting}, label) for every labelled pair whose posts are published,
    the signals computed now, as the engine in force would."""
    labels = feedback_labels() if labels is None else labels
    offers = index_for("offer")
    weights = offers.config.weights
    by_need: dict[int, list[int]] = {}
    for need_id, offer_id in labels:
        by_need.setdefault(need_id, []).append(offer_id)
    rows = []
    for need in TechnologyNeed.objects.filter(pk__in=by_need, status=PostStatus.PUBLISHED):
        for hit in offers.score_ids(need_record(need), by_need[need.pk]):
            values = {s: (hit.contributions.get(s, 0.0) / weights[s]) if weights.get(s) else 0.0 for s in weights}
            rows.append((need.pk, values, labels[(need.pk, cast(int, hit.id))]))
    return rows


def weights_learn(*, apply: bool = False) -> WeightChange:
    """Propose weights learnt from the feedback (learning.learn) and record the proposal; with apply=True
    and a proposal that clears the data floor and helps on held-out needs, put it in force: the engine
    uses it from the next recompute."""
    from .learning import learn, learn_term_prior

    config = engine_config()
    labels = feedback_labels()
    report = learn(feedback_rows(labels), dict(config.weights))
    report["term_prior"] = learn_term_prior(feedback_pairs(labels), config.analyzer)
    applied = bool(apply and (report["apply"] or report["term_prior"]["apply"]))
    if applied and not report["apply"]:
        report["after"] = dict(report["before"])  # only the term prior is put in force
    return WeightChange.objects.create(before=report["before"], after=report["after"], report=report, applied=applied)


def feedback_pairs(labels: dict | None = None) -> list[tuple]:
    """(need record, offer record, label) for every labelled pair whose posts are both published."""
    labels = feedback_labels() if labels is None else labels
    needs = {
        n.pk: n for n in TechnologyNeed.objects.filter(pk__in={n for n, _o in labels}, status=PostStatus.PUBLISHED)
    }
    offers = {
        o.pk: o for o in TechnologyOffer.objects.filter(pk__in={o for _n, o in labels}, status=PostStatus.PUBLISHED)
    }
    need_records = {pk: need_record(n) for pk, n in needs.items()}
    offer_records = {pk: offer_record(o) for pk, o in offers.items()}
    return [
        (need_records[n], offer_records[o], label)
        for (n, o), label in labels.items()
        if n in need_records and o in offer_records
    ]
