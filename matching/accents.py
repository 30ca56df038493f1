"""Vietnamese typed without accents, given its accents back before it is matched (issue 12, stop 26).

Many people type Vietnamese without its marks ("bo cai khong biet luc nao len giong" for "bò cái không biết lúc
nào lên giống"). The engine's words and syllable pairs are folded, so such a post still shares syllables with
accented ones, but a folded syllable stands for several ("bo": bò, bộ, bỏ, bó, bơ …): the glossary's concepts are
matched on accented phrases (its folded table leaves out the ambiguous ones), the e5 model reads the folded text
as noise, and the post reads as English (`index.language_code`: no marks). On the labelled sets, the same needs
with their marks taken off lose 0.042 nDCG@10 (docs/matching.md, "Results, stop 26").

`Accents` puts the marks back: each folded syllable becomes the accented form that best fits its neighbours
(a bigram model with Witten-Bell interpolation, decoded with Viterbi over each run of words between punctuation),
from counts of accented Vietnamese text — the table shipped in `accents_vi.tsv.gz` (the Vietnamese posts of the
labelled sets up to holdout137, built by `bench/matching_accents.py`; up to holdout41 before stop 45), the
glossary's Vietnamese terms and the sector tree's Vietnamese names. A syllable the counts do not know is left as it
was, and so is any text that has marks, or whose words are not mostly Vietnamese syllables in shape (English). The
result depends on nothing but the code, so a post's restored text, and the digest of its e5 vector, stay the same
from one run to the next.

Pure code: no Django, no ORM.
"""

from __future__ import annotations

import gzip
import math
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from core.text import fold, has_vietnamese_marks

TABLE = Path(__file__).with_name("accents_vi.tsv.gz")
# A text is Vietnamese typed without accents when at least this share of its words are syllables the counts
# know (English shares a few: "to", "can", "in", "do"), and it has at least MIN_WORDS words.
VIETNAMESE_SHARE = 0.75
MIN_WORDS = 3

_WORD = re.compile(r"[^\W\d_]+")
# The shape of a Vietnamese syllable without its marks: an onset, one to three vowels, a final consonant. An English
# word the counts know ("solar", "dryer", met in Vietnamese posts) has not that shape, and does not make a text
# Vietnamese typed without accents.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_BREAK = re.compile(r"[.,;:!?()\[\]{}\"/\n|]")


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """The spans of the words of a text, in runs that punctuation does not cut."""
    out: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    last = 0
    for m in _WORD.finditer(text):
        if run and _BREAK.search(text, last, m.start()):
            out.append(run)
            run = []
        run.append((m.start(), m.end()))
        last = m.end()
    if run:
        out.append(run)
    return out


