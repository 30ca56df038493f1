"""Learns the reranker's weights (scoring.RERANK, matching/rerank.py) from labelled sets and measures it on
labelled sets it was not learnt on (issue 12, round 9). No database.

    .venv/bin/python bench/matching_rerank.py                       # learn on RERANK["learnt_on"], print weights
    .venv/bin/python bench/matching_rerank.py --nearest=5 --listwise --residual  # as lex-1.39's were learnt (its
                                                                    # RERANK["learnt_with_nearest"], "adapter_listwise",
                                                                    # "residual")
    .venv/bin/python bench/matching_rerank.py --test=holdout25,...  # learn on the others, measure on these
    .venv/bin/python bench/matching_rerank.py --loso                # each set measured by a model learnt without it
    .venv/bin/python bench/matching_rerank.py --no-e5 --test=...    # without the e5 cosine (the lexical features)
    .venv/bin/python bench/matching_rerank.py --as-typed            # learn on posts as typed, accents not given
                                                                    # back (how the shipped weights were learnt)
    .venv/bin/python bench/matching_rerank.py --cv                  # each split of CV_SPLITS measured by a model
                                                                    # learnt on every other seen set (up to SEEN)
    .venv/bin/python bench/matching_rerank.py --cv --seen=holdout59 --offers-as=query  # as in docs/matching.md,
                                                                    # stop 29: offers embedded as queries
    .venv/bin/python bench/matching_rerank.py --cache-embeddings    # (re)write tests/data/embeddings/
    .venv/bin/python bench/matching_rerank.py --save-adapter=matching/e5_adapter.npy  # learn, and write the
                                                                    # adapter's matrix (adapter.py, lex-1.21)
    .venv/bin/python bench/matching_rerank.py --no-adapter ...      # without the adapter (lex-1.20's features)
    options: --bm25-first=20 --c=0.01 --depth=40 (scoring.RERANK's values by default; bm25_first was 10 up to
    lex-1.25, and the runs of docs/matching.md before stop 36's adoption took that default); --penalty=0.1 (the
    adapter's, adapter.LAMBDA by default); --lexical=0.07 (the fused order's weight of plain word matching,
    scoring.WEIGHTS'); --without=e5_z,... (features left out: learnt with their columns zero);
    --nearest=5 [--nearest-rank=64]: learnt and measured with the N offers nearest the need by the adapted score
    added to the reranker's places (Index._nearest; in learning, chosen by each set's map learnt without it; without
    the option the weights are learnt on the fused order's places alone, as lex-1.25's were, and measured with
    scoring.RERANK's `nearest`; lex-1.28's were learnt with --nearest=5 --bm25-first=20, lex-1.29's with
    --listwise too, lex-1.32's to lex-1.39's with --residual too, lex-1.38's and lex-1.39's
    with adapter.LAMBDA 0.003);
    --listwise: the adapter's map learnt over every offer of each set (adapter.learn_listwise, stop 37) rather than
    over the fused order's first places (adapter.learn);
    --residual: after the weights, the residual map learnt in their context (adapter.learn_residual, stop 38: each
    set's places as the weights read them, each set's map learnt without it) and read as the feature `e5_residual`;
    --save-residual=matching/e5_residual.npy writes it;
    --trees[=100] [--trees-first=10]: boosted trees (LightGBM's lambdarank, rerank.learn_trees; stop 54) learnt last,
    on the weighted sum's scores of the same rows, plain BM25's first answer weighing --trees-first times; --cv
    measures each split with and without them; --save-trees=matching/rerank_trees.npz writes them;
    --trees-leaves=4: each tree's leaves (rerank.TREES' 15 by default; --trees=50 --trees-leaves=4, the small trees
    screened and read in stop 56);
    --trees-residual: the trees learnt from the sum with the residual score in it (each place's (q R)·d through the
    residual map just learnt, as the engine reads it), rather than from the sum as the weights were learnt (lex-1.50);
    --trees-gate=2: the trees measured only on the needs with a post in the other language among the weighted sum's
    first 2 places (rerank.trees_correct; learnt on every need all the same; stop 55);
    --sets=a,b,c or --sets=all (every file in tests/data/) for the sets to learn on (and, with --loso, to
    measure); --seen=holdoutNN for the last set --cv may learn on or measure (SEEN by default; a split past it is
    left out); --splits=42-47,33-38 for some of CV_SPLITS only (two processes can share the splits).

The posts' multilingual-e5-small vectors (matching/embeddings.py) come from tests/data/embeddings/, which
--cache-embeddings writes (about 16,400 texts; a new set's few hundred take under a minute); a set not in it is
embedded on the fly and its vectors kept in .cache/embeddings/.

A set is named as in tests/data/matching_NAME.json. For each set measured: nDCG@10 of the engine with the
reranker (the real ranking, Index.rank, with the learnt weights), without it (the fused order, lex-1.13), and
plain BM25, and the needs more than 0.05 below plain BM25 with and without it.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np
import sklearn.linear_model  # noqa: F401  (rerank.learn's; loaded here so that learn() limits its threads too)
from threadpoolctl import threadpool_limits

from matching import adapter, embeddings, evaluation, rerank, scoring
from matching.index import Index, make_config

DATA = ROOT / "tests/data"


def all_sets() -> list[str]:
    return sorted(p.stem.removeprefix("matching_") for p in DATA.glob("matching_*.json"))


SEEN = "holdout233"  # the last set measured: later ones are kept for the next pre-registered candidate
# The splits of the sets seen so far that candidates are measured on before they are pre-registered (docs/matching.md)
CV_SPLITS = {
    "42-47": [f"holdout{i}" for i in range(42, 48)],
    "33-38": [f"holdout{i}" for i in range(33, 39)],
    "21-23+39-41": [f"holdout{i}" for i in (21, 22, 23, 39, 40, 41)],
    "48-53": [f"holdout{i}" for i in range(48, 54)],
    # from holdout54 on, three sets a split, up to SEEN (a new one joins when SEEN moves past it)
    **{
        f"{a}-{a + 2}": [f"holdout{i}" for i in range(a, a + 3)]
        for a in range(54, int(SEEN.removeprefix("holdout")) - 1, 3)
    },
}
LEXICAL = None  # --lexical=0.07: the fused order's weight of plain word matching (scoring.WEIGHTS["lexical"])
WITHOUT: list[str] = []  # --without=e5_z,...: features left out (their columns zero while learning)
OFFERS_AS = None  # --offers-as=query: offers embedded as queries, as needs are (the model's "symmetric" use)
NEAREST: tuple[int, int] | None = None  # --nearest=N [--nearest-rank=K]: the places widened (examples, measure)
LISTWISE = False  # --listwise: the map learnt over every offer of each set (adapter.learn_listwise; stop 37)
RESIDUAL = False  # --residual: the residual map learnt after the weights (adapter.learn_residual; stop 38)
TREES_RESIDUAL = False  # --trees-residual: the trees learnt from the sum with the residual score in it
TREES_GATE = 0  # --trees-gate=N: the trees measured only on needs with an other-language post in the sum's first N
TREES: dict | None = None  # --trees[=N]: boosted trees learnt last, on the weighted sum (rerank.learn_trees; stop 54)


def engine_weights() -> dict | None:
    """The fused order's weights: scoring.WEIGHTS, with --lexical's weight if given."""
    return None if LEXICAL is None else {**scoring.WEIGHTS, "lexical": LEXICAL}


def number(name: str) -> int | None:
    """holdoutNN's NN (holdout itself and the other sets: None)."""
    return int(name[7:]) if name.startswith("holdout") and name[7:].isdigit() else None


