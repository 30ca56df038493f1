"""Workshops, registrations, meeting requests, the caller's agenda and outcomes."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from events import permissions as event_permissions
from events import services
from events.models import Meeting, MeetingRequest, Outcome, Registration, Workshop
from marketplace.models import Organization, TechnologyNeed, TechnologyOffer

from .marketplace import OrganizationBriefSerializer, SectorBriefSerializer, _user


class WorkshopSerializer(serializers.ModelSerializer):
    sectors = SectorBriefSerializer(many=True, read_only=True)
    seated = serializers.IntegerField(read_only=True, help_text=_("Organisations with a confirmed seat."))

    class Meta:
        model = Workshop
        fields = [
            "id",
            "title",
            "description",
            "sectors",
            "venue",
            "starts_at",
            "ends_at",
            "registration_opens_at",
            "registration_closes_at",
            "capacity",
            "seated",
            "status",
            "first_slot_at",
            "slot_minutes",
            "slot_count",
            "tables",
            "requests_need_acceptance",
            "max_meetings_per_participant",
            "schedule_published_at",
        ]
        read_only_fields = fields


class WorkshopBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Workshop
        fields = ["id", "title", "starts_at", "venue", "status"]
        read_only_fields = fields


class RegistrationSerializer(serializers.ModelSerializer):
    """The check-in code only to the registered organisation's members: it is what gets them in."""

    workshop = WorkshopBriefSerializer(read_only=True)
    organization = OrganizationBriefSerializer(read_only=True)
    checkin_code = serializers.SerializerMethodField(
        help_text=_("Typed at the door when the QR code cannot be scanned.")
    )

    class Meta:
        model = Registration
        fields = [
            "id",
            "workshop",
            "organization",
            "role",
            "needs",
            "offers",
            "note",
            "status",
            "checked_in_at",
            "created_at",
            "checkin_code",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_checkin_code(self, registration):
        if not event_permissions.can_act_for(_user(self), registration):
            return None
        return services.checkin_code(registration)


class ParticipantSerializer(serializers.ModelSerializer):
    organization = OrganizationBriefSerializer(read_only=True)

    class Meta:
        model = Registration
        fields = ["id", "organization", "role", "needs", "offers", "note"]
        read_only_fields = fields


class RegisterSerializer(serializers.Serializer):
    organization = serializers.PrimaryKeyRelatedField(
        queryset=Organization.objects.all(),
        required=False,
        help_text=_("Your organisation; may be left out when you belong to only one."),
    )
    role = serializers.ChoiceField(choices=Registration.Role.choices)
    needs = serializers.PrimaryKeyRelatedField(queryset=TechnologyNeed.objects.all(), many=True, required=False)
    offers = serializers.PrimaryKeyRelatedField(queryset=TechnologyOffer.objects.all(), many=True, required=False)
    note = serializers.CharField(max_length=300, required=False, allow_blank=True, default="")


class CheckinSerializer(serializers.Serializer):
    code = serializers.CharField(max_length=2000, help_text=_("The QR code's content, or the typed code."))


class CheckinResultSerializer(serializers.Serializer):
    registration = RegistrationSerializer()
    newly_checked_in = serializers.BooleanField(help_text=_("False when this registration was already checked in."))


class RegistrationBriefSerializer(serializers.ModelSerializer):
    organization = OrganizationBriefSerializer(read_only=True)

    class Meta:
        model = Registration
        fields = ["id", "organization", "role"]
        read_only_fields = fields


class MeetingRequestSerializer(serializers.ModelSerializer):
    from_registration = RegistrationBriefSerializer(read_only=True)
    to_registration = RegistrationBriefSerializer(read_only=True)

    class Meta:
        model = MeetingRequest
        fields = [
            "id",
            "workshop",
            "from_registration",
            "to_registration",
            "need",
            "offer",
            "message",
            "status",
            "added_by_staff",
            "created_at",
            "decided_at",
        ]
        read_only_fields = fields


class MeetingRequestCreateSerializer(serializers.Serializer):
    to_registration = serializers.PrimaryKeyRelatedField(
        queryset=Registration.objects.all(), help_text=_("The participant you want to meet.")
    )
    from_registration = serializers.PrimaryKeyRelatedField(
        queryset=Registration.objects.all(),
        required=False,
        help_text=_("Your registration at that workshop; may be left out when you have only one."),
    )
    need = serializers.PrimaryKeyRelatedField(queryset=TechnologyNeed.objects.all(), required=False, allow_null=True)
    offer = serializers.PrimaryKeyRelatedField(queryset=TechnologyOffer.objects.all(), required=False, allow_null=True)
    message = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class OutcomeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outcome
        fields = ["id", "meeting", "registration", "stage", "result", "contract_value", "note", "at"]
        read_only_fields = fields


class OutcomeRecordSerializer(serializers.Serializer):
    stage = serializers.ChoiceField(choices=Outcome.Stage.choices)
    result = serializers.ChoiceField(choices=Outcome.Result.choices)
    contract_value = serializers.IntegerField(
        min_value=1, max_value=10**15, required=False, allow_null=True, help_text=_("For a contract: its value in ₫.")
    )
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class AgendaMeetingSerializer(serializers.ModelSerializer):
    starts_at = serializers.DateTimeField(source="slot.starts_at")
    minutes = serializers.IntegerField(source="slot.minutes")
    with_registration = RegistrationBriefSerializer(source="other")
    need = serializers.PrimaryKeyRelatedField(source="request.need", read_only=True, allow_null=True)
    offer = serializers.PrimaryKeyRelatedField(source="request.offer", read_only=True, allow_null=True)

    class Meta:
        model = Meeting
        fields = ["id", "starts_at", "minutes", "table", "with_registration", "need", "offer", "status", "published"]
        read_only_fields = fields
