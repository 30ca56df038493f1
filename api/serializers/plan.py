"""Serializers of the plan's records and of the indicator engine (grants.plan). Explicit field lists;
who entered a value and when are set by the services."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events.models import (
    CertifiedExpert,
    ParticipantCategory,
    Training,
    TrainingParticipant,
    TrainingSession,
    Workshop,
)
from events.training_forms import TrainingForm
from grants.models import (
    MAX_YEAR,
    MIN_YEAR,
    NewsCategory,
    NewsItem,
    PlanActual,
    PlanTarget,
    Publication,
    STTask,
    TaskUptake,
    TechnologyAppraisal,
)
from grants.plan_forms import AppraisalForm, NewsForm, STTaskForm
from marketplace.models import Organization, PostStatus, Sector, TechnologyNeed, TechnologyOffer

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
            "sectors",
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
    has_proof = serializers.BooleanField(
        read_only=True, help_text=_("Counted in the plan's share only with its proving document.")
    )

    class Meta:
        model = TaskUptake
        fields = ["id", "firm", "received_on", "document_reference", "has_proof", "interest", "connection"]
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
            "connection",
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


# Writes (staff): shapes only; the services check the rest, as on the staff pages ---------------------


class TrainingWriteSerializer(serializers.ModelSerializer):
    sectors = serializers.PrimaryKeyRelatedField(many=True, queryset=Sector.objects.all(), required=False)

    class Meta:
        model = Training
        fields = TrainingForm.Meta.fields  # what the staff page's form takes


class TrainingSessionWriteSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=200)
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()


class TrainingParticipantWriteSerializer(serializers.Serializer):
    full_name = serializers.CharField(max_length=120)
    category = serializers.ChoiceField(choices=ParticipantCategory.choices)
    organization = serializers.PrimaryKeyRelatedField(
        queryset=Organization.objects.all(), required=False, allow_null=True
    )
    organization_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=30, required=False, allow_blank=True)


class AttendanceWriteSerializer(serializers.Serializer):
    session = serializers.IntegerField(min_value=1)
    participant = serializers.IntegerField(min_value=1)
    present = serializers.BooleanField()


class AttendanceSerializer(serializers.Serializer):
    session = serializers.IntegerField()
    participant = serializers.IntegerField()
    present = serializers.BooleanField()


class STTaskWriteSerializer(serializers.ModelSerializer):
    class Meta:
        model = STTask
        fields = STTaskForm.Meta.fields  # what the staff page's form takes


class TaskUptakeWriteSerializer(serializers.Serializer):
    firm = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    received_on = serializers.DateField()
    document_reference = serializers.CharField(max_length=200)
    document = serializers.FileField(required=False)
    note = serializers.CharField(max_length=300, required=False, allow_blank=True)


class TaskUptakeProofSerializer(serializers.Serializer):
    document_reference = serializers.CharField(max_length=200)
    document = serializers.FileField(required=False)


class AppraisalWriteSerializer(serializers.ModelSerializer):
    document = serializers.FileField(required=False)

    class Meta:
        model = TechnologyAppraisal
        fields = AppraisalForm.Meta.fields  # what the staff page's form takes


class NewsWriteSerializer(serializers.ModelSerializer):
    category = serializers.SlugRelatedField(slug_field="slug", queryset=NewsCategory.objects.all())
    cover = serializers.FileField(required=False)
    workshop = serializers.PrimaryKeyRelatedField(
        queryset=Workshop.objects.exclude(status=Workshop.Status.DRAFT), required=False, allow_null=True
    )
    training = serializers.PrimaryKeyRelatedField(
        queryset=Training.objects.exclude(status=Training.Status.DRAFT), required=False, allow_null=True
    )
    need = serializers.PrimaryKeyRelatedField(
        queryset=TechnologyNeed.objects.filter(status=PostStatus.PUBLISHED), required=False, allow_null=True
    )
    offer = serializers.PrimaryKeyRelatedField(
        queryset=TechnologyOffer.objects.filter(status=PostStatus.PUBLISHED), required=False, allow_null=True
    )

    class Meta:
        model = NewsItem
        fields = NewsForm.Meta.fields  # what the staff page's form takes


class NewsStaffSerializer(NewsSerializer):
    """What staff read back after a write: drafts too, with the status."""

    class Meta(NewsSerializer.Meta):
        fields = [*NewsSerializer.Meta.fields, "status", "announcement"]
        read_only_fields = fields


class AnnounceSerializer(serializers.Serializer):
    workshop = serializers.PrimaryKeyRelatedField(queryset=Workshop.objects.all(), required=False, allow_null=True)
    training = serializers.PrimaryKeyRelatedField(queryset=Training.objects.all(), required=False, allow_null=True)


class AnnouncementSerializer(serializers.Serializer):
    news = NewsStaffSerializer()
    told = serializers.IntegerField(help_text=_("How many people were told this time (0 when all were told before)."))