def seen_sets(seen: str = SEEN) -> list[str]:
    """The sets measured up to `seen`: scoring.RERANK["learnt_on"], then the held-out sets measured after the
    weights were learnt, in order. A set after `seen` is never among them."""
    last = number(seen)
    learnt = [n for n in scoring.RERANK["learnt_on"] if (number(n) or 0) <= last]
    later = [n for n in all_sets() if number(n) is not None and number(n) <= last and n not in learnt]
    return learnt + sorted(later, key=number)


def cv_folds(seen: str = SEEN) -> list[tuple[str, list[str], list[str]]]:
    """(split, sets learnt on, sets measured) of each split of CV_SPLITS wholly within the sets seen up to `seen`."""
    sets = seen_sets(seen)
    return [
        (split, [n for n in sets if n not in test], test) for split, test in CV_SPLITS.items() if set(test) <= set(sets)
    ]


def load(name, meaning=True, cache=None, packed=True, restore_accents=True):
    """A labelled set with its vectors: packed as the platform holds them (measuring), or the model's own
    (learning: the weights are learnt on exact cosines). Posts typed without accents get them back (lex-1.17)
    unless `restore_accents` is false (the shipped weights were learnt before: --as-typed)."""
    data = json.loads((DATA / f"matching_{name}.json").read_text(encoding="utf-8"))
    needs, offers, qrels = evaluation.load(data, restore_accents=restore_accents)
    if meaning:
        save_as = f"matching_{name}" if cache else None
        embeddings.attach(needs, "need", cache, save_as=save_as, packed=packed)
        embeddings.attach(offers, "offer", cache, save_as=save_as, packed=packed, kind=OFFERS_AS)
    return needs, offers, qrels


