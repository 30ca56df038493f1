"""Benchmark of the matching engine at platform scale, with plain BM25 (bm25s) beside it in the same run.

    .venv/bin/python bench/matching.py [--offers 100000] [--needs 10000] [--processes 2] [--queries 300]
        [--nearest N [--nearest-rank K]]

Generates synthetic bilingual posts (Vietnamese and English phrases of the platform's sectors, from the
glossary, plus filler syllables), then runs each system in a process of its own (started afresh, generating
the same posts), so that each peak memory is its own and prints: index build time and memory for the offers; median and p95 latency of the
top-10 offers (with explanations) for one need; the time to re-rank every need against every offer on N
processes; the peak RSS of the process and what the system added to the generated posts; then, in one more
process holding both, the CPU time of one query on each in turn (the fair ratio on a shared machine). Targets (docs/domain.md §7): build ≤ 60 s, median ≤ 20 ms, re-rank ≤ 120 s,
memory ≤ 2 GiB. No database.
"""

import argparse
import gc
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marketplace.sector_data import SECTORS
from matching import embeddings
from matching.glossary import TERMS
from matching.index import Index, make_config
from matching.scoring import TRANSFER_MODES, Record

FILLER_VI = (
    "hệ thống quy trình giải pháp sản xuất chất lượng hiệu quả nông dân hợp tác xã tỉnh vùng đồng bằng "
    "năng suất giảm chi phí tăng thu nhập an toàn bền vững ứng dụng kỹ thuật mới cải tiến vận hành ổn định "
    "tiết kiệm lao động thị trường xuất khẩu tiêu chuẩn nhà máy cơ sở quy mô nhỏ vừa lớn"
).split()
FILLER_EN = (
    "system process solution production quality efficient farmers cooperative province region delta "
    "yield lower cost higher income safe sustainable applied technique new improved stable operation "
    "saves labour market export standard plant facility small medium large scale"
).split()
LEAVES = [(c, p) for p, _vi, _en, _t, children in SECTORS for c, *_ in children] + [(p, None) for p, *_ in SECTORS]


def phrases(rng, lang, n):
    out = []
    for _ in range(n):
        _concept, options = TERMS[rng.randrange(len(TERMS))]
        pool = [o for o in options if (any(ord(ch) > 127 for ch in o) == (lang == "vi"))] or list(options)
        out.append(rng.choice(pool))
    return out


def post(rng, i, side):
    lang = "vi" if rng.random() < 0.7 else "en"
    filler = FILLER_VI if lang == "vi" else FILLER_EN
    title = " ".join(phrases(rng, lang, rng.randint(2, 4)) + rng.sample(filler, 2))
    body = " ".join(phrases(rng, lang, rng.randint(5, 9)) + rng.sample(filler, 10))
    sector = rng.choice(LEAVES)[0]
    modes = frozenset(rng.sample(TRANSFER_MODES, rng.randint(1, 3)))
    base = dict(
        id=i,
        title=title,
        text=body,
        keywords=", ".join(phrases(rng, lang, 3)),
        sectors=frozenset({sector}),
        transfer_modes=modes,
        region=rng.choice(["province", "region", "national"]),
        published=time.time() - rng.randint(0, 365) * 86400,
        language=lang,
    )
    if side == "offer":
        low = rng.randint(2, 200) * 10_000_000
        return Record(**base, trl=rng.randint(3, 9), price_min=low, price_max=low * 2, negotiable=rng.random() < 0.1)
    low = rng.randint(2, 100) * 10_000_000
    return Record(**base, min_trl=rng.randint(4, 8), budget_min=low, budget_max=low * 3)


def with_vectors(records, seed) -> float:
    """Give records e5 vectors for the reranker's meaning feature: random unit vectors (packed) in place of
    the model's, whose work does not depend on them (embedding 100,000 posts would take about 1.5 hours on
    one core; what one post costs is measured with the model below). Returns the MiB they take."""
    import numpy as np

    gc.collect()
    before = rss_mib()
    rng = np.random.default_rng(seed)
    for record in records:
        vector = rng.standard_normal(embeddings.DIM).astype(np.float32)
        record.extra[embeddings.KEY] = embeddings.pack(vector / np.linalg.norm(vector))
    gc.collect()
    return rss_mib() - before


