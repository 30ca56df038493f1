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
    """Read only: values are entered on the staff page (grants:plan_values), which keeps who and when."""

    model = PlanActual
    extra = 0
    fields = readonly_fields = ["year", "value", "note", "entered_by", "entered_at"]

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(PlanTarget)
class PlanTargetAdmin(admin.ModelAdmin):
    list_display = ["label_vi", "indicator", "start_year", "end_year", "min_value", "max_value", "unit", "scope"]
    inlines = [PlanActualInline]


# The plan's records (raw data; staff pages in grants/views/plan.py are where they are entered).
from .models import NewsCategory, NewsItem, Publication, STTask, TaskUptake, TechnologyAppraisal  # noqa: E402


class TaskUptakeInline(admin.TabularInline):
    model = TaskUptake
    extra = 0
    raw_id_fields = ["firm", "interest"]


@admin.register(STTask)
class STTaskAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "field", "status", "start_year", "end_year", "completed_on"]
    list_filter = ["field", "status", "level"]
    search_fields = ["code", "title"]
    raw_id_fields = ["host", "offer"]
    inlines = [TaskUptakeInline]


@admin.register(TechnologyAppraisal)
class TechnologyAppraisalAdmin(admin.ModelAdmin):
    list_display = ["firm", "technology", "appraised_on", "key_firm", "conclusion"]
    list_filter = ["conclusion", "key_firm"]
    raw_id_fields = ["firm", "grant"]


@admin.register(NewsCategory)
class NewsCategoryAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_vi", "name_en", "position"]


@admin.register(NewsItem)
class NewsItemAdmin(admin.ModelAdmin):
    list_display = ["title", "category", "status", "published_at"]
    list_filter = ["status", "category"]
    search_fields = ["title"]
    raw_id_fields = ["workshop", "training", "need", "offer"]
    exclude = ["cover"]  # uploaded through the staff page, where its content is checked


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["kind", "title", "issue", "published_on"]
    list_filter = ["kind"]
