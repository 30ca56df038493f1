"""Serializers of the plan's records and of the indicator engine (grants.plan). Explicit field lists;
who entered a value and when are set by the services."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.models import CertifiedExpert, Training, TrainingParticipant, TrainingSession
from grants.models import (
    MAX_YEAR,
    MIN_YEAR,
    NewsItem,
    PlanActual,
    PlanTarget,
    Publication,
    STTask,
    TaskUptake,
    TechnologyAppraisal,
)

from .marketplace import OrganizationBriefSerializer


def _number(value):
    if value is None or isinstance(value, str):
        return value
    return float(value)


class TrainingSessionSerializer(serializers.ModelSerializer):
    class Meta:
        model = TrainingSession
        fields = ["id", "title", "starts_at", "ends_at"]
        read_only_fields = fields


class TrainingSerializer(serializers.ModelSerializer):
    sessions = TrainingSessionSerializer(many=True, read_only=True)
    registered = serializers.IntegerField(read_only=True)

    class Meta:
        model = Training
        fields = [
            "id",
            "title",
            "topic",
            "description",
            "venue",
            "trainer",
            "starts_on",
            "ends_on",
            "capacity",
            "registered",
            "productivity_quality",
            "status",
            "sessions",
        ]
        read_only_fields = fields


class TrainingParticipantSerializer(serializers.ModelSerializer):
    organization = OrganizationBriefSerializer(read_only=True)
    sessions_attended = serializers.SerializerMethodField()

    class Meta:
        model = TrainingParticipant
        fields = [
            "id",
            "training",
            "full_name",
            "category",
            "organization",
            "organization_name",
            "status",
            "sessions_attended",
        ]
        read_only_fields = fields

    def get_sessions_attended(self, obj) -> list[int]:
        return sorted(a.session_id for a in obj.attendances.all())


class CertifiedExpertSerializer(serializers.ModelSerializer):
    class Meta:
        model = CertifiedExpert
        fields = [
            "id",
            "full_name",
            "organization",
            "training",
            "field",
            "certificate_number",
            "issued_on",
            "issuer",
            "productivity_quality",
        ]
        read_only_fields = fields


class TaskUptakeSerializer(serializers.ModelSerializer):
    firm = OrganizationBriefSerializer(read_only=True)

    class Meta:
        model = TaskUptake
        fields = ["id", "firm", "received_on", "document_reference", "interest"]
        read_only_fields = fields


class STTaskSerializer(serializers.ModelSerializer):
    uptakes = TaskUptakeSerializer(many=True, read_only=True)
    host_label = serializers.CharField(read_only=True)

    class Meta:
        model = STTask
        fields = [
            "id",
            "code",
            "title",
            "field",
            "level",
            "host",
            "host_label",
            "start_year",
            "end_year",
            "status",
            "completed_on",
            "results",
            "offer",
            "uptakes",
        ]
        read_only_fields = fields


class AppraisalSerializer(serializers.ModelSerializer):
    firm = OrganizationBriefSerializer(read_only=True)

    class Meta:
        model = TechnologyAppraisal
        fields = [
            "id",
            "firm",
            "technology",
            "appraised_on",
            "key_firm",
            "conclusion",
            "conclusion_text",
            "document_reference",
            "grant",
            "connection_reference",
        ]
        read_only_fields = fields


class NewsSerializer(serializers.ModelSerializer):
    category = serializers.CharField(source="category.slug", read_only=True)

    class Meta:
        model = NewsItem
        fields = ["id", "title", "category", "summary", "body", "published_at", "workshop", "training", "need", "offer"]
        read_only_fields = fields


class PublicationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Publication
        fields = ["id", "kind", "title", "issue", "published_on", "channel", "link"]
        read_only_fields = ["id"]


class PlanValueSerializer(serializers.ModelSerializer):
    target = serializers.SlugRelatedField(slug_field="code", queryset=PlanTarget.objects.all())
    year = serializers.IntegerField(min_value=MIN_YEAR, max_value=MAX_YEAR)
    value = serializers.DecimalField(max_digits=16, decimal_places=2, min_value=0, coerce_to_string=False)
    entered_by = serializers.CharField(source="entered_by.username", read_only=True, default=None)

    class Meta:
        model = PlanActual
        fields = ["id", "target", "year", "value", "note", "entered_by", "entered_at"]
        read_only_fields = ["id", "entered_by", "entered_at"]
        validators = []  # one value per target and year: a second write replaces the first (update_or_create)


class IndicatorYearSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    computed = serializers.FloatField(allow_null=True)
    status = serializers.CharField()
    reason = serializers.CharField(help_text=_("Why there is no computed value (empty when there is one)."))
    entered_by_staff = serializers.FloatField(allow_null=True, help_text=_("Never added to the computed value."))


class ReadingSerializer(serializers.Serializer):
    scope = serializers.CharField()
    chosen = serializers.BooleanField()
    period_value = serializers.JSONField(allow_null=True)
    period_status = serializers.CharField()


class IndicatorSerializer(serializers.Serializer):
    code = serializers.CharField(source="target.code")
    indicator = serializers.CharField(source="target.indicator")
    label = serializers.CharField(source="target.label")
    unit = serializers.CharField(source="target.unit")
    scope = serializers.CharField(source="target.scope")
    scope_ambiguous = serializers.BooleanField(source="target.scope_ambiguous")
    start_year = serializers.IntegerField(source="target.start_year")
    end_year = serializers.IntegerField(source="target.end_year")
    min_value = serializers.SerializerMethodField()
    max_value = serializers.SerializerMethodField()
    measured = serializers.BooleanField()
    reason = serializers.CharField()
    source = serializers.CharField()
    years = serializers.SerializerMethodField()
    period_value = serializers.SerializerMethodField()
    period_reason = serializers.CharField()
    period_status = serializers.CharField()
    readings = serializers.SerializerMethodField()
    entered_by_staff_period = serializers.SerializerMethodField()

    def get_min_value(self, row) -> float | None:
        return _number(row.target.min_value)

    def get_max_value(self, row) -> float | None:
        return _number(row.target.max_value)

    @extend_schema_field(IndicatorYearSerializer(many=True))
    def get_years(self, row):
        return [
            {
                "year": y,
                "computed": _number(v),
                "status": st,
                "reason": why,
                "entered_by_staff": _number(row.manual[y].value) if y in row.manual else None,
            }
            for y, v, st, why in row.per_year
        ]

    @extend_schema_field(serializers.JSONField(allow_null=True))
    def get_period_value(self, row):
        return _number(row.period_value)

    @extend_schema_field(ReadingSerializer(many=True))
    def get_readings(self, row):
        return [
            {
                "scope": r.scope,
                "chosen": r.chosen,
                "period_value": _number(r.period_value),
                "period_status": r.period_status,
            }
            for r in row.readings
        ]

    def get_entered_by_staff_period(self, row) -> float | None:
        return _number(row.manual_period_value)
