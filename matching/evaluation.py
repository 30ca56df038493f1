"""Offline evaluation of the engine against a plain BM25 baseline on a labelled file. Pure code.

File format (docs/architecture.md, "Data formats of the commands"): {"offers": [{"id", "title", "description", "language", "sector"}], "needs": [same],
"qrels": {"<need id>": {"<offer id>": 2|1}}}. Only id and title are sure to be there; sector is free text.
Records may also carry the platform's structured fields (min_trl, trl, budget_min, budget_max, price_min,
price_max, price_negotiable, transfer_modes, region); where they are absent the signal contributes nothing.
Any other key is ignored.

Files written by other hands are read leniently where the meaning is plain: a grade may be a number or a
numeric string ("2"); qrels may also be a list of {"need", "offer", "grade"} objects or [need, offer, grade]
triples; "text" or "body" stand in for a missing description; a language may be written "vi-VN", "VI",
"Vietnamese", "en-GB", "English"… (anything else is detected from the text). What cannot be read is refused
with a reason, never dropped in silence.
"""

from __future__ import annotations

import math
import time

import numpy as np

from . import accents, embeddings, rerank
from .candidates import language_of as post_language
from .index import EngineConfig, Index, make_config
from .scoring import Record

K = 10
METRICS = ("ndcg@10", "mrr", "recall@10", "p@5")


class DatasetError(ValueError):
    pass


def _int_or_none(value):
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DatasetError(f"expected a number, got {value!r}")
    return int(value)


_LANGUAGES = {"vi": "vi", "vie": "vi", "vietnamese": "vi", "tiếng việt": "vi", "en": "en", "eng": "en", "english": "en"}


def _language(value) -> str | None:
    """ "vi", "en", or None (the engine then detects it): "vi-VN", "VI", "Vietnamese", "en_GB"…"""
    if not isinstance(value, str):
        return None
    value = value.strip().lower()
    return _LANGUAGES.get(value) or _LANGUAGES.get(value.replace("_", "-").split("-")[0])


def _grade(value, need_id, offer_id) -> float:
    """A number, or a string holding one ("2"); anything else (a word, true/false) is refused."""
    try:
        if isinstance(value, bool):
            raise ValueError
        return float(value)
    except (TypeError, ValueError):
        raise DatasetError(f"grade of {offer_id} for {need_id} must be a number, got {value!r}") from None


def _qrels(raw) -> dict[str, dict[str, float]]:
    """{need id: {offer id: grade > 0}} (a fractional grade kept as it is: nDCG's gain is 2^grade − 1) from an object of objects, or a list of objects or triples."""
    rows = []
    if isinstance(raw, dict):
        for need_id, judged in raw.items():
            if not isinstance(judged, dict):
                raise DatasetError(f"qrels of {need_id} must be an object")
            rows += [(need_id, offer_id, grade) for offer_id, grade in judged.items()]
    elif isinstance(raw, list):
        for row in raw:
            if isinstance(row, dict) and {"need", "offer", "grade"} <= set(row):
                rows.append((row["need"], row["offer"], row["grade"]))
            elif isinstance(row, (list, tuple)) and len(row) == 3:
                rows.append(tuple(row))
            else:
                raise DatasetError(f'a qrels row must be {{"need", "offer", "grade"}} or [need, offer, grade]: {row!r}')
    else:
        raise DatasetError("qrels must be an object or a list")
    qrels: dict[str, dict[str, float]] = {}
    for need_id, offer_id, grade in rows:
        judged = qrels.setdefault(str(need_id), {})
        value = _grade(grade, need_id, offer_id)
        if value > 0:
            judged[str(offer_id)] = int(value) if value.is_integer() else value
    return qrels


def to_record(raw: dict, *, restore_accents: bool = True) -> Record:
    if not isinstance(raw, dict) or "id" not in raw or not isinstance(raw.get("title"), str):
        raise DatasetError(f"every need and offer needs an id and a title: {str(raw)[:80]}")
    modes = raw.get("transfer_modes") or ()
    if isinstance(modes, str):
        modes = [m.strip() for m in modes.split(",")]
    sector = raw.get("sector")
    if isinstance(sector, list):
        sector = ", ".join(str(s) for s in sector)
    # (as the platform's records: a post typed without accents is matched with its accents given back)
    title, text = raw["title"], str(raw.get("description") or raw.get("text") or raw.get("body") or "")
    if restore_accents:
        title, text = accents.restored(title, text)
    return Record(
        id=str(raw["id"]),
        title=title,
        text=text,
        keywords=str(raw.get("keywords") or ""),
        sector_text=str(sector or ""),
        trl=_int_or_none(raw.get("trl")),
        min_trl=_int_or_none(raw.get("min_trl")),
        price_min=_int_or_none(raw.get("price_min")),
        price_max=_int_or_none(raw.get("price_max")),
        negotiable=bool(raw.get("price_negotiable", False)),
        budget_min=_int_or_none(raw.get("budget_min")),
        budget_max=_int_or_none(raw.get("budget_max")),
        transfer_modes=frozenset(str(m) for m in modes),
        region=raw.get("region") or None,
        language=_language(raw.get("language")),
    )


