"""Vietnamese-aware text normalisation and analysis. Pure code: no Django, no ORM.

Vietnamese writes multi-syllable words with spaces ("công nghệ", "nước thải"), so the unit of
text here is the syllable, and word-like units are recovered as adjacent syllable pairs (bigrams).
Every syllable is indexed in its accent-insensitive form ("say", so "say dua" finds "sấy dừa"), and
accented text can add its accented form beside it, so that an accented query prefers accented matches
("sấy" over "say"; the engine has not indexed them since lex-1.4, see scoring.TEXT["accent"]). English words are stemmed by Snowball (Porter 2). A small bilingual glossary adds
language-neutral concept terms ("sấy" and "dryer" both add "@dry"), which is how a Vietnamese need
finds an English offer.
"""

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

from core.text import (  # noqa: F401  (re-exported: the analyser is built on them)
    _TOKEN,
    accented_syllables,
    fold,
    has_vietnamese_marks,
    search_document,
    syllables,
)

# Stop words, checked on the accented form so that "khi" (when) is dropped but "khí" (gas) is kept.
# Text typed without accents is checked against STOP_FOLDED, a smaller list of unambiguous ones.
STOP_VI = frozenset(
    """
và hoặc của các những cho có là được bị trong với để một này đó kia từ theo như khi tại về bằng
đã sẽ đang thì mà nên vì nếu hay cũng rất nhiều ít hơn nhất mỗi mọi cả vào ra lên xuống
trên dưới giữa sau trước qua lại đến tới nhằm cùng chỉ đều vẫn còn việc sự nhu cần muốn
chúng tôi ta mình họ nó ông bà anh chị em ở thể gì nào ai đâu bao nhiêu thế vậy nhé ạ
loại hiện nay năm tháng ngày giờ theo đây đấy rằng hãy
""".split()
)
STOP_EN = frozenset(
    """
a an and or of the to in on for with by at from as is are was were be been being it its this that
these those we our us you your they their them he she his her not no yes can could should would
will shall may might must do does did have has had into out over under than then so such very
per via using use used any all each other more most less some about which who whom what when where
how why also only just up down need needs want wants looking seek seeking provide provides offer
offers our new etc i me my
""".split()
)
STOP_FOLDED = (
    frozenset(
        fold(w)
        for w in """
và của các những cho được trong với để một này đó từ theo như tại về đã sẽ đang thì mà nên
vì nếu cũng rất nhiều mỗi vào ra trên dưới giữa sau trước qua đến nhằm cùng chỉ đều vẫn còn việc
chúng tôi họ cần muốn
""".split()
    )
    | STOP_EN
)

# Phrases whose syllables are stop words where the whole phrase is written (lex-1.34): "nhu cầu" (a need) and
# "yêu cầu" (a requirement), which posts write everywhere, while "cầu" alone is a bridge ("cầu nông thôn"), a wharf
# ("cầu cảng") or a crane ("cầu trục"); until lex-1.33 "cầu" was a stop word wherever it stood. The province's
# place names join them (place_names, index.make_config): "Cầu Kè" and "Cầu Ngang" are districts, not bridges, and
# "Trà Vinh" is not tea ("trà") in text typed without accents; since lex-1.35 the places near it too ("Long Hồ" is
# not a pond). Matched on the accented syllables in accented text
# and on the folded ones in text typed without accents, as the stop words are.
STOP_PHRASES = ("nhu cầu", "yêu cầu")


