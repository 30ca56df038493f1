from django.contrib import admin

from .models import Notification, OutboxMessage


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("user", "kind", "created_at", "read_at", "emailed_at")
    list_filter = ("kind",)
    search_fields = ("user__username", "user__email", "event_key")


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    """Follow-up work waiting for the broker, or given up after OUTBOX_MAX_ATTEMPTS: look at last_error."""

    list_display = ("id", "task", "args", "created_at", "sent_at", "done_at", "attempts")
    list_filter = ("task", ("done_at", admin.EmptyFieldListFilter))
    readonly_fields = ("task", "args", "kwargs", "created_at", "sent_at", "done_at", "attempts", "last_error")
