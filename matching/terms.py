"""Index terms as integers, and the analysis of many posts at once. Pure code: no Django, no ORM.

`text.Analyzer._analyse` is the reference: it turns one text into term strings ("say", "~sấy",
"say_dua", "@dry"). Building an index from strings costs a Python object per term and per posting,
so the index uses this module instead, which gives the same terms as integer keys:

- every distinct syllable of any text seen (its accented, case-folded form) is looked up once in the
  `Vocabulary` and gets a row of facts: the key of its folded (stemmed) word, of its accented form,
  whether it is a stop word in accented and in unaccented text, whether it is a digit or a lone
  letter, and its number in the glossary's phrase table;
- single terms (words, accented forms, concepts) are numbered in one table shared by every index built
  with the same analyser, needs and offers alike; a pair of adjacent words is the number
  ((left + 1) << 24) | right, so pairs cost no table entry at all;
- the rest — stop words, pairs, glossary phrases — is computed with numpy over all the syllables of a
  run of posts at once.

`tests/matching/test_terms.py` checks that the keys decode to exactly the reference's terms.
"""

from __future__ import annotations

import threading
import unicodedata
from array import array
from dataclasses import dataclass

import numpy as np

from core.text import _TOKEN, _VIETNAMESE_MARKS

from .glossary import GENERIC
from .text import BLOCK, STOP_EN, STOP_FOLDED, STOP_VI, _fold_word, _stem_word

WORD, ACCENT, CONCEPT, GENERIC_CONCEPT, BIGRAM = 0, 1, 2, 3, 4
KIND_NAMES = ("word", "accent", "concept", "generic", "bigram")
UNIGRAM_BITS = 24
UNIGRAM_LIMIT = 1 << UNIGRAM_BITS  # single terms; a pair is ((left + 1) << 24) | right, above every single term
PAIR_MASK = UNIGRAM_LIMIT - 1

# Facts about a syllable, one column each.
_WORD, _ACC, _STOP_ACC, _STOP_FOLD, _SINGLE, _DIGIT, _G_ACC, _G_FOLD, _P_ACC, _P_FOLD = range(10)


def is_pair(keys):
    return keys >= UNIGRAM_LIMIT


class _Syllables(dict):
    """Syllable -> row in the vocabulary's facts; an unseen syllable is added on first lookup, so that
    `map(table.__getitem__, tokens)` runs at C speed."""

    def __init__(self, vocabulary: Vocabulary):
        super().__init__()
        self.vocabulary = vocabulary

    def __missing__(self, syllable: str) -> int:
        return self.vocabulary._add_syllable(syllable)


