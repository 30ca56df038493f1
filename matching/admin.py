from django.contrib import admin

from .models import GlossaryTerm, Match, WeightChange


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


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["vi", "en", "note", "created_by", "created_at"]
    search_fields = ["vi", "en"]
    raw_id_fields = ["created_by"]


@admin.register(WeightChange)
class WeightChangeAdmin(admin.ModelAdmin):
    list_display = ["created_at", "applied"]
    list_filter = ["applied"]
