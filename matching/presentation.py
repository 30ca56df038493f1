"""How a match is shown: the other post, the signals that counted, the shared terms."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Feedback, Match

SIGNAL_LABELS = {
    "text": _("Text"),
    "sector": _("Sector"),
    "trl": _("Readiness (TRL)"),
    "budget": _("Budget fit"),
    "mode": _("Transfer mode"),
    "region": _("Region"),
    "freshness": _("Freshness"),
    "lexical": _("Same words"),
    "crosslingual": _("Cross-language evidence"),
    "reranked": _("Reordered by the learnt model"),
}


@dataclass
class Signal:
    name: str
    label: str
    points: int  # contribution to the score, in points out of 100

    @property
    def positive(self) -> bool:
        return self.points > 0


@dataclass
class MatchView:
    match: Match
    side: str  # the side whose owner is looking: "need" or "offer"
    other: object
    other_kind: str
    percent: int
    signals: list
    terms: list
    feedback: str

    @property
    def interested(self) -> bool:
        return self.feedback == Feedback.INTERESTED

    @property
    def dismissed(self) -> bool:
        return self.feedback == Feedback.NOT_RELEVANT

    @property
    def interest_url(self) -> str:
        return reverse("marketplace:interest_create", args=[self.other_kind, self.other.pk])


def signals_of(match: Match) -> list[Signal]:
    out = []
    for name, label in SIGNAL_LABELS.items():
        points = round(100 * float(match.signals.get(name, 0.0)))
        if points:
            out.append(Signal(name=name, label=str(label), points=points))
    return sorted(out, key=lambda s: -abs(s.points))


def view_of(match: Match, side: str) -> MatchView:
    other_kind = "offer" if side == "need" else "need"
    return MatchView(
        match=match,
        side=side,
        other=getattr(match, other_kind),
        other_kind=other_kind,
        percent=round(100 * match.score),
        signals=signals_of(match),
        terms=match.terms[:8],
        feedback=match.feedback_of(side),
    )
