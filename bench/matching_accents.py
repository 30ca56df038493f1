"""Builds the table of accented Vietnamese that matching/accents.py restores marks from, and measures what the
restoring does (issue 12, stop 26). No database.

    .venv/bin/python bench/matching_accents.py --build     # write matching/accents_vi.tsv.gz
    .venv/bin/python bench/matching_accents.py --accuracy  # syllables restored right, texts detected
    .venv/bin/python bench/matching_accents.py --ndcg      # nDCG@10 of needs typed without accents
    .venv/bin/python bench/matching_accents.py --compare   # the sets as written: lex-1.17 against lex-1.16
    .venv/bin/python bench/matching_accents.py --cost --sets=holdout143  # loading the table, restoring a post
    options: --sets=holdout138,holdout139 measures those sets with the shipped table (which must not hold them);
    --table-before=holdout102 --sets=holdout102,...,holdout134 measures them with a table of the sets written before
    holdout102 instead (what a bigger table gives: docs/matching.md, "Results, stop 44")

The table counts the syllables and syllable pairs of the Vietnamese needs and offers (title and description) of
the labelled sets in tests/data/, less the sets from holdout138 on (`is_held_back`: every later set too, without an
edit here), which were written after it and measure it.

--accuracy and --ndcg measure each set with a table built without that set (leave one set out), on its
Vietnamese needs that have their marks, with the marks taken off (core.text.fold) as a user typing without them
would: the share of their syllables given back exactly; how many of those needs, and how many English needs and
offers, `Accents.without_accents` takes for Vietnamese typed without accents; and the engine's nDCG@10 on
those needs as written, with the marks taken off, and restored (the shipped engine; vectors from the cache of
the labelled sets, or embedded now into .cache/embeddings/).
"""

import dataclasses
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.text import fold, has_vietnamese_marks
from matching import accents, evaluation
from matching.index import Index, make_config

DATA = ROOT / "tests/data"
FIRST_HELD_BACK = 138  # holdout138 and every later set were measured after the table (42 up to lex-1.41)


def number(name: str) -> int | None:
    """holdoutNN's NN (holdout itself and the other sets: None)."""
    return int(name[7:]) if name.startswith("holdout") and name[7:].isdigit() else None


def is_held_back(name: str) -> bool:
    """A set written after the table (open-ended: a set added later is held back without an edit here)."""
    n = number(name)
    return n is not None and n >= FIRST_HELD_BACK


def sets(include_held_back=False) -> list[str]:
    names = sorted(p.stem.removeprefix("matching_") for p in DATA.glob("matching_*.json"))
    return [n for n in names if include_held_back or not is_held_back(n)]


def raw(name) -> dict:
    return json.loads((DATA / f"matching_{name}.json").read_text(encoding="utf-8"))


def vietnamese_texts(data) -> list[str]:
    return [
        f"{item['title']}. {item.get('description') or ''}"
        for item in [*data["offers"], *data["needs"]]
        if item.get("language") == "vi"
    ]


def table(names, without=None) -> accents.Accents:
    model = accents.Accents()
    for name in names:
        if name != without:
            model.learn(vietnamese_texts(raw(name)))
    return model


def marked_needs(data) -> list[dict]:
    return [
        n for n in data["needs"] if n.get("language") == "vi" and has_vietnamese_marks(n["title"] + n["description"])
    ]


def folded(need: dict) -> dict:
    return {**need, "title": fold_keep_case(need["title"]), "description": fold_keep_case(need["description"])}


def fold_keep_case(text: str) -> str:
    """The text without its marks, its case kept (as typed without accents)."""
    import unicodedata

    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


TABLE_BEFORE: int | None = None  # --table-before=holdoutN: the held-back sets restored by a table of the sets before N


def table_before(first: int) -> accents.Accents:
    """A table of the sets written before holdout`first` (as --build would have made it then), with the glossary
    and the sector names."""
    names = [n for n in sets(include_held_back=True) if number(n) is None or number(n) < first]
    return table(names).learn(accents.base_texts())


def leave_one_out(names, held_back=False):
    """(name, data, the model without the set) for each set: the shipped table's counts less the set's own,
    with the glossary and the sector names; for sets held back from the table, the shipped model itself (or,
    with --table-before, a table of the sets before a given one, which holds none of them)."""
    if held_back:
        model = accents.default() if TABLE_BEFORE is None else table_before(TABLE_BEFORE)
        for name in names:
            yield name, raw(name), model
        return
    whole = table(names)
    base = accents.base_texts()
    for name in names:
        data = raw(name)
        model = accents.Accents()
        model.unigrams, model.bigrams = whole.unigrams.copy(), whole.bigrams.copy()
        own = accents.Accents().learn(vietnamese_texts(data))
        model.unigrams.subtract(own.unigrams)
        model.bigrams.subtract(own.bigrams)
        model.learn(base)
        yield name, data, model