def written(name):
    """(needs, offers) of a set as written: what plain BM25 reads (the engine gives posts typed without accents
    their accents back)."""
    data = json.loads((DATA / f"matching_{name}.json").read_text(encoding="utf-8"))
    return evaluation.load(data, restore_accents=False)[:2]


def examples(name, depth, meaning=True, restore_accents=True, matrix=None):
    """(table, grades, position of plain BM25's first answer or -1) of every judged need of a set. With --nearest,
    and the map `matrix` (learnt without the set: learn), the places are widened as the engine widens them
    (Index._nearest): the N offers nearest the need by that map's adapted score, through the rank-K projection."""
    needs, offers, qrels = load(name, meaning, packed=False, restore_accents=restore_accents)
    # (the shipped weights and residual map: learnt without)
    model = {**scoring.RERANK, "depth": depth, "weights": {}, "nearest": 0, "residual": None, "trees": None}
    if matrix is not None:
        model.update(nearest=NEAREST[0], nearest_rank=NEAREST[1], adapter=matrix)
    index = Index(offers, role="offer", config=make_config(weights=engine_weights(), rerank=model))
    first = evaluation.bm25_runs(*written(name), k=1)
    vector_of = {o.id: o.extra.get(embeddings.KEY) for o in offers}
    out = []
    for need in needs:
        if not qrels.get(need.id):
            continue
        ids, table = index.rerank_table(need)
        if len(ids) < 2:
            continue
        grades = np.array([qrels[need.id].get(i, 0) for i in ids], float)
        top = first[need.id][0] if first[need.id] else None
        vectors = np.vstack([np.asarray(vector_of[i], np.float32) for i in ids]) if meaning else None
        query = np.asarray(need.extra[embeddings.KEY], np.float32) if meaning else None
        out.append((table, grades, ids.index(top) if top in ids else -1, query, vectors))
    return out


def whole_set(name, restore_accents=True):
    """(the judged needs' vectors, every offer's vectors, their grades) of a set: what adapter.learn_listwise reads."""
    needs, offers, qrels = load(name, packed=False, restore_accents=restore_accents)
    judged = [n for n in needs if qrels.get(n.id)]
    if not judged or not offers:
        return np.zeros((0, embeddings.DIM), np.float32), np.zeros((0, embeddings.DIM), np.float32), np.zeros((0, 0))
    queries = np.vstack([np.asarray(n.extra[embeddings.KEY], np.float32) for n in judged])
    vectors = np.vstack([np.asarray(o.extra[embeddings.KEY], np.float32) for o in offers])
    grades = np.array([[qrels[n.id].get(o.id, 0) for o in offers] for n in judged], np.float32)
    return queries, vectors, grades