class StopPhrases:
    """Phrases made of stop words where they occur whole. Each is kept in its accented form (for accented
    text) and its folded form (for text typed without accents), with a number for each syllable they hold."""

    def __init__(self, phrases: Iterable[str]):
        self.accented: set[tuple[str, ...]] = set()
        self.folded: set[tuple[str, ...]] = set()
        for phrase in phrases:
            acc = tuple(accented_syllables(phrase))
            if acc:
                folded = tuple(fold(s) for s in acc)
                # Accented text may write a name without its accents ("Tra Vinh" in an English post that
                # names "cầu cảng"): the folded form is one of its accented phrases too.
                self.accented.update((acc, folded))
                self.folded.add(folded)
        self.lengths = sorted({len(p) for p in self.accented})
        self.max_len = max(self.lengths, default=0)
        # Syllable numbers for terms.Vocabulary: accented ones first, then the folded ones.
        self.accented_ids = {s: i for i, s in enumerate(sorted({s for p in self.accented for s in p}))}
        offset = len(self.accented_ids)
        self.folded_ids = {s: offset + i for i, s in enumerate(sorted({s for p in self.folded for s in p}))}
        self.width = offset + len(self.folded_ids) + 1
        # Per length: every phrase as one number (its syllables' numbers in base `width`).
        self.keys: dict[int, frozenset[int]] = {}
        for table, ids in ((self.accented, self.accented_ids), (self.folded, self.folded_ids)):
            for p in table:
                key = 0
                for s in p:
                    key = key * self.width + ids[s]
                self.keys[len(p)] = self.keys.get(len(p), frozenset()) | {key}

    def mark(self, words: list[str], accented: bool, stops: list[bool]) -> None:
        """Marks as stop words the syllables of every phrase found (accented syllables of accented text, or
        folded ones)."""
        table = self.accented if accented else self.folded
        n = len(words)
        for length in self.lengths:
            for i in range(n - length + 1):
                if tuple(words[i : i + length]) in table:
                    stops[i : i + length] = [True] * length


# English words are stemmed with the Snowball (Porter 2) English stemmer, from the `snowballstemmer` package
# (lex-1.6). Until lex-1.5 a small suffix stripper of this module did it, and it did not join a word ending in
# "e" with its plural ("machine" and "machin" from "machines", "disease" and "diseas") while it joined unrelated
# words with Vietnamese syllables ("trees" became "tre", bamboo; "bones" "bon", as "bón"). Snowball joins
# "machine" and "machines" (both "machin"), keeps "trees" a tree and "grass" whole.
_SNOWBALL = snowballstemmer.stemmer("english")
# Words Snowball would join with a glossary phrase of another meaning, kept whole (lex-1.9): "extension"
# (agricultural extension) is not "extensive" farming, "productivity" not every "product", "seasoning" not the
# dry "season", "lined" not a production "line", "vegetation" not a vegetable, "digestibility" of feed not a
# biogas digester. Found by listing, for each single-word English phrase of the glossary, the words of the
# labelled sets' English posts that share its stem.
KEPT_WHOLE = frozenset(
    """
    extension extensions productivity seasoning lined vegetation digestibility digestible digestive disposal
    composition cultivation carbonated hardly lightly puree moulded
    """.split()
)


@lru_cache(maxsize=1 << 16)
def stem_en(word: str) -> str:
    """The English stem of a lower-case word of four or more ASCII letters ("machines" -> "machin", "drying" ->
    "dri"); shorter words, numbers and anything with a Vietnamese letter stay as they are. A folded Vietnamese
    syllable is a single vowel group between consonants, which carries none of the suffixes Snowball removes,
    so it stays whole too ("thuong", "nguon").

    Remembered (a pure function of the word): Snowball is pure Python, about 0.04 ms a word, and each Glossary
    stems its 15,600 phrase words again (stop 43: an evaluate() of one labelled set takes a quarter less CPU). The
    cache holds 65,536 words (a few MiB): the glossary's and the commonest words of the posts."""
    if len(word) <= 3 or not word.isascii() or not word.isalpha() or word in KEPT_WHOLE:
        return word
    return _SNOWBALL.stemWord(word)


