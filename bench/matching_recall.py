"""Where the answers the reranker never sees are: the grade-2 offers outside the fused order's first places, and
how many of them the e5 vectors would bring in as extra candidates (issue 12, stop 33). No database.

    .venv/bin/python bench/matching_recall.py --sets=holdout72,holdout73,holdout74
    .venv/bin/python bench/matching_recall.py --sets=holdout72,holdout73,holdout74 --ranks=16,32,64 --depth=40
    .venv/bin/python bench/matching_recall.py --sets=holdout72,holdout73,holdout74 --catalogue=seen
    .venv/bin/python bench/matching_recall.py --sets=... --catalogue=seen --ranks=64 --lists=5,10,24

The reranker (rerank.py) reorders the first `depth` places of the fused order (scoring.RERANK["depth"]); an
answer below them, or never scored because it shares no word nor concept with the need, cannot come back. For
each set and in all, this prints the grade-2 offers of the judged needs, how many are among those first places,
and, of the others, how many are among the ten and the twenty offers of the whole set nearest the need by the e5
cosine, by the adapted score (q M)·d of the shipped map (adapter.py), and by the adapted score through a rank-k
projection of the offers' vectors (their first k right singular vectors, fitted on the set's offers: what an index
could keep, k numbers an offer, instead of the 384 dimensions). The vectors are the packed ones the platform holds.
With --catalogue=seen, the nearest are looked for among the offers of every set measured so far (up to
bench/matching_rerank.py's SEEN, about 12,000 offers; the other sets' offers are unjudged for these needs, so they
count as not relevant) and the projection is fitted on them: a catalogue closer to a province's than one set's 160
offers. The first places stay those of the set's own index.

With --lists=P,... (and --catalogue=seen: a set's own offers make one list), the projection's coordinates are also
kept as the index keeps them past NEAR_FLAT posts (Index._near_build: about √n lists by k-means), and the nearest
are looked for only in the P lists whose centres score highest for the need (what Index._nearest reads: a
NEAR_READ share of the lists): "lists P" counts the answers those bring in, "kept P" how many of the projection's
own twenty nearest they find (its recall), "read P" how many offers were read, over the needs with an answer.

A set the shipped map was learnt on (scoring.RERANK["learnt_on"]) gives figures that flatter the adapted score; the
script says which sets those are.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # (after the project, whose `matching` package bench/matching.py would shadow)

import numpy as np
from matching_rerank import load, seen_sets

from matching import embeddings, scoring
from matching.adapter import matrix_of
from matching.index import Index, _near_lists, make_config

NEAREST = (10, 20)


def inverted(projected, probes):
    """{k: (centres, ptr, the coordinates in list order, the posts' places in list order)} for
    --lists (Index._near_build's inverted file on the rank-k coordinates)."""
    if not probes:
        return {}
    lists = {}
    for k, (coordinates, _basis) in projected.items():
        numbers = np.ascontiguousarray(coordinates, np.float32)
        centres, ptr, order = _near_lists(lambda positions, numbers=numbers: numbers[positions], len(numbers), k)
        lists[k] = (centres, ptr, numbers[order], order)
    return lists


def catalogue(offers_of: dict[str, list], ranks: tuple[int, ...]):
    """(ids, vectors, {k: (the vectors' rank-k coordinates, the basis)}) of the offers of the given sets, ids
    prefixed by the set's name (ids are per set); the basis is fitted once on all of them."""
    ids = np.array([f"{name}:{o.id}" for name, offers in offers_of.items() for o in offers], object)
    vectors = embeddings.unpack([o.extra[embeddings.KEY] for offers in offers_of.values() for o in offers])
    basis = np.linalg.svd(vectors, full_matrices=False)[2]
    return ids, vectors, {k: (vectors @ basis[:k].T, basis[:k]) for k in ranks}


def measure(name: str, depth: int, ranks: tuple[int, ...], shared=None, probes=(), lists=None) -> dict[str, int]:
    needs, offers, qrels = load(name, packed=True)
    index = Index(offers, role="offer", config=make_config(rerank={**scoring.RERANK, "depth": depth}))
    ids, vectors, projected = shared if shared is not None else catalogue({name: offers}, ranks)
    if lists is None:
        lists = inverted(projected, probes)
    matrix = matrix_of(scoring.RERANK)
    counts = {"answers": 0, "first places": 0, "outside": 0, "needs": 0}
    for need in needs:
        grades = qrels.get(need.id) or {}
        answers = [f"{name}:{offer}" for offer, grade in grades.items() if grade == 2]
        if not answers:
            continue
        first = {f"{name}:{offer}" for offer in index.rerank_table(need)[0][:depth]}
        outside = [offer for offer in answers if offer not in first]
        counts["answers"] += len(answers)
        counts["needs"] += 1
        counts["first places"] += len(answers) - len(outside)
        counts["outside"] += len(outside)
        query = embeddings.unpack([need.extra[embeddings.KEY]])[0]
        mapped = query @ matrix
        scores = {"cosine": vectors @ query, "adapted": vectors @ mapped}
        for k, (coordinates, basis) in projected.items():
            scores[f"adapted, rank {k}"] = coordinates @ (basis @ mapped)
        for k, (centres, ptr, coordinates, order) in lists.items():
            query_k = (projected[k][1] @ mapped).astype(np.float32)
            exact = set(ids[np.argsort(-scores[f"adapted, rank {k}"], kind="stable")][: max(NEAREST)].tolist())
            for p in probes:
                read = np.concatenate([np.arange(ptr[c], ptr[c + 1]) for c in np.argsort(-(centres @ query_k))[:p]])
                values = np.full(len(ids), -np.inf, np.float32)
                values[order[read]] = coordinates[read].astype(np.float32) @ query_k
                scores[f"adapted, rank {k}, lists {p}"] = values
                found = set(ids[np.argsort(-values, kind="stable")][: max(NEAREST)].tolist())
                counts[f"kept {p} of the rank-{k} nearest {max(NEAREST)}"] = counts.get(
                    f"kept {p} of the rank-{k} nearest {max(NEAREST)}", 0
                ) + len(found & exact)
                counts[f"read {p}"] = counts.get(f"read {p}", 0) + len(read)
        for label, values in scores.items():
            order = ids[np.argsort(-values, kind="stable")]
            for n in NEAREST:
                key = f"{label}, nearest {n}"
                counts[key] = counts.get(key, 0) + len(set(outside) & set(order[:n].tolist()))
    return counts


def main(argv):
    options = dict(a.removeprefix("--").split("=", 1) for a in argv if "=" in a)
    sets = options.get("sets", "holdout72,holdout73,holdout74").split(",")
    depth = int(options.get("depth", scoring.RERANK["depth"]))
    ranks = tuple(int(k) for k in options.get("ranks", "16,32,64").split(",") if k)
    probes = tuple(int(p) for p in options.get("lists", "").split(",") if p)
    if probes and options.get("catalogue") != "seen":
        raise SystemExit("--lists needs --catalogue=seen (a set's own offers make one list)")
    shared = lists = None
    if options.get("catalogue") == "seen":
        shared = catalogue({name: load(name, packed=True)[1] for name in seen_sets()}, ranks)
        print(f"catalogue: the {len(shared[0]):,} offers of the {len(seen_sets())} sets measured so far")
        lists = inverted(shared[2], probes)
        for k, (_centres, ptr, _c, _o) in lists.items():
            print(f"rank {k}: {len(ptr) - 1} lists of {np.diff(ptr).min()} to {np.diff(ptr).max()} offers")
    seen = [name for name in sets if name in scoring.RERANK["learnt_on"]]
    if seen:
        print(f"(the shipped map was learnt on {', '.join(seen)}: their adapted figures flatter it)")
    total: dict[str, int] = {}
    for name in sets:
        counts = measure(name, depth, ranks, shared, probes, lists)
        print(f"{name}: " + "; ".join(f"{key} {value}" for key, value in counts.items()))
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    print("all: " + "; ".join(f"{key} {value}" for key, value in total.items()))
    if total.get("outside"):
        print(
            "of the answers outside the first places, among the nearest: "
            + "; ".join(
                f"{key} {100 * value / total['outside']:.0f} %"
                for key, value in list(total.items())[4:]
                if not key.startswith(("kept", "read"))
            )
        )
    for p in probes:
        kept = {key: value for key, value in total.items() if key.startswith(f"kept {p} ")}
        needs = total["needs"]
        print(
            f"lists {p}: {total[f'read {p}'] / needs / len(shared[0]):.1%} of the offers read a need; "
            + "; ".join(f"{key} {100 * value / (needs * max(NEAREST)):.1f} %" for key, value in kept.items())
        )


if __name__ == "__main__":
    main(sys.argv[1:])