def without(table):
    """The table with the columns of --without's features zero (a zero column gets no weight)."""
    if not WITHOUT:
        return table
    table = table.copy()
    table[:, [rerank.FEATURES.index(name) for name in WITHOUT]] = 0.0
    return table


def with_adapted(table, query, vectors, matrix):
    """The table with its adapted columns (rerank.FEATURES' three e5_adapted ones and e5_adapted_no_words) made
    with `matrix` (the examples' tables hold zeros there: they are made without an adapter)."""
    scores = vectors @ (query @ matrix)
    same = table[:, rerank.FEATURES.index("same_language")] > 0
    table = table.copy()
    at = rerank.FEATURES.index("e5_adapted")
    table[:, at : at + 3] = np.column_stack(rerank.score_columns(scores, same, len(scores)))
    table[:, rerank.FEATURES.index("e5_adapted_no_words")] = scores * (
        table[:, rerank.FEATURES.index("rarest_shared")] == 0
    )
    return table


@threadpool_limits.wrap(limits=1)
def learn(
    names, *, bm25_first, c, depth, cache, discount=0, meaning=True, restore_accents=True, adapt=True, penalty=None
):
    """(the reranker's weights, the adapter's matrix or None, the residual map or None) learnt on the named sets.
    With the adapter, each set's adapted columns come from a matrix learnt without it (adapter.cross_fitted), and
    the matrix returned is learnt on them all (adapter.learn on each need's first places; with --listwise,
    adapter.learn_listwise on every offer of each set), with the L2 penalty `penalty` (adapter.LAMBDA by default).
    With --residual, the residual map is learnt last, on the same places and columns the weights were learnt on,
    each place scored by those weights (adapter.learn_residual), and `e5_residual` weighs t / β. Learnt on one
    thread: with more, the order of BLAS's sums changes and the weights move by up to 0.05 (the shipped ones are
    learnt so)."""
    options = {} if penalty is None else {"penalty": penalty}
    per_set = {name: cache.setdefault(name, examples(name, depth, meaning, restore_accents)) for name in names}
    if not (meaning and adapt):
        rows = [(without(e[0]), *e[1:3]) for name in names for e in per_set[name]]
        weights = rerank.learn(rows, bm25_first=bm25_first, c=c, discount=discount)
        return weights, None, None, trees_for(rows, weights)
    learner = adapter.learn_listwise if LISTWISE else adapter.learn
    if LISTWISE:  # (every offer of each set: adapter.learn_listwise)
        groups = {name: [whole_set(name, restore_accents)] for name in names}
    else:  # (each need's first places in the fused order: adapter.learn)
        groups = {name: [(q, d, g) for _t, g, _f, q, d in per_set[name]] for name in names}
    fitted = adapter.cross_fitted(groups, learner=learner, **options)
    if NEAREST:  # (the places widened by each set's own map, learnt without it; the map returned is unchanged)
        per_set = {name: examples(name, depth, meaning, restore_accents, fitted[name]) for name in names}
    rows = [
        (without(with_adapted(table, q, d, fitted[name])), grades, first)
        for name in names
        for table, grades, first, q, d in per_set[name]
    ]
    weights = rerank.learn(rows, bm25_first=bm25_first, c=c, discount=discount)
    matrix = learner([e for name in names for e in groups[name]], **options)
    if not RESIDUAL:
        return weights, matrix, None, trees_for(rows, weights)
    vector = np.array([weights[name] for name in rerank.FEATURES])
    places = [e[3:5] for name in names for e in per_set[name]]  # (the rows' need and places, in the same order)
    residual, beta = adapter.learn_residual(
        [(q, d, grades, table @ vector, first) for (table, grades, first), (q, d) in zip(rows, places, strict=True)]
    )
    weights["e5_residual"] = round(adapter.RESIDUAL_TEMPERATURE / beta, 4)
    if TREES is not None and TREES_RESIDUAL:  # (the rows' e5_residual column filled, as the engine fills it)
        at = rerank.FEATURES.index("e5_residual")
        filled = []
        for (table, grades, first), (q, d) in zip(rows, places, strict=True):
            table = table.copy()
            table[:, at] = d @ (q @ residual)
            filled.append((table, grades, first))
        rows = filled
    # (without --trees-residual the trees start from the weighted sum of the rows as the weights were learnt, whose
    # e5_residual column is zero: they never split on it, and the engine adds the residual score to the sum)
    return weights, matrix, residual, trees_for(rows, weights)


