"""A match as its owner sees it: the other post, the score, the signals that counted and the shared terms."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from matching.models import Feedback
from matching.presentation import view_of

from .marketplace import POST_KINDS, PostBriefSerializer


class SignalSerializer(serializers.Serializer):
    name = serializers.CharField()
    label = serializers.CharField(help_text=_("In the language of the request."))
    points = serializers.IntegerField(help_text=_("Contribution to the score, in points out of 100."))


class MatchSerializer(serializers.Serializer):
    """`side` in the context: the side whose owner is looking ("need" or "offer")."""

    id = serializers.IntegerField(source="match.pk")
    score = serializers.FloatField(source="match.score", help_text=_("From 0 to 1."))
    percent = serializers.IntegerField()
    other = serializers.SerializerMethodField(help_text=_("The post on the other side."))
    signals = SignalSerializer(many=True)
    terms = serializers.ListField(child=serializers.CharField(), help_text=_("Key terms both posts share."))
    feedback = serializers.ChoiceField(
        choices=Feedback.choices,
        allow_blank=True,
        help_text=_("This side's feedback: interested, not_relevant or empty."),
    )
    engine_version = serializers.CharField(source="match.engine_version")
    computed_at = serializers.DateTimeField(source="match.computed_at")

    @extend_schema_field(PostBriefSerializer)
    def get_other(self, row):
        return PostBriefSerializer(
            {
                "kind": row.other_kind,
                "id": row.other.pk,
                "title": row.other.title,
                "organization": row.other.organization,
            }
        ).data

    def to_representation(self, match):
        return super().to_representation(view_of(match, self.context["side"]))


class FeedbackSerializer(serializers.Serializer):
    side = serializers.ChoiceField(choices=POST_KINDS, help_text=_("Which side's owner you speak for."))
    value = serializers.ChoiceField(choices=Feedback.choices, allow_blank=True)
