"""Serializers of support grants and the plan's indicators. Amounts are whole đồng; the status, the
approved and disbursed amounts are set by the services."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from grants.models import (
    MAX_AMOUNT,
    MAX_YEAR,
    MIN_YEAR,
    AnnualBudget,
    Disbursement,
    GrantCap,
    GrantProgram,
    PlanTarget,
    SupportGrant,
)
from marketplace.models import Connection, Organization, TechnologyNeed, TechnologyOffer

from .marketplace import OrganizationBriefSerializer


def amount(**kwargs):
    return serializers.IntegerField(min_value=1, max_value=MAX_AMOUNT, **kwargs)


class GrantCapSerializer(serializers.ModelSerializer):
    class Meta:
        model = GrantCap
        fields = ["size", "amount"]
        read_only_fields = fields


class AnnualBudgetSerializer(serializers.ModelSerializer):
    left = serializers.IntegerField(read_only=True)

    class Meta:
        model = AnnualBudget
        fields = ["year", "amount", "approved_total", "left"]
        read_only_fields = fields


class GrantProgramSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True, help_text=_("In the language of the request."))
    caps = GrantCapSerializer(many=True, read_only=True)
    budgets = AnnualBudgetSerializer(many=True, read_only=True)

    class Meta:
        model = GrantProgram
        fields = [
            "id",
            "code",
            "name",
            "name_vi",
            "name_en",
            "kind",
            "share_percent",
            "first_year",
            "last_year",
            "legal_basis",
            "description",
            "caps",
            "budgets",
        ]
        read_only_fields = fields


class GrantProgramBriefSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True)

    class Meta:
        model = GrantProgram
        fields = ["id", "code", "name"]
        read_only_fields = fields


class DisbursementSerializer(serializers.ModelSerializer):
    class Meta:
        model = Disbursement
        fields = [
            "id",
            "tranche",
            "milestone",
            "acceptance_reference",
            "accepted_on",
            "amount",
            "paid_on",
            "exception_reason",
        ]
        read_only_fields = fields


class SupportGrantSerializer(serializers.ModelSerializer):
    firm = OrganizationBriefSerializer(read_only=True)
    program = GrantProgramBriefSerializer(read_only=True)
    left_to_disburse = serializers.IntegerField(read_only=True)
    disbursements = DisbursementSerializer(many=True, read_only=True)

    class Meta:
        model = SupportGrant
        fields = [
            "id",
            "firm",
            "program",
            "year",
            "purpose",
            "eligible_cost",
            "share_percent",
            "requested_amount",
            "approved_amount",
            "disbursed_amount",
            "left_to_disburse",
            "status",
            "decision_number",
            "decision_date",
            "cancel_reason",
            "need",
            "offer",
            "event_reference",
            "connection",
            "approval_exception",
            "proposed_at",
            "disbursements",
        ]
        read_only_fields = fields


class GrantProposeSerializer(serializers.Serializer):
    firm = serializers.PrimaryKeyRelatedField(queryset=Organization.objects.all())
    program = serializers.PrimaryKeyRelatedField(queryset=GrantProgram.objects.all())
    year = serializers.IntegerField(min_value=MIN_YEAR, max_value=MAX_YEAR)
    eligible_cost = amount(help_text=_("The cost the program's share applies to (₫)."))
    requested_amount = amount()
    purpose = serializers.CharField(max_length=4000)
    need = serializers.PrimaryKeyRelatedField(queryset=TechnologyNeed.objects.all(), required=False, allow_null=True)
    offer = serializers.PrimaryKeyRelatedField(queryset=TechnologyOffer.objects.all(), required=False, allow_null=True)
    event_reference = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    connection = serializers.PrimaryKeyRelatedField(
        queryset=Connection.objects.all(),
        required=False,
        allow_null=True,
        help_text=_("The firm's connection the grant supports (its contract and acceptance are checked)."),
    )


class GrantApproveSerializer(serializers.Serializer):
    decision_number = serializers.CharField(max_length=60)
    decision_date = serializers.DateField()
    approved_amount = amount(required=False, allow_null=True, help_text=_("Left out: the requested amount."))
    exception_reason = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Needed when the grant's connection has no contract yet: why it is approved now."),
    )


class GrantDisburseSerializer(serializers.Serializer):
    amount = amount()
    milestone = serializers.CharField(max_length=200)
    acceptance_reference = serializers.CharField(max_length=60, required=False, allow_blank=True, default="")
    accepted_on = serializers.DateField()
    paid_on = serializers.DateField()
    exception_reason = serializers.CharField(
        max_length=2000,
        required=False,
        allow_blank=True,
        default="",
        help_text=_("Needed for the last tranche before the transfer is accepted: why it is paid now."),
    )


class GrantCancelSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000)


# Plan indicators -------------------------------------------------------------------------------


class YearValueSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    actual = serializers.FloatField(allow_null=True, help_text=_("Null where the platform does not measure it."))
    status = serializers.CharField(
        help_text=_("met, above, below, in_progress, unknown, or empty for a period target.")
    )


class PlanIndicatorSerializer(serializers.Serializer):
    code = serializers.CharField(source="target.code")
    indicator = serializers.ChoiceField(source="target.indicator", choices=PlanTarget.Indicator.choices)
    label = serializers.SerializerMethodField()
    unit = serializers.ChoiceField(source="target.unit", choices=PlanTarget.Unit.choices)
    scope = serializers.ChoiceField(source="target.scope", choices=PlanTarget.Scope.choices)
    start_year = serializers.IntegerField(source="target.start_year")
    end_year = serializers.IntegerField(source="target.end_year")
    min_value = serializers.DecimalField(
        source="target.min_value", max_digits=16, decimal_places=2, coerce_to_string=False, allow_null=True
    )
    max_value = serializers.DecimalField(
        source="target.max_value", max_digits=16, decimal_places=2, coerce_to_string=False, allow_null=True
    )
    per_year = serializers.SerializerMethodField()
    period_actual = serializers.SerializerMethodField(
        help_text=_("Over the period so far: a number, or “met/measured” years for a yearly target.")
    )
    period_status = serializers.CharField()
    expected_to_date = serializers.DecimalField(
        max_digits=18, decimal_places=2, coerce_to_string=False, allow_null=True
    )
    measured = serializers.BooleanField()

    def get_label(self, row) -> str:
        from django.utils.translation import get_language

        target = row.target
        return target.label_en if (get_language() or "vi").startswith("en") and target.label_en else target.label_vi

    @extend_schema_field(YearValueSerializer(many=True))
    def get_per_year(self, row):
        return YearValueSerializer(
            [{"year": y, "actual": None if v is None else float(v), "status": s} for y, v, s in row.per_year], many=True
        ).data

    def get_period_actual(self, row) -> str | None:
        return None if row.period_actual is None else str(row.period_actual)
