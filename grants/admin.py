from django.contrib import admin

from .models import AnnualBudget, Disbursement, GrantCap, GrantEvent, GrantProgram, PlanActual, PlanTarget, SupportGrant


class GrantCapInline(admin.TabularInline):
    model = GrantCap
    extra = 0


class AnnualBudgetInline(admin.TabularInline):
    model = AnnualBudget
    extra = 0
    readonly_fields = ["approved_total"]


@admin.register(GrantProgram)
class GrantProgramAdmin(admin.ModelAdmin):
    list_display = ["code", "name_vi", "kind", "share_percent", "first_year", "last_year"]
    inlines = [GrantCapInline, AnnualBudgetInline]


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class DisbursementInline(ReadOnlyInline):
    model = Disbursement


class GrantEventInline(ReadOnlyInline):
    model = GrantEvent


@admin.register(SupportGrant)
class SupportGrantAdmin(admin.ModelAdmin):
    """Read-only: grants change only through the services (locks, counters, history)."""

    list_display = [
        "firm",
        "program",
        "year",
        "requested_amount",
        "approved_amount",
        "disbursed_amount",
        "status",
        "decision_number",
    ]
    list_filter = ["status", "program", "year"]
    search_fields = ["firm__name", "decision_number"]
    inlines = [DisbursementInline, GrantEventInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PlanActualInline(admin.TabularInline):
    model = PlanActual
    extra = 0


@admin.register(PlanTarget)
class PlanTargetAdmin(admin.ModelAdmin):
    list_display = ["label_vi", "indicator", "start_year", "end_year", "min_value", "max_value", "unit", "scope"]
    inlines = [PlanActualInline]