# Concepts of this prefix, the sector tree's names (index.make_config), are a fallback: a phrase that also
# names a glossary concept adds that concept alone, so that "fish" in a post does not count twice (`@fish` and
# `@sector_fish`, one word's evidence at twice the concept weight) where the glossary already joins it with
# "cá" (lex-1.7); a sector name the glossary does not hold still joins its two languages.
SECTOR_CONCEPT = "sector_"  # a sector's concept is SECTOR_CONCEPT + its key
FALLBACK_PREFIX = "@" + SECTOR_CONCEPT

# The concept of blocking phrases (glossary.BLOCKING): a phrase of this concept adds no term and hides every
# shorter glossary phrase inside it ("dry season" is not drying).
BLOCK = "@-"


class Glossary:
    """Bilingual phrases mapped to concept terms. Each entry is (concept, phrases), phrases in either
    language; Vietnamese phrases match on accented syllables when the text is accented, and on
    folded syllables when it is typed without accents. An entry of the concept "-" (BLOCK) is a list of
    phrases that hide the glossary phrases inside them and add nothing themselves."""

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]], *, ambiguous_folded: Iterable[str] = ()):
        ambiguous = frozenset(ambiguous_folded)
        self.accented: dict[tuple[str, ...], set[str]] = {}
        self.folded: dict[tuple[str, ...], set[str]] = {}
        self.max_len = 1
        # Each concept's name in either language (`names`): what a need's meaning vector is given of the other
        # language's words (embeddings.query_text).
        self.names: dict[str, dict[str, str]] = {}
        for concept, phrases in entries:
            phrases = list(phrases)
            self._name(concept, phrases)
            for phrase in phrases:
                acc = tuple(accented_syllables(phrase))
                if not acc:
                    continue
                target = "@" + concept
                if has_vietnamese_marks(phrase):
                    # Syllables as the analysis gives them (an English word inside is stemmed, as in the text:
                    # "hầm biogas" is ("hầm", "bioga"); until lex-1.13 such a phrase never matched).
                    self.accented.setdefault(tuple(stem_en(s) for s in acc), set()).add(target)
                    folded = tuple(stem_en(fold(s)) for s in acc)
                    if not (len(folded) == 1 and folded[0] in ambiguous):
                        self.folded.setdefault(folded, set()).add(target)
                else:
                    # English (or accent-free) phrases: compare stemmed, case-folded words.
                    key = tuple(stem_en(s) for s in acc)
                    self.accented.setdefault(key, set()).add(target)
                    self.folded.setdefault(key, set()).add(target)
                self.max_len = max(self.max_len, len(acc))
        # A phrase that names a glossary concept adds that concept only, not also a fallback one (below).
        for table in (self.accented, self.folded):
            for key, targets in table.items():
                fallback = {t for t in targets if t.startswith(FALLBACK_PREFIX)}
                if fallback and targets - fallback - {BLOCK}:
                    table[key] = targets - fallback
        # The longest phrase starting with each word: most words start none, and are skipped at once.
        self.starts: dict[str, int] = {}
        for table in (self.accented, self.folded):
            for key in table:
                self.starts[key[0]] = max(self.starts.get(key[0], 0), len(key))

    def _name(self, concept: str, phrases: list[str]) -> None:
        """Keep the concept's Vietnamese name (its first phrase with Vietnamese marks) and English one: a sector's or
        a staff pair's second phrase (entries of two phrases, Vietnamese then English), else the concept's own name,
        which the glossary writes in English ("cold_store"))."""
        if "@" + concept == BLOCK or not phrases:
            return
        names = self.names.setdefault("@" + concept, {})
        phrases = [" ".join(p.split()) for p in phrases]
        vietnamese = next((p for p in phrases if has_vietnamese_marks(p)), None)
        if vietnamese and "vi" not in names:
            names["vi"] = vietnamese
        if "en" not in names:
            paired = concept.startswith((SECTOR_CONCEPT, "staff_"))
            english = phrases[-1] if paired else concept.replace("_", " ")
            if english and not has_vietnamese_marks(english):
                names["en"] = english

    def concepts(
        self, words: list[str], *, accented: bool, stops: list[bool] | None = None
    ) -> list[tuple[str, int, int]]:
        """(concept, start, end) for every glossary phrase found in the words."""
        table = self.accented if accented else self.folded
        found: list[tuple[str, int, int]] = []
        n = len(words)
        starts = self.starts
        for i in range(n):
            longest = starts.get(words[i], 0)
            if not longest:
                continue
            for length in range(1, min(longest, n - i) + 1):
                hit = table.get(tuple(words[i : i + length]))
                if hit and not (stops and all(stops[i : i + length])):
                    found.extend((concept, i, i + length) for concept in sorted(hit))
        blocks = [(a, b) for concept, a, b in found if concept == BLOCK]
        if blocks:
            found = [
                (concept, a, b)
                for concept, a, b in found
                if concept != BLOCK and not any(s <= a and b <= e and b - a < e - s for s, e in blocks)
            ]
        return found


