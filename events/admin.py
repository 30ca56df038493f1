from django.contrib import admin

from .models import Meeting, MeetingRequest, MeetingSeat, MeetingSlot, Outcome, Registration, ScheduleRun, Workshop


class SlotInline(admin.TabularInline):
    model = MeetingSlot
    extra = 0


@admin.register(Workshop)
class WorkshopAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_at", "status", "capacity", "tables", "slot_count"]
    list_filter = ["status"]
    search_fields = ["title", "venue"]
    inlines = [SlotInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["organization", "workshop", "role", "status", "created_at", "checked_in_at"]
    list_filter = ["status", "role", "workshop"]
    raw_id_fields = ["organization", "attendee", "workshop", "created_by", "checked_in_by"]
    filter_horizontal = ["needs", "offers", "unavailable_slots"]


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin.ModelAdmin):
    list_display = ["from_registration", "to_registration", "status", "workshop", "created_at"]
    list_filter = ["status", "workshop"]
    raw_id_fields = ["from_registration", "to_registration", "need", "offer", "created_by", "decided_by"]


class SeatInline(admin.TabularInline):
    model = MeetingSeat
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["request", "slot", "table", "pinned", "published", "status"]
    list_filter = ["workshop", "status", "pinned", "published"]
    raw_id_fields = ["request"]
    inlines = [SeatInline]


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["meeting", "registration", "stage", "result", "contract_value"]
    list_filter = ["stage", "result"]


@admin.register(ScheduleRun)
class ScheduleRunAdmin(admin.ModelAdmin):
    list_display = ["workshop", "status", "placed", "kept", "upper_bound", "seconds", "created_at"]


# Trainings (raw data; the staff pages are events/views/trainings.py).
from .models import CertifiedExpert, Training, TrainingAttendance, TrainingParticipant, TrainingSession  # noqa: E402


class TrainingSessionInline(admin.TabularInline):
    model = TrainingSession
    extra = 0


@admin.register(Training)
class TrainingAdmin(admin.ModelAdmin):
    list_display = ["title", "starts_on", "ends_on", "capacity", "status", "productivity_quality"]
    list_filter = ["status", "productivity_quality"]
    inlines = [TrainingSessionInline]


@admin.register(TrainingParticipant)
class TrainingParticipantAdmin(admin.ModelAdmin):
    list_display = ["full_name", "training", "category", "organization", "organization_name", "status"]
    list_filter = ["category", "status"]
    raw_id_fields = ["training", "organization", "user"]


@admin.register(TrainingAttendance)
class TrainingAttendanceAdmin(admin.ModelAdmin):
    list_display = ["participant", "session", "checked_in_at"]
    raw_id_fields = ["participant", "session"]


@admin.register(CertifiedExpert)
class CertifiedExpertAdmin(admin.ModelAdmin):
    list_display = ["full_name", "certificate_number", "issued_on", "issuer"]