def load(data: dict, *, restore_accents: bool = True) -> tuple[list[Record], list[Record], dict[str, dict[str, int]]]:
    """(needs, offers, qrels) of a labelled set; posts typed without accents get them back (accents.py) unless
    `restore_accents` is false."""
    if not isinstance(data, dict):
        raise DatasetError("the file must hold one JSON object with offers, needs and qrels")
    for key in ("offers", "needs", "qrels"):
        if key not in data:
            raise DatasetError(f"missing key: {key}")
    if not isinstance(data["offers"], list) or not isinstance(data["needs"], list):
        raise DatasetError("offers and needs must be lists")
    offers = [to_record(r, restore_accents=restore_accents) for r in data["offers"]]
    needs = [to_record(r, restore_accents=restore_accents) for r in data["needs"]]
    if len({o.id for o in offers}) != len(offers):
        raise DatasetError("offer ids must be unique")
    return needs, offers, _qrels(data["qrels"])


def ndcg(ranked: list[str], judged: dict[str, int], k: int = K) -> float:
    gains = [(2 ** judged.get(doc, 0) - 1) for doc in ranked[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((2**g - 1 for g in judged.values()), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def metrics_for(ranked: list[str], judged: dict[str, int]) -> dict[str, float]:
    relevant = {d for d, g in judged.items() if g > 0}
    first = next((i for i, d in enumerate(ranked) if d in relevant), None)
    return {
        "ndcg@10": ndcg(ranked, judged),
        "mrr": 1.0 / (first + 1) if first is not None else 0.0,
        "recall@10": len(relevant & set(ranked[:K])) / len(relevant) if relevant else 0.0,
        "p@5": len(relevant & set(ranked[:5])) / 5.0,
    }


def mean_metrics(runs: dict[str, list[str]], qrels: dict[str, dict[str, int]]) -> dict[str, float]:
    judged_needs = [n for n in runs if qrels.get(n)]
    if not judged_needs:
        return dict.fromkeys(METRICS, 0.0)
    per = [metrics_for(runs[n], qrels[n]) for n in judged_needs]
    return {m: round(float(np.mean([p[m] for p in per])), 4) for m in METRICS}


def with_meaning(needs, offers, config: EngineConfig) -> None:
    """Give the records their e5 vectors (embeddings.attach, from the cache of the labelled sets or made now)
    when the engine's reranker reads them and the model is here; without them it keeps the fused order."""
    if config.rerank and rerank.uses_meaning(config.rerank) and embeddings.available():
        embeddings.attach(needs, "need")
        embeddings.attach(offers, "offer")


def engine_runs(needs, offers, config: EngineConfig | None = None, k: int = K) -> dict[str, list[str]]:
    config = config or make_config()
    with_meaning(needs, offers, config)
    index = Index(offers, role="offer", config=config)
    return {need.id: [hit.id for hit in index.rank(need, k=k, explain=False)] for need in needs}


def bm25_runs(needs, offers, k: int = K) -> dict[str, list[str]]:
    """Plain BM25 (bm25s defaults: lower case, words of 2+ characters, no stemming, no stop words) over
    title + description, the query being the need's title + description."""
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)

    corpus = [f"{o.title} {o.text}" for o in offers]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords=None, return_ids=False, show_progress=False), show_progress=False)
    vocab = retriever.vocab_dict
    runs = {}
    for need in needs:
        words = bm25s.tokenize([f"{need.title} {need.text}"], stopwords=None, return_ids=False, show_progress=False)[0]
        words = [w for w in words if w in vocab]  # words the corpus never saw carry no weight
        if not words:
            runs[need.id] = []
            continue
        scores = retriever.get_scores(words)
        order = [i for i in np.argsort(-scores, kind="stable")[:k] if scores[i] > 0]
        runs[need.id] = [offers[i].id for i in order]
    return runs


def languages_of(posts) -> dict:
    """Each post's language as the engine reads it: as stated, else detected from its text (candidates.language_of),
    so that a file that states no language is still reported per language pair."""
    return {post.id: post_language(post) for post in posts}


