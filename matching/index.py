"""An in-memory index of needs or offers, and the ranking over it. Pure code: no ORM.

Text relevance is BM25 computed with scipy sparse matrices: the index keeps a term × document matrix
of BM25 weights, so one query is a sparse row-slice and a product, and a batch of queries is one
sparse-sparse product. Structured signals are numpy arrays over the documents (scoring.py).

The index is built over one side (offers, or needs) and queried with records of the other side;
`role` says which side the documents are.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import os
import tempfile
import threading
import time
from collections import ChainMap
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.sparse import _sparsetools  # the compiled kernels behind scipy's products (see _accumulate)

from . import embeddings, rerank, scoring
from .glossary import AMBIGUOUS_FOLDED, glossary_entries
from .scoring import Record
from .terms import ACCENT, BIGRAM, WORD, _unique_inverse, postings, query_terms
from .text import SECTOR_CONCEPT, STOP_PHRASES, Analyzer, Glossary, _fold_word, fold, has_vietnamese_marks, syllables

# Sector tree ----------------------------------------------------------------------------------------


class SectorTree:
    """The sector tree as parent links; also resolves free-text sector names ("shrimp farming") to nodes."""

    def __init__(self, parents: dict, names: dict | None = None):
        self.parents = dict(parents)
        self.nodes = list(self.parents)
        self.position = {node: i for i, node in enumerate(self.nodes)}
        self.children: dict = {}
        for node, parent in self.parents.items():
            if parent is not None:
                self.children.setdefault(parent, set()).add(node)
        # Phrases that name a node, folded and space-padded, longest first.
        self._phrases: list[tuple[str, object]] = []
        for node, labels in (names or {}).items():
            for label in labels:
                for part in str(label).replace(";", ",").split(","):
                    words = [w for w in syllables(part) if w not in ("and", "va")]
                    if words:
                        self._phrases.append((" " + " ".join(words) + " ", node))
        self._phrases.sort(key=lambda p: -len(p[0]))

    def ancestors(self, node) -> set:
        seen, parent = set(), self.parents.get(node)
        while parent is not None and parent not in seen:
            seen.add(parent)
            parent = self.parents.get(parent)
        return seen

    def descendants(self, node) -> set:
        out, stack = set(), [node]
        while stack:
            for child in self.children.get(stack.pop(), ()):
                if child not in out:
                    out.add(child)
                    stack.append(child)
        return out

    def relations(self, nodes) -> dict[str, set]:
        same = {n for n in nodes if n in self.position}
        lineage, sibling = set(), set()
        for n in same:
            lineage |= self.ancestors(n) | self.descendants(n)
            parent = self.parents.get(n)
            if parent is not None:
                sibling |= self.children.get(parent, set())
        lineage -= same
        sibling -= same | lineage
        return {"same": same, "lineage": lineage, "sibling": sibling}

    def resolve(self, text: str) -> frozenset:
        """Nodes named in a free-text sector; an unknown text stands for itself (its folded form)."""
        padded = " " + " ".join(syllables(text)) + " "
        found, covered = set(), padded
        for phrase, node in self._phrases:
            if phrase in covered:
                found.add(node)
                covered = covered.replace(phrase, " | ")
        if found:
            return frozenset(found)
        key = fold(text).strip()
        return frozenset({"text:" + key}) if key else frozenset()


@dataclass
class EngineConfig:
    analyzer: Analyzer
    tree: SectorTree
    weights: dict
    text: dict
    cross_language: dict | None = None  # scoring.CROSS_LANGUAGE, or None for no cross-language feedback
    term_prior: dict | None = None  # term -> factor on its query weight, learnt from feedback (learning.py)
    # scoring.RERANK (rerank.py), or None for the fused order as it is (lex-1.13 and before)
    rerank: dict | None = None


def make_config(
    sectors=None,
    *,
    glossary: bool = True,
    weights=None,
    text=None,
    extra_terms=(),
    cross_language: bool = True,
    term_prior: dict | None = None,
    rerank: bool | dict = True,
    stop_phrases=None,
) -> EngineConfig:
    """sectors: rows (key, parent key, name_vi, name_en, terms); default: the seeded tree of the platform.
    Sector names join the glossary as concepts, so "Shrimp" and "Tôm" are one term. extra_terms: more
    (concept, phrases) entries, e.g. the term pairs staff added (models.GlossaryTerm). stop_phrases: the phrases
    analysed as stop words (text.STOP_PHRASES and the province's place names); default: those of the province
    whose areas file ships with the platform (DEFAULT_AREAS_FILE), the province of the labelled sets."""
    if sectors is None:
        sectors = default_sector_rows()
    sectors = list(sectors)
    parents = {key: parent for key, parent, *_ in sectors}
    names = {key: (vi, en) for key, _parent, vi, en, *_ in sectors}
    entries = glossary_entries(
        [(f"{SECTOR_CONCEPT}{key}", (vi, en)) for key, _p, vi, en, *_ in sectors] + list(extra_terms)
    )
    text = dict(text or scoring.TEXT)
    # Accented forms are indexed only if they count in a query (scoring.TEXT["accent"]; 0 since lex-1.4).
    if stop_phrases is None:
        stop_phrases = default_stop_phrases()
    analyzer = Analyzer(
        Glossary(entries, ambiguous_folded=AMBIGUOUS_FOLDED) if glossary else None,
        accents=text["accent"] > 0,
        stop_phrases=stop_phrases,
    )
    return EngineConfig(
        analyzer=analyzer,
        tree=SectorTree(parents, names),
        weights=dict(weights or scoring.WEIGHTS),
        text=text,
        cross_language=dict(scoring.CROSS_LANGUAGE) if cross_language else None,
        term_prior=dict(term_prior) if term_prior else None,
        rerank=(dict(rerank) if isinstance(rerank, dict) else dict(scoring.RERANK)) if rerank else None,
    )


# The areas file the platform ships with (settings.PLATFORM["AREAS_FILE"] by default): Trà Vinh's communes and wards.
DEFAULT_AREAS_FILE = Path(__file__).resolve().parent.parent / "marketplace" / "data" / "areas" / "tra_vinh.json"


def place_names(areas_file) -> list[str]:
    """The place names of a province's areas file (marketplace/data/areas/): the province, the province it is
    part of since a merger ("part_of"), its communes and wards, and the places near it that its posts name
    ("nearby": the rest of the merged province, the neighbouring provinces, the region, the country), which the
    analysis takes as stop phrases (text.STOP_PHRASES): where a post is says nothing about its technology, and the
    names hold words that do ("kè", an embankment, in Cầu Kè; "trà", tea, in Trà Vinh; "hồ", a pond, in Long Hồ)."""
    data = json.loads(Path(areas_file).read_text(encoding="utf-8"))
    names = [data.get("province") or "", data.get("part_of") or ""]
    names += [row.get("name") or "" for row in data.get("areas") or []]
    names += [name or "" for name in data.get("nearby") or []]
    return [name for name in names if name.strip()]


def stop_phrases_for(areas_file, *names: str) -> tuple[str, ...]:
    """text.STOP_PHRASES, the place names of an areas file and any other names, each once."""
    return STOP_PHRASES + tuple(dict.fromkeys([*place_names(areas_file), *names]))


@lru_cache(maxsize=1)
def default_stop_phrases() -> tuple[str, ...]:
    return stop_phrases_for(DEFAULT_AREAS_FILE)


def default_sector_rows():
    from marketplace.sector_data import SECTORS  # plain data, no models

    rows = []
    for code, vi, en, terms, children in SECTORS:
        rows.append((code, None, vi, en, terms))
        rows.extend((c, code, cvi, cen, cterms) for c, cvi, cen, cterms in children)
    return rows


# The index ------------------------------------------------------------------------------------------


@dataclass
class Hit:
    id: object
    score: float
    contributions: dict  # signal -> contribution to the score
    shared_terms: list  # key terms both sides share, as the query wrote them
    position: int = 0  # row in the index


def kind_weights(text: dict) -> np.ndarray:
    """Weight of each kind of term in a query (terms.WORD, ACCENT, CONCEPT, GENERIC_CONCEPT, BIGRAM)."""
    return np.array(
        [text["word"], text["accent"], text["concept"], text["concept"] * text.get("generic", 1.0), text["bigram"]],
        np.float32,
    )


class Index:
    """BM25 over one side's posts, term-major (terms × documents CSR, float32 weights, int32 rows).

    Terms are integer keys (terms.py) from the analyser's vocabulary, which the needs' and the offers'
    indexes share; the index keeps only the sorted keys of the terms it holds (`keys`, one int64 each)
    and the kind of each. It is built in runs of posts (`chunk`): each run is analysed with numpy and
    kept as (key, frequency) pairs, 12 bytes a posting, then the term-major matrix is filled run by
    run, freeing each run as it goes, so the build never holds the postings twice over."""

    def __init__(
        self,
        records: list[Record],
        *,
        role: str,
        config: EngineConfig | None = None,
        now: float | None = None,
        processes: int = 1,
        chunk: int = 4096,
    ):
        assert role in ("offer", "need")
        self.role = role
        # Filled by the service layer that builds the index: post id -> organisation id, and when the
        # index last matched the database.
        self.org_of: dict = {}
        self.synced_at: Any = None
        self.config = config or make_config()
        self.now = time.time() if now is None else now
        self.records = list(records)
        self.ids = [r.id for r in self.records]
        # Row of each post id: the build's rows, shared by every fork and never written again, under the rows
        # of posts added since (add(): a fork copies only those).
        self.position = ChainMap({}, {rid: i for i, rid in enumerate(self.ids)})
        text = self.config.text
        analyzer = self.config.analyzer
        self.vocabulary = vocabulary = analyzer.vocabulary
        n = len(self.records)
        # Pass 1: each run's postings (document counts, keys as numbers local to the run, frequencies),
        # its distinct keys with their document counts, and the documents' lengths. When there is more
        # than one run, the postings go to a temporary file until pass 2 reads them back in order, so that
        # the build never holds them twice (once as runs, once in the matrix that pass 2 fills).
        runs = []
        self.doc_len = np.zeros(n, np.float32)
        spill = _spill_file() if n > chunk else None
        try:
            for start in range(0, n, chunk):
                part = self.records[start : start + chunk]
                docs, keys, tf = postings(analyzer, vocabulary, part, text["title_boost"])
                self.doc_len[start : start + len(part)] = np.bincount(docs, weights=tf, minlength=len(part))
                distinct, local = np.unique(keys, return_inverse=True)
                local = local.astype(np.int32)
                counts = np.bincount(docs, minlength=len(part)).astype(np.int32)
                stored = (counts, local, tf)
                if spill is not None:
                    for array in stored:
                        array.tofile(spill)
                    stored = None
                runs.append(
                    (start, len(part), len(local), distinct, np.bincount(local, minlength=len(distinct)), stored)
                )
                del docs, keys, tf, local, counts
                _release_memory()
            self.keys = np.unique(np.concatenate([r[3] for r in runs])) if runs else np.zeros(0, np.int64)
            v = len(self.keys)
            df = np.zeros(v, np.int64)
            for _start, _docs, _size, distinct, per_key, _stored in runs:
                df += np.bincount(np.searchsorted(self.keys, distinct), weights=per_key, minlength=v).astype(np.int64)
            self.avg_len = float(self.doc_len.mean()) if n else 0.0
            self.n_docs = n
            self.idf = scoring.idf(df.astype(float), n).astype(np.float32)
            self.unseen_idf = float(scoring.idf(np.array([0.0]), max(n, 1))[0])
            # Pass 2: the term-major matrix, filled run by run (documents ascend within each term's postings).
            indptr = np.zeros(v + 1, np.int64)
            np.cumsum(df, out=indptr[1:])
            del df
            indices = np.empty(int(indptr[-1]), np.int32)
            data = np.empty(int(indptr[-1]), np.float32)
            cursor = indptr[:-1].copy()
            if spill is not None:
                spill.seek(0)
            for start, n_docs, size, distinct, _per_key, stored in runs:
                if stored is None:
                    stored = (
                        np.fromfile(spill, np.int32, count=n_docs),
                        np.fromfile(spill, np.int32, count=size),
                        np.fromfile(spill, np.float32, count=size),
                    )
                counts, local, tf = stored
                stored = None
                if size == 0:
                    continue
                col = np.searchsorted(self.keys, distinct).astype(np.int32)[local]
                del local
                doc = np.repeat(np.arange(n_docs, dtype=np.int32), counts)
                weight = scoring.bm25_norm(tf, self.doc_len[doc + start], self.avg_len, text["k1"], text["b"])
                weight = (weight * self.idf[col]).astype(np.float32)
                # The run term-major (scipy's counting sort keeps the documents in order within a term),
                # then each term's postings copied after the earlier runs' ones.
                run = sp.csr_matrix((weight, (col, doc)), shape=(v, n_docs))
                del col, doc, weight
                sizes = np.diff(run.indptr)
                where = np.repeat(cursor - run.indptr[:-1], sizes) + np.arange(run.nnz)
                indices[where] = run.indices + start
                data[where] = run.data
                cursor += sizes
                del counts, tf, run, sizes, where
                _release_memory()
        finally:
            if spill is not None:
                spill.close()
        del runs
        if indptr[-1] >= 2**31:
            raise OverflowError("more than 2**31 postings: split the index")
        self.term_doc = sp.csr_matrix((data, indices, indptr.astype(np.int32)), shape=(v, n), dtype=np.float32)
        self.main_docs, self.main_terms = n, v
        # Posts added or changed since the build (add/remove below): a small second segment, scored with
        # the main segment's statistics, until the next full build folds it in. Terms the build never saw
        # get columns after the main ones (`extra`).
        self.delta: list[tuple[np.ndarray, np.ndarray]] = []
        self.delta_len: list[float] = []  # the added posts' lengths (doc_len holds the build's)
        self.delta_term_doc = None
        self.delta_cols = np.zeros(0, np.int64)  # the columns the delta holds: the rows of delta_term_doc
        self.extra: dict[int, int] = {}
        self.deleted = np.zeros(n, bool)
        self.kinds = vocabulary.kind_of(self.keys)
        self.kind_weight = kind_weights(text)[self.kinds]
        self._structured()
        self._near_build()
        for name in APPENDED:  # (room at the end of each array that add() extends: _append)
            setattr(self, name, self._roomy(name, getattr(self, name)))

    @property
    def n_terms(self) -> int:
        return self.main_terms + len(self.extra)

    def columns(self, keys: np.ndarray) -> np.ndarray:
        """Column of each key, -1 for a key the index does not hold."""
        keys = np.asarray(keys, np.int64)
        at = np.searchsorted(self.keys, keys)
        at[at >= len(self.keys)] = 0
        cols = np.where((self.keys[at] == keys) if len(self.keys) else False, at, -1)
        if self.extra:
            missing = np.flatnonzero(cols < 0)
            for j in missing.tolist():
                cols[j] = self.extra.get(int(keys[j]), -1)
        return cols

    # structured fields as arrays
    def _structured(self):
        rs, tree = self.records, self.config.tree
        self.trl = scoring.as_nan(r.trl for r in rs)
        self.min_trl = scoring.as_nan(r.min_trl for r in rs)
        self.price_min = scoring.as_nan(r.price_min for r in rs)
        self.price_max = scoring.as_nan(r.price_max for r in rs)
        self.negotiable = np.array([bool(r.negotiable) for r in rs], bool)
        self.budget_min = scoring.as_nan(r.budget_min for r in rs)
        self.budget_max = scoring.as_nan(r.budget_max for r in rs)
        self.modes = np.array([scoring.modes_mask(r.transfer_modes) for r in rs], np.int64)
        self.region = np.array([scoring.region_code(r.region) for r in rs], float)
        self.published = scoring.as_nan(r.published for r in rs)
        self.languages = np.array([language_code(r) for r in rs], np.int8)
        # Sector membership, document-major: the nodes of document i are sector_nodes_of[sector_ptr[i]:sector_ptr[i+1]];
        # free-text nodes are added to the tree's list.
        self.sector_nodes = list(tree.nodes)
        node_pos = dict(tree.position)
        ptr, members = [0], []
        for r in rs:
            for node in self.sectors_of(r):
                if node not in node_pos:
                    node_pos[node] = len(self.sector_nodes)
                    self.sector_nodes.append(node)
                members.append(node_pos[node])
            ptr.append(len(members))
        self.node_pos = node_pos
        self.sector_ptr = np.array(ptr, np.int64)
        self.sector_of = np.array(members, np.int32)

    def _near_build(self):
        """What the reranker's `nearest` (rerank) reads when its model names a `nearest_rank` k: each post's vector
        through a rank-k projection of the posts' vectors (their first k right singular vectors, fitted on up to
        NEAR_SAMPLE of them, spread over the index), k float32 numbers a post, kept in lists of posts whose
        projections are near one another (an inverted file: `near_centroids`; the posts of list c are
        `near_rows[near_ptr[c] : near_ptr[c + 1]]`, their numbers the same rows of `near_coords`). A query reads the
        lists whose centres score highest, a NEAR_READ share of them, not every post (_nearest). Up to NEAR_FLAT
        posts with a vector make one list, read whole; more make about √n (k-means: _near_lists). (float16 would
        halve the numbers, but numpy converts float16 one number at a time: 0.85 ms a query for 10,000 posts.)
        The build's arrays are never written again: posts added later keep their numbers in `near_added` (k a
        post) and their rows in `near_added_rows`, read whole by every query, so that a fork copies nothing big
        (_append). Posts without a vector are in no list. Nothing without `nearest_rank`."""
        model = self.config.rerank
        rank = int(model.get("nearest_rank", 0)) if model and model.get("nearest") else 0
        self.near_basis = None
        if not rank:
            return
        held = np.flatnonzero([r.extra.get(embeddings.KEY) is not None for r in self.records])
        sample = np.unique(np.linspace(0, len(held) - 1, min(len(held), NEAR_SAMPLE)).astype(np.int64))
        vectors = embeddings.unpack([self.records[r].extra[embeddings.KEY] for r in held[sample].tolist()])
        basis = np.linalg.svd(vectors, full_matrices=False)[2][:rank] if len(held) else np.zeros((0, embeddings.DIM))
        self.near_basis = np.ascontiguousarray(basis, np.float32)
        del vectors

        def project(positions: np.ndarray) -> np.ndarray:  # (the numbers of the posts held[positions])
            vectors = embeddings.unpack([self.records[r].extra[embeddings.KEY] for r in held[positions].tolist()])
            return (vectors @ self.near_basis.T).astype(np.float32)

        self.near_centroids, self.near_ptr, order = _near_lists(project, len(held), len(self.near_basis))
        # (each post's numbers written straight to its place in its list, in a second pass over the vectors, rather
        # than all the numbers twice, in the posts' order and in the lists', at the build's peak: 77 MiB at 300,000)
        self.near_rows = held[order]
        self.near_coords = np.empty((len(held), len(self.near_basis)), np.float32)
        place = np.empty(len(held), np.int64)
        place[order] = np.arange(len(held))
        for start in range(0, len(held), NEAR_BLOCK):
            positions = np.arange(start, min(start + NEAR_BLOCK, len(held)))
            self.near_coords[place[positions]] = project(positions)
            _release_memory()  # (the block's unpacked vectors: glibc would keep them, block after block)
        self.near_added_rows = np.zeros(0, np.int64)
        self.near_added = np.zeros(0, np.float32)
        _release_memory()  # (the unpacked vectors' blocks)

    def _append_structured(self, r: Record):
        """The structured arrays and the sector row of one added post."""
        self._append("trl", scoring._nan(r.trl))
        self._append("min_trl", scoring._nan(r.min_trl))
        self._append("price_min", scoring._nan(r.price_min))
        self._append("price_max", scoring._nan(r.price_max))
        self._append("negotiable", bool(r.negotiable))
        self._append("budget_min", scoring._nan(r.budget_min))
        self._append("budget_max", scoring._nan(r.budget_max))
        self._append("modes", scoring.modes_mask(r.transfer_modes))
        self._append("region", scoring.region_code(r.region))
        self._append("published", scoring._nan(r.published))
        self._append("languages", language_code(r))
        cols = []
        for node in self.sectors_of(r):
            if node not in self.node_pos:
                self.node_pos[node] = len(self.sector_nodes)
                self.sector_nodes.append(node)
            cols.append(self.node_pos[node])
        self._append("sector_of", cols)
        self._append("sector_ptr", len(self.sector_of))

    def _append(self, name: str, values) -> None:
        """Give the array attribute `name` more values at its end (add()): _extended."""
        setattr(self, name, self._extended(name, getattr(self, name), values))

    def _extended(self, key, array: np.ndarray, values) -> np.ndarray:
        """`array` with more values at its end. The versions of the index that share the array (fork()) see
        only the rows they had, so the values are written in place, in the room left after the array in its
        buffer (_roomy, kept under `key`), when no version has written there yet; otherwise (an array without
        room, or a second fork of the same version) the array moves to a copy with room for about 3 % more.
        Adding a post then costs its own values, not a copy of every array."""
        values = np.asarray(values, array.dtype).reshape(-1)
        n, k = len(array), len(values)
        room = self.__dict__.setdefault("_room", {})
        # (under a lock: two threads extending versions that share a buffer, say two requests each bringing a
        # stale index up to date, would otherwise both find the room free and write their rows in the same place)
        with _ROOM_LOCK:
            buffer, end = room.get(key, (None, None))
            if buffer is None or array.base is not buffer or end[0] != n or n + k > len(buffer):
                buffer, end = np.empty(n + k + max(64, n // 32), array.dtype), [n]
                buffer[:n] = array
                room[key] = (buffer, end)
            buffer[n : n + k] = values
            end[0] = n + k
        return buffer[: n + k]

    def _roomy(self, key, array: np.ndarray) -> np.ndarray:
        """`array` in a buffer with room after it for _extended (kept under `key`): the build's arrays, and the
        values derived from them (_derived), so that the first post added copies none of them. (The room's
        pages are never touched until written.)"""
        array = np.asarray(array)
        buffer = np.empty(len(array) + max(64, len(array) // 32), array.dtype)
        buffer[: len(array)] = array
        self.__dict__.setdefault("_room", {})[key] = (buffer, [len(array)])
        return buffer[: len(array)]

    def sectors_of(self, record: Record) -> frozenset:
        nodes = set(record.sectors)
        if record.sector_text:
            nodes |= self.config.tree.resolve(record.sector_text)
        return frozenset(nodes)

    # queries
    def query_vector(self, record: Record, *, surfaces: bool = False):
        """Columns and weights of a query's terms held by the index, its BM25 score against itself (for
        normalising), which of the columns are plain words (the lexical run of the fusion), and, if asked,
        where the query wrote each of those terms (for explanations: _explainable): (the columns, first
        syllable and end of each, the query's syllables); else {}."""
        text = self.config.text
        keys, tf, shown = query_terms(
            self.config.analyzer, self.vocabulary, record, text["title_boost"], surfaces="spans" if surfaces else False
        )
        if len(keys) == 0:
            z = np.zeros(0, np.int64)
            return z, z.astype(np.float32), 0.0, z.astype(bool), {}
        kinds = self.vocabulary.kind_of(keys)
        kind = self._kind_weights()[kinds]
        if self.config.term_prior:
            kind = kind * self._prior_factors(keys)
        # Query terms count sub-linearly: a long need should not drown in its own repetitions.
        if tf.min() >= 1:  # (every term of a query with the usual weights: np.where's first branch)
            qw = (kind * (1.0 + np.log(tf))).astype(np.float32, copy=False)
        else:
            qw = np.where(tf >= 1, kind * (1.0 + np.log(np.maximum(tf, 1.0))), kind * tf).astype(np.float32)
        cols = self.columns(keys)
        # The self-score counts every query term, seen or not (an unseen term has the highest idf),
        # so that a query matching only a few common words of a small collection does not look perfect.
        qlen = float(tf.sum())
        seen = cols >= 0
        idf = np.where(seen, self.idf[np.maximum(cols, 0)] if len(self.idf) else 0.0, self.unseen_idf)
        norm = scoring.bm25_norm(tf.astype(float), qlen, self.avg_len or qlen, text["k1"], text["b"])
        self_score = float(np.sum(qw * idf * norm))
        shown_cols = {}
        if surfaces:
            start, end, tokens = shown
            shown_cols = (cols[seen], start[seen], end[seen], tokens)
        return cols[seen], qw[seen], self_score, kinds[seen] == WORD, shown_cols

    def _kind_weights(self) -> np.ndarray:
        """kind_weights(config.text), kept while config.text holds the same values."""
        text = self.config.text
        signature = tuple(text.get(name) for name in ("word", "accent", "concept", "generic", "bigram"))
        kept = self.__dict__.get("_kind_weights_kept")
        if kept is None or kept[0] != signature:
            kept = self._kind_weights_kept = (signature, kind_weights(text))
        return kept[1]

    def _prior_factors(self, keys: np.ndarray) -> np.ndarray:
        """The learnt factor of each query term (1 for a term the prior does not name)."""
        prior = getattr(self, "_prior", None)
        if prior is None:
            prior = {}
            for term, factor in self.config.term_prior.items():
                key = self.vocabulary.key_of(term)
                if key is not None:
                    prior[key] = float(factor)
            self._prior = prior
        return np.array([prior.get(k, 1.0) for k in keys.tolist()], np.float32)

    def _postings(self, cols: np.ndarray) -> list[tuple[sp.csr_matrix, int, np.ndarray, np.ndarray]]:
        """The segments holding postings of the given columns: (a segment's terms × documents matrix,
        its first row, which of the columns it holds, their rows in the matrix). The build's matrix has a
        row per column it knows; the delta's only the columns its posts hold (delta_cols)."""
        cols = np.asarray(cols, np.int64)
        if self.delta_term_doc is None and not self.extra:  # the build's segment alone holds every column
            return [(self.term_doc, 0, np.arange(len(cols)), cols)] if len(cols) else []
        parts = []
        which = np.flatnonzero(cols < self.main_terms)
        if len(which):
            parts.append((self.term_doc, 0, which, cols[which]))
        if len(self.delta_cols) and len(cols):
            at = np.minimum(np.searchsorted(self.delta_cols, cols), len(self.delta_cols) - 1)
            which = np.flatnonzero(self.delta_cols[at] == cols)
            if len(which):
                parts.append((self.delta_term_doc, self.main_docs, which, at[which]))
        return parts

    def text_scores(self, record: Record, *, surfaces: bool = False, vector: bool = False):
        """BM25 of every document with every kind of term, the query's self-score, and BM25 with the
        query's plain words alone (the lexical run), accumulated term by term straight from the postings
        (no copy of them). With surfaces=True, also what explanations need: (the segments and query
        terms, query columns, column -> how the query wrote it). With vector=True, the query's (columns, weights,
        self-score, kinds) come last (the reranker reads them)."""
        cols, weights, self_score, words, shown = self.query_vector(record, surfaces=surfaces)
        n = len(self.ids)
        bm25 = np.zeros(n, np.float32)
        lexical = np.zeros(n, np.float32)
        parts = self._postings(cols)
        for matrix, offset, which, terms in parts:
            end = offset + matrix.shape[1]
            if len(which) == len(cols):  # (which is every column, in order)
                _accumulate(matrix, terms, weights, words, bm25[offset:end], lexical[offset:end])
            else:
                _accumulate(matrix, terms, weights[which], words[which], bm25[offset:end], lexical[offset:end])
        if self.n_deleted and parts:
            bm25[self.deleted] = 0
            lexical[self.deleted] = 0
        # A post in the query's language: its words count fully, the pairs and concepts it also shares at
        # scoring.TEXT["same_language_extra"] (a concept there repeats its words' evidence).
        # In place over every document: bm25 − lexical is what the pairs and concepts added.
        if self.config.text.get("same_language_extra", 1.0) != 1.0:
            bm25 -= lexical
            bm25 *= self._same_language_share(language_code(record))
            bm25 += lexical
        found = ((parts, cols, shown),) if surfaces else ()
        if vector:
            found = (*found, (cols, weights, self_score, self.kinds[cols]))
        return (bm25, self_score, lexical, *found)

    def lexical_bonus(self, lexical: np.ndarray) -> np.ndarray:
        """The fusion bonus of every document from its place in the words-only run (scoring.lexical_bonus).
        Ranked over all documents, exclusions aside, so a pair scores the same from rank() and score_ids()."""
        return self._lexical_top(lexical)[0]

    def _lexical_top(self, lexical: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(the bonus of every document, the rows that get one, best first)."""
        bonus = np.zeros(len(lexical), np.float32)
        order = _lexical_rows(lexical)
        bonus[order] = _lexical_bonuses(len(order))
        return bonus, order

    def _sector_levels(self, nodes: frozenset) -> np.ndarray:
        """The level (scoring.SECTOR_LEVELS) of every sector node for a query's nodes. Queries share a few
        dozen sector sets, so each set's levels are kept (per index: fork() starts afresh, since the copies'
        free-text nodes may diverge); keyed by the node count too, as an added post may bring a node."""
        cache = self.__dict__.setdefault("_levels_cache", {})
        key = (nodes, len(self.sector_nodes))
        level = cache.get(key)
        if level is not None:
            return level
        levels = scoring.SECTOR_LEVELS
        relations = self.config.tree.relations(nodes)
        for node in nodes:  # free-text nodes only meet themselves
            if node not in self.config.tree.position:
                relations["same"].add(node)
        level = np.zeros(len(self.sector_nodes) + 1, float)
        for name in ("sibling", "lineage", "same"):
            cols = [self.node_pos[n] for n in relations[name] if n in self.node_pos]
            level[cols] = levels[name]
        level.setflags(write=False)
        if len(cache) >= 4096:
            cache.clear()
        cache[key] = level
        return level

    def sector_scores(self, record: Record, rows=None) -> np.ndarray:
        """Sector overlap of the query with each document (or the documents at `rows`): the best level
        (same node, lineage, sibling) over the document's nodes."""
        level = self._sector_levels(self.sectors_of(record))
        rows = np.arange(len(self.sector_ptr) - 1) if rows is None else np.asarray(rows, np.int64)
        if not level.any() or len(rows) == 0:
            return np.zeros(len(rows), float)
        # Most documents have one node: their score is its level (level[-1], after every node, is 0: no node).
        first, several = self._derived("sectors", (self.sector_ptr, self.sector_of), self._first_sector, rows=True)
        out = level[first[rows]]
        if several is None:
            return out
        some = np.flatnonzero(several[rows])
        if len(some):
            out[some] = self._best_level(level, rows[some])
        return out

    def _first_sector(self, start: int = 0):
        """The first node of each document from `start` on (-1 for none), and which of them have more than one
        (from the first document: None if none)."""
        ptr = self.sector_ptr[start:]
        lengths = np.diff(ptr)
        first = np.full(len(lengths), -1, np.intp)
        has = np.flatnonzero(lengths > 0)
        first[has] = self.sector_of[ptr[has]]
        several = lengths > 1
        return first, (several if start or several.any() else None)

    def _best_level(self, level: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The best level over each document's nodes, for the documents at `rows`."""
        out = np.zeros(len(rows), float)
        starts = self.sector_ptr[rows]
        lengths = self.sector_ptr[rows + 1] - starts
        total = int(lengths.sum())
        if total == 0:
            return out
        before = np.cumsum(lengths) - lengths
        values = level[self.sector_of[np.repeat(starts - before, lengths) + np.arange(total)]]
        some = np.flatnonzero(lengths)
        out[some] = np.maximum.reduceat(values, before[some])
        return out

    def signals(
        self, record: Record, rows: np.ndarray, bm25: np.ndarray, self_score: float, bonus: np.ndarray | None = None
    ) -> dict:
        """All signals of the query record against the documents at `rows` (bonus: the lexical bonus there).

        A need's readiness, transfer mode and region take a few values, and freshness depends on the
        document alone: the index keeps, per field, its distinct values and each document's number among
        them (_distinct), so a signal is its function of the few values read at the documents' numbers; the
        same arithmetic on the same values as the function of every document's field, so the same floats."""
        rows = np.asarray(rows, np.int64)
        text = scoring.text_signal(bm25, self_score, self.config.text["scale"])
        if self.role == "offer":  # documents are offers, the query is a need
            trl = self._by_value("trl", self.trl, scoring.trl_signal, record.min_trl, rows)
            budget = self._budget_of_offers(rows, scoring._nan(record.budget_min), scoring._nan(record.budget_max))
            mask = scoring.modes_mask(record.transfer_modes)
            mode = self._by_value("modes", self.modes, lambda values, q: scoring.mode_signal(q, values), mask, rows)
        else:
            trl = scoring.trl_signal(scoring._nan(record.trl), self.min_trl[rows])
            budget = scoring.budget_signal(
                scoring._nan(record.price_min),
                scoring._nan(record.price_max),
                bool(record.negotiable),
                self.budget_min[rows],
                self.budget_max[rows],
            )
            mode = scoring.mode_signal(self.modes[rows], scoring.modes_mask(record.transfer_modes))
        code = scoring.region_code(record.region)
        region = self._by_value("region", self.region, scoring.region_signal, None if math.isnan(code) else code, rows)
        return {
            "text": text,
            "sector": self.sector_scores(record, rows),
            "trl": trl,
            "budget": budget,
            "mode": mode,
            "region": region,
            "freshness": self._freshness()[rows],
            "lexical": np.zeros(len(rows)) if bonus is None else np.asarray(bonus, float),
        }

    def _derived(self, name: str, source, make, *, rows: bool = False):
        """A value derived from one of the index's arrays (or a tuple of them), kept until that array is replaced
        (add() replaces the structured arrays, never writes into them). fork() gives the copy the cache as it
        stands. With `rows`, the value is a tuple of arrays with one entry a post, `make(start)` gives them for
        the posts from `start` on, and a value kept for an array that add() has since extended (_extends) is
        extended by the new posts' entries (_extended) rather than made again: a fork holding a few added posts
        shares the build's derived arrays (about 17 MiB at 300,000 offers) instead of making its own."""
        cache = self.__dict__.setdefault("_derived_cache", {})
        kept = cache.get(name)
        if kept is not None and _same(kept[0], source):
            return kept[1]
        if not rows:
            value = make()
        elif kept is not None and _extends(source, kept[0]):
            start = len(kept[1][0])
            tail = make(start)
            if any(a is None and b is not None and b.any() for a, b in zip(kept[1], tail, strict=True)):
                value = self._derived_afresh(name, make)
            else:
                value = tuple(
                    None if a is None else self._extended(("derived", name, j), a, b)
                    for j, (a, b) in enumerate(zip(kept[1], tail, strict=True))
                )
        else:
            value = self._derived_afresh(name, make)
        cache[name] = (source, value)
        return value

    def _derived_afresh(self, name: str, make) -> tuple:
        return tuple(None if a is None else self._roomy(("derived", name, j), a) for j, a in enumerate(make(0)))

    def _distinct(self, name: str, array: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The distinct values of a structured array (NaN once) and each document's number among them. Posts
        added since the numbers were made get theirs by a search of the values, if they bring no new value."""
        cache = self.__dict__.setdefault("_derived_cache", {})
        kept = cache.get(name)
        if kept is not None and kept[0] is array:
            return kept[1]
        if kept is not None and _extends(array, kept[0]):
            values, at = kept[1]
            tail = array[len(at) :]
            where = np.minimum(np.searchsorted(values, tail), max(len(values) - 1, 0))
            if len(values) and ((values[where] == tail) | (np.isnan(values[where]) & np.isnan(tail))).all():
                value = values, self._extended(("distinct", name), at, where)
                cache[name] = (array, value)
                return value
        values, at = np.unique(array, return_inverse=True)
        # a byte a document for the few values of TRL, transfer modes or region
        at = at.astype(np.min_scalar_type(max(len(values) - 1, 0))).reshape(-1)
        value = values, self._roomy(("distinct", name), at)
        cache[name] = (array, value)
        return value

    def _by_value(self, name: str, array: np.ndarray, signal, query, rows: np.ndarray) -> np.ndarray:
        """signal(the documents' field, the query's value) at `rows`, as signal(distinct values, query) read
        at each document's number among them; the few values' signal kept per query value (None: absent)."""
        values, at = self._distinct(name, array)
        tables = self.__dict__.setdefault("_tables", {})
        key = (name, query)
        kept = tables.get(key)
        if kept is None or kept[0] is not values:
            if len(tables) > 4096:
                tables.clear()
            kept = tables[key] = (values, signal(values, scoring._nan(query)))
        return kept[1][at[rows]]

    def _freshness(self) -> np.ndarray:
        """scoring.freshness_signal of every document at the index's `now` (set when it is built)."""
        (freshness,) = self._derived(
            "freshness",
            self.published,
            lambda start: (scoring.freshness_signal(self.published[start:], self.now),),
            rows=True,
        )
        return freshness

    def _lengths(self, rows: np.ndarray) -> np.ndarray:
        """The documents' lengths (the sum of their term frequencies), as the build or add() counted them."""
        main = rows < self.main_docs
        out = np.empty(len(rows))
        out[main] = self.doc_len[rows[main]]
        for j in np.flatnonzero(~main).tolist():
            out[j] = self.delta_len[int(rows[j]) - self.main_docs]
        return out

    def _same_language_share(self, language: int) -> np.ndarray:
        """scoring.TEXT["same_language_extra"] for the documents in the given language, 1 for the others
        (float32)."""
        share = float(self.config.text.get("same_language_extra", 1.0))
        (value,) = self._derived(
            f"same_language_share_{language}_{share}",
            self.languages,
            lambda start: (np.where(self.languages[start:] == language, share, 1.0).astype(np.float32),),
            rows=True,
        )
        return value

    def _other_language(self, language: int) -> np.ndarray:
        """1 for the documents not in the given language, 0 for the others (float32)."""
        (value,) = self._derived(
            f"other_language_{language}",
            self.languages,
            lambda start: ((self.languages[start:] != language).astype(np.float32),),
            rows=True,
        )
        return value

    def _budget_of_offers(self, rows: np.ndarray, budget_min: float, budget_max: float) -> np.ndarray:
        """scoring.budget_signal of the offers at `rows` for a need's budget, the offers' side (lowest and
        highest price, unknown price) worked out once per index: the same operations on the same values."""
        cap = budget_min * 1.5 if math.isnan(budget_max) else budget_max
        if math.isnan(cap):
            return np.zeros(len(rows))

        def make(start):
            pmin, pmax = self.price_min[start:], self.price_max[start:]
            lowest = np.where(np.isnan(pmin), pmax, pmin)
            highest = np.where(np.isnan(pmax), pmin, pmax)
            unknown = np.isnan(lowest)
            return lowest, highest, unknown, np.where(self.negotiable[start:], 0.5, 0.0)

        lowest, highest, unknown, negotiable = self._derived(
            "budget", (self.price_min, self.price_max, self.negotiable), make, rows=True
        )
        low = lowest[rows]
        over = (low - cap) / max(cap, 1.0)
        value = np.where(low <= cap, 1.0, -np.minimum(over, 1.0))
        if not math.isnan(budget_min):
            # (an unknown highest price is NaN, and NaN < x is false: no need to ask whether it is known)
            value = np.where(highest[rows] < budget_min * 0.2, 0.5, value)
        return np.where(unknown[rows], negotiable[rows], value)

    def _scored(
        self,
        record: Record,
        *,
        k: int = 10,
        candidates: int = 1000,
        surfaces: bool = False,
        depth: int | None = None,
        table: bool = False,
    ):
        """Scores of the candidate documents for a query: (rows, scores, contributions per signal, rows in
        ranked order — all of them, or at least the first `depth` places —, what explanations need).
        Candidates are the `candidates` best by text (structured
        signals count in proportion to text relevance, so nothing further down can overtake them), or,
        when fewer than k documents share a term with the query, every document that shares a sector; the
        words-only run's best always. Exclusions aside, so that a pair scores the same from rank() and
        from score_ids()."""
        reranker = self.config.rerank
        bm25, self_score, lexical, *found = self.text_scores(record, surfaces=surfaces, vector=bool(reranker))
        query = found.pop() if reranker else None
        bonus_rows = _lexical_rows(lexical)
        rows = _top_positive(bm25, max(candidates, k))
        if len(rows) < k:
            rows = np.union1d(rows, np.flatnonzero(self.sector_scores(record) > 0))
        rows = _union_sorted(rows, bonus_rows)
        if self.n_deleted:
            rows = rows[~self.deleted[rows]]
        if len(rows) == 0:
            return rows, np.zeros(0), {}, rows, found
        signals = self.signals(record, rows, bm25[rows], self_score, _bonus_at(rows, bonus_rows))
        scores, contributions = scoring.combine(signals, self.config.weights)
        cross = self.config.cross_language
        if cross and depth is not None:
            depth = max(depth, int(cross["depth"]))
        if reranker and depth is not None:
            depth = max(depth, int(reranker["depth"]))
        order = _ranked(scores, depth)  # ties by row: rows ascend
        first = second = scores
        if cross:
            fused = self._cross_language(record, rows, scores, order, bm25, self_score, bonus_rows, candidates)
            if fused is not None:
                rows, scores, contributions, order, first, second = fused
        if reranker:
            vector = record.extra.get(embeddings.KEY)
            extra = 0
            if reranker.get("nearest"):
                widened = self._nearest(reranker, vector, rows, scores, contributions, order, first, second)
                if widened is not None:
                    rows, scores, contributions, order, first, second, extra = widened
            runs = (scores, first, second, order)
            arguments = (reranker, self, query, language_code(record), rows, scores, runs, contributions, order, vector)
            if table:
                return rows, *rerank.first_places(*arguments, extra=extra)
            scores, contributions, order = rerank.apply(*arguments, extra=extra)
        return rows, scores, contributions, order, found

    def _nearest(self, model, vector, rows, scores, contributions, order, first, second):
        """The reranker's `nearest` (stop 33; shipped since lex-1.25): the posts nearest the query by the adapted
        score (q M)·d, outside the fused order's first places, placed right after them so that the reranker
        reorders them too; a post that no run scored joins the rows with nought in every run and contribution.
        (rows, scores, contributions, order, first, second, how many places were added), or None without a vector
        or a map, or nothing to add. The scores come from the index's lists of projections when the model names a
        `nearest_rank` (_near_build: the lists nearest the query, not every post); otherwise every post's vector
        is unpacked for each query, exact: the reference the lists are tested and measured against, not a cost a
        large index could carry."""
        matrix = rerank.matrix_of(model)
        if vector is None or matrix is None:
            return None
        n = rerank.head(model, scores, order)  # (the first places; the ones added go right after them)
        taken = rows[order[:n]]
        count = int(model["nearest"])
        if self.near_basis is not None:  # (the index's projection: _near_build)
            if not len(self.near_basis):  # (no post had a vector at the build)
                return None
            # (float32 throughout: a float64 vector would have numpy convert the lists' numbers to float64; einsum,
            # not BLAS: a threaded product leaves its threads spinning through the rest of the query, half again
            # its CPU time at 100,000 posts)
            query = np.einsum("i,ij->j", embeddings.unpack([vector])[0].astype(np.float32), matrix)
            mapped = np.einsum("ij,j->i", self.near_basis, query.astype(np.float32))
            spans = [(0, len(self.near_rows))]
            if len(self.near_ptr) > 2:  # (the NEAR_READ share of the lists, those whose centres score highest)
                centres = np.einsum("ij,j->i", self.near_centroids, mapped)
                lists = max(1, math.ceil(NEAR_READ * len(centres)))
                probe = np.argpartition(-centres, lists - 1)[:lists].tolist()
                spans = [(self.near_ptr[c], self.near_ptr[c + 1]) for c in probe]
            # (each list's numbers read where they are, not gathered into a copy first; np.matvec, numpy's own
            # loop as einsum's but a cheaper call: 0.1 ms a query less at 100,000 posts, 32 lists read)
            candidates = np.concatenate([self.near_rows[a:b] for a, b in spans] + [self.near_added_rows])
            added = self.near_added.reshape(-1, len(self.near_basis))
            adapted = np.concatenate(
                [np.matvec(self.near_coords[a:b], mapped) for a, b in spans] + [np.matvec(added, mapped)]
            )
            blocked = self.deleted.copy()  # (a mask, not np.isin: that sorts the thousands of candidates)
            blocked[taken] = True
            keep = ~blocked[candidates]
            candidates, adapted = candidates[keep], adapted[keep]
            if len(adapted) > count:  # (the few best, ties by row; a partition first: the lists hold thousands)
                bar = np.partition(adapted, len(adapted) - count)[len(adapted) - count]
                candidates, adapted = candidates[adapted >= bar], adapted[adapted >= bar]
            best = candidates[np.lexsort((candidates, -adapted))][:count]
        else:  # every post's vector unpacked: exact, for measuring on small sets
            live = np.flatnonzero(~self.deleted)
            packed = [self.records[r].extra.get(embeddings.KEY) for r in live.tolist()]
            held = np.array([p is not None for p in packed], bool)
            if not held.any():
                return None
            live = live[held]
            _cosine, adapted = embeddings.similarities(vector, [p for p in packed if p is not None], matrix)
            best = live[np.lexsort((live, -adapted))]
            best = best[~np.isin(best, taken)][:count]
        if len(best) == 0:
            return None
        at = np.minimum(np.searchsorted(rows, best), max(len(rows) - 1, 0))
        known = (rows[at] == best) if len(rows) else np.zeros(len(best), bool)
        added = best[~known]
        places = np.concatenate([at[known], len(rows) + np.arange(len(added))]).astype(np.int64)
        if len(added):
            zeros = np.zeros(len(added), scores.dtype)
            rows = np.concatenate([rows, added])
            first = np.concatenate([first, zeros])
            second = np.concatenate([second, zeros])
            scores = np.concatenate([scores, zeros])
            contributions = {
                name: np.concatenate([value, np.zeros(len(added))]) for name, value in contributions.items()
            }
        places = places[np.lexsort((places, -scores[places]))]  # (the places' scores descend, as the first ones')
        rest, placed = order[n:], np.zeros(len(rows), bool)
        placed[places] = True
        order = np.concatenate([order[:n], places, rest[~placed[rest]]])
        return rows, scores, contributions, order, first, second, len(places)

    def rerank_table(self, record: Record) -> tuple[list, np.ndarray]:
        """The ids of a query's first places in the fused order (before the reranker reorders them) and their
        rerank.FEATURES: what rerank.learn learns from (bench/matching_rerank.py)."""
        if not self.config.rerank:
            raise ValueError("the index's configuration has no reranker")
        found = self._scored(record, table=True)
        if len(found) != 3 or found[2] is None:  # (no candidate, or a vector missing)
            return [], np.zeros((0, len(rerank.FEATURES)))
        rows, top, table = found
        return [self.ids[r] for r in rows[top].tolist()], table

    def _cross_language(self, record, rows, scores, order, bm25, self_score, bonus_rows, candidates):
        """The fusion of scoring.CROSS_LANGUAGE: (rows, scores, contributions, order, the first run's scores, the
        second run's), or None when the first run has no document of the other language to learn from."""
        cross = self.config.cross_language
        text = self.config.text
        mine = language_code(record)
        head = rows[order[: int(cross["depth"])]]
        head_scores = scores[order[: int(cross["depth"])]]
        other = (self.languages[head] != mine) & (head_scores > 0)
        picked, weights = head[other][: int(cross["first"])], head_scores[other][: int(cross["first"])]
        if len(picked) == 0:
            return None
        # The picked documents' words and syllable pairs, weighted as BM25 weights × kind × their score. Their
        # lengths (concepts included) are the index's: the analysis can skip the glossary.
        docs, keys, tf = postings(
            self.config.analyzer,
            self.vocabulary,
            [self.records[r] for r in picked],
            text["title_boost"],
            concepts=False,
        )
        cols = self.columns(keys)
        held = np.maximum(cols, 0)
        kinds = self.kinds[held]  # (the kind of every term the index holds; the others are dropped below)
        keep = (cols >= 0) & ((kinds == WORD) | (kinds == BIGRAM))
        if not keep.any():
            return None
        length = self._lengths(picked)
        weight = scoring.bm25_norm(tf, length[docs], self.avg_len or 1.0, text["k1"], text["b"])
        weight = weight * self.idf[held] * self.kind_weight[held] * weights[docs]
        terms, at, _first = _unique_inverse(cols[keep])  # np.unique(..., return_inverse=True)
        vector = np.bincount(at, weights=weight[keep], minlength=len(terms))
        best = _exact_top(vector, np.flatnonzero(vector > 0), int(cross["terms"]))
        best = best[np.lexsort((terms[best], -vector[best]))][: int(cross["terms"])]
        n = len(self.ids)
        extra = np.zeros(n, np.float32)
        chosen, strength = terms[best], vector[best].astype(np.float32)
        for matrix, offset, which, matrix_rows in self._postings(chosen):
            # (what _accumulate does with no plain words: one call of the column kernel)
            _gather_matvec(matrix, matrix_rows, strength[which], extra[offset : offset + matrix.shape[1]])
        extra *= self._other_language(mine)  # (extra ≥ 0: × 0 is 0 and × 1 is itself)
        if self.n_deleted:
            extra[self.deleted] = 0
        # The best first-run BM25 is among the candidates; the best of extra is over every document.
        most = bm25[rows].max()
        most_extra = extra.max()
        if most_extra <= 0 or most <= 0:
            return None
        # The documents the feedback reaches join the candidates.
        rows = _union_sorted(rows, _top_positive(extra, int(cross.get("reach", candidates))))
        text_rows = bm25[rows]
        # The fed BM25: bm25 + beta × extra scaled to the best first-run BM25, at most `cap` × the first run's
        # BM25 or `floor` × the best (scoring.CROSS_LANGUAGE): the feedback reorders what the need's own words
        # found, and a document they missed enters below all it found well.
        fed = text_rows + float(cross["beta"]) * extra[rows] * (most / most_extra)
        cap = float(cross.get("cap", 0))
        if cap:
            fed = np.minimum(fed, np.maximum(text_rows * cap, float(cross.get("floor", 0)) * most))
        plain_signals = self.signals(record, rows, text_rows, self_score, _bonus_at(rows, bonus_rows))
        plain, contributions = scoring.combine(plain_signals, self.config.weights)
        fed_signals = dict(plain_signals, text=scoring.text_signal(fed, self_score, text["scale"]))
        second, _ = scoring.combine(fed_signals, self.config.weights)
        if not cross.get("fuse", 1):
            # The second run alone (a variant measured in round 3, bench/matching_variants.py).
            order = np.lexsort((rows, -second))
            return rows, second, dict(contributions, crosslingual=second - plain), order, plain, second
        words_first = _positions(rows, bonus_rows[: int(cross.get("pin", 0))])
        final, order = _fuse(plain, second, float(cross["rrf_k"]), float(cross.get("second", 1.0)), words_first)
        contributions = dict(contributions, crosslingual=final - plain)
        return rows, final, contributions, order, plain, second

    def rank(
        self,
        record: Record,
        *,
        k: int = 10,
        exclude=(),
        explain: bool = True,
        min_score: float = 0.0,
        candidates: int = 1000,
    ) -> list[Hit]:
        """The k best documents for a query record (see _scored for the candidates)."""
        exclude = exclude if isinstance(exclude, (set, frozenset, list, tuple)) else list(exclude)
        rows, scores, contributions, order, found = self._scored(
            record, k=k, candidates=candidates, surfaces=explain, depth=k + len(exclude)
        )
        if exclude:
            banned = {self.position[e] for e in exclude if e in self.position}
            order = np.array([j for j in order if int(rows[j]) not in banned], np.int64)
        top = order[:k]
        shown = top[scores[top] > min_score]
        if len(shown) == 0:
            return []
        shown_rows = rows[shown]
        shared_at = self._shared_terms(found[0], shown_rows) if explain else {}
        names = list(contributions)
        at_shown = zip(*[values[shown].tolist() for values in contributions.values()], strict=True)
        hits = []
        for row, score, values in zip(shown_rows.tolist(), scores[shown].tolist(), at_shown, strict=True):
            shared = shared_at[row] if explain else []
            hits.append(
                Hit(
                    id=self.ids[row],
                    score=score,
                    contributions=dict(zip(names, values, strict=True)),
                    shared_terms=shared,
                    position=row,
                )
            )
        return hits

    def score_ids(self, record: Record, ids) -> list[Hit]:
        """Scores of given documents for a query (used to score a pair from the canonical side): the same
        as rank() gives them; a document outside the candidates gets its signals' score, capped by the
        lowest candidate's."""
        wanted = np.array(
            [self.position[i] for i in ids if i in self.position and not self.deleted[self.position[i]]], np.int64
        )
        if len(wanted) == 0:
            return []
        rows, scores, contributions, _order, found = self._scored(record, surfaces=True)
        at = {int(r): j for j, r in enumerate(rows)}
        outside = np.array([r for r in wanted if int(r) not in at], np.int64)
        if len(outside):
            bm25, self_score, lexical = self.text_scores(record)
            signals = self.signals(record, outside, bm25[outside], self_score, self.lexical_bonus(lexical)[outside])
            plain, plain_contributions = scoring.combine(signals, self.config.weights)
            floor = float(scores[scores > 0].min()) if (scores > 0).any() else 0.0
            capped = np.minimum(plain, floor)
            plain_contributions = dict(plain_contributions)
            if self.config.cross_language:
                plain_contributions["crosslingual"] = capped - plain
            for j, row in enumerate(outside.tolist()):
                at[row] = ("outside", j)
        shared_at = self._shared_terms(found[0], wanted)
        hits = []
        for row in wanted.tolist():
            j = at[row]
            if isinstance(j, tuple):
                score, contrib = float(capped[j[1]]), {n: float(v[j[1]]) for n, v in plain_contributions.items()}
            else:
                score, contrib = float(scores[j]), {n: float(v[j]) for n, v in contributions.items()}
            hits.append(
                Hit(
                    id=self.ids[row],
                    score=score,
                    contributions=contrib,
                    shared_terms=shared_at[row],
                    position=row,
                )
            )
        return hits

    def _shared_terms(self, found, rows, limit: int = 8) -> dict[int, list[str]]:
        """row -> the terms of the query that the document has too, as the query wrote them, for the few
        documents shown (top k). Glossary phrases come first, then syllable pairs that do not straddle a phrase
        already shown, then English words; within a rank the heavier first (the document's BM25 weight × the
        kind's weight; a string the query wrote for several terms counts with its best), ties in the order of
        the query's terms. The (term, document) pairs are found with a binary search of each shown term's
        postings (sorted by row within a term) for all the shown rows at once (_find_postings); the index
        keeps no document-major copy for this. Then every row's choice at once with numpy, all but the last
        step (which words each shown string covers), which goes row by row."""
        parts, cols, surface = found
        rows = np.asarray(rows, np.int64)
        out: dict[int, list[str]] = {int(r): [] for r in rows.tolist()}
        if not surface:
            return out
        shown_id, rank, kind_weight, strings = self._explainable(surface)
        found_rows, found_terms, found_weights = [], [], []
        for matrix, offset, which, matrix_rows in parts:
            mine = rows[(rows >= offset) & (rows < offset + matrix.shape[1])]
            shown_here = shown_id[which] >= 0
            terms = which[shown_here]  # positions among the query's columns
            if len(mine) == 0 or len(terms) == 0:
                continue
            term_at, doc, at = _find_postings(
                matrix.indptr, matrix.indices, matrix_rows[shown_here], np.sort(mine - offset)
            )
            found_rows.append(doc + offset)
            found_terms.append(terms[term_at])
            found_weights.append(matrix.data[at])
        if not found_rows:
            return out
        if len(found_rows) == 1:
            row, term, weight = found_rows[0], found_terms[0], found_weights[0].astype(np.float64)
        else:
            row, term = np.concatenate(found_rows), np.concatenate(found_terms)
            weight = np.concatenate(found_weights).astype(np.float64)
        weight *= kind_weight[term]
        string, term_rank = shown_id[term], rank[term]
        # The best (rank, weight) of each (row, shown string), and the first query term that wrote it; the
        # pair (row, string) as one number, ordered as row then string.
        pair = row * len(strings) + string
        order = np.lexsort((-weight, term_rank, pair))
        pair, row, string, term_rank, weight, term = (
            pair[order],
            row[order],
            string[order],
            term_rank[order],
            weight[order],
            term[order],
        )
        new = np.empty(len(pair), bool)
        new[:1] = True
        np.not_equal(pair[1:], pair[:-1], out=new[1:])
        first = np.flatnonzero(new)
        met = np.minimum.reduceat(term, first)
        row, string, term_rank, weight = row[first], string[first], term_rank[first], weight[first]
        best = np.lexsort((met, -weight, term_rank, row))
        current, shown_here, covered = None, [], set()
        for r, sid, kind_rank in zip(row[best].tolist(), string[best].tolist(), term_rank[best].tolist(), strict=True):
            if r != current:  # (the rows come one after the other)
                current, shown_here, covered = r, out[r], set()
            if len(shown_here) >= limit:
                continue
            words = _folded_words(strings[sid])
            if (kind_rank == 1 and not covered.isdisjoint(words)) or covered.issuperset(words):
                continue
            covered.update(words)
            shown_here.append(strings[sid])
        return out

    def live_ids(self) -> set:
        """The ids of the posts the index ranks (a replaced post's old row is taken out, its new one is in)."""
        return {rid for rid, gone in zip(self.ids, self.deleted.tolist(), strict=True) if not gone}

    @property
    def n_deleted(self) -> int:
        return int(self._n_deleted) if hasattr(self, "_n_deleted") else 0

    # incremental updates
    def add(self, record: Record) -> int:
        """Add a post, or replace the one with the same id, without rebuilding: its BM25 weights use the
        statistics of the last full build (document count, average length, idf; a term the build never
        saw gets the idf of a term in one document), which drift little while the delta stays small
        compared with the index. Returns its row."""
        if record.id in self.position and not self.deleted[self.position[record.id]]:
            self.remove(record.id)
        text = self.config.text
        keys, tf, _shown = query_terms(self.config.analyzer, self.vocabulary, record, text["title_boost"])
        cols = self.columns(keys)
        new = np.flatnonzero(cols < 0)
        if len(new):
            one_doc = float(scoring.idf(np.array([1.0]), max(self.n_docs, 1))[0])
            first = self.n_terms
            self.extra = dict(self.extra)
            for j, key in enumerate(keys[new].tolist()):
                self.extra[key] = first + j
            cols[new] = np.arange(first, first + len(new))
            self._append("idf", np.full(len(new), one_doc, np.float32))
            kinds = self.vocabulary.kind_of(keys[new])
            self._append("kinds", kinds)
            self._append("kind_weight", kind_weights(text)[kinds])
        length = float(tf.sum())
        weights = (
            scoring.bm25_norm(tf, length, self.avg_len or length or 1.0, text["k1"], text["b"]) * self.idf[cols]
        ).astype(np.float32)
        self.delta.append((cols, weights))
        self.delta_len.append(length)
        self._rebuild_delta()
        row = len(self.ids)
        self.records.append(record)
        self.ids.append(record.id)
        self.position[record.id] = row
        self._append("deleted", False)
        self._append_structured(record)
        vector = record.extra.get(embeddings.KEY)
        if self.near_basis is not None and vector is not None:  # (the build's lists stay as they are)
            self._append("near_added", embeddings.unpack([vector])[0] @ self.near_basis.T)
            self._append("near_added_rows", row)
        return row

    def fork(self) -> Index:
        """A copy to update while this one keeps answering queries: the big matrix and arrays are shared (an
        update writes only past the end of this version's arrays: _append), the small mutable containers are
        copied."""
        twin = copy.copy(self)
        twin.records, twin.ids = list(self.records), list(self.ids)
        twin.position = ChainMap(dict(self.position.maps[0]), *self.position.maps[1:])
        twin.node_pos = dict(self.node_pos)
        twin.sector_nodes, twin.delta = list(self.sector_nodes), list(self.delta)
        twin.delta_len = list(self.delta_len)
        twin.deleted = self.deleted.copy()  # (remove() writes into it)
        twin._room = dict(self.__dict__.get("_room", {}))  # (the buffers and their ends are shared)
        twin._levels_cache = {}
        twin._derived_cache = dict(self.__dict__.get("_derived_cache", {}))
        twin._tables = {}
        return twin

    def remove(self, record_id) -> bool:
        """Take a post out of the rankings (it left the public lists or is being replaced)."""
        row = self.position.get(record_id)
        if row is None or self.deleted[row]:
            return False
        self.deleted[row] = True
        self._n_deleted = self.n_deleted + 1
        return True

    def _rebuild_delta(self):
        """The delta's term-major matrix, over the columns its posts hold (delta_cols) rather than every column."""
        indptr = np.cumsum([0] + [len(c) for c, _w in self.delta])
        cols = np.concatenate([c for c, _w in self.delta]).astype(np.int64)
        data = np.concatenate([w for _c, w in self.delta])
        self.delta_cols, local = np.unique(cols, return_inverse=True)
        csc = sp.csc_matrix((data, local.astype(np.int32), indptr), shape=(len(self.delta_cols), len(self.delta)))
        self.delta_term_doc = csc.tocsr()
        self.delta_term_doc.sort_indices()

    @property
    def delta_size(self) -> int:
        return len(self.delta)

    def _explainable(self, query_surface) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
        """What an explanation may show of each query term (query_surface: query_vector's columns and
        spans): the number of how the query wrote it among the strings shown (-1 for a term never shown),
        its rank — glossary phrases 0, syllable pairs 1, English words of 3+ letters 2 —, its kind weight,
        and the strings. Digits and lone Vietnamese syllables ("tạo", "sinh") explain little and are left out;
        accented forms are never shown, so their syllables are not even joined."""
        cols, starts, ends, tokens = query_surface
        kinds = self.kinds[cols]
        shown_id, rank = [-1] * len(cols), [0] * len(cols)
        strings: list[str] = []
        number: dict[str, int] = {}
        for j, kind, a, b in zip(range(len(cols)), kinds.tolist(), starts.tolist(), ends.tolist(), strict=True):
            if kind == ACCENT:
                continue
            shown = tokens[a] if b - a == 1 else " ".join(tokens[a:b])
            if shown.isdigit():
                continue
            if kind == WORD:
                if not shown.isascii() or len(shown) < 3:
                    continue
                rank[j] = 2
            elif kind == BIGRAM:
                rank[j] = 1
            sid = number.get(shown)
            if sid is None:
                sid = number[shown] = len(strings)
                strings.append(shown)
            shown_id[j] = sid
        return (
            np.array(shown_id, np.int64),
            np.array(rank, np.int64),
            self.kind_weight[cols].astype(np.float64),
            strings,
        )

    # many queries at once
    def rank_many(
        self, records: list[Record], *, k: int = 10, explain: bool = False, processes: int = 1, batch: int = 0
    ) -> list[list[Hit]]:
        """Rank every record, on `processes` forked processes sharing this index (copy-on-write).

        One query at a time: a sparse row slice and a product per query measured faster here than one
        sparse-sparse product per batch of queries (4.8 against 7.5 ms of CPU per need at 100,000 offers),
        whose dense-ish result costs more to unpack than it saves."""
        if processes > 1 and len(records) > 200:
            return _parallel(self, records, k=k, explain=explain, processes=processes)
        return [self.rank(record, k=k, explain=explain) for record in records]


def _same(kept, source) -> bool:
    """Whether a cached value's source (an array, or a tuple of them) is still the index's (identity)."""
    if isinstance(source, tuple):
        return len(kept) == len(source) and all(a is b for a, b in zip(kept, source, strict=True))
    return kept is source


def _extends(source, kept) -> bool:
    """Whether `source` (an array, or a tuple of them) holds what `kept` held and more after it: the same buffer,
    from its start, no shorter (what _extended makes of an array it appends to; an index never writes over a
    row a version of it holds)."""
    if isinstance(source, tuple):
        return len(kept) == len(source) and all(_extends(a, b) for a, b in zip(source, kept, strict=True))
    return (
        kept.base is not None
        and source.base is kept.base
        and len(source) >= len(kept)
        and source.__array_interface__["data"][0] == kept.__array_interface__["data"][0]
    )


def _spill_file():
    """A temporary file for the runs of a build (closed by the build), or None where none can be made:
    then the runs stay in memory."""
    try:
        return tempfile.TemporaryFile(prefix="matching-index-")
    except OSError:
        return None


def language_code(record: Record) -> int:
    """0 for a Vietnamese post, 1 for an English one: as stated, else whether its text has Vietnamese marks."""
    if record.language in ("vi", "en"):
        return 0 if record.language == "vi" else 1
    return 0 if has_vietnamese_marks(f"{record.title} {(record.text or '')[:300]}") else 1


def _release_memory() -> None:
    """Hand the freed temporaries of a run back to the system (glibc keeps freed heap memory, and after a
    few large frees it serves even large arrays from the heap): without this the build's resident memory
    grows by the fragments of every run, ~100 MiB at 100,000 posts. A no-op where there is no glibc."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _load_libc():
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018  (glibc only)
        return libc
    except (OSError, AttributeError):
        return None


_LIBC = _load_libc()
_ROOM_LOCK = threading.Lock()  # (Index._extended)


def _new_room_lock() -> None:
    """A forked worker (_parallel) starts with a free lock, even if another thread held it at the fork."""
    global _ROOM_LOCK
    _ROOM_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_room_lock)
# The arrays add() extends (_append), made with room after them at the build (_roomy).
APPENDED = (
    "idf",
    "kinds",
    "kind_weight",
    "deleted",
    "trl",
    "min_trl",
    "price_min",
    "price_max",
    "negotiable",
    "budget_min",
    "budget_max",
    "modes",
    "region",
    "published",
    "languages",
    "sector_of",
    "sector_ptr",
)
NEAR_SAMPLE = 4096  # the posts the nearest's projection is fitted on, at most (_near_build)
NEAR_FLAT = 4096  # up to this many posts with a vector, the nearest's one list, read whole (_near_build)
NEAR_READ = 0.1  # the share of the nearest's lists a query reads, those whose centres score highest (_nearest)
NEAR_FIT_PER_LIST = 32  # the posts the lists' centres are fitted on, a list (_near_lists)
NEAR_ROUNDS = 10  # k-means' rounds (_near_lists)
NEAR_BLOCK = 4096  # the posts whose vectors are unpacked at a time (_near_build, _near_lists)


def _near_lists(project, n: int, rank: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The nearest's inverted file (Index._near_build) of n posts whose rank-k numbers `project(positions)` gives:
    about √n lists of posts whose numbers are near one another, or one list up to NEAR_FLAT posts. (centres, ptr,
    order): list c holds the posts order[ptr[c] : ptr[c + 1]], its centre centres[c]. The centres are k-means'
    (Lloyd's rounds from posts drawn with a fixed seed) on up to NEAR_FIT_PER_LIST posts a list spread over the
    index; every post then goes to its nearest centre, NEAR_BLOCK posts at a time (the numbers of all the posts are
    never held here). Written here rather than taken from scikit-learn, whose import alone holds about 110 MiB in
    every process."""
    if n <= NEAR_FLAT:  # (one list, read whole: its centre is never read, so not computed)
        return np.zeros((1, rank), np.float32), np.array([0, n], np.int64), np.arange(n)
    lists = round(math.sqrt(n))
    fit = project(np.unique(np.linspace(0, n - 1, min(n, NEAR_FIT_PER_LIST * lists)).astype(np.int64)))
    centres = fit[np.random.default_rng(0).choice(len(fit), lists, replace=False)]
    for _ in range(NEAR_ROUNDS):
        near = _nearest_centre(fit, centres)
        members = sp.csr_matrix((np.ones(len(fit), np.float32), (near, np.arange(len(fit)))), shape=(lists, len(fit)))
        counts = np.bincount(near, minlength=lists)
        centres = np.where(counts[:, None] > 0, (members @ fit) / np.maximum(counts, 1)[:, None], centres)
        centres = centres.astype(np.float32)  # (a list left empty keeps its centre)
    label = np.empty(n, np.int64)
    for start in range(0, n, NEAR_BLOCK):
        label[start : start + NEAR_BLOCK] = _nearest_centre(
            project(np.arange(start, min(start + NEAR_BLOCK, n))), centres
        )
        _release_memory()  # (as in Index._near_build)
    order = np.argsort(label, kind="stable")
    return centres, np.searchsorted(label[order], np.arange(lists + 1)).astype(np.int64), order


def _nearest_centre(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Each point's nearest centre: the largest x·c − |c|²/2."""
    half = 0.5 * (centres * centres).sum(axis=1)
    scores = points @ centres.T
    scores -= half  # (in place: k-means' fit of 17,536 posts × 548 centres at 300,000 makes 38 MiB a copy)
    return np.argmax(scores, axis=1)


def _accumulate(matrix, cols, weights, words, out, lexical) -> None:
    """lexical += Σ weight × the postings of the query's plain words; out += the same plus Σ weight × the
    postings of its other terms (out and lexical start at zero: the callers' fresh arrays). Each word's
    postings are read once, and each group of terms is one call of scipy's compiled column kernel on the
    matrix's own arrays (no copy of the postings; see _gather_matvec)."""
    if words.any():
        _gather_matvec(matrix, cols[words], weights[words], lexical)
        np.copyto(out, lexical)  # 0 + x is x: a copy instead of an addition
    others = ~words
    if others.any():
        _gather_matvec(matrix, cols[others], weights[others], out)


def _gather_matvec(matrix, cols, weights, out) -> None:
    """out += Σ weight × the postings of each column (term) of a term-major CSR matrix, in one call of
    scipy's compiled `csc_matvec` (for each column j, for each posting p in indptr[j]..indptr[j+1]:
    out[row p] += data[p] × x[j]). It is handed a column pointer made of the query terms' spans,
    [start₁, end₁, start₂, end₂, …], so that its columns are the query terms (x = weight) and, between two
    of them, a column from end₁ to start₂ (x = 0, so it adds nothing); with the terms in descending order
    start₂ < end₁, so that in-between column is empty and the kernel reads no posting of the terms the query
    does not have (the work is the query's postings, as with one call per term)."""
    if len(cols) == 0:
        return
    spans, order = _spans(matrix, cols)
    x = np.zeros(len(spans) - 1, np.float32)
    x[0::2] = np.asarray(weights, np.float32)[order]
    _sparsetools.csc_matvec(out.shape[0], len(x), spans, matrix.indices, matrix.data, x, out)


def _spans(matrix, cols) -> tuple[np.ndarray, np.ndarray]:
    """The column pointer of _gather_matvec (the terms in descending order: [start, end] of each, so that
    each in-between column runs backwards and is empty), and the order it put the terms in."""
    order = np.argsort(-np.asarray(cols, np.int64), kind="stable")
    cols = np.asarray(cols, np.int64)[order]
    spans = np.empty(2 * len(cols), matrix.indices.dtype)
    spans[0::2] = matrix.indptr[cols]
    spans[1::2] = matrix.indptr[cols + 1]
    return spans, order


def _find_postings(indptr, indices, terms, targets):
    """The postings of the given terms (rows of a term-major CSR matrix) at the given documents (sorted):
    (which of the terms — its place in `terms` —, document, position in the matrix's arrays) of each pair
    found, ordered by term then document. One searchsorted call per term on a view of its postings (the
    targets in the postings' own dtype, so numpy does not convert the postings); the hits are checked for
    all terms at once."""
    targets = np.asarray(targets, indices.dtype)
    starts, ends = indptr[terms].astype(np.int64), indptr[terms + 1]
    found = [indices[s:e].searchsorted(targets) for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]
    at = np.array(found, np.int64).reshape(len(terms), len(targets)) + starts[:, None]
    term_at, place = np.nonzero(at < ends[:, None])
    at = at[term_at, place]
    hit = indices[at] == targets[place]
    return term_at[hit], targets[place[hit]].astype(np.int64), at[hit]


@functools.lru_cache(maxsize=65536)
def _folded_words(shown: str) -> tuple[str, ...]:
    """The folded words of a shown term (explanations: which words a shown term covers)."""
    return tuple(_fold_word(w) for w in shown.split())


def _union_sorted(rows: np.ndarray, more: np.ndarray) -> np.ndarray:
    """np.union1d(rows, more) for ascending unique rows (what _top_positive and np.union1d return) and a
    few more unique ones: a binary search of the few instead of a sort of all."""
    if len(rows) == 0 or len(more) == 0:
        return np.union1d(rows, more)
    at = np.minimum(np.searchsorted(rows, more), len(rows) - 1)
    extra = more[rows[at] != more]
    return np.sort(np.concatenate([rows, extra])) if len(extra) else rows


def _lexical_rows(lexical: np.ndarray) -> np.ndarray:
    """The rows that get a lexical bonus, best first (ties by position)."""
    pos = _top_positive(lexical, scoring.LEXICAL_DEPTH)
    return pos[np.lexsort((pos, -lexical[pos]))][: scoring.LEXICAL_DEPTH]


def _lexical_bonuses(n: int) -> np.ndarray:
    """scoring.lexical_bonus of the first n places."""
    key = (n, scoring.LEXICAL_K, scoring.LEXICAL_DEPTH)
    table = _BONUSES.get(key)
    if table is None:
        table = _BONUSES[key] = scoring.lexical_bonus(np.arange(n))
    return table


_BONUSES: dict = {}


def _bonus_at(rows: np.ndarray, bonus_rows: np.ndarray) -> np.ndarray:
    """The lexical bonus (float32, as Index.lexical_bonus) at ascending rows that hold every bonus row."""
    out = np.zeros(len(rows), np.float32)
    if len(bonus_rows):
        out[np.searchsorted(rows, bonus_rows)] = _lexical_bonuses(len(bonus_rows))
    return out


def _positions(rows: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """The positions in ascending `rows` of the wanted rows, in their order, up to the first one not there."""
    at = np.minimum(np.searchsorted(rows, wanted), max(len(rows) - 1, 0))
    missing = np.flatnonzero(rows[at] != wanted) if len(rows) else np.arange(len(wanted))
    return at[: missing[0]] if len(missing) else at


def _ranked(scores: np.ndarray, depth: int | None) -> np.ndarray:
    """np.argsort(-scores, kind="stable"), or, given a depth, at least its first `depth` places (every
    score tied with the depth-th included, so the places are the same as the full sort's)."""
    n = len(scores)
    if depth is None or n < 256 or n <= 4 * depth:
        return _descending(scores)
    negative = -scores
    kth = np.partition(negative, depth - 1)[depth - 1]
    pos = np.flatnonzero(negative <= kth)
    return pos[np.argsort(negative[pos], kind="stable")]


def _fuse(
    plain: np.ndarray, second: np.ndarray, rrf_k: float, weight: float, words_first: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Reciprocal-rank fusion of two runs over the same candidates (documents with a score in either; the
    second counts `weight` times the first), ties by row; each place of the fused order gets the score the
    first run gave to that place. Returns (the final scores, the fused order).

    The pin (scoring.CROSS_LANGUAGE["pin"]): `words_first` holds the positions of the words-only run's first
    places; as far as the first run ranks the same documents in the same places, they stay first, so that the
    cross-language feedback does not displace what the engine and plain word matching agree on."""
    by_plain = _ranking(plain)
    fused = np.zeros(len(plain))
    for ranked, w in ((by_plain, 1.0), (_ranking(second), weight)):
        fused[ranked] += w / (rrf_k + np.arange(len(ranked)) + 1)
    # Ties are broken by the first run's score, then by row. Documents in neither run have 0 in both, so a
    # stable sort puts them in row order already: the two-key sort only when positive fused scores tie.
    order = _descending(fused)
    ordered = fused[order]
    if ((ordered[1:] == ordered[:-1]) & (ordered[1:] > 0)).any():
        order = np.lexsort((-plain, -fused))
    if words_first is not None and len(words_first):
        head = by_plain[: len(words_first)]
        differ = np.flatnonzero(head != words_first[: len(head)])
        pinned = head[: differ[0]] if len(differ) else head
        if len(pinned):
            rest = np.ones(len(order), bool)  # (order is a permutation of the positions: a mask, not np.isin)
            rest[pinned] = False
            order = np.concatenate([pinned, order[rest[order]]])
    listed = order[fused[order] > 0]
    # The first run's scores in descending order (its ranking); past the documents it scored, a document
    # found by the second alone keeps its own second-run score, never more than the one above it (a running
    # minimum from the first run's last score).
    scored = len(by_plain)
    values = np.empty(len(listed))
    values[:scored] = plain[by_plain]
    tail = second[listed[scored:]]
    if scored:
        tail = np.minimum(tail, values[scored - 1])
    values[scored:] = np.minimum.accumulate(tail)
    final = np.zeros(len(plain))
    final[listed] = values
    return final, order


def _ranking(run: np.ndarray) -> np.ndarray:
    """The positions of a run's positive scores, best first, ties by position (as a stable sort of all)."""
    ranked = np.flatnonzero(run > 0)
    return ranked[_descending(run[ranked])]


def _descending(values: np.ndarray) -> np.ndarray:
    """np.argsort(-values, kind="stable") for values without NaN: numpy's default sort (a fourth of the
    stable one's time on a thousand scores), then each run of equal values put back in position order.
    Scores rarely tie, so there are few runs; with many, the stable sort."""
    order = np.argsort(-values)
    ordered = values[order]
    tied = np.flatnonzero(ordered[1:] == ordered[:-1])
    if len(tied) == 0:
        return order
    # The runs: consecutive tied places, each run from its first tied place to one past its last.
    starts = tied[np.concatenate([[True], np.diff(tied) > 1])]
    ends = tied[np.concatenate([np.diff(tied) > 1, [True]])] + 2
    if len(starts) > 32:
        return np.argsort(-values, kind="stable")
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        order[a:b].sort()
    return order


def _top_positive(values: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest positive values (all the positive ones if fewer), ascending; ties at
    the k-th value are all kept. Large arrays are first cut at a threshold read from a sample of about a
    thousand values (about 2k values above it are expected, and never fewer than eight samples' worth: with
    the sample's largest value as the threshold, a small k fell short four times in ten), so the exact
    selection runs on a few thousand values rather than on every document; any threshold that leaves at
    least k values gives the same positions, and when the cut leaves fewer the selection runs on every
    positive value."""
    n = len(values)
    if n > 4 * k and n > 2048:
        sample = values[:: max(1, n // 1024)]
        m = len(sample)
        at = m - max(8, int(min(1.0, 2.0 * k / n) * m))
        threshold = np.partition(sample, at)[at]
        if threshold > 0:
            pos = np.flatnonzero(values >= threshold)
            if len(pos) >= k:
                return _exact_top(values, pos, k)
    return _exact_top(values, np.flatnonzero(values > 0), k)


def _exact_top(values, pos, k):
    if len(pos) <= k:
        return pos
    chosen = values[pos]
    kth = np.partition(chosen, len(pos) - k)[len(pos) - k]
    return pos[chosen >= kth]


_RANK_INDEX = None


def _rank_chunk(args):
    records, k, explain = args
    return _RANK_INDEX.rank_many(records, k=k, explain=explain, processes=1)


def _parallel(index, records, *, k, explain, processes):
    import multiprocessing as mp

    global _RANK_INDEX
    _RANK_INDEX = index  # inherited by the forked workers, not pickled
    size = max(100, math.ceil(len(records) / (processes * 4)))
    chunks = [(records[i : i + size], k, explain) for i in range(0, len(records), size)]
    with mp.get_context("fork").Pool(processes) as pool:
        parts = pool.map(_rank_chunk, chunks)
    return [hits for part in parts for hits in part]


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
