"""The shipped reranker against an earlier commit's weights, on labelled sets as written or on catalogues made
lopsided (most of one language's offers taken out), with the fused order and plain BM25 beside them. No database.

    .venv/bin/python bench/matching_compare.py --sets=holdout57,holdout58,holdout59 --against=c7ac3ec
    .venv/bin/python bench/matching_compare.py --sets=holdout54,holdout55 --against=c7ac3ec --drop=en:0.9 --seed=1
    .venv/bin/python bench/matching_compare.py --sets=holdout72,holdout73,holdout74 --nearest=5,10,20

--against reads scoring.RERANK's weights and depth at that commit (`git show COMMIT:matching/scoring.py`), and the
adapter's matrix it names as committed then; a feature it did not have weighs nothing. The vectors are today's: since
lex-1.47 a need is embedded with its concepts' names (embeddings.query_text), so a commit before it is measured on
vectors it was not learnt on; measure such a commit in a checkout of its own instead (as stop 51 did). --drop=LANG:SHARE takes that
share of the offers in LANG out at random (a catalogue mostly in the other language, as a province's would be);
judgements of the offers taken out go with them, and a need left without a judged offer is not counted. For each
set and in all: nDCG@10 / needs more than 0.05 below plain BM25 (docs/matching.md, "Results, stop 28" and "Results,
stop 29", has the figures); then the needs whose offers graded 2 are all in their own language ("own only") and the
others ("cross": some or all of their best answers in the other language). --nearest=N,... adds a column per N: the
shipped engine with the N offers nearest the need by the adapted score added to the places its reranker reorders
(rerank's `nearest`, Index._nearest: stop 33), from every vector unpacked, or with --nearest-rank=K through the
index's rank-K projection of the vectors (Index._near_build). --no-trees adds a column: the shipped weights and maps
without the reranker's boosted trees (rerank.Trees; stop 54).
"""

import ast
import io
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # (after the project, whose `matching` package bench/matching.py would shadow)

import numpy as np
from matching_rerank import load, written

from matching import candidates, evaluation, rerank, scoring
from matching.index import make_config


def git_show(commit: str, path: str) -> bytes:
    return subprocess.run(["git", "show", f"{commit}:{path}"], cwd=ROOT, check=True, capture_output=True).stdout


def model_at(commit: str) -> dict:
    """scoring.RERANK as committed at `commit`: its weights, with every feature of today's (0 where it had none),
    its depth, its nearest offers (`nearest`, `nearest_rank`; none before lex-1.25), and its adapter's matrix and
    residual map as committed then (matching/e5_adapter.npy at that commit, None before lex-1.21, whose weights read
    no adapted score; the residual map it names, none before stop 38; the trees it names, none before stop 54)."""
    source = git_show(commit, "matching/scoring.py").decode("utf-8")
    for node in ast.walk(ast.parse(source)):
        targets = [getattr(t, "id", None) for t in getattr(node, "targets", [getattr(node, "target", None)])]
        if isinstance(node, ast.AnnAssign | ast.Assign) and "RERANK" in targets:
            model = ast.literal_eval(node.value)
            weights = {name: float(model["weights"].get(name, 0.0)) for name in rerank.FEATURES}
            matrix, residual = (_map_at(commit, model.get(key)) for key in ("adapter", "residual"))
            return {
                **scoring.RERANK,
                "depth": model.get("depth", scoring.RERANK["depth"]),
                "weights": weights,
                "adapter": matrix,
                "residual": residual,  # (its residual map: none before stop 38)
                "trees": _trees_at(commit, model.get("trees")),  # (its trees: none before stop 54)
                "trees_gate": int(model.get("trees_gate") or 0),  # (the needs its trees correct: all before stop 55)
                # (its own nearest offers: none before lex-1.25; today's count would measure it with another's)
                "nearest": int(model.get("nearest", 0)),
                "nearest_rank": int(model.get("nearest_rank", 0)),
            }
    raise SystemExit(f"no RERANK in matching/scoring.py at {commit}")


def _map_at(commit: str, name: str | None) -> np.ndarray | None:
    """The matrix of a map file beside matching/adapter.py as committed at `commit` (None for no file named)."""
    if not name:
        return None
    return np.load(io.BytesIO(git_show(commit, f"matching/{name}")), allow_pickle=False).astype(np.float32)


def _trees_at(commit: str, name: str | None) -> rerank.Trees | None:
    """The reranker's trees in a file beside matching/rerank.py as committed at `commit` (None for no file named)."""
    if not name:
        return None
    return rerank.Trees.load(io.BytesIO(git_show(commit, f"matching/{name}")))


