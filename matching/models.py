from django.conf import settings
from django.core.exceptions import ValidationError
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


class GlossaryTerm(models.Model):
    """A Vietnamese ↔ English term pair that staff add beside the curated glossary (matching/glossary.py):
    both phrases become one concept of the engine, so a need written with one finds offers written with
    the other. Read when the engine is next configured, so a pair takes effect at the next recompute."""

    vi = models.CharField(_("Vietnamese term"), max_length=120)
    en = models.CharField(_("English term"), max_length=120)
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["vi", "en"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        constraints = [models.UniqueConstraint(fields=["vi", "en"], name="glossary_term_unique_pair")]

    def __str__(self):
        return f"{self.vi} ↔ {self.en}"

    def clean(self):
        from .text import syllables

        errors = {}
        for field in ("vi", "en"):
            if not syllables(getattr(self, field) or ""):
                errors[field] = _("Write at least one word.")
        if not errors and syllables(self.vi) == syllables(self.en):
            errors["en"] = _("The two terms are the same.")
        if errors:
            raise ValidationError(errors)


class WeightChange(models.Model):
    """One re-weighting of the signals learnt from the platform's own feedback (services.weights_learn):
    the weights before and after, the pairs it learnt from, and whether it was applied."""

    created_at = models.DateTimeField(_("computed at"), auto_now_add=True)
    before = models.JSONField(_("weights before"), default=dict)
    after = models.JSONField(_("weights after"), default=dict)
    report = models.JSONField(_("report"), default=dict, blank=True)
    applied = models.BooleanField(_("applied"), default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("weight change")
        verbose_name_plural = _("weight changes")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} ({'applied' if self.applied else 'proposed'})"


class PostEmbedding(models.Model):
    """A post's multilingual-e5-small vector (embeddings.py), which the reranker compares with a need's: made
    from the post's title and text when it was published or edited (services.embeddings_refresh). `digest`
    names the text and the model it was made from, so an edited post is embedded again, an unchanged one never."""

    need = models.OneToOneField(
        TechnologyNeed,
        verbose_name=_("need"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="embedding",
    )
    offer = models.OneToOneField(
        TechnologyOffer,
        verbose_name=_("offer"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="embedding",
    )
    digest = models.CharField(_("digest of the text and model"), max_length=40)
    vector = models.BinaryField(_("vector"))
    updated_at = models.DateTimeField(_("embedded at"), auto_now=True)

    class Meta:
        verbose_name = _("post embedding")
        verbose_name_plural = _("post embeddings")
        constraints = [
            models.CheckConstraint(
                condition=Q(need__isnull=False, offer__isnull=True) | Q(need__isnull=True, offer__isnull=False),
                name="post_embedding_one_post",
            )
        ]

    def __str__(self):
        return f"{'need' if self.need_id else 'offer'} {self.need_id or self.offer_id}"
