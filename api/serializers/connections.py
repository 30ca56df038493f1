from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from marketplace.connections import MOVE_STAGE_CHOICES
from marketplace.models import (
    Connection,
    ConnectionAttachment,
    ConnectionEvent,
    ConnectionMessage,
    Organization,
    TechnologyNeed,
    TechnologyOffer,
)

from .marketplace import OrganizationBriefSerializer


class ConnectionEventSerializer(serializers.ModelSerializer):
    by_organization = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = ConnectionEvent
        fields = ["kind", "from_stage", "to_stage", "note", "by_organization", "at"]
        read_only_fields = fields


class ConnectionSerializer(serializers.ModelSerializer):
    seeker = OrganizationBriefSerializer(read_only=True)
    provider = OrganizationBriefSerializer(read_only=True)
    history = ConnectionEventSerializer(many=True, read_only=True)

    class Meta:
        model = Connection
        fields = [
            "id",
            "seeker",
            "provider",
            "need",
            "offer",
            "interest",
            "channel",
            "stage",
            "result",
            "lost_reason",
            "mou_signed_on",
            "contract_value",
            "contract_signed_on",
            "accepted_on",
            "stage_changed_at",
            "created_at",
            "history",
        ]
        read_only_fields = fields


class StageFieldsSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")
    mou_signed_on = serializers.DateField(required=False)
    contract_value = serializers.IntegerField(required=False, min_value=1, max_value=100_000_000_000)
    contract_signed_on = serializers.DateField(required=False)
    accepted_on = serializers.DateField(required=False)


class ConnectionMoveSerializer(StageFieldsSerializer):
    to_stage = serializers.ChoiceField(choices=MOVE_STAGE_CHOICES)


class ConnectionCloseSerializer(serializers.Serializer):
    result = serializers.ChoiceField(choices=Connection.Result.choices)
    lost_reason = serializers.ChoiceField(choices=Connection.LostReason.choices, required=False, default="")
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")


class ConnectionCorrectSerializer(StageFieldsSerializer):
    to_stage = serializers.ChoiceField(choices=Connection.Stage.choices)
    result = serializers.ChoiceField(choices=Connection.Result.choices, required=False, default="")
    lost_reason = serializers.ChoiceField(choices=Connection.LostReason.choices, required=False, default="")
    note = serializers.CharField(max_length=2000, help_text=_("Why the stage is corrected."))


class ConnectionIntroduceSerializer(serializers.Serializer):
    seeker = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    provider = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    need = serializers.PrimaryKeyRelatedField(queryset=TechnologyNeed.objects.all(), required=False, allow_null=True)
    offer = serializers.PrimaryKeyRelatedField(queryset=TechnologyOffer.objects.all(), required=False, allow_null=True)
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")


class ConnectionAttachmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = ConnectionAttachment
        fields = ["id", "original_name", "content_type", "size"]
        read_only_fields = fields


class ConnectionMessageSerializer(serializers.ModelSerializer):
    attachments = ConnectionAttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = ConnectionMessage
        fields = ["id", "author_organization", "body", "created_at", "attachments"]
        read_only_fields = fields


class ConnectionMessageCreateSerializer(serializers.Serializer):
    body = serializers.CharField(required=False, allow_blank=True, max_length=5000, default="")
    attachments = serializers.ListField(child=serializers.FileField(), required=False, default=list)
