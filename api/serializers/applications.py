from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from grants.models import MAX_AMOUNT, MAX_YEAR, MIN_YEAR, GrantApplication, GrantProgram
from marketplace.models import Connection

from .marketplace import OrganizationBriefSerializer


class CostItemSerializer(serializers.Serializer):
    item = serializers.CharField(max_length=200)
    amount = serializers.IntegerField(min_value=1, max_value=MAX_AMOUNT)


class GrantApplicationSerializer(serializers.ModelSerializer):
    firm = OrganizationBriefSerializer(read_only=True)
    cost_breakdown = CostItemSerializer(many=True, read_only=True)

    class Meta:
        model = GrantApplication
        fields = [
            "id",
            "firm",
            "connection",
            "program",
            "year",
            "purpose",
            "cost_breakdown",
            "eligible_cost",
            "requested_amount",
            "status",
            "staff_message",
            "grant",
            "submitted_at",
            "decided_at",
        ]
        read_only_fields = fields


class GrantApplicationCreateSerializer(serializers.Serializer):
    connection = serializers.PrimaryKeyRelatedField(queryset=Connection.objects.all())
    program = serializers.PrimaryKeyRelatedField(queryset=GrantProgram.objects.all())
    year = serializers.IntegerField(min_value=MIN_YEAR, max_value=MAX_YEAR)
    purpose = serializers.CharField(max_length=4000)
    cost_breakdown = CostItemSerializer(many=True, help_text=_("The eligible costs; the eligible cost is their sum."))
    requested_amount = serializers.IntegerField(min_value=1, max_value=MAX_AMOUNT)


class GrantApplicationResubmitSerializer(serializers.Serializer):
    purpose = serializers.CharField(max_length=4000)
    cost_breakdown = CostItemSerializer(many=True)
    requested_amount = serializers.IntegerField(min_value=1, max_value=MAX_AMOUNT)
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")


class GrantApplicationMessageSerializer(serializers.Serializer):
    message = serializers.CharField(max_length=2000)


class GrantApplicationRefuseSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000)


class GrantApplicationProposeSerializer(serializers.Serializer):
    requested_amount = serializers.IntegerField(
        min_value=1, max_value=MAX_AMOUNT, required=False, help_text=_("Left out: the amount the firm asked for.")
    )
    note = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")