def language_pair(need: Record, judged: dict, language_of: dict) -> str:
    """ "vi→en": a Vietnamese need whose relevant offers are all English; "vi→mixed" when they are in both (the
    need's language as stated or detected; an offer missing from `language_of` reads "?")."""
    languages = {language_of.get(doc) or "?" for doc in judged}
    target = languages.pop() if len(languages) == 1 else "mixed"
    return f"{post_language(need)}→{target}"


def per_language(runs: dict, needs, offers, qrels) -> dict[str, dict[str, float]]:
    """nDCG@10 per language pair with the offers of one language only: for each need and each language
    its relevant offers are in, the run is cut to that language's offers and judged on them alone, so
    "vi→en" says how well Vietnamese needs find the English offers that meet them. Runs must be deep
    (every offer ranked) for the cut to be fair."""
    language_of = languages_of(offers)
    groups: dict[str, list[float]] = {}
    for need in needs:
        judged = qrels.get(need.id) or {}
        for language in sorted({language_of.get(d, "?") for d in judged}):
            part = {d: g for d, g in judged.items() if language_of.get(d, "?") == language}
            ranked = [d for d in runs.get(need.id, []) if language_of.get(d) == language]
            groups.setdefault(f"{post_language(need)}→{language}", []).append(ndcg(ranked, part))
    return {pair: {"ndcg@10": round(float(np.mean(v)), 4), "needs": len(v)} for pair, v in sorted(groups.items())}


def systems_runs(
    needs,
    offers,
    config: EngineConfig | None = None,
    *,
    candidates: bool = False,
    depth: int | None = None,
    written: tuple | None = None,
) -> tuple[dict, dict]:
    """Runs of the engine, plain BM25 and (on request) every candidate; returns (runs, notes). `written`: the
    (needs, offers) as written, which plain BM25 and the candidates read (the engine reads posts typed
    without accents with their accents given back: accents.py); by default the same records."""
    config = config or make_config()
    depth = depth or K
    plain_needs, plain_offers = written or (needs, offers)
    runs = {
        "engine": engine_runs(needs, offers, config, k=depth),
        "bm25": bm25_runs(plain_needs, plain_offers, k=depth),
    }
    notes = {}
    if candidates:
        from .candidates import CANDIDATES, Unavailable

        for name, run in CANDIDATES.items():
            try:
                runs[name] = run(plain_needs, plain_offers, config, depth)
            except Unavailable as exc:
                notes[name] = str(exc)
    return runs, notes


def evaluate(
    data: dict, config: EngineConfig | None = None, *, per_need: bool = False, candidates: bool = False
) -> dict:
    needs, offers, qrels = load(data)
    written = load(data, restore_accents=False)[:2]  # (plain BM25 reads the posts as written)
    started = time.perf_counter()
    engine = mean_metrics(engine_runs(needs, offers, config), qrels)
    engine_seconds = time.perf_counter() - started
    started = time.perf_counter()
    baseline = mean_metrics(bm25_runs(*written), qrels)
    result = {
        "engine": engine,
        "bm25": baseline,
        "_info": {
            "needs": len(needs),
            "offers": len(offers),
            "judged_needs": sum(1 for n in needs if qrels.get(n.id)),
            "engine_seconds": round(engine_seconds, 3),
            "bm25_seconds": round(time.perf_counter() - started, 3),
        },
    }
    if not (per_need or candidates):
        return result
    # Deep runs (every offer) so that cutting a run to one language stays fair.
    runs, notes = systems_runs(needs, offers, config, candidates=candidates, depth=len(offers), written=written)
    top = {name: {n: r[:K] for n, r in run.items()} for name, run in runs.items()}
    if candidates:
        result["candidates"] = {
            name: mean_metrics(run, qrels) for name, run in top.items() if name not in ("engine", "bm25")
        }
        result["_info"]["unavailable"] = notes
    if per_need:
        language_of = languages_of(offers)
        rows = []
        for need in needs:
            judged = qrels.get(need.id)
            if not judged:
                continue
            rows.append(
                {
                    "need": need.id,
                    "pair": language_pair(need, judged, language_of),
                    "title": need.title,
                    **{name: round(ndcg(run.get(need.id, []), judged), 4) for name, run in top.items()},
                }
            )
        result["per_need"] = rows
        pairs: dict[str, dict] = {}
        for row in rows:
            group = pairs.setdefault(row["pair"], {"needs": 0, **dict.fromkeys(top, 0.0)})
            group["needs"] += 1
            for name in top:
                group[name] += row[name]
        result["pairs"] = {
            p: {"needs": g["needs"], **{name: round(g[name] / g["needs"], 4) for name in top}}
            for p, g in sorted(pairs.items())
        }
        result["languages"] = {name: per_language(run, needs, offers, qrels) for name, run in runs.items()}
    return result
