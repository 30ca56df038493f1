from django.contrib import admin

from .models import (
    Area,
    Attachment,
    Interest,
    Membership,
    Organization,
    Sector,
    StatusChange,
    TechnologyNeed,
    TechnologyOffer,
)


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "code", "active", "position"]
    list_filter = ["kind", "active"]
    search_fields = ["code", "name", "formed_from"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_vi", "name_en", "parent", "position"]
    list_filter = ["parent"]
    search_fields = ["code", "name_vi", "name_en"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "tax_code", "org_type", "size", "area", "verified_at"]
    list_filter = ["kind", "org_type", "size", "area"]
    search_fields = ["name", "tax_code"]
    inlines = [MembershipInline]
    filter_horizontal = ["sectors"]


class PostAdmin(admin.ModelAdmin):
    list_display = ["title", "organization", "status", "published_at", "expires_at", "entered_by_staff"]
    list_filter = ["status", "region", "entered_by_staff"]
    search_fields = ["title", "organization__name"]
    raw_id_fields = ["organization", "created_by"]
    filter_horizontal = ["sectors"]
    readonly_fields = ["search_text", "created_at", "updated_at"]


admin.site.register(TechnologyNeed, PostAdmin)
admin.site.register(TechnologyOffer, PostAdmin)


@admin.register(Interest)
class InterestAdmin(admin.ModelAdmin):
    list_display = ["from_organization", "need", "offer", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["from_organization", "need", "offer", "created_by", "decided_by"]


@admin.register(StatusChange)
class StatusChangeAdmin(admin.ModelAdmin):
    list_display = ["at", "need", "offer", "from_status", "to_status", "by"]
    raw_id_fields = ["need", "offer", "by"]


admin.site.register(Attachment)
