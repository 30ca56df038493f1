"""Vietnamese-aware text normalisation shared by search (marketplace) and the matching engine.

Pure code: no Django, no ORM. Vietnamese writes multi-syllable words with spaces ("công nghệ",
"nước thải"), so the unit of text is the syllable; the accent-insensitive form lets "say dua" find
"sấy dừa".
"""

import re
import unicodedata

_TOKEN = re.compile(r"\w+", re.UNICODE)
# đ/Đ are letters of their own, not d plus a combining mark, so NFD does not fold them.
_EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})
_VIETNAMESE_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")


def fold(text: str) -> str:
    """NFC, case-folded, with diacritics removed: "SẤY DỪA" -> "say dua"."""
    text = unicodedata.normalize("NFC", text or "").casefold().translate(_EXTRA_FOLD)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def syllables(text: str) -> list[str]:
    """Accent- and case-insensitive syllables of a text, in order."""
    return _TOKEN.findall(fold(text))


def search_document(*parts: str) -> str:
    """The normalised form stored beside a post for searching: syllables, space-padded so that
    a syllable or a run of syllables can be matched as a whole unit with a plain substring test."""
    return " " + " ".join(syl for part in parts for syl in syllables(part)) + " "


def accented_syllables(text: str) -> list[str]:
    """NFC, case-folded syllables that keep their diacritics: "Sấy DỪA" -> ["sấy", "dừa"]."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text or "").casefold())


def has_vietnamese_marks(text: str) -> bool:
    return bool(_VIETNAMESE_MARKS.search(unicodedata.normalize("NFC", text or "").casefold()))