class Vocabulary:
    """The single terms (words, accented forms, concepts) as numbers, and the facts of every syllable
    seen. Grows as new text is analysed; shared by the needs' and the offers' indexes of one engine
    configuration. Lookups of known syllables take no lock; adding one does."""

    def __init__(self, glossary, generic: frozenset = GENERIC, stop_phrases=None):
        self.glossary = glossary
        self.generic = generic
        # text.StopPhrases (lex-1.34), or None for none.
        self.stop_phrases = stop_phrases if stop_phrases is not None and stop_phrases.max_len else None
        self.uid: dict[str, int] = {}
        self.strings: list[str] = []
        self._kinds = np.zeros(1024, np.int8)
        self.syllables = _Syllables(self)
        self.syllable_strings: list[str] = []
        self._facts = np.zeros((10, 1024), np.int32)  # one row per fact, one column per syllable
        self._lock = threading.RLock()
        self._trie = _PhraseTrie(glossary) if glossary is not None else None
        # The term number of the blocking phrases' concept (text.BLOCK), if the glossary has any.
        self.block = self.term(BLOCK) if self._trie is not None and BLOCK in self._trie.concept_strings else None
        # Per level of the phrase table: the concepts of each phrase as term numbers, CSR-style.
        self._phrase_concepts = []
        if self._trie is not None:
            for _keys, concepts in self._trie.levels:
                ptr = np.cumsum([0] + [len(c) for c in concepts]).astype(np.int64)
                uids = np.array([self.term(c) for cs in concepts for c in cs], np.int64)
                self._phrase_concepts.append((ptr, uids))

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.RLock()

    # single terms
    def term(self, string: str) -> int:
        uid = self.uid.get(string)
        if uid is not None:
            return uid
        with self._lock:
            uid = self.uid.get(string)
            if uid is None:
                uid = len(self.strings)
                if uid >= UNIGRAM_LIMIT - 1:
                    raise OverflowError("more than 16 million distinct single terms")
                if uid >= len(self._kinds):
                    self._kinds = np.concatenate([self._kinds, np.zeros(len(self._kinds), np.int8)])
                head = string[:1]
                if head == "@":
                    kind = GENERIC_CONCEPT if string[1:] in self.generic else CONCEPT
                else:
                    kind = ACCENT if head == "~" else WORD
                self._kinds[uid] = kind
                self.strings.append(string)
                self.uid[string] = uid
            return uid

    @property
    def kinds(self) -> np.ndarray:
        return self._kinds[: len(self.strings)]

    def kind_of(self, keys: np.ndarray) -> np.ndarray:
        keys = np.asarray(keys, np.int64)
        pair = is_pair(keys)
        return np.where(pair, BIGRAM, self._kinds[np.where(pair, 0, keys)]).astype(np.int8)

    def string(self, key: int) -> str:
        """The reference's term string of a key (tests, debugging)."""
        key = int(key)
        if key < UNIGRAM_LIMIT:
            return self.strings[key]
        return self.strings[(key >> UNIGRAM_BITS) - 1] + "_" + self.strings[key & PAIR_MASK]

    def key_of(self, term: str) -> int | None:
        """The key of a reference term string ("say", "~sấy", "@dry", "say_dua"); None if unknown."""
        uid = self.uid.get(term)
        if uid is not None:
            return uid
        if "_" in term and term[0] not in "@~":
            for cut in [i for i, ch in enumerate(term) if ch == "_"]:
                left, right = self.uid.get(term[:cut]), self.uid.get(term[cut + 1 :])
                if left is not None and right is not None:
                    return ((left + 1) << UNIGRAM_BITS) | right
        return None

    def _add_syllable(self, syllable: str) -> int:
        with self._lock:
            row = dict.get(self.syllables, syllable)
            if row is not None:
                return row
            folded = _fold_word(syllable)
            word = _stem_word(folded)
            facts = [
                self.term(word),
                self.term("~" + syllable) if syllable != folded else -1,
                syllable in STOP_VI or syllable in STOP_EN,
                folded in STOP_FOLDED,
                len(word) == 1 and not word.isdigit(),
                word.isdigit(),
                -1,
                -1,
                -1,
                -1,
            ]
            if self.stop_phrases is not None:
                facts[_P_ACC] = self.stop_phrases.accented_ids.get(syllable, -1)
                facts[_P_FOLD] = self.stop_phrases.folded_ids.get(folded, -1)
            if self._trie is not None:
                facts[_G_ACC] = self._trie.accented_ids.get(_stem_word(syllable), -1)
                facts[_G_FOLD] = self._trie.folded_ids.get(word, -1)
            row = len(self.syllable_strings)
            if row >= self._facts.shape[1]:
                self._facts = np.concatenate([self._facts, np.zeros_like(self._facts)], axis=1)
            self._facts[:, row] = facts
            self.syllable_strings.append(syllable)
            dict.__setitem__(self.syllables, syllable, row)
            return row


class _PhraseTrie:
    """The glossary's phrases as arrays, level by level: the key of a phrase's first l words is
    (number of its first l-1 words at level l-1) * width + number of its l-th word, so that every
    glossary phrase in a run of syllables is found with a few sorted-array searches."""

    def __init__(self, glossary):
        self.accented_ids: dict[str, int] = {}
        self.folded_ids: dict[str, int] = {}
        phrases = []  # (word numbers, concepts)
        for table, ids in ((glossary.accented, self.accented_ids), (glossary.folded, self.folded_ids)):
            for words in table:
                for w in words:
                    if w not in ids:
                        ids[w] = -1
        for i, w in enumerate(self.accented_ids):
            self.accented_ids[w] = i
        offset = len(self.accented_ids)
        for i, w in enumerate(self.folded_ids):
            self.folded_ids[w] = offset + i
        for table, ids in ((glossary.accented, self.accented_ids), (glossary.folded, self.folded_ids)):
            for words, concepts in table.items():
                phrases.append(([ids[w] for w in words], sorted(concepts)))
        self.width = offset + len(self.folded_ids) + 1
        self.max_len = max((len(p) for p, _c in phrases), default=0)
        self.levels = []  # per length: sorted prefix keys, and per key the concepts of the phrase it completes
        previous: dict[tuple, int] = {}
        for length in range(1, self.max_len + 1):
            prefixes = {}
            for words, _c in phrases:
                if len(words) >= length:
                    head = tuple(words[:length])
                    parent = previous[head[:-1]] if length > 1 else 0
                    prefixes[head] = parent * self.width + head[-1]
            order = sorted(prefixes, key=prefixes.get)
            keys = np.array([prefixes[p] for p in order], np.int64)
            position = {p: i for i, p in enumerate(order)}
            concepts = [[] for _ in order]
            for words, cs in phrases:
                if len(words) == length:
                    concepts[position[tuple(words)]].extend(cs)
            self.levels.append((keys, concepts))
            previous = position
        self.concept_strings = sorted({c for _w, cs in phrases for c in cs})


