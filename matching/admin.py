from django.contrib import admin

from .models import Match


@admin.register(Match)
class MatchAdmin(admin.ModelAdmin):
    list_display = [
        "need",
        "offer",
        "score",
        "need_feedback",
        "offer_feedback",
        "engine_version",
        "computed_at",
        "notified_at",
    ]
    list_filter = ["engine_version", "need_feedback", "offer_feedback"]
    raw_id_fields = ["need", "offer"]
    search_fields = ["need__title", "offer__title"]
