"""A linear map of the e5 space learnt from the labelled sets (issue 12, stop 30): the reranker's adapted features.

multilingual-e5-small places a need near offers on its topic, but not in the order a technology broker would: it
was trained on general text, where "a need for X" and "a service that does X" are not told apart from "an offer of
Y on the same crop". The adapter is a 384 × 384 matrix M learnt so that, for each need of the labelled sets, the
score (q M) · d ranks its better candidates above its worse ones, over the first places of the fused order (the
places the reranker reorders): a pairwise logistic loss, each pair weighted by the gain between its grades (as
rerank.learn weighs them), with M = I + Δ and an L2 penalty on Δ, so that with little data it stays the cosine
(learn). Since lex-1.29 (stop 37) the shipped map is learnt over every offer of each labelled set instead, a softmax
cross-entropy against each need's gains (learn_listwise), which on sets it was not learnt on orders a set better.

The reranker reads three features of it, as it reads the cosine's: the adapted score, that score standardised over
the need's first places, and standardised within the post's language group (rerank.FEATURES; the scores come
from embeddings.similarities, with the cosines). The matrix ships beside this module (scoring.RERANK["adapter"],
float32) and is learnt with the reranker's weights (bench/matching_rerank.py):
the training sets' adapted features are cross-fitted (each set's from a matrix learnt without it), so that the
weights do not trust a score that has seen the labels of the rows it is read on.

Since lex-1.32 (stop 38) a second map R ships beside it (scoring.RERANK["residual"], e5_residual.npy), learnt after
the weights and in their context (learn_residual): over each need's places as the weights order them, it adds what
they miss, and the reranker reads (q R)·d as one feature more (e5_residual).

Pure code: numpy and scipy, no ORM.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .embeddings import DIM

logger = logging.getLogger(__name__)

# the L2 penalty on M − I (the loss is a mean over needs; 0.1 in lex-1.21, 0.01 from lex-1.22 to lex-1.37)
LAMBDA = 0.003
TEMPERATURE = 20.0  # the scores' differences are multiplied by this in the loss (cosines differ by hundredths)
ITERATIONS = 150  # L-BFGS iterations
LISTWISE_TEMPERATURE = 100.0  # learn_listwise's (stop 37: 50 ranked worse on four splits of seen sets, 200 on one)
LISTWISE_ITERATIONS = 300  # L-BFGS iterations of learn_listwise (not tuned: twice learn's)
INNER_FOLDS = 5  # cross-fitting of the training sets' adapted features
RESIDUAL_TEMPERATURE = 20.0  # learn_residual's t (stop 38)
RESIDUAL_FIRST = 10.0  # learn_residual: plain BM25's first answer's gain × this (stop 38: 3, 5, 10 and 20 tried)
RESIDUAL_ITERATIONS = 200  # L-BFGS iterations of learn_residual
RESIDUAL_LAMBDA = 0.03  # learn_residual's penalty on |R|² (stop 38: 0.01 in the candidate lex-1.31, 0.003 tried)


@functools.lru_cache(maxsize=4)
def _load(path: str) -> np.ndarray | None:
    """The matrix in a file, or None (logged) when it is missing or not a DIM × DIM array of numbers."""
    try:
        matrix = np.load(path, allow_pickle=False).astype(np.float32)
    except (OSError, ValueError) as exc:
        logger.error(
            "an e5 map (the adapter or the residual map) cannot be read (%s): the reranker keeps the fused order", exc
        )
        return None
    if matrix.shape != (DIM, DIM) or not np.isfinite(matrix).all():
        logger.error("%s is not a %d × %d matrix of numbers: the reranker keeps the fused order", path, DIM, DIM)
        return None
    matrix.setflags(write=False)
    return matrix


def matrix_of(model: dict) -> np.ndarray | None:
    """The adapter a reranker model names (model["adapter"]: an array, or a file beside this module), or None
    when it names none or its file cannot be read (the reranker then keeps the fused order: rerank.first_places)."""
    adapter = model.get("adapter")
    if adapter is None:
        return None
    if isinstance(adapter, np.ndarray):
        return adapter
    return _load(str(Path(__file__).with_name(adapter)))


def residual_of(model: dict) -> np.ndarray | None:
    """The residual map a reranker model names (model["residual"]: an array, or a file beside this module; see
    learn_residual), or None when it names none or its file cannot be read."""
    residual = model.get("residual")
    if residual is None or isinstance(residual, np.ndarray):
        return residual
    return _load(str(Path(__file__).with_name(residual)))


def needs_residual(model: dict) -> bool:
    """Whether a model's weights read the residual score (then a missing residual map leaves the fused order)."""
    return bool(model["weights"].get("e5_residual"))


