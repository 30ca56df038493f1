from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from marketplace.models import TechnologyNeed, TechnologyOffer


class Feedback(models.TextChoices):
    NONE = "", _("No feedback")
    INTERESTED = "interested", _("Interested")
    NOT_RELEVANT = "not_relevant", _("Not relevant")


class Match(models.Model):
    """A scored (need, offer) pair. Rows are written with update-or-create, so recomputing is harmless.

    Each side judges a suggestion on its own: the need's owner may find an offer irrelevant while the
    offer's owner is interested in the need, so feedback is kept per side."""

    need = models.ForeignKey(TechnologyNeed, verbose_name=_("need"), on_delete=models.CASCADE, related_name="matches")
    offer = models.ForeignKey(
        TechnologyOffer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="matches"
    )
    score = models.FloatField(_("score"))
    # {"signals": {"text": 0.41, "sector": 0.1, ...}, "terms": ["sấy", "cơm dừa", ...]}
    breakdown = models.JSONField(_("signal breakdown"), default=dict, blank=True)
    engine_version = models.CharField(_("engine version"), max_length=20)
    computed_at = models.DateTimeField(_("computed at"))
    created_at = models.DateTimeField(_("found at"), auto_now_add=True)
    need_feedback = models.CharField(
        _("feedback of the need's owner"), max_length=16, choices=Feedback.choices, blank=True, default=""
    )
    offer_feedback = models.CharField(
        _("feedback of the offer's owner"), max_length=16, choices=Feedback.choices, blank=True, default=""
    )
    feedback_at = models.DateTimeField(_("feedback at"), null=True, blank=True)
    notified_at = models.DateTimeField(_("owners notified at"), null=True, blank=True)

    class Meta:
        ordering = ["-score", "-id"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        constraints = [
            models.UniqueConstraint(fields=["need", "offer"], name="match_unique_pair"),
            models.CheckConstraint(condition=Q(score__gte=0, score__lte=1), name="match_score_0_1"),
        ]
        indexes = [
            models.Index(fields=["need", "-score"], name="match_need_score"),
            models.Index(fields=["offer", "-score"], name="match_offer_score"),
            models.Index(fields=["-created_at", "-score"], name="match_new_strong"),
        ]

    def __str__(self):
        return f"{self.need} ↔ {self.offer} ({self.score:.2f})"

    @property
    def signals(self) -> dict:
        return (self.breakdown or {}).get("signals", {})

    @property
    def terms(self) -> list:
        return (self.breakdown or {}).get("terms", [])

    def feedback_of(self, side: str) -> str:
        return self.need_feedback if side == "need" else self.offer_feedback