def _in_stop_phrases(phrases, numbers: np.ndarray, field: np.ndarray) -> np.ndarray:
    """Which syllables lie in a stop phrase (text.StopPhrases.mark): numbers are each syllable's number in
    the phrases' syllables (accented or folded, as its text), -1 for a syllable no phrase holds."""
    n = len(numbers)
    inside = np.zeros(n, bool)
    at = np.flatnonzero(numbers >= 0)
    if len(at) == 0:
        return inside
    width, keys = phrases.width, phrases.keys
    if len(at) <= _FEW_PHRASE_STARTS:  # a query or a few posts: a dictionary lookup per start and length
        number, owner = numbers.tolist(), field.tolist()
        for a in at.tolist():
            key = number[a]
            for length in range(1, phrases.max_len + 1):
                if length > 1:
                    b = a + length - 1
                    if b >= n or number[b] < 0 or owner[b] != owner[a]:
                        break
                    key = key * width + number[b]
                if key in keys.get(length, ()):
                    inside[a : a + length] = True
        return inside
    numbers = numbers.astype(np.int64)
    keys_at = numbers[at]
    for length in range(1, phrases.max_len + 1):
        if length > 1:
            ends = at + length - 1
            go = ends < n
            at, keys_at, ends = at[go], keys_at[go], ends[go]
            go = (numbers[ends] >= 0) & (field[ends] == field[at])
            at, keys_at = at[go], keys_at[go] * width + numbers[ends[go]]
            if len(at) == 0:
                break
        found = phrases.keys.get(length)
        if found is None:
            continue
        sorted_keys = np.array(sorted(found), np.int64)
        i = np.minimum(np.searchsorted(sorted_keys, keys_at), len(sorted_keys) - 1)
        hit = at[sorted_keys[i] == keys_at]
        for k in range(length):
            inside[hit + k] = True
    return inside


def _unblocked(block: int, keys: np.ndarray, start: np.ndarray, end: np.ndarray):
    """The glossary phrases found, without the blocking phrases (text.BLOCK) and the shorter phrases that
    lie inside one (as text.Glossary.concepts drops them)."""
    is_block = keys == block
    if not is_block.any():
        return [keys], [start], [end]
    # A phrase lies inside a block that starts at most `reach` syllables before it; from each start, the
    # longest block (the furthest end) is the one to check. One search per distance back, not per block.
    block_start, block_end = start[is_block], end[is_block]
    order = np.lexsort((block_end, block_start))
    block_start, block_end = block_start[order], block_end[order]
    last = np.concatenate([block_start[1:] != block_start[:-1], [True]])  # the furthest end of each start
    block_start, block_end = block_start[last], block_end[last]
    reach = int((block_end - block_start).max())
    inside = np.zeros(len(keys), bool)
    for back in range(reach + 1):
        at = start - back
        i = np.minimum(np.searchsorted(block_start, at), len(block_start) - 1)
        found = block_start[i] == at
        inside |= found & (end <= block_end[i]) & (end - start < block_end[i] - at)
    keep = ~is_block & ~inside
    return [keys[keep]], [start[keep]], [end[keep]]


@dataclass
class Terms:
    """Term occurrences of a run of texts: per occurrence its key, the text it came from, its weight,
    and the syllables it spans (start, end), numbered across the run."""

    keys: np.ndarray
    field: np.ndarray
    weight: np.ndarray
    start: np.ndarray
    end: np.ndarray
    tokens: list[str]