def needs_matrix(model: dict) -> bool:
    """Whether a model's weights read the adapted score (then a missing matrix leaves the fused order)."""
    return any(model["weights"].get(name) for name in ("e5_adapted", "e5_adapted_z", "e5_adapted_language_z"))


def digest(matrix: np.ndarray) -> str:
    """The SHA-256 of a matrix's float32 bytes (scoring.RERANK keeps the shipped one's beside its weights)."""
    return hashlib.sha256(np.ascontiguousarray(matrix, np.float32).tobytes()).hexdigest()


def learn(
    examples: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    *,
    penalty: float = LAMBDA,
    iterations: int = ITERATIONS,
    temperature: float = TEMPERATURE,
) -> np.ndarray:
    """M from examples (the need's vector, its first places' vectors (n × DIM), their grades): minimises the mean
    over needs of Σ gain × log(1 + exp(−t × (s_better − s_worse))) + penalty × |M − I|², s = (q M) · d, by L-BFGS
    (scipy). The pairs of a need are its places of different grades."""
    from scipy.optimize import minimize

    examples = [(q, d, g) for q, d, g in examples if len(g) >= 2 and np.ptp(g) > 0]
    if not examples:
        return np.eye(DIM, dtype=np.float32)
    n, width = len(examples), max(len(g) for _q, _d, g in examples)
    queries = np.vstack([np.asarray(q, np.float32).reshape(1, DIM) for q, _d, _g in examples])
    places = np.zeros((n, width, DIM), np.float32)
    grades = np.full((n, width), -1.0)
    for i, (_q, documents, g) in enumerate(examples):
        places[i, : len(g)] = np.asarray(documents, np.float32)
        grades[i, : len(g)] = g
    valid = grades >= 0
    better = (grades[:, :, None] > grades[:, None, :]) & valid[:, :, None] & valid[:, None, :]
    gain = np.where(better, 2.0 ** grades[:, :, None] - 2.0 ** grades[:, None, :], 0.0).astype(np.float32)
    identity = np.eye(DIM, dtype=np.float32)

    def loss_and_gradient(theta):
        delta = theta.reshape(DIM, DIM).astype(np.float32)
        scores = np.einsum("nd,njd->nj", queries @ (identity + delta), places)
        margin = temperature * (scores[:, :, None] - scores[:, None, :])
        loss = float(np.sum(gain * np.logaddexp(0.0, -margin)))
        slope = -gain * temperature / (1.0 + np.exp(np.clip(margin, -50.0, 50.0)))  # d loss / d (s_b − s_w)
        per_place = slope.sum(axis=2) - slope.sum(axis=1)
        gradient = queries.T @ np.einsum("nj,njd->nd", per_place, places)
        return (
            loss / n + penalty * float(np.sum(delta * delta)),
            (gradient / n + 2.0 * penalty * delta).ravel().astype(np.float64),
        )

    found = minimize(
        loss_and_gradient, np.zeros(DIM * DIM), jac=True, method="L-BFGS-B", options={"maxiter": iterations}
    )
    return identity + found.x.reshape(DIM, DIM).astype(np.float32)