def trees_for(rows, weights):
    """With --trees, the boosted trees learnt on the rows from the weighted sum (rerank.learn_trees), else None."""
    return None if TREES is None else rerank.learn_trees(rows, weights, **TREES)


def measure(name, weights, depth, meaning=True, matrix=None, residual=None, trees=None):
    """(n needs, nDCG@10 with the reranker, without, plain BM25, needs below BM25 with, without)."""
    needs, offers, qrels = load(name, meaning)
    model = {
        **scoring.RERANK,
        "depth": depth,
        "weights": weights,
        "adapter": matrix,
        "residual": residual,
        "trees": trees,
        "trees_gate": TREES_GATE,
    }
    if NEAREST:
        model.update(nearest=NEAREST[0], nearest_rank=NEAREST[1])
    with_it = make_config(weights=engine_weights(), rerank=model)
    runs = evaluation.engine_runs(needs, offers, with_it)
    fused = evaluation.engine_runs(needs, offers, make_config(weights=engine_weights(), rerank=False))
    bm25 = evaluation.bm25_runs(*written(name))
    judged = [n.id for n in needs if qrels.get(n.id)]

    def per(run):
        return np.array([evaluation.ndcg(run[n], qrels[n]) for n in judged])

    a, b, p = per(runs), per(fused), per(bm25)
    return len(judged), a.mean(), b.mean(), p.mean(), int((a < p - 0.05).sum()), int((b < p - 0.05).sum())


def report(rows):
    total = sum(r[1][0] for r in rows)
    print(f"{'set':<12} {'needs':>5} {'rerank':>7} {'fused':>7} {'BM25':>7} {'below':>6} {'(fused)':>7}")
    for name, (n, a, b, p, la, lb) in rows:
        print(f"{name:<12} {n:>5} {a:>7.4f} {b:>7.4f} {p:>7.4f} {la:>6} {lb:>7}")
    mean = [sum(r[1][0] * r[1][i] for r in rows) / total for i in (1, 2, 3)]
    below = [sum(r[1][i] for r in rows) for i in (4, 5)]
    print(f"{'all':<12} {total:>5} {mean[0]:>7.4f} {mean[1]:>7.4f} {mean[2]:>7.4f} {below[0]:>6} {below[1]:>7}")


