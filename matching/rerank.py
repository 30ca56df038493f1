"""The learnt reranker (issue 12, round 9): a linear model over what the engine already knows of its first
candidates, learnt from the labelled sets in tests/data/. Pure code: numpy, no ORM.

The engine's fused order (index.Index._scored) is a hand-tuned sum of signals and two reciprocal-rank fusions.
The reranker reads, for the first `depth` places of that order, the scores and places each run gave (the
first run, the fed second run, the fusion), what each kind of the query's terms adds to a post's BM25 (its
words, its syllable pairs, its glossary concepts) and how much of the query's idf mass of each kind the post
holds, whether the post is in the query's language, and its length; and reorders those places by a weighted
sum of them. The weights (scoring.RERANK) are a pairwise logistic regression: for each need of the training
sets, every pair of candidates with different grades is one example, weighted by the gain between them, and
more (`bm25_first`) when the better of the two is plain BM25's first answer, so that the model learns to keep
what plain word matching gets right (the "never worse than plain BM25" property). Since lex-1.21 three features
read the e5 vectors through a map of their space learnt from the same sets (adapter.py), and since lex-1.32 one
more through a second map learnt after the weights (adapter.learn_residual). `learn()` below makes them;
bench/matching_rerank.py runs it and measures it on sets it was not learnt on.

Each reordered place keeps the score the fused order gave to that place, so scores keep their meaning
(MIN_SCORE, STRONG_SCORE); what the reordering moved is the "reranked" contribution of an explanation.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import zipfile
from pathlib import Path

import numpy as np

from .adapter import matrix_of, needs_matrix, needs_residual, residual_of
from .embeddings import KEY, similarities
from .scoring import idf as scoring_idf
from .terms import BIGRAM, CONCEPT, GENERIC_CONCEPT, WORD

logger = logging.getLogger(__name__)

FEATURES = (
    "final",  # the fused score (index._fuse), and 1 / (1 + place) in the fused order
    "final_place",
    "first",  # the first run's score (the signals, no feedback) and place
    "first_place",
    "second",  # the second run's score (the cross-language feedback added to the text) and place
    "second_place",
    "words",  # BM25 of the query's plain words, of its syllable pairs, of its concepts, over its self-score
    "pairs",
    "concepts",
    "words_covered",  # the share of the query's idf mass of each kind that the post holds
    "pairs_covered",
    "concepts_covered",
    "same_language",  # 1 when the post is in the query's language
    "lexical",  # the lexical bonus (scoring.lexical_bonus × its weight)
    "text",  # the text signal's contribution to the first run's score
    "length",  # the post's length over the average
    "concepts_same_language",  # concepts × same_language
    "concepts_other_language",  # concepts × (1 − same_language)
    "concepts_covered_other_language",
    "e5",  # the cosine of the need's and the post's multilingual-e5-small vectors (embeddings.py)
    "e5_z",  # that cosine standardised over the need's first places (a need's cosines sit higher or lower)
    # the cosine standardised among the first places in the post's language group (the need's own language, or
    # the other): cosines across languages sit lower as a whole (lex-1.20, stop 28)
    "e5_language_z",
    # the adapted score (q M) · d of adapter.py (a map of the e5 space learnt from the labelled sets), standardised
    # over the first places and within the post's language group as the cosine is (lex-1.21, stop 30)
    "e5_adapted",
    "e5_adapted_z",
    "e5_adapted_language_z",
    # (q R) · d through the residual map R, learnt after the other weights to order the first places where they
    # fail (adapter.learn_residual; stop 38); zeros without one
    "e5_residual",
    # the plain words' BM25 (`words`) standardised over the need's first places, as e5_z is the cosine (lex-1.36,
    # stop 41): a need's word scores sit higher or lower as a whole
    "words_z",
    # the rarest of the query's words and syllable pairs that the post holds: its idf over that of the query's rarest
    # word or pair (lex-1.44, stop 47: a post that shares the need's most specific term, "bồ câu" (pigeons), against
    # posts on the topic that share none of its words)
    "rarest_shared",
    # the adapted score of a post that holds none of the query's words and pairs (rarest_shared 0), 0 for the
    # others: meaning without a shared word weighed apart from meaning with one (lex-1.45, stop 48: posts on the
    # topic that share no word with the need took the places after a right first answer)
    "e5_adapted_no_words",
    # the share of the query's words and pairs that the post holds, each weighed by its weight in the query, its idf
    # and how few of the need's places hold it (an idf among the places: the topic's words, held by most of them,
    # tell them apart little; the need's particular words, held by few, much), over the same sum for the terms one
    # of the places holds (a term none holds is left out): the offers on the topic told from those on the need's
    # own question (lex-1.48, stop 52)
    "distinct_covered",
    # distinct_covered over the query's glossary concepts, which a post in the other language holds too (lex-1.49,
    # stop 53)
    "distinct_concepts",
)


def places(scores: np.ndarray, order: np.ndarray | None = None) -> np.ndarray:
    """1 / (1 + place) of each position in a run (its order if given, else by score, ties by position); 0 for a
    position the order leaves out (an order may hold the first places only)."""
    if order is None:
        order = np.lexsort((np.arange(len(scores)), -scores))
    place = np.full(len(scores), np.inf)
    place[order] = np.arange(len(order))
    return 1.0 / (1.0 + place)


def kind_parts(index, cols, weights, kinds, self_score, rows) -> tuple[np.ndarray, ...]:
    """(BM25 over the self-score, idf-mass share) of the query's words, pairs and concepts at the documents
    `rows` (sorted): two arrays of 3 × len(rows); the rarest of the query's words and pairs that each document
    holds (its idf over the largest idf of the query's words and pairs; 0 where it holds none): rarest_shared;
    distinct_covered and distinct_concepts (distinct_share over the words and pairs, and over the concepts). The
    (term, document) pairs are found with a binary search of each query term's postings (index._find_postings), so
    the work is the query's terms × the few rows."""
    from .index import _find_postings  # (index imports this module)

    groups = (kinds == WORD, kinds == BIGRAM, (kinds == CONCEPT) | (kinds == GENERIC_CONCEPT))
    group_of = np.select(groups, (0, 1, 2), -1)
    mass = weights * index.idf[cols]
    total = np.bincount(group_of[group_of >= 0], weights=mass[group_of >= 0], minlength=3)
    bm25 = np.zeros((3, len(rows)))
    covered = np.zeros((3, len(rows)))
    rare = np.zeros(len(rows))
    plain = (group_of == 0) | (group_of == 1)
    idf = index.idf[cols]
    most = float(idf[plain].max()) if plain.any() else 0.0
    held_term, held_place = [], []
    concept_term, concept_place = [], []
    for matrix, offset, which, terms in index._postings(cols):
        local = rows - offset
        inside = (local >= 0) & (local < matrix.shape[1])
        if not inside.any():
            continue
        term_at, doc, at = _find_postings(matrix.indptr, matrix.indices, terms, local[inside])
        place = np.searchsorted(rows, doc + offset)
        term = which[term_at]
        group = group_of[term]
        keep = group >= 0
        np.add.at(bm25, (group[keep], place[keep]), weights[term[keep]] * matrix.data[at[keep]])
        np.add.at(covered, (group[keep], place[keep]), mass[term[keep]])
        word = plain[term]
        np.maximum.at(rare, place[word], idf[term[word]])
        held_term.append(term[word])
        held_place.append(place[word])
        concept = group == 2
        concept_term.append(term[concept])
        concept_place.append(place[concept])
    bm25 /= max(self_score, 1e-9)
    covered /= np.where(total > 0, total, 1.0)[:, None]
    return (
        bm25,
        covered,
        rare / most if most > 0 else rare,
        distinct_share(mass, held_term, held_place, len(rows)),
        distinct_share(mass, concept_term, concept_place, len(rows)),
    )


def distinct_share(mass, held_term, held_place, n: int) -> np.ndarray:
    """distinct_covered (or distinct_concepts) at each of n places: the query's terms each place holds (held_term:
    positions in the query's columns, its plain words and pairs, or its concepts; held_place: the places, pair by
    pair), weighed by their mass (weight × idf) × their BM25 idf among the n places (scoring.idf), over the same sum
    for every term one of the places holds."""
    distinct = np.zeros(n)
    if not held_term:
        return distinct
    term, place = np.concatenate(held_term), np.concatenate(held_place)
    count = np.bincount(term, minlength=len(mass)).astype(float)
    weighed = np.where(count > 0, mass * scoring_idf(count, n), 0.0)
    total = float(weighed.sum())
    if total > 0:
        np.add.at(distinct, place, weighed[term] / total)
    return distinct


def features(
    index, query, language, rows, top, runs, contributions, meaning=None, adapted=None, residual=None
) -> np.ndarray:
    """The FEATURES of the documents at positions `top` of `rows` (len(top) × len(FEATURES)).

    query: (columns, weights, self-score, kinds) of the query's terms (index.Index.query_vector); runs:
    (final, first, second) scores over `rows` and the fused order; contributions: the fused order's
    contributions per signal over `rows` (text and lexical are read); meaning: the cosines of the e5 vectors
    at `top` (zeros when not given); adapted: their adapted scores (adapter.py; zeros when not given); residual:
    their scores through the residual map (adapter.learn_residual; zeros when not given)."""
    final, first, second, order = runs
    cols, weights, self_score, kinds = query
    at = rows[top]
    sort = np.argsort(at, kind="stable")
    bm25, covered, rare, distinct, concepts = kind_parts(index, cols, weights, kinds, self_score, at[sort])
    unsort = np.empty(len(sort), np.int64)
    unsort[sort] = np.arange(len(sort))
    bm25, covered, rare = bm25[:, unsort], covered[:, unsort], rare[unsort]
    distinct, concepts = distinct[unsort], concepts[unsort]
    same = (index.languages[at] == language).astype(float)
    zero = np.zeros(len(rows))
    return np.column_stack(
        [
            final[top],
            places(final, order)[top],
            first[top],
            places(first)[top],
            second[top],
            places(second)[top],
            bm25[0],
            bm25[1],
            bm25[2],
            covered[0],
            covered[1],
            covered[2],
            same,
            np.asarray(contributions.get("lexical", zero), float)[top],
            np.asarray(contributions.get("text", zero), float)[top],
            index._lengths(at) / max(index.avg_len, 1e-9),
            same * bm25[2],
            (1.0 - same) * bm25[2],
            (1.0 - same) * covered[2],
            *score_columns(meaning, same > 0, len(top)),
            *score_columns(adapted, same > 0, len(top)),
            np.zeros(len(top)) if residual is None else np.asarray(residual, float),
            standardised(bm25[0], len(top)),
            rare,
            np.zeros(len(top)) if adapted is None else np.asarray(adapted, float) * (rare == 0),
            distinct,
            concepts,
        ]
    )


def score_columns(values, same: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The three features of a score of the e5 vectors (the cosine, the adapted score) at n places: the score
    (zeros when not given), standardised over the places, and within each language group (`same`)."""
    raw = np.zeros(n) if values is None else np.asarray(values, float)
    return raw, standardised(values, n), standardised_by_group(values, same)


def standardised(meaning, n: int) -> np.ndarray:
    """The cosines less their mean over the need's first places, over their spread (zeros without cosines)."""
    if meaning is None or n < 2:
        return np.zeros(n)
    meaning = np.asarray(meaning, float)
    return (meaning - meaning.mean()) / (meaning.std() + 1e-6)


def standardised_by_group(meaning, group: np.ndarray) -> np.ndarray:
    """The cosines standardised within each of the two groups (zeros for a group of fewer than two)."""
    out = np.zeros(len(group))
    if meaning is None:
        return out
    meaning = np.asarray(meaning, float)
    for members in (group, ~group):
        if members.sum() >= 2:
            out[members] = standardised(meaning[members], int(members.sum()))
    return out


def weights_digest(weights: dict) -> str:
    """The SHA-256 of a model's weights as JSON with sorted keys: the digest a pre-registration names
    (docs/matching.md), so that the weights measured are known to be the weights fixed beforehand."""
    return hashlib.sha256(json.dumps(weights, sort_keys=True).encode()).hexdigest()


def reorder(model: dict, table: np.ndarray) -> np.ndarray:
    """The new order of the rows of a feature table: by the model's weighted sum, plus its trees' score when it
    names trees (trees_of) and they correct this need (trees_correct), ties by the old order."""
    weights = np.array([model["weights"].get(name, 0.0) for name in FEATURES])
    value = table @ weights
    trees = trees_of(model)
    if trees is not None and trees_correct(model, table, value):
        value = value + trees.score(table)
    return np.lexsort((np.arange(len(value)), -value))


def trees_correct(model: dict, table: np.ndarray, value: np.ndarray) -> bool:
    """Whether the trees correct the order of a need's places (`value`: the weighted sum's scores of the rows of
    `table`): always, or, when the model sets `trees_gate` to n, only when one of the sum's first n places is a post
    in the other language than the need's. The trees' gain is on needs answered in the other language, and their
    loss on needs answered in their own, where plain word matching is strong and the sum's first places share the
    need's language (stop 55: docs/matching.md)."""
    n = int(model.get("trees_gate") or 0)
    if n <= 0:
        return True
    first = np.lexsort((np.arange(len(value)), -value))[:n]
    return bool((table[first, FEATURES.index("same_language")] == 0).any())


class Trees:
    """Regression trees over rerank.FEATURES (a boosted ensemble learnt on top of the weighted sum: learn_trees),
    held as flat arrays, one row per tree, nodes in columns: a node's feature (−1 at a leaf), its threshold (a row
    goes left when its feature is at most the threshold), its two children and, at a leaf, its value. `score`
    walks every tree at once for every row of a table, one level per step: about as many numpy calls as the
    deepest tree has levels, whatever the number of trees."""

    def __init__(self, feature, threshold, left, right, value):
        self.feature = np.asarray(feature, np.int32)
        self.threshold = np.asarray(threshold, np.float64)
        self.left = np.asarray(left, np.int32)
        self.right = np.asarray(right, np.int32)
        self.value = np.asarray(value, np.float64)
        shapes = {a.shape for a in (self.feature, self.threshold, self.left, self.right, self.value)}
        if len(shapes) != 1 or self.feature.ndim != 2:
            raise ValueError("the trees' arrays must be of one shape, trees × nodes")
        finite = np.isfinite(self.value).all() and np.isfinite(self.threshold).all()
        if self.feature.size and (self.feature.max() >= len(FEATURES) or not finite):
            raise ValueError("the trees read a feature the reranker does not have, or hold a value that is no number")
        n_trees, width = self.feature.shape
        inside = (self.left >= 0) & (self.left < width) & (self.right >= 0) & (self.right < width)
        if not inside.all():
            raise ValueError("a node of the trees points outside its tree")
        # (the trees' nodes side by side in one row, for score)
        self._start = (np.arange(n_trees) * width)[:, None]
        self._flat = (
            self.feature.ravel(),
            self.threshold.ravel(),
            (self.left + self._start).ravel(),
            (self.right + self._start).ravel(),
            self.value.ravel(),
        )

    @classmethod
    def from_lightgbm(cls, dump: dict) -> Trees:
        """The trees of a LightGBM model's dump_model(): numerical splits ("<=") on features without missing
        values, which is what the reranker's tables hold."""
        flat = []
        for info in dump["tree_info"]:
            nodes: list[list] = []  # (feature, threshold, left, right, value)

            def add(node, nodes=nodes):
                at = len(nodes)
                nodes.append([-1, 0.0, at, at, float(node.get("leaf_value", 0.0))])
                if "split_index" in node:
                    # (a split that sends zeros or missing values to a side of their own, as LightGBM's
                    # zero_as_missing or use_missing with NaNs in the rows makes, would be read wrong here)
                    if node.get("decision_type") != "<=" or node.get("missing_type", "None") != "None":
                        raise ValueError(
                            "a split the reranker cannot read: "
                            f"{node.get('decision_type')}, missing values {node.get('missing_type')}"
                        )
                    nodes[at][:2] = [int(node["split_feature"]), float(node["threshold"])]
                    nodes[at][4] = 0.0
                    nodes[at][2] = add(node["left_child"])
                    nodes[at][3] = add(node["right_child"])
                return at

            add(info["tree_structure"])
            flat.append(nodes)
        width = max((len(n) for n in flat), default=1)
        arrays = np.zeros((5, len(flat), width))
        arrays[0] = -1
        for t, nodes in enumerate(flat):
            arrays[:, t, : len(nodes)] = np.array(nodes).T
            arrays[2:4, t, len(nodes) :] = np.arange(len(nodes), width)  # (padding: leaves of value 0, never reached)
        return cls(*arrays)

    NAMES = ("feature", "threshold", "left", "right", "value")

    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays by name, as `numpy.savez` writes them and `load` reads them back."""
        return {name: getattr(self, name) for name in self.NAMES}

    @classmethod
    def load(cls, source) -> Trees:
        """The trees in an archive of `arrays()` (a path or a file object); ValueError and numpy's reading errors
        when it is none."""
        data = np.load(source, allow_pickle=False)
        if not isinstance(data, np.lib.npyio.NpzFile):
            raise ValueError(f"{source} is not an archive of arrays (.npz)")
        with data:
            return cls(**{name: data[name] for name in cls.NAMES})

    def digest(self) -> str:
        """The SHA-256 of the arrays' bytes, in a fixed order and type (scoring.RERANK keeps the shipped one's)."""
        h = hashlib.sha256()
        for a in (self.feature.astype(np.int32), self.threshold, self.left, self.right, self.value):
            h.update(np.ascontiguousarray(a).tobytes())
        return h.hexdigest()

    def score(self, table: np.ndarray) -> np.ndarray:
        """The sum over the trees of the leaf each row of `table` reaches."""
        n_trees, width = self.feature.shape
        if n_trees == 0 or len(table) == 0:
            return np.zeros(len(table))
        feature, threshold, left, right, value = self._flat
        node = np.repeat(self._start, len(table), axis=1)
        row = np.arange(len(table))[None, :]
        for _ in range(width):  # (a tree of `width` nodes is at most `width` levels deep)
            at = feature[node]
            if (at < 0).all():
                break
            goes_left = table[row, np.maximum(at, 0)] <= threshold[node]
            node = np.where(goes_left, left[node], right[node])  # (a leaf is its own two children)
        return np.cumsum(value[node], axis=0)[-1]  # (tree after tree, as LightGBM adds them: the same bits)


@functools.lru_cache(maxsize=4)
def _load_trees(path: str) -> Trees | None:
    """The trees in a file (numpy's .npz of Trees.arrays()), or None (logged) when it cannot be read."""
    try:
        return Trees.load(path)
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        logger.error("the reranker's trees cannot be read (%s): the weighted sum orders alone", exc)
        return None


def trees_of(model: dict) -> Trees | None:
    """The trees a reranker model names (model["trees"]: a Trees, or a file beside this module), or None."""
    trees = model.get("trees")
    if trees is None or isinstance(trees, Trees):
        return trees
    return _load_trees(str(Path(__file__).with_name(trees)))


def uses_meaning(model: dict) -> bool:
    return any(model["weights"].get(name) for name in ("e5", "e5_adapted", "e5_residual"))


def head(model: dict, scores, order) -> int:
    """How many of the fused order's first places the reranker reorders: `depth`, or fewer with a positive score."""
    return min(int(model["depth"]), int((scores[order[: int(model["depth"])]] > 0).sum()))


def first_places(
    model: dict, index, query, language, rows, scores, runs, contributions, order, vector=None, extra: int = 0
):
    """(the positions in `rows` of the first `depth` places with a positive score and the `extra` places after
    them (Index._nearest's), their feature table, or None when the model reads the e5 cosine and the query
    (`vector`) or one of those places has no vector, or reads the score of a map (the adapter, the residual map)
    whose file cannot be read)."""
    top = order[: head(model, scores, order) + extra]
    matrix, residual = matrix_of(model), residual_of(model)
    if (matrix is None and needs_matrix(model)) or (residual is None and needs_residual(model)):
        return top, None  # (a file could not be read: logged by adapter._load)
    found = similarities(vector, [index.records[r].extra.get(KEY) for r in rows[top].tolist()], matrix, residual)
    if found is None and uses_meaning(model):
        return top, None
    meaning, adapted, mapped = found or (None, None, None)
    return top, features(index, query, language, rows, top, runs, contributions, meaning, adapted, mapped)


def apply(model: dict, index, query, language, rows, scores, runs, contributions, order, vector=None, extra: int = 0):
    """The reranked (scores, contributions, order): the first `depth` places with a positive score are
    reordered, each keeping the score of its new place. A model that reads the e5 cosine leaves the fused
    order as it is when a vector is missing (a post not embedded yet, or no model on this machine)."""
    if not any(model["weights"].values()):
        return scores, dict(contributions, reranked=np.zeros(len(rows))), order
    top, table = first_places(model, index, query, language, rows, scores, runs, contributions, order, vector, extra)
    if table is None or len(top) < 2:
        return scores, dict(contributions, reranked=np.zeros(len(rows))), order
    depth = len(top)
    moved = top[reorder(model, table)]
    new = scores.copy()
    new[moved] = scores[top]  # (the fused scores of the first places descend: each place keeps its score)
    order = np.concatenate([moved, order[depth:]])
    return new, dict(contributions, reranked=new - scores), order


def learn(examples, *, bm25_first: float, c: float, discount: int = 0) -> dict[str, float]:
    """Feature weights from examples (table, grades, plain BM25's first answer's position in the table or −1)
    by a pairwise logistic regression (scikit-learn), each pair weighted by the gain between its grades
    (× bm25_first when the better one is plain BM25's first answer). Features are scaled by the spread of
    the pairs' differences while learning; the weights returned apply to the unscaled features."""
    from sklearn.linear_model import LogisticRegression

    diffs, gains = [], []
    for table, grades, first in examples:
        better, worse = np.nonzero(grades[:, None] > grades[None, :])
        if len(better) == 0:
            continue
        gain = 2.0 ** grades[better] - 2.0 ** grades[worse]
        if discount:  # LambdaRank's weight: what swapping the two places changes in DCG@discount
            place = np.arange(len(grades))
            value = np.where(place < discount, 1.0 / np.log2(place + 2.0), 0.0)
            gain = gain * np.abs(value[better] - value[worse])
        diffs.append(table[better] - table[worse])
        gains.append(np.where(better == first, gain * bm25_first, gain))
    x = np.vstack(diffs)
    w = np.concatenate(gains)
    spread = x.std(axis=0) + 1e-9
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    model.fit(np.vstack([x, -x]) / spread, np.r_[np.ones(len(x)), np.zeros(len(x))], sample_weight=np.r_[w, w])
    return {name: round(float(value), 4) for name, value in zip(FEATURES, model.coef_[0] / spread, strict=True)}


# LambdaMART's settings for learn_trees (LightGBM's lambdarank): few, shallow, heavily subsampled trees with a slow
# rate, so that they correct the weighted sum where its features interact rather than learn the sets by heart
TREES = {
    "n_estimators": 100,
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_child_samples": 100,
    "subsample": 0.8,
    "subsample_freq": 1,
    "colsample_bytree": 0.8,
    "reg_lambda": 1.0,
    "label_gain": [0, 1, 3],  # (2^grade − 1, as evaluation.ndcg counts a grade)
    "lambdarank_truncation_level": 20,
}


def learn_trees(examples, weights: dict[str, float], *, first_weight: float = 10.0, seed: int = 7, **options) -> Trees:
    """Boosted trees (LightGBM's lambdarank) learnt on examples (table, grades, plain BM25's first answer's position
    or −1) from the weighted sum's scores (`weights`, learn's): each tree corrects what the sum gets wrong where
    features interact (an adapted score that means more when the post shares no word, a title match that means
    less in a long post…), which one weight per feature cannot say. Plain BM25's first answer, when it is judged
    relevant, weighs `first_weight` times in the gradients (as `bm25_first` weighs its pairs in learn). Learnt on
    one thread, so that the trees are the same on every machine."""
    import lightgbm

    settings = {**TREES, **options}
    vector = np.array([weights.get(name, 0.0) for name in FEATURES])
    examples = [e for e in examples if len(e[1]) > 1]
    ranker = lightgbm.LGBMRanker(objective="lambdarank", n_jobs=1, random_state=seed, verbose=-1, **settings)
    ranker.fit(
        np.vstack([table for table, _, _ in examples]),
        np.concatenate([grades for _, grades, _ in examples]).astype(int),
        group=[len(grades) for _, grades, _ in examples],
        init_score=np.concatenate([table @ vector for table, _, _ in examples]),
        sample_weight=np.concatenate(
            [
                np.where((np.arange(len(grades)) == first) & (grades > 0), first_weight, 1.0)
                for _, grades, first in examples
            ]
        ),
    )
    return Trees.from_lightgbm(ranker.booster_.dump_model())