def peak_mib() -> float:
    """Peak RSS of this process since the last reset_peak() (VmHWM), in MiB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Start counting the peak RSS afresh (Linux: writing 5 to /proc/self/clear_refs resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the forked workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measured(label, work, *args):
    """Run one system in this process (started for it alone, see main), reporting its peak memory over
    what the generated posts and the interpreter hold."""
    gc.collect()
    base = rss_mib()
    reset_peak()
    started = cpu_seconds()
    work(*args)
    peak = max(peak_mib(), rss_mib())
    print(
        f"[{label}] process peak RSS {peak:,.0f} MiB (the generated posts and the interpreter: {base:,.0f} MiB; "
        f"added by {label} at its peak: {peak - base:,.0f} MiB); CPU {cpu_seconds() - started:.1f} s in all"
    )


def engine_config(args):
    """The shipped engine, or with --nearest=N [--nearest-rank=K] its reranker given the N offers nearest the
    need by the adapted score (rerank's `nearest`, Index._nearest; 5 in the shipped model since lex-1.25), through
    the index's rank-K projection; --nearest 0: none (lex-1.24)."""
    if args.nearest is None:
        return make_config()
    from matching import scoring

    return make_config(rerank={**scoring.RERANK, "nearest": args.nearest, "nearest_rank": args.nearest_rank})


def engine(args, offers, needs, rng):
    config = engine_config(args)
    print("\n== engine (matching.index: BM25 on integer terms, scipy CSR, + signals, + the learnt reranker)")
    if args.meaning:
        vectors = with_vectors([*offers, *needs], args.seed)
        print(f"e5 vectors of the {len(offers):,} offers and {len(needs):,} needs: {vectors:,.0f} MiB")
    gc.collect()
    base_rss = rss_mib()
    started, cpu = time.perf_counter(), cpu_seconds()
    index = Index(offers, role="offer", config=config, processes=args.processes)
    build, build_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    gc.collect()
    print(
        f"index build: {build:.1f} s ({build_cpu:.1f} CPU s); {len(index.keys):,} terms, "
        f"{index.term_doc.nnz:,} postings; memory of the index ≈ {rss_mib() - base_rss:,.0f} MiB "
        f"(vocabulary shared with the needs' index: {len(index.vocabulary.strings):,} single terms, "
        f"{len(index.vocabulary.syllable_strings):,} syllables); peak RSS of the build {peak_mib():,.0f} MiB"
    )
    sample = needs[: args.queries]
    index.rank(sample[0], k=10)
    latencies, cpu_latencies = [], []
    for need in sample:
        t, c = time.perf_counter(), time.process_time()
        index.rank(need, k=10, explain=True)
        latencies.append((time.perf_counter() - t) * 1000)
        cpu_latencies.append((time.process_time() - c) * 1000)
    print(
        f"top-10 offers for one need (analysis, all signals, explanations): median {statistics.median(latencies):.1f} ms, "
        f"p95 {percentile(latencies, 95):.1f} ms over {len(sample)} needs (CPU time: median "
        f"{statistics.median(cpu_latencies):.2f} ms, p95 {percentile(cpu_latencies, 95):.2f} ms)"
    )
    started, cpu = time.perf_counter(), cpu_seconds()
    ranked = index.rank_many(needs, k=10, processes=args.processes)
    rerank, rerank_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    assert len(ranked) == len(needs)
    print(
        f"re-rank {len(needs):,} needs × {len(offers):,} offers: {rerank:.1f} s on {args.processes} processes "
        f"({rerank_cpu:.1f} CPU s, {rerank / len(needs) * 1000:.2f} ms/need)"
    )
    # A live platform: one offer is published among the others. Its matches need it in the offers'
    # index and the needs it could meet (a needs index, ranked with the offer as the query, each pair scored
    # from the need's side). As services.index_for does, the post goes into a fork of the index in use, and
    # that fork becomes the index in use (the one before it stays alive here, as for a request still using it).
    needs_index = Index(needs, role="need", config=config)
    new_offers = [post(rng, args.offers + i, "offer") for i in range(20)]
    adds, totals, embeds = [], [], []
    current = index
    for offer in new_offers:
        t = time.perf_counter()
        if args.meaning:  # the model, for real: what a published offer waits for
            vector = embeddings.embed([embeddings.text_of(offer)], embeddings.PASSAGE)[0]
            offer.extra[embeddings.KEY] = embeddings.pack(vector)
        embedded = time.perf_counter() - t
        twin = current.fork()
        twin.add(offer)
        added = time.perf_counter() - t - embedded
        embeds.append(embedded * 1000)
        candidates = needs_index.rank(offer, k=20, explain=False)
        for hit in candidates:
            twin.score_ids(needs_index.records[hit.position], [offer.id])
        adds.append(added * 1000)
        totals.append((time.perf_counter() - t) * 1000)
        current = twin
    print(
        f"one new offer among {len(offers):,}: into the index (fork + add) median {statistics.median(adds):.0f} ms, "
        f"max {max(adds):.0f} ms; with its matches ranked and scored median {statistics.median(totals):.0f} ms, "
        f"max {max(totals):.0f} ms over {len(new_offers)} offers, one after the other (the full build above is "
        f"the alternative)"
        + (f"; of which embedding it with the model median {statistics.median(embeds):.0f} ms" if args.meaning else "")
    )
    t = time.perf_counter()
    current.rank(sample[1], k=10)
    query_ms = (time.perf_counter() - t) * 1000
    # The first query of a version after the scoring above; the next ones are the steady state.
    after = []
    for need in sample[2:102]:
        t = time.perf_counter()
        current.rank(need, k=10)
        after.append((time.perf_counter() - t) * 1000)
    print(
        f"  with the 20 offers added ({len(current.ids) - current.main_docs} posts beside the build's): a query "
        f"{query_ms:.1f} ms, the next {len(after)}: median {statistics.median(after):.1f} ms"
    )


def baseline(args, offers, needs):
    print("\n== plain BM25 baseline (bm25s, title + description, same posts)")
    import logging

    import bm25s
    import numpy as np

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    gc.collect()
    base_rss = rss_mib()
    started, cpu = time.perf_counter(), cpu_seconds()
    corpus = bm25s.tokenize([f"{o.title} {o.text}" for o in offers], stopwords=None, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    build, build_cpu = time.perf_counter() - started, cpu_seconds() - cpu
    gc.collect()
    print(
        f"index build: {build:.1f} s ({build_cpu:.1f} CPU s; tokenising included); memory ≈ "
        f"{rss_mib() - base_rss:,.0f} MiB; peak RSS of the build {peak_mib():,.0f} MiB"
    )
    vocab = corpus.vocab
    texts = [f"{n.title} {n.text}" for n in needs]
    latencies, with_tokens, cpu_with_tokens = [], [], []
    for text in texts[: args.queries]:
        t0, c0 = time.perf_counter(), time.process_time()
        q = [w for w in bm25s.tokenize([text], stopwords=None, return_ids=False, show_progress=False)[0] if w in vocab]
        t = time.perf_counter()
        scores = retriever.get_scores(q or ["zzz"])
        top = np.argpartition(-scores, 10)[:10]
        top[np.argsort(-scores[top])]
        end = time.perf_counter()
        cpu_with_tokens.append((time.process_time() - c0) * 1000)
        latencies.append((end - t) * 1000)
        with_tokens.append((end - t0) * 1000)
    print(
        f"top-10 for one need: median {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 95):.1f} ms "
        f"(query already tokenised); with tokenising the need: median {statistics.median(with_tokens):.1f} ms "
        f"(CPU time: median {statistics.median(cpu_with_tokens):.2f} ms, p95 {percentile(cpu_with_tokens, 95):.2f} ms)"
    )
    started = time.perf_counter()
    queries = bm25s.tokenize(texts, stopwords=None, return_ids=False, show_progress=False)
    ids = [[vocab[w] for w in q if w in vocab] for q in queries]
    retriever.retrieve(ids, k=10, n_threads=args.processes, show_progress=False)
    print(f"re-rank {len(needs):,} needs: {time.perf_counter() - started:.1f} s with {args.processes} threads")


def latency_pair(args, offers, needs):
    """Both systems in one process, the same need queried on each in turn: CPU time per query, so that the
    load of a shared machine weighs on both alike (the separate runs above take turns, at different loads)."""
    import logging

    import bm25s
    import numpy as np

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    if args.meaning:
        with_vectors([*offers, *needs], args.seed)
    index = Index(offers, role="offer", config=engine_config(args))
    corpus = bm25s.tokenize([f"{o.title} {o.text}" for o in offers], stopwords=None, show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    vocab = corpus.vocab

    def plain(need):
        text = f"{need.title} {need.text}"
        q = [w for w in bm25s.tokenize([text], stopwords=None, return_ids=False, show_progress=False)[0] if w in vocab]
        scores = retriever.get_scores(q or ["zzz"])
        top = np.argpartition(-scores, 10)[:10]
        return top[np.argsort(-scores[top])]

    sample = needs[: args.queries]
    index.rank(sample[0], k=10)
    plain(sample[0])
    engine_cpu, bm25_cpu = [], []
    for need in sample:
        c = time.process_time()
        index.rank(need, k=10, explain=True)
        engine_cpu.append((time.process_time() - c) * 1000)
        c = time.process_time()
        plain(need)
        bm25_cpu.append((time.process_time() - c) * 1000)
    e, b = statistics.median(engine_cpu), statistics.median(bm25_cpu)
    print(
        f"\n== one need at a time on each system, in turn (CPU time, {len(sample)} needs): engine (analysis, all "
        f"signals, explanations) median {e:.2f} ms, p95 {percentile(engine_cpu, 95):.2f}; bm25s (tokenising, "
        f"scores, top 10) median {b:.2f} ms, p95 {percentile(bm25_cpu, 95):.2f}; ratio of medians {e / b:.2f}"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--needs", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--no-meaning",
        dest="meaning",
        action="store_false",
        help="no e5 vectors: the reranker keeps the fused order (lex-1.13's work)",
    )
    parser.add_argument("--nearest", type=int, default=None, help="the reranker's `nearest` N (see engine_config)")
    parser.add_argument("--nearest-rank", type=int, default=64, help="with --nearest: the projection's rank K")
    parser.add_argument(
        "--only",
        choices=["engine", "bm25s", "pair"],
        help="one system (main runs each in its own process, then both in one: 'pair')",
    )
    args = parser.parse_args()
    if args.only is None:
        # Each system in a fresh process that generates the same posts (same seed): its peak memory is its
        # own, and neither pays for pages the other touched.
        import subprocess

        for system in ("engine", "bm25s", "pair"):
            sys.stdout.flush()
            subprocess.run([sys.executable, __file__, *sys.argv[1:], "--only", system], check=True)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        return
    rng = random.Random(args.seed)
    started = time.perf_counter()
    offers = [post(rng, i, "offer") for i in range(args.offers)]
    needs = [post(rng, i, "need") for i in range(args.needs)]
    print(
        f"generated {len(offers):,} offers and {len(needs):,} needs in {time.perf_counter() - started:.1f} s "
        f"({sum(o.language == 'en' for o in offers) / len(offers):.0%} English); {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} (the machine is shared: wall times include waiting for a CPU)"
    )
    if args.only == "engine":
        measured("engine", engine, args, offers, needs, rng)
    elif args.only == "bm25s":
        measured("bm25s", baseline, args, offers, needs)
    else:
        latency_pair(args, offers, needs)


if __name__ == "__main__":
    main()