def lopsided(offers, written_offers, qrels, drop, seed):
    """The offers (as read and as written) and judgements left once `drop` = (language, share) is applied."""
    if drop is None:
        return offers, written_offers, qrels
    language, share = drop
    rng = random.Random(seed)
    kept = {o.id for o in offers if o.language != language or rng.random() < 1 - share}
    judged = {need: {o: g for o, g in q.items() if o in kept} for need, q in qrels.items()}
    return [o for o in offers if o.id in kept], [o for o in written_offers if o.id in kept], judged


def compare(name, runs_of, drop, seed):
    """({system: nDCG@10 of each need counted}, whether each of those needs is answered in its own language only).
    runs_of() gives each system's configuration (fresh ones: see main)."""
    needs, offers, qrels = load(name)
    written_needs, written_offers = written(name)
    offers, written_offers, qrels = lopsided(offers, written_offers, qrels, drop, seed)
    runs = {label: evaluation.engine_runs(needs, offers, config) for label, config in runs_of().items()}
    runs["plain BM25"] = evaluation.bm25_runs(written_needs, written_offers)
    counted = [n for n in needs if qrels.get(n.id)]
    per = {label: np.array([evaluation.ndcg(run[n.id], qrels[n.id]) for n in counted]) for label, run in runs.items()}
    return per, np.array([own_language_only(n, offers, qrels[n.id]) for n in counted])


def own_language_only(need, offers, judged) -> bool:
    """Whether the offers graded 2 for the need are all in the need's language, as stated or detected
    (evaluation.language_pair "vi→vi" or "en→en" over them; the held-out tests' definition: there is at least one).
    The other needs are the cross-language ones: some or all of their best answers are in the other language, or
    (a lopsided catalogue) were and are gone."""
    best = {o: grade for o, grade in judged.items() if grade == 2}
    pair = evaluation.language_pair(need, best, evaluation.languages_of(offers))
    own = candidates.language_of(need)
    return pair == f"{own}→{own}"


def main(argv):
    options = dict(a.removeprefix("--").split("=", 1) for a in argv if "=" in a)
    names = [n for n in options.get("sets", "").split(",") if n]
    if not names:
        raise SystemExit(__doc__)
    drop = None
    if "drop" in options:
        language, share = options["drop"].split(":")
        drop = (language, float(share))
    seed = int(options.get("seed", 1))
    against = model_at(options["against"]) if "against" in options else None
    rank = int(options.get("nearest-rank", 0))
    nearest = [int(n) for n in options.get("nearest", "").split(",") if n]

    def runs_of():
        """Each system's configuration, made afresh for each set: a configuration's vocabulary numbers the terms in
        the order its indexes met them, and the order of the terms moves float32 sums and ties (holdout84 read
        0.7613 after holdout83 in one configuration, 0.7629 alone), so a set's figure would depend on the sets
        measured before it."""
        # (the weights' digest tells two checkouts measured side by side apart: rerank.weights_digest)
        systems = {f"{scoring.ENGINE_VERSION} {rerank.weights_digest(scoring.RERANK['weights'])[:8]}": make_config()}
        if against is not None:
            systems[options["against"]] = make_config(rerank=against)
        if "--no-trees" in argv and scoring.RERANK.get("trees"):
            systems["without its trees"] = make_config(rerank={**scoring.RERANK, "trees": None})
        for n in nearest:
            label = f"nearest {n}" + (f", rank {rank}" if rank else "")
            systems[label] = make_config(rerank={**scoring.RERANK, "nearest": n, "nearest_rank": rank})
        systems["fused order"] = make_config(rerank=False)
        return systems

    labels = [*runs_of(), "plain BM25"]
    print(f"{'set':<12} {'needs':>5} " + " ".join(f"{label:>22}" for label in labels))
    every = {label: [] for label in labels}
    own = []
    for name in names:
        per, own_only = compare(name, runs_of, drop, seed)
        own.append(own_only)
        for label in labels:
            every[label].append(per[label])
        print(f"{name:<12} {len(per[labels[0]]):>5} " + " ".join(_cell(per, label) for label in labels))
    whole = {label: np.concatenate(every[label]) for label in labels}
    print(f"{'all':<12} {len(whole[labels[0]]):>5} " + " ".join(_cell(whole, label) for label in labels))
    own_only = np.concatenate(own)
    for title, mask in (("own only", own_only), ("cross", ~own_only)):
        part = {label: values[mask] for label, values in whole.items()}
        print(f"{title:<12} {int(mask.sum()):>5} " + " ".join(_cell(part, label) for label in labels))


def _cell(per, label):
    values, bm25 = per[label], per["plain BM25"]
    if label == "plain BM25":
        return f"{values.mean():>22.4f}"
    return f"{values.mean():>15.4f} / {int((values < bm25 - 0.05).sum()):>4}"


if __name__ == "__main__":
    main(sys.argv[1:])