def analyse(
    analyzer,
    vocabulary: Vocabulary,
    texts: list[str],
    weights: np.ndarray,
    *,
    spans: bool = False,
    concepts: bool = True,
) -> Terms:
    """Every term occurrence of the texts (as the reference analyser gives them, text by text); without the
    glossary's concepts if not `concepts` (the words and syllable pairs do not depend on them)."""
    table = vocabulary.syllables
    getter = table.__getitem__
    rows = array("i")
    lengths = np.zeros(len(texts), np.int64)
    accented = np.zeros(len(texts), bool)
    tokens: list[str] = []
    normalize, search, findall = unicodedata.normalize, _VIETNAMESE_MARKS.search, _TOKEN.findall
    for i, text in enumerate(texts):
        low = normalize("NFC", text or "").casefold()
        found = findall(low)
        if not found:
            continue
        accented[i] = search(low) is not None
        lengths[i] = len(found)
        rows.extend(map(getter, found))
        if spans:
            tokens.extend(found)
    n = len(rows)
    field = np.repeat(np.arange(len(texts), dtype=np.int32), lengths)
    if n == 0:
        empty = np.zeros(0, np.int64)
        return Terms(empty, empty.astype(np.int32), empty.astype(np.float32), empty, empty, tokens)
    syllable_rows = np.frombuffer(rows, np.int32)
    facts = vocabulary._facts

    if n <= 1 << 14:  # a query or a few posts: every fact in one gather
        gathered = facts.take(syllable_rows, axis=1)

        def fact(column):
            return gathered[column]

    else:

        def fact(column):
            return facts[column].take(syllable_rows)

    # Whether each syllable's text is accented; when all the texts with syllables agree (a query, mostly), one
    # fact column instead of a choice per syllable.
    marked = accented[lengths > 0]
    uniform = bool(marked.all()) or not marked.any()
    mode = accented[field] if not uniform else None

    def by_mode(if_accented, if_not):
        if mode is None:
            return fact(if_accented if marked[0] else if_not)
        return np.where(mode, fact(if_accented), fact(if_not))

    stop = by_mode(_STOP_ACC, _STOP_FOLD).astype(bool)
    if vocabulary.stop_phrases is not None:
        stop |= _in_stop_phrases(vocabulary.stop_phrases, by_mode(_P_ACC, _P_FOLD), field)
    word = fact(_WORD).astype(np.int64)
    position = np.arange(n, dtype=np.int64)
    parts_key: list[np.ndarray] = []
    parts_pos: list[np.ndarray] = []
    parts_end: list[np.ndarray] = []

    keep = ~stop & ~fact(_SINGLE).astype(bool)
    parts_key.append(word[keep])
    parts_pos.append(position[keep])
    if analyzer.accents:
        accented_form = fact(_ACC)
        acc = keep & (accented_form >= 0)
        parts_key.append(accented_form[acc].astype(np.int64))
        parts_pos.append(position[acc])
    parts_end.extend(p + 1 for p in parts_pos)
    if analyzer.bigrams and n > 1:
        digit = fact(_DIGIT).astype(bool)
        pair = (field[:-1] == field[1:]) & ~stop[:-1] & ~stop[1:] & ~(digit[:-1] & digit[1:])
        left = position[:-1][pair]
        parts_key.append(((word[left] + 1) << UNIGRAM_BITS) | word[left + 1])
        parts_pos.append(left)
        parts_end.append(left + 2)
    trie = vocabulary._trie
    if concepts and analyzer.glossary is not None and trie is not None and trie.max_len:
        g = by_mode(_G_ACC, _G_FOLD).astype(np.int64)
        stops_before = np.concatenate([[0], np.cumsum(stop)])
        at = np.flatnonzero(g >= 0)
        key = g[at]
        found_keys, found_start, found_end = [], [], []
        few = len(at) <= _FEW_PHRASE_STARTS
        if few:  # (blocking phrases already taken out)
            found_keys, found_start, found_end = _phrases_few(vocabulary, trie, at, g, field, stops_before, n)
            at = at[:0]
        for length, (level_keys, _concepts) in enumerate(trie.levels, start=1):
            if len(at) == 0:
                break
            idx = np.searchsorted(level_keys, key)
            idx[idx >= len(level_keys)] = 0
            ok = level_keys[idx] == key
            at, idx = at[ok], idx[ok]
            emit = (stops_before[at + length] - stops_before[at]) < length  # not a run of stop words
            ptr, uids = vocabulary._phrase_concepts[length - 1]
            sizes = ptr[idx[emit] + 1] - ptr[idx[emit]]
            total = int(sizes.sum())
            if total:
                before = np.cumsum(sizes) - sizes
                found_keys.append(uids[np.repeat(ptr[idx[emit]] - before, sizes) + np.arange(total)])
                found_start.append(np.repeat(at[emit], sizes))
                found_end.append(np.repeat(at[emit], sizes) + length)
            nxt = at + length
            go = nxt < n
            at, idx, nxt = at[go], idx[go], nxt[go]
            go = (field[nxt] == field[at]) & (g[nxt] >= 0)
            at, idx, nxt = at[go], idx[go], nxt[go]
            key = idx.astype(np.int64) * trie.width + g[nxt]
        if found_keys and vocabulary.block is not None and not few:
            found_keys, found_start, found_end = _unblocked(
                vocabulary.block, np.concatenate(found_keys), np.concatenate(found_start), np.concatenate(found_end)
            )
        parts_key.extend(found_keys)
        parts_pos.extend(found_start)
        parts_end.extend(found_end)
    keys = np.concatenate(parts_key)
    start = np.concatenate(parts_pos)
    end = np.concatenate(parts_end)
    occurrence_field = field[start]
    return Terms(
        keys=keys,
        field=occurrence_field,
        weight=np.asarray(weights, np.float32)[occurrence_field],
        start=start,
        end=end,
        tokens=tokens,
    )