def main(argv):
    options = dict(a.removeprefix("--").split("=", 1) if "=" in a else (a.removeprefix("--"), "1") for a in argv)
    bm25_first = float(options.get("bm25-first", scoring.RERANK["bm25_first"]))
    c = float(options.get("c", scoring.RERANK["c"]))
    depth = int(options.get("depth", scoring.RERANK["depth"]))
    discount = int(options.get("discount", scoring.RERANK.get("discount", 0)))
    meaning = "no-e5" not in options
    global OFFERS_AS, LEXICAL, WITHOUT, NEAREST, LISTWISE, RESIDUAL, TREES, TREES_RESIDUAL, TREES_GATE
    LISTWISE = "listwise" in options
    RESIDUAL = "residual" in options
    TREES_RESIDUAL = "trees-residual" in options
    TREES_GATE = int(options.get("trees-gate", 0))
    if TREES_GATE < 0 or (TREES_GATE and "trees" not in options):
        raise SystemExit("--trees-gate=N: a count of places, 1 or more, with --trees")
    if "trees-leaves" in options and ("trees" not in options or int(options["trees-leaves"]) < 2):
        raise SystemExit("--trees-leaves=N: a count of leaves, 2 or more, with --trees")
    if "trees" in options:
        TREES = {"first_weight": float(options.get("trees-first", 10.0))}
        if options["trees"] != "1":
            TREES["n_estimators"] = int(options["trees"])
        if "trees-leaves" in options:
            TREES["num_leaves"] = int(options["trees-leaves"])
    NEAREST = (int(options["nearest"]), int(options.get("nearest-rank", 64))) if "nearest" in options else None
    WITHOUT = [name for name in options.get("without", "").split(",") if name]
    if set(WITHOUT) - set(rerank.FEATURES):
        raise SystemExit(f"--without: not features: {sorted(set(WITHOUT) - set(rerank.FEATURES))}")
    OFFERS_AS = options.get("offers-as")
    LEXICAL = float(options["lexical"]) if "lexical" in options else None
    if OFFERS_AS not in (None, embeddings.QUERY, embeddings.PASSAGE):
        raise SystemExit(f"--offers-as={OFFERS_AS}: query or passage")
    restore_accents = "as-typed" not in options
    if "cache-embeddings" in options:
        if OFFERS_AS:  # (the committed vectors are the engine's: offers as passages)
            raise SystemExit("--cache-embeddings writes the engine's vectors: no --offers-as with it")
        cache = embeddings.Cache(read=[embeddings.LABELLED], write=embeddings.LABELLED)
        for name in all_sets():
            load(name, cache=cache)
            print(f"{name}: tests/data/embeddings/matching_{name}.npz")
        return
    sets = options.get("sets", ",".join(scoring.RERANK.get("learnt_on") or all_sets()))
    names = all_sets() if sets == "all" else [n for n in sets.split(",") if n]
    cache: dict = {}

    def learnt(training):
        return learn(
            training,
            bm25_first=bm25_first,
            c=c,
            depth=depth,
            cache=cache,
            discount=discount,
            meaning=meaning,
            restore_accents=restore_accents,
            adapt="no-adapter" not in options,
            penalty=float(options["penalty"]) if "penalty" in options else None,
        )

    def measured(name, model):
        return measure(name, model[0], depth, meaning, model[1], model[2], model[3])

    if "cv" in options:
        seen = options.get("seen", SEEN)
        if number(seen) is None or not (DATA / f"matching_{seen}.json").exists():
            raise SystemExit(f"--seen={seen}: a held-out set, holdoutNN")
        only = [s for s in options.get("splits", "").split(",") if s]
        for split, training, test in cv_folds(seen):
            if only and split not in only:
                continue
            model = learnt(training)
            for label, used in (("", model), (" (without the trees)", (*model[:3], None))):
                if label and model[3] is None:
                    continue
                rows = [(name, measured(name, used)) for name in test]
                total = sum(r[1][0] for r in rows)
                mean = sum(r[1][0] * r[1][1] for r in rows) / total
                below = sum(r[1][4] for r in rows)
                print(f"{split:<12} {total:>5} {mean:.4f} / {below} below plain BM25{label}", flush=True)
        return
    if "loso" in options:
        report([(name, measured(name, learnt([n for n in names if n != name]))) for name in names])
        return
    test = [n for n in options.get("test", "").split(",") if n]
    model = learnt([n for n in names if n not in test])
    if test:
        report([(name, measured(name, model)) for name in test])
    print("weights (scoring.RERANK):")
    print(json.dumps(model[0], indent=4))
    print(f"weights: SHA-256 {rerank.weights_digest(model[0])}")
    if model[1] is not None:
        save_as = options.get("save-adapter")
        if save_as:
            np.save(save_as, model[1].astype(np.float32))
        print(f"adapter: SHA-256 {adapter.digest(model[1])}" + (f", written to {save_as}" if save_as else ""))
    if model[2] is not None:
        save_as = options.get("save-residual")
        if save_as:
            np.save(save_as, model[2].astype(np.float32))
        print(f"residual: SHA-256 {adapter.digest(model[2])}" + (f", written to {save_as}" if save_as else ""))
    if model[3] is not None:
        save_as = options.get("save-trees")
        if save_as:
            np.savez(save_as, **model[3].arrays())
        gate = f", measured with trees_gate {TREES_GATE}" if TREES_GATE else ""
        print(f"trees: SHA-256 {model[3].digest()}{gate}" + (f", written to {save_as}" if save_as else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