def learn_listwise(
    sets: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    *,
    penalty: float = LAMBDA,
    iterations: int = LISTWISE_ITERATIONS,
    temperature: float = LISTWISE_TEMPERATURE,
) -> np.ndarray:
    """M from whole labelled sets (stop 37): each is (its needs' vectors n × DIM, all its offers' vectors m × DIM,
    the grades n × m, 0 where not judged). Minimises listwise_loss by L-BFGS (scipy). Unlike learn, which orders a
    need's first places in the fused order only, this one places a need's answers above every other offer of its
    set: what `nearest` needs (it picks from every post), and, measured on seen sets, a better order of the first
    places too (docs/matching.md, stop 37)."""
    from scipy.optimize import minimize

    blocks = []
    for queries, offers, grades in sets:
        gains = (2.0 ** np.asarray(grades, np.float32) - 1.0).astype(np.float32)
        keep = gains.sum(axis=1) > 0
        if keep.any() and len(offers) >= 2:
            gains = gains[keep]
            blocks.append(
                (np.asarray(queries, np.float32)[keep], np.asarray(offers, np.float32), gains / gains.sum(1)[:, None])
            )
    if not blocks:
        return np.eye(DIM, dtype=np.float32)

    def loss_and_gradient(theta):
        delta = theta.reshape(DIM, DIM).astype(np.float32)
        loss, gradient = listwise_loss(delta, blocks, temperature=temperature, penalty=penalty)
        return loss, gradient.ravel().astype(np.float64)

    found = minimize(
        loss_and_gradient, np.zeros(DIM * DIM), jac=True, method="L-BFGS-B", options={"maxiter": iterations}
    )
    if not found.success:
        logger.info("learn_listwise stopped after %d iterations: %s", found.nit, found.message)
    return np.eye(DIM, dtype=np.float32) + found.x.reshape(DIM, DIM).astype(np.float32)


def listwise_loss(
    delta: np.ndarray, blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]], *, temperature: float, penalty: float
) -> tuple[float, np.ndarray]:
    """learn_listwise's loss at M = I + delta and its gradient over delta (the shape and type of delta): the mean
    over needs of −Σ_d share_d × log softmax(t × (q M)·d) over the block's offers, plus penalty × |delta|². Each
    block is (its needs' vectors, its offers' vectors, each need's gains as shares of their sum, rows summing to 1).
    The gradient of a need's term over its score (q M)·d is t × (p_d − share_d), so over M it is q ⊗ that · d."""
    matrix = np.eye(len(delta), dtype=delta.dtype) + delta
    n = sum(len(queries) for queries, _offers, _shares in blocks)
    loss, gradient = 0.0, np.zeros_like(delta)
    for queries, offers, shares in blocks:
        scores = temperature * ((queries @ matrix) @ offers.T)
        scores -= scores.max(axis=1, keepdims=True)
        log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
        loss -= float(np.sum(shares * log_p))
        slope = temperature * (np.exp(log_p) - shares)  # d loss / d (q M)·d
        gradient += queries.T @ (slope @ offers)
    return loss / n + penalty * float(np.sum(delta * delta)), gradient / n + 2.0 * penalty * delta


def cross_fitted(
    groups: dict[str, list], *, learner: Callable[..., np.ndarray] | None = None, **options
) -> dict[str, np.ndarray]:
    """For each named group of examples (a labelled set's), the matrix learnt on the other groups by `learner`
    (learn, or learn_listwise), in INNER_FOLDS folds of the names (every INNER_FOLDS-th name in one fold): what the
    reranker's weights learn from."""
    learner = learner or learn
    names = list(groups)
    out = {}
    for fold in range(min(INNER_FOLDS, len(names))):
        held = names[fold::INNER_FOLDS]
        matrix = learner([e for name in names if name not in held for e in groups[name]], **options)
        for name in held:
            out[name] = matrix
    return out