def accuracy(names, held_back=False):
    syllables = right = kept = 0
    needs_detected = needs = english = english_detected = 0
    for _name, data, model in leave_one_out(names, held_back):
        for need in marked_needs(data):
            typed = folded(need)
            needs += 1
            needs_detected += model.without_accents(f"{typed['title']} {typed['description']}")
            for field in ("title", "description"):
                original = re.findall(r"[^\W\d_]+", need[field].casefold())
                back = re.findall(r"[^\W\d_]+", model.restore(typed[field]).casefold())
                syllables += len(original)
                right += sum(a == b for a, b in zip(original, back, strict=True))
                kept += sum(a == fold(a) for a in original)
        for item in [*data["needs"], *data["offers"]]:
            if item.get("language") == "en":
                english += 1
                english_detected += model.without_accents(f"{item['title']} {item.get('description') or ''}")
    print(
        f"{needs} Vietnamese needs of {len(names)} sets, marks taken off, each set restored by a table without it:\n"
        f"  syllables given back exactly: {right / syllables:.4f} of {syllables} (left folded: {kept / syllables:.4f})\n"
        f"  taken for Vietnamese typed without accents: {needs_detected} of {needs} needs\n"
        f"  English needs and offers taken for it: {english_detected} of {english}"
    )


def ndcg(names, held_back=False):
    config = make_config()
    rows = []
    for name, data, model in leave_one_out(names, held_back):
        marked = {n["id"] for n in marked_needs(data)}
        if not marked:
            continue
        variants = {}
        for label in ("written", "folded", "restored"):
            copy = json.loads(json.dumps(data))
            for need in copy["needs"]:
                if need["id"] in marked and label != "written":
                    need.update(folded(need))
                    if label == "restored":
                        need["title"], need["description"] = model.restored(need["title"], need["description"])
            variants[label] = copy
        # (the restored variant by the table without the set, not the shipped one, which holds the set)
        needs_offers_qrels = {label: evaluation.load(d, restore_accents=False) for label, d in variants.items()}
        _n, offers, qrels = needs_offers_qrels["written"]
        evaluation.with_meaning([], offers, config)
        index = Index(offers, role="offer", config=config)
        scores = {}
        for label, (needs, _o, _q) in needs_offers_qrels.items():
            needs = [n for n in needs if n.id in marked and qrels.get(n.id)]
            evaluation.with_meaning(needs, [], config)
            scores[label] = [evaluation.ndcg([h.id for h in index.rank(n, k=10)], qrels[n.id]) for n in needs]
        rows.append((name, scores))
        print(name, len(scores["written"]), *(f"{statistics.mean(s):.4f}" for s in scores.values()), flush=True)
    every = {label: [x for _n, s in rows for x in s[label]] for label in ("written", "folded", "restored")}
    print(
        f"all {len(every['written'])} needs: as written {statistics.mean(every['written']):.4f}, marks taken off "
        f"{statistics.mean(every['folded']):.4f}, restored {statistics.mean(every['restored']):.4f}"
    )


def restored_records(records, model):
    out = []
    for r in records:
        title, text = model.restored(r.title, r.text)
        out.append(r if (title, text) == (r.title, r.text) else dataclasses.replace(r, title=title, text=text))
    return out