class Accents:
    """Counts of accented syllables and syllable pairs, and what they restore."""

    def __init__(self) -> None:
        self.unigrams: Counter = Counter()
        self.bigrams: Counter = Counter()  # "a b" -> count
        self._forms: dict[str, list[tuple[str, float]]] | None = None
        self._after: tuple[dict[str, tuple[int, int]], float] | None = None

    def learn(self, texts: Iterable[str], weight: int = 1) -> Accents:
        """Count the syllables and pairs of the texts that have Vietnamese marks (others teach nothing)."""
        for text in texts:
            text = unicodedata.normalize("NFC", text or "")
            if not has_vietnamese_marks(text):
                continue
            for run in _runs(text):
                words = [text[a:b].casefold() for a, b in run]
                for w in words:
                    self.unigrams[w] += weight
                for a, b in zip(words, words[1:], strict=False):
                    self.bigrams[f"{a} {b}"] += weight
        self._forms = self._after = None
        return self

    @property
    def forms(self) -> dict[str, list[tuple[str, float]]]:
        """folded syllable -> [(accented form, its share of the folded syllable's occurrences)]."""
        if self._forms is None:
            grouped: dict[str, list[tuple[str, int]]] = defaultdict(list)
            for word, n in self.unigrams.items():
                if n > 0:
                    grouped[fold(word)].append((word, n))
            self._forms = {
                f: [(w, n / sum(c for _w, c in ws)) for w, n in sorted(ws, key=lambda x: -x[1])]
                for f, ws in grouped.items()
            }
        return self._forms

    def without_accents(self, text: str) -> bool:
        """Whether a text is Vietnamese typed without its marks (see VIETNAMESE_SHARE)."""
        if has_vietnamese_marks(text):
            return False
        words = _WORD.findall(fold(text))
        if len(words) < MIN_WORDS:
            return False
        forms = self.forms
        return sum(w in forms and bool(_SYLLABLE.fullmatch(w)) for w in words) >= VIETNAMESE_SHARE * len(words)

    def _probability(self, before: str, form: str) -> float:
        """P(form | the syllable before), Witten-Bell interpolated: the pair's share of the syllable before's
        occurrences, weighed against the form's own probability by how many different syllables follow the one
        before (a syllable seen once, before one syllable, does not make that pair certain)."""
        if self._after is None:
            after: dict[str, tuple[int, int]] = {}  # syllable -> (pairs it begins, different syllables after it)
            for pair, n in self.bigrams.items():
                if n > 0:
                    first = pair.partition(" ")[0]
                    seen, kinds = after.get(first, (0, 0))
                    after[first] = (seen + n, kinds + 1)
            total = sum(n for n in self.unigrams.values() if n > 0) + 0.5
            self._after = (after, total)  # (one assignment: a thread reading it sees both or neither)
        after, total = self._after
        alone = (self.unigrams.get(form, 0) + 0.5) / total
        seen, kinds = after.get(before, (0, 0))
        if not seen:
            return alone
        weight = seen / (seen + kinds)
        return weight * self.bigrams.get(f"{before} {form}", 0) / seen + (1 - weight) * alone

    def restore(self, text: str) -> str:
        """The text with each syllable in its most likely accented form (case kept; punctuation, numbers and
        syllables the counts do not know as they were)."""
        text = unicodedata.normalize("NFC", text or "")
        forms = self.forms
        out, last = [], 0
        for run in _runs(text):
            words = [text[a:b] for a, b in run]
            choices = [forms.get(w.casefold()) or [(w.casefold(), 1.0)] for w in words]
            # Viterbi: best[i][form] = (log-probability of the best path ending in form, the form before it)
            best = [{form: (math.log(p), "") for form, p in choices[0]}]
            for i in range(1, len(words)):
                layer = {}
                for form, _p in choices[i]:
                    top, before = -math.inf, ""
                    for prev, (score, _b) in best[-1].items():
                        s = score + math.log(self._probability(prev, form))
                        if s > top:
                            top, before = s, prev
                    layer[form] = (top, before)
                best.append(layer)
            form = max(best[-1], key=lambda f: best[-1][f][0])
            chosen = [form]
            for i in range(len(words) - 1, 0, -1):
                form = best[i][form][1]
                chosen.append(form)
            chosen.reverse()
            for (a, b), word, form in zip(run, words, chosen, strict=True):
                if word.isupper() and len(word) > 1:
                    form = form.upper()
                elif word[:1].isupper():
                    form = form[:1].upper() + form[1:]
                out.append(text[last:a])
                out.append(form)
                last = b
        out.append(text[last:])
        return "".join(out)

    def restored(self, *texts: str) -> tuple[str, ...]:
        """The texts of one post, those without marks restored when together they are Vietnamese typed without
        accents (a title alone is often too short to tell), the others as they were."""
        bare = [t for t in texts if not has_vietnamese_marks(t)]
        if not bare or not self.without_accents(" ".join(bare)):
            return texts
        return tuple(t if has_vietnamese_marks(t) else self.restore(t) for t in texts)

    # The shipped table ---------------------------------------------------------------------------

    def dump(self, path: Path) -> None:
        lines = [f"{w}\t{n}" for w, n in sorted(self.unigrams.items()) if n > 0]
        lines += [f"{p}\t{n}" for p, n in sorted(self.bigrams.items()) if n > 0]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        Path(path).write_bytes(gzip.compress(data, compresslevel=9, mtime=0))  # (the same bytes on every build)

    @classmethod
    def load(cls, path: Path, *, pairs: bool = True) -> Accents:
        """The table `dump` wrote; without its pairs (`pairs=False`), what telling a text needs and no more:
        `dump` writes every syllable before the first pair, so reading stops there."""
        model = cls()
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                key, _tab, n = line.rstrip("\n").rpartition("\t")
                if " " in key:
                    if not pairs:
                        break
                    model.bigrams[key] += int(n)
                else:
                    model.unigrams[key] += int(n)
        return model


_lock = threading.Lock()
_default: Accents | None = None
_detector: Accents | None = None


def base_texts() -> list[str]:
    """The Vietnamese the engine ships besides the table: the glossary's terms and the sector tree's names."""
    from marketplace.sector_data import SECTORS  # (pure data)

    from .glossary import TERMS

    texts = [t for _concept, terms in TERMS for t in terms]
    for _code, name_vi, _en, _terms, children in SECTORS:
        texts.append(name_vi)
        texts.extend(child[1] for child in children)
    return texts


def default() -> Accents:
    """The shipped table with the glossary and the sector names, loaded once a process."""
    global _default
    with _lock:
        if _default is None:
            model = Accents.load(TABLE) if TABLE.exists() else Accents()
            _default = model.learn(base_texts())
        return _default


def detector() -> Accents:
    """The shipped syllables without their pairs, with the glossary and the sector names: enough to tell whether
    a text is Vietnamese typed without accents (`Accents.without_accents` reads the syllables only), in a fifth of
    the table's memory and a third of its loading time, so a process that only meets English posts never loads the
    pairs."""
    global _detector
    with _lock:
        if _detector is None:
            model = Accents.load(TABLE, pairs=False) if TABLE.exists() else Accents()
            _detector = model.learn(base_texts())
        return _detector


def restored(*texts: str) -> tuple[str, ...]:
    """The texts of one post, with their accents restored where they are Vietnamese typed without them."""
    if all(has_vietnamese_marks(t) or not t.strip() for t in texts):  # (the common case, without the table)
        return texts
    bare = " ".join(t for t in texts if not has_vietnamese_marks(t))
    if not detector().without_accents(bare):  # (English, without the pairs)
        return texts
    return default().restored(*texts)