# Up to this many syllables that may start a glossary phrase (a query's few hundred), the phrases are
# found with Python dictionaries (_phrases_few), which costs less than the numpy calls of each level.
_FEW_PHRASE_STARTS = 512


def _phrases_few(vocabulary: Vocabulary, trie: _PhraseTrie, at, g, field, stops_before, n):
    """What the level loop of analyse finds (the concepts' keys, starts and ends, level by level, each
    level in the order of the syllables), without the blocking phrases and the phrases inside one (as
    _unblocked), with a dictionary lookup per syllable and level and plain lists: one array of each at the
    end (empty lists when nothing is found)."""
    levels = getattr(trie, "_level_dicts", None)
    if levels is None:
        levels = [dict(zip(keys.tolist(), range(len(keys)), strict=True)) for keys, _concepts in trie.levels]
        setattr(trie, "_level_dicts", levels)  # noqa: B010  (made on first use: also for unpickled tries)
    concepts = getattr(vocabulary, "_phrase_concept_lists", None)
    if concepts is None or len(concepts) != len(vocabulary._phrase_concepts):
        concepts = [
            [uids[a:b].tolist() for a, b in zip(ptr[:-1].tolist(), ptr[1:].tolist(), strict=True)]
            for ptr, uids in vocabulary._phrase_concepts
        ]
        setattr(vocabulary, "_phrase_concept_lists", concepts)  # noqa: B010
    width = trie.width
    g_list, field_list, stops = g.tolist(), field.tolist(), stops_before.tolist()
    starts = at.tolist()
    keys = [g_list[a] for a in starts]
    out_keys: list[int] = []
    out_start: list[int] = []
    out_end: list[int] = []
    for length, level in enumerate(levels, start=1):
        if not starts:
            break
        found = level.get
        of_level = concepts[length - 1]
        next_starts, next_keys = [], []
        for a, key in zip(starts, keys, strict=True):
            i = found(key)
            if i is None:
                continue
            b = a + length
            if stops[b] - stops[a] < length:  # not a run of stop words
                these = of_level[i]
                if these:
                    out_keys += these
                    out_start += [a] * len(these)
                    out_end += [b] * len(these)
            if b < n and field_list[b] == field_list[a] and g_list[b] >= 0:
                next_starts.append(a)
                next_keys.append(i * width + g_list[b])
        starts, keys = next_starts, next_keys
    if not out_keys:
        return [], [], []
    block = vocabulary.block
    if block is not None and block in out_keys:
        # _unblocked: a phrase is dropped if it is a blocking one or lies inside one (and is shorter).
        blocks = [(a, b) for key, a, b in zip(out_keys, out_start, out_end, strict=True) if key == block]
        kept = [
            j
            for j, (key, a, b) in enumerate(zip(out_keys, out_start, out_end, strict=True))
            if key != block and not any(s <= a and b <= e and b - a < e - s for s, e in blocks)
        ]
        out_keys = [out_keys[j] for j in kept]
        out_start = [out_start[j] for j in kept]
        out_end = [out_end[j] for j in kept]
    return [np.array(out_keys, np.int64)], [np.array(out_start, np.int64)], [np.array(out_end, np.int64)]