def compare(names, held_back=False):
    """Each set as written, by lex-1.16 (posts as typed) and lex-1.17 (posts typed without accents restored, by
    the table without the set, or the shipped one for sets held back from it): nDCG@10 and the needs more than
    0.05 below plain BM25 (on the posts as written), per set and in all; and the same over the needs restored."""
    config = make_config()
    totals = {"lex-1.16": [], "lex-1.17": [], "bm25": []}
    changed_totals = {"lex-1.16": [], "lex-1.17": [], "bm25": []}
    below = {"lex-1.16": 0, "lex-1.17": 0}
    print(f"{'set':<12}{'needs':>6}{'lex-1.16':>10}{'lex-1.17':>10}{'BM25':>8}{'below':>7}{'(1.16)':>7}  restored")
    for name, data, model in leave_one_out(names, held_back):
        needs, offers, qrels = evaluation.load(data, restore_accents=False)
        judged = [n for n in needs if qrels.get(n.id)]
        per = {}
        runs = evaluation.engine_runs(judged, offers, config)
        per["lex-1.16"] = [evaluation.ndcg(runs[n.id], qrels[n.id]) for n in judged]
        back = restored_records(judged, model)
        changed = [i for i, (a, b) in enumerate(zip(judged, back, strict=True)) if a is not b]
        runs = evaluation.engine_runs(back, restored_records(offers, model), config)
        per["lex-1.17"] = [evaluation.ndcg(runs[n.id], qrels[n.id]) for n in back]
        bm = evaluation.bm25_runs(judged, offers)
        per["bm25"] = [evaluation.ndcg(bm[n.id], qrels[n.id]) for n in judged]
        lost = {k: sum(a < b - 0.05 for a, b in zip(per[k], per["bm25"], strict=True)) for k in below}
        for k in totals:
            totals[k] += per[k]
            changed_totals[k] += [per[k][i] for i in changed]
        for k in below:
            below[k] += lost[k]
        print(
            f"{name:<12}{len(judged):>6}{statistics.mean(per['lex-1.16']):>10.4f}"
            f"{statistics.mean(per['lex-1.17']):>10.4f}{statistics.mean(per['bm25']):>8.4f}"
            f"{lost['lex-1.17']:>7}{lost['lex-1.16']:>7}  {len(changed)}",
            flush=True,
        )
    for label, t in (("all", totals), ("restored", changed_totals)):
        if t["bm25"]:
            print(
                f"{label:<12}{len(t['bm25']):>6}{statistics.mean(t['lex-1.16']):>10.4f}"
                f"{statistics.mean(t['lex-1.17']):>10.4f}{statistics.mean(t['bm25']):>8.4f}"
                + (f"{below['lex-1.17']:>7}{below['lex-1.16']:>7}" if label == "all" else "")
            )


def cost(names):
    """What the shipped table costs a process: loading the syllables alone (enough to tell a text) and the whole
    table, the process's peak memory after, and the time to give a post its marks back (the sets' Vietnamese needs
    with their marks taken off)."""
    import resource
    import time

    started = time.perf_counter()
    accents.Accents.load(accents.TABLE, pairs=False).learn(accents.base_texts())
    syllables = time.perf_counter() - started
    started = time.perf_counter()
    model = accents.Accents.load(accents.TABLE).learn(accents.base_texts())
    whole = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # (kilobytes on Linux)
    texts = [fold(f"{n['title']}. {n['description']}") for name in names for n in marked_needs(raw(name))]
    model.restore(texts[0])  # (the pair context is built on first use)
    started = time.perf_counter()
    for text in texts:
        model.restore(text)
    each = (time.perf_counter() - started) / len(texts)
    print(
        f"{accents.TABLE.relative_to(ROOT)}: syllables alone {syllables * 1000:.0f} ms, the whole table "
        f"{whole * 1000:.0f} ms; process peak {peak:.0f} MiB; restoring {each * 1000:.1f} ms a post "
        f"({len(texts)} posts, {sum(map(len, texts)) / len(texts):.0f} characters on average)"
    )


def main(argv):
    global TABLE_BEFORE
    chosen = next((a.split("=", 1)[1] for a in argv if a.startswith("--sets=")), "")
    names = [n for n in chosen.split(",") if n] or sets()
    before = next((a.split("=", 1)[1] for a in argv if a.startswith("--table-before=")), "")
    if before:
        TABLE_BEFORE = number(before)
        if TABLE_BEFORE is None or not chosen or any((number(n) or -1) < TABLE_BEFORE for n in names):
            raise SystemExit("--table-before measures --sets=… written at or after that set")
        held_back = True
    else:
        held_back = bool(chosen) and all(is_held_back(n) for n in names)
    if chosen and not held_back and any(is_held_back(n) for n in names):
        raise SystemExit("measure the sets held back from the table apart from the others")
    if "--build" in argv:
        names = sets()
        model = table(names)
        model.dump(accents.TABLE)
        print(
            f"{accents.TABLE.relative_to(ROOT)}: {len(model.unigrams)} syllables, {len(model.bigrams)} pairs, "
            f"from {len(names)} sets; {accents.TABLE.stat().st_size:,} bytes"
        )
    if "--accuracy" in argv:
        accuracy(names, held_back)
    if "--ndcg" in argv:
        ndcg(names, held_back)
    if "--compare" in argv:
        compare(names, held_back)
    if "--cost" in argv:
        cost(names)


if __name__ == "__main__":
    main(sys.argv[1:])