def learn_residual(
    examples: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]],
    *,
    penalty: float = RESIDUAL_LAMBDA,
    iterations: int = RESIDUAL_ITERATIONS,
    temperature: float = RESIDUAL_TEMPERATURE,
    first: float = RESIDUAL_FIRST,
) -> tuple[np.ndarray, float]:
    """(R, β) from examples (the need's vector, its places' vectors (n × DIM), their grades, the reranker's score of
    each place without R, the place of plain BM25's first answer or −1): the map R of the e5 space learnt in the
    reranker's context (stop 38), where the score of a place is β × the reranker's score + t × (q R)·d. Minimises
    residual_loss by L-BFGS (scipy) from R = 0 and β = 1: the softmax cross-entropy over each need's places against
    its gains 2^g − 1 as shares, plain BM25's first answer's gain × `first` (what rerank.learn's `bm25_first` does
    for its pairs), plus penalty × |R|². The reranker then reads R as one more feature, `e5_residual`, of weight
    t / β: the order of β × s + t × r is that of s + (t / β) × r."""
    from scipy.optimize import minimize

    rows = [e for e in examples if len(e[2]) >= 2 and np.any(np.asarray(e[2]) > 0)]
    if not rows:
        return np.zeros((DIM, DIM), np.float32), 1.0
    n, width = len(rows), max(len(e[2]) for e in rows)
    queries = np.vstack([np.asarray(q, np.float32).reshape(1, DIM) for q, *_rest in rows])
    places = np.zeros((n, width, DIM), np.float32)
    shares = np.zeros((n, width), np.float32)
    base = np.zeros((n, width), np.float32)
    valid = np.zeros((n, width), bool)
    for i, (_q, documents, grades, scores, top) in enumerate(rows):
        k = len(grades)
        gains = 2.0 ** np.asarray(grades, np.float64) - 1.0
        if top >= 0:
            gains[top] *= first
        places[i, :k], shares[i, :k], base[i, :k], valid[i, :k] = documents, gains / gains.sum(), scores, True
    block = (queries, places, shares, base, valid)

    def loss_and_gradient(theta):
        residual, beta = theta[:-1].reshape(DIM, DIM).astype(np.float32), float(theta[-1])
        loss, gradient, slope = residual_loss(residual, beta, block, temperature=temperature, penalty=penalty)
        return loss, np.r_[gradient.ravel(), slope].astype(np.float64)

    found = minimize(
        loss_and_gradient, np.r_[np.zeros(DIM * DIM), 1.0], jac=True, method="L-BFGS-B", options={"maxiter": iterations}
    )
    return found.x[:-1].reshape(DIM, DIM).astype(np.float32), float(found.x[-1])


def residual_loss(
    residual: np.ndarray, beta: float, block: tuple, *, temperature: float, penalty: float
) -> tuple[float, np.ndarray, float]:
    """learn_residual's loss at (R, β), its gradient over R and its slope over β. The block is (the needs' vectors
    n × DIM, their places' vectors n × width × DIM, the gains as shares n × width, the reranker's scores n × width,
    which places are real n × width): the mean over needs of −Σ share × log softmax(β s + t (q R)·d) over the
    need's places, plus penalty × |R|²."""
    queries, places, shares, base, valid = block
    n = len(queries)
    scores = beta * base + temperature * np.einsum("nd,njd->nj", queries @ residual, places)
    scores = np.where(valid, scores, -1e30)  # (no place: no share of the softmax)
    scores -= scores.max(axis=1, keepdims=True)
    log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    loss = -float(np.sum(np.where(valid, shares * log_p, 0.0))) / n
    slope = np.where(valid, np.exp(log_p) - shares, 0.0) / n  # d loss / d score
    gradient = temperature * (queries.T @ np.einsum("nj,njd->nd", slope, places))
    return (
        loss + penalty * float(np.sum(residual * residual)),
        gradient + 2.0 * penalty * residual,
        float(np.sum(slope * base)),
    )