def record_texts(records, title_boost: float) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The three texts of each record (title, description, keywords), their weights, and their record."""
    if len(records) == 1:  # a query: the same arrays without np.tile and np.repeat
        r = records[0]
        return [r.title, r.text, r.keywords], np.array([title_boost, 1.0, 1.0], np.float32), np.zeros(3, np.int64)
    texts: list[str] = []
    for r in records:
        texts.extend((r.title, r.text, r.keywords))
    weights = np.tile(np.array([title_boost, 1.0, 1.0], np.float32), len(records))
    owner = np.repeat(np.arange(len(records), dtype=np.int64), 3)
    return texts, weights, owner


def postings(analyzer, vocabulary: Vocabulary, records, title_boost: float, *, concepts: bool = True):
    """(document, key, term frequency) of a run of records, sorted by document then key, each pair once;
    without the glossary's concepts if not `concepts`."""
    texts, weights, owner = record_texts(records, title_boost)
    found = analyse(analyzer, vocabulary, texts, weights, concepts=concepts)
    doc = owner[found.field]
    if len(records) >= 1 << 14:
        raise ValueError("analyse at most 16,384 records at a time")
    if len(found.keys) == 0:
        return np.zeros(0, np.int32), np.zeros(0, np.int64), np.zeros(0, np.float32)
    combined = (doc << 48) | found.keys
    order = np.argsort(combined)
    combined = combined[order]
    first = np.flatnonzero(np.concatenate([[True], combined[1:] != combined[:-1]]))
    tf = np.add.reduceat(found.weight[order], first)
    combined = combined[first]
    return (combined >> 48).astype(np.int32), combined & ((1 << 48) - 1), tf.astype(np.float32)


def _unique_inverse(keys: np.ndarray, order: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """np.unique(keys, return_inverse=True) for the few hundred keys of one query, without np.unique's
    overhead, and the position of each distinct key's first occurrence in `order` (an ordering of the keys
    that sorts them, by default the stable argsort)."""
    if order is None:
        order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.empty(len(ordered), bool)
    starts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    inverse = np.empty(len(keys), np.int64)
    inverse[order] = np.cumsum(starts) - 1
    return ordered[starts], inverse, order[starts]


# The order in which explanations prefer a record's texts (title, description, keywords): title, keywords, description.
_FIELD_ORDER = np.array([0, 2, 1])


def query_terms(analyzer, vocabulary: Vocabulary, record, title_boost: float, *, surfaces: bool | str = False):
    """Keys and term frequencies of one record's terms (in first-occurrence order of the record's title,
    description, keywords), and optionally key -> how the record wrote it (title, keywords, description
    first: the reference's order for explanations). surfaces="spans": instead of that dictionary, where
    the record wrote each key, (first syllable, end, the syllables), aligned with the keys, so that a
    caller joins only the syllables of the terms it shows."""
    texts, weights, _owner = record_texts([record], title_boost)
    found = analyse(analyzer, vocabulary, texts, weights, spans=bool(surfaces))
    order = None
    if surfaces:
        # The occurrences by key, each key's in the order explanations prefer them: the title, then the
        # keywords, then the description.
        order = np.lexsort((_FIELD_ORDER[found.field] * (1 << 40) + found.start, found.keys))
    keys, inverse, firsts = _unique_inverse(found.keys, order)
    tf = np.bincount(inverse, weights=found.weight, minlength=len(keys)).astype(np.float32)
    if not surfaces:
        return keys, tf, None
    tokens = found.tokens
    if surfaces == "spans":
        return keys, tf, (found.start[firsts], found.end[firsts], tokens)
    spans = zip(found.start[firsts].tolist(), found.end[firsts].tolist(), strict=True)
    return keys, tf, dict(zip(keys.tolist(), (" ".join(tokens[a:b]) for a, b in spans), strict=True))