# Syllables repeat endlessly across posts: fold and stem each distinct one once.
_fold_word = lru_cache(maxsize=1 << 18)(fold)
_stem_word = lru_cache(maxsize=1 << 18)(stem_en)


class Analyzer:
    """Turns text into index terms. Term kinds, told apart by their first character:
    plain folded syllables/words ("say"), bigrams ("say_dua"), accented forms ("~sấy"), concepts ("@dry")."""

    def __init__(
        self,
        glossary: Glossary | None = None,
        *,
        bigrams: bool = True,
        accents: bool = True,
        stop_phrases: Iterable[str] = STOP_PHRASES,
    ):
        self.glossary = glossary
        self.bigrams = bigrams
        self.accents = accents
        self.stop_phrases = StopPhrases(stop_phrases)
        self._vocabulary = None

    @property
    def vocabulary(self):
        """The integer form of this analyser's terms (terms.Vocabulary), shared by every index built with
        it: the needs' and the offers' indexes of one engine configuration use one vocabulary."""
        if self._vocabulary is None:
            from .terms import Vocabulary

            self._vocabulary = Vocabulary(self.glossary, stop_phrases=self.stop_phrases)
        return self._vocabulary

    def terms(self, text: str) -> list[str]:
        return [term for term, _shown in self._analyse(text)]

    def surface_forms(self, text: str) -> list[tuple[str, str]]:
        """(term, the words of the text it came from), for explanations."""
        return self._analyse(text)

    def _analyse(self, text: str) -> list[tuple[str, str]]:
        text = unicodedata.normalize("NFC", text or "")
        accented_text = has_vietnamese_marks(text)
        acc = accented_syllables(text)
        folded = [_fold_word(s) for s in acc]
        words = [_stem_word(f) for f in folded]
        if accented_text:
            stops = [a in STOP_VI or a in STOP_EN for a in acc]
        else:
            stops = [f in STOP_FOLDED for f in folded]
        if self.stop_phrases.max_len:
            self.stop_phrases.mark(acc if accented_text else folded, accented_text, stops)
        out: list[tuple[str, str]] = []
        for i, word in enumerate(words):
            if stops[i] or (len(word) == 1 and not word.isdigit()):
                continue
            out.append((word, acc[i]))
            if self.accents and acc[i] != folded[i]:
                out.append(("~" + acc[i], acc[i]))
        if self.bigrams:
            for i in range(len(words) - 1):
                if not (stops[i] or stops[i + 1]) and not (words[i].isdigit() and words[i + 1].isdigit()):
                    out.append((words[i] + "_" + words[i + 1], acc[i] + " " + acc[i + 1]))
        if self.glossary is not None:
            stemmed_acc = [_stem_word(a) for a in acc] if accented_text else words
            for concept, start, end in self.glossary.concepts(stemmed_acc, accented=accented_text, stops=stops):
                out.append((concept, " ".join(acc[start:end])))
        return out
