"""Money in ₫ as integers, shown the way the reader's language groups thousands."""

from django.utils.translation import get_language


def group_thousands(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def vnd(value) -> str:
    """1500000000 -> "1.500.000.000 ₫" in Vietnamese, "1,500,000,000 ₫" in English."""
    if value is None or value == "":
        return ""
    try:
        amount = int(value)
    except (TypeError, ValueError):
        return value
    sep = "," if (get_language() or "vi").startswith("en") else "."
    sign = "-" if amount < 0 else ""
    return f"{sign}{group_thousands(abs(amount), sep)} ₫"
