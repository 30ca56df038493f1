from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from marketplace.models import Organization, Sector, TechnologyNeed, TechnologyOffer


class Workshop(models.Model):
    """A technology supply–demand connection workshop with B2B meetings."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for registration")
        CLOSED = "closed", _("Registration closed")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    sectors = models.ManyToManyField(Sector, verbose_name=_("theme sectors"), blank=True, related_name="+")
    venue = models.CharField(_("venue"), max_length=255)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    registration_opens_at = models.DateTimeField(_("registration opens at"))
    registration_closes_at = models.DateTimeField(_("registration closes at"))
    capacity = models.PositiveIntegerField(_("capacity (organisations)"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    # B2B meetings: the slots are generated from these four fields (see services.workshop_save).
    first_slot_at = models.DateTimeField(_("first meeting slot starts at"), null=True, blank=True)
    slot_minutes = models.PositiveSmallIntegerField(_("meeting length (minutes)"), default=20)
    slot_count = models.PositiveSmallIntegerField(_("number of meeting slots"), default=0)
    slot_gap_minutes = models.PositiveSmallIntegerField(_("break between slots (minutes)"), default=5)
    tables = models.PositiveSmallIntegerField(_("number of tables"), default=10)
    requests_need_acceptance = models.BooleanField(
        _("meeting requests need the other side's acceptance"),
        default=True,
        help_text=_("Untick to accept every meeting request automatically."),
    )
    max_meetings_per_participant = models.PositiveSmallIntegerField(
        _("maximum meetings per participant"),
        null=True,
        blank=True,
        help_text=_("Empty: as many as there are slots."),
    )
    schedule_published_at = models.DateTimeField(_("schedule published at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at", "-id"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gte=F("starts_at")), name="workshop_ends_after_start"),
            models.CheckConstraint(
                condition=Q(registration_closes_at__gte=F("registration_opens_at")), name="workshop_window_order"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:workshop_detail", args=[self.pk])

    @property
    def registration_is_open(self) -> bool:
        now = timezone.now()
        return self.status == self.Status.OPEN and self.registration_opens_at <= now <= self.registration_closes_at

    @property
    def has_taken_place(self) -> bool:
        """Marked as held, or its day is over (staff may not have marked it yet); a cancelled one never has."""
        if self.status == self.Status.CANCELLED:
            return False
        return self.status == self.Status.HELD or self.ends_at < timezone.now()

    @property
    def phase(self) -> str:
        """The status a reader sees: once its day is over, a workshop has taken place whatever step it was
        left at, so it never reads "open for registration" or "registration closed" afterwards."""
        return self.Status.HELD if self.has_taken_place else self.status

    def get_phase_display(self) -> str:
        return str(self.Status(self.phase).label)

    @property
    def meeting_cap(self) -> int:
        slots = self.slot_count
        return min(slots, self.max_meetings_per_participant) if self.max_meetings_per_participant else slots


class MeetingSlot(models.Model):
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("starts at"))
    minutes = models.PositiveSmallIntegerField(_("length (minutes)"))

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("meeting slot")
        verbose_name_plural = _("meeting slots")
        constraints = [models.UniqueConstraint(fields=["workshop", "starts_at"], name="slot_unique_start")]

    def __str__(self):
        return f"{timezone.localtime(self.starts_at):%H:%M}"

    @property
    def ends_at(self):
        return self.starts_at + timezone.timedelta(minutes=self.minutes)


class Registration(models.Model):
    class Role(models.TextChoices):
        SEEKER = "seeker", _("Technology seeker")
        PROVIDER = "provider", _("Technology provider")
        BOTH = "both", _("Both")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Attended")

    LIVE = (Status.CONFIRMED, Status.WAITLISTED, Status.ATTENDED)
    SEATED = (Status.CONFIRMED, Status.ATTENDED)

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="registrations")
    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="workshop_registrations"
    )
    attendee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("attendee"),
        on_delete=models.CASCADE,
        related_name="workshop_registrations",
    )
    role = models.CharField(_("role at the workshop"), max_length=10, choices=Role.choices)
    needs = models.ManyToManyField(TechnologyNeed, verbose_name=_("needs brought"), blank=True, related_name="+")
    offers = models.ManyToManyField(TechnologyOffer, verbose_name=_("offers brought"), blank=True, related_name="+")
    note = models.CharField(_("what we hope to find"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    unavailable_slots = models.ManyToManyField(
        MeetingSlot, verbose_name=_("slots not available"), blank=True, related_name="+"
    )
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "organization"],
                condition=Q(status__in=["confirmed", "waitlisted", "attended"]),
                name="registration_one_live_per_org",
            ),
        ]
        indexes = [models.Index(fields=["workshop", "status", "created_at"], name="registration_queue")]

    def __str__(self):
        return f"{self.organization} @ {self.workshop}"

    def get_absolute_url(self):
        return reverse("events:registration_detail", args=[self.pk])

    @property
    def is_seated(self) -> bool:
        return self.status in self.SEATED


class MeetingRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    LIVE = (Status.PENDING, Status.ACCEPTED)

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="meeting_requests")
    from_registration = models.ForeignKey(
        Registration, verbose_name=_("from"), on_delete=models.CASCADE, related_name="requests_sent"
    )
    to_registration = models.ForeignKey(
        Registration, verbose_name=_("to"), on_delete=models.CASCADE, related_name="requests_received"
    )
    need = models.ForeignKey(
        TechnologyNeed,
        verbose_name=_("about the need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offer = models.ForeignKey(
        TechnologyOffer,
        verbose_name=_("about the offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    match_id = models.PositiveBigIntegerField(_("suggested by match"), null=True, blank=True)
    message = models.CharField(_("message"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    added_by_staff = models.BooleanField(_("added by staff"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.CheckConstraint(condition=~Q(from_registration=F("to_registration")), name="request_not_to_self"),
            models.UniqueConstraint(
                fields=["from_registration", "to_registration"],
                condition=Q(status__in=["pending", "accepted"]),
                name="request_one_live_per_pair",
            ),
        ]

    def __str__(self):
        return f"{self.from_registration.organization} → {self.to_registration.organization}"

    @property
    def subject(self):
        return self.need or self.offer


class Meeting(models.Model):
    """An accepted request placed in a slot at a table. MeetingSeat rows make double bookings impossible."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        NO_SHOW = "no_show", _("No-show")

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="meetings")
    request = models.OneToOneField(MeetingRequest, on_delete=models.CASCADE, related_name="meeting")
    slot = models.ForeignKey(MeetingSlot, verbose_name=_("slot"), on_delete=models.PROTECT, related_name="meetings")
    table = models.PositiveSmallIntegerField(_("table"))
    pinned = models.BooleanField(_("pinned"), default=False)
    published = models.BooleanField(_("published"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    status_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The pair's connection (marketplace): a held meeting and its outcomes move it along.
    connection = models.ForeignKey(
        "marketplace.Connection",
        verbose_name=_("connection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )

    class Meta:
        ordering = ["slot__starts_at", "table"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "slot", "table"], name="meeting_one_per_table_and_slot"),
            models.CheckConstraint(condition=Q(table__gte=1), name="meeting_table_positive"),
        ]

    def __str__(self):
        return f"{self.slot} #{self.table}: {self.request}"

    def get_absolute_url(self):
        return reverse("events:meeting_detail", args=[self.pk])


class MeetingSeat(models.Model):
    """One row per participant per meeting: unique (registration, slot) forbids two meetings at once."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="seats")
    slot = models.ForeignKey(MeetingSlot, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "slot"], name="seat_one_meeting_per_slot"),
            models.UniqueConstraint(fields=["meeting", "registration"], name="seat_once_per_meeting"),
        ]

    def __str__(self):
        return f"{self.registration} @ {self.slot}"


class Outcome(models.Model):
    """What one side says came of a meeting: right after it, and again about six months later."""

    class Stage(models.TextChoices):
        AFTER = "after", _("Right after the workshop")
        FOLLOW_UP = "follow_up", _("Six months later")

    class Result(models.TextChoices):
        NOT_HELD = "not_held", _("Did not take place")
        NO_INTEREST = "no_interest", _("No interest")
        INFORMATIVE = "informative", _("Informative, no cooperation planned")
        COOPERATION = "cooperation", _("Cooperation possible")
        NO_CONTACT = "no_contact", _("No further contact")
        NEGOTIATION = "negotiation", _("Negotiation started")
        MOU = "mou", _("MoU signed")
        CONTRACT = "contract", _("Contract signed")

    STAGE_RESULTS = {
        Stage.AFTER: (Result.NOT_HELD, Result.NO_INTEREST, Result.INFORMATIVE, Result.COOPERATION),
        Stage.FOLLOW_UP: (Result.NO_CONTACT, Result.NEGOTIATION, Result.MOU, Result.CONTRACT),
    }

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    registration = models.ForeignKey(
        Registration, verbose_name=_("side"), on_delete=models.CASCADE, related_name="outcomes"
    )
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    result = models.CharField(_("result"), max_length=12, choices=Result.choices)
    contract_value = models.PositiveBigIntegerField(_("contract value (₫)"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("meeting outcome")
        verbose_name_plural = _("meeting outcomes")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "registration", "stage"], name="outcome_once_per_side_stage"),
            models.CheckConstraint(
                condition=Q(result="contract", contract_value__gt=0) | (~Q(result="contract") & Q(contract_value=None)),
                name="outcome_value_only_for_contract",
            ),
        ]

    def __str__(self):
        return f"{self.meeting_id}: {self.get_result_display()}"


class ScheduleRun(models.Model):
    """One run of the scheduler for a workshop; the page polls its progress."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="schedule_runs")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    requests = models.PositiveIntegerField(default=0)
    placed = models.PositiveIntegerField(default=0)
    kept = models.PositiveIntegerField(default=0)
    upper_bound = models.PositiveIntegerField(default=0)
    method = models.CharField(max_length=20, blank=True)
    seconds = models.FloatField(default=0)
    unscheduled = models.JSONField(default=list, blank=True)  # [{"request": id, "reason": code}]
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The worker process computing the run ("host:pid") and when it last reported: a redelivered task sees
    # whether the owner is dead instead of guessing from the run's age.
    owner = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    def __str__(self):
        return f"{self.workshop} — {self.get_status_display()}"


# Trainings (đào tạo, tập huấn) ------------------------------------------------------------------
# The plan counts attendances per participant category and the organisations trained; see
# grants/plan.py and docs/plan.md for how these records become figures.


class Training(models.Model):
    """A training course in productivity and quality (or another topic): sessions, participants,
    attendance per session by the same QR check-in as workshops."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for registration")
        CLOSED = "closed", _("Registration closed")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    title = models.CharField(_("title"), max_length=200)
    topic = models.CharField(_("topic"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    venue = models.CharField(_("venue"), max_length=255)
    trainer = models.CharField(_("trainer"), max_length=200)
    sectors = models.ManyToManyField(Sector, verbose_name=_("theme sectors"), blank=True, related_name="+")
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    capacity = models.PositiveIntegerField(_("capacity (people)"))
    productivity_quality = models.BooleanField(
        _("productivity and quality training"),
        default=True,
        help_text=_("Counted towards the plan's productivity and quality training targets."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="training_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="training_capacity_positive"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:training_detail", args=[self.pk])

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The training ends before it starts.")})

    @property
    def registration_is_open(self) -> bool:
        return self.status == self.Status.OPEN and timezone.localdate() <= self.ends_on


class TrainingSession(models.Model):
    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("session"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="trainingsession_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.training} · {self.title}"


class ParticipantCategory(models.TextChoices):
    CIVIL_SERVANT = "civil_servant", _("Civil servant or public employee")
    ENTERPRISE_STAFF = "enterprise_staff", _("Enterprise staff")
    LECTURER_STUDENT = "lecturer_student", _("Lecturer or student")
    OTHER = "other", _("Other")


class TrainingParticipant(models.Model):
    """One person registered for a training, by themselves or entered by staff."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        CANCELLED = "cancelled", _("Cancelled")

    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="participants")
    full_name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    category = models.CharField(_("participant category"), max_length=20, choices=ParticipantCategory.choices)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation on the platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_participants",
    )
    organization_name = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("The employer, school or agency, when it is not on the platform."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.REGISTERED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)

    class Meta:
        ordering = ["full_name", "id"]
        verbose_name = _("training participant")
        verbose_name_plural = _("training participants")
        constraints = [
            models.UniqueConstraint(
                fields=["training", "user"],
                condition=Q(user__isnull=False, status="registered"),
                name="trainingparticipant_one_per_user",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} @ {self.training}"

    @property
    def organization_label(self) -> str:
        return self.organization.name if self.organization_id else self.organization_name


class TrainingAttendance(models.Model):
    """A participant present at one session (checked in by QR or marked by staff)."""

    participant = models.ForeignKey(TrainingParticipant, on_delete=models.CASCADE, related_name="attendances")
    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="attendances")
    checked_in_at = models.DateTimeField(_("checked in at"), default=timezone.now)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["session", "checked_in_at"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["participant", "session"], name="trainingattendance_once_per_session")
        ]

    def __str__(self):
        return f"{self.participant.full_name} · {self.session.title}"


class CertifiedExpert(models.Model):
    """An expert trained and certified (e.g. in productivity and quality), with the certificate."""

    full_name = models.CharField(_("full name"), max_length=120)
    organization = models.ForeignKey(
        Organization, verbose_name=_("organisation"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    training = models.ForeignKey(
        Training, verbose_name=_("training"), null=True, blank=True, on_delete=models.SET_NULL, related_name="experts"
    )
    field = models.CharField(_("field"), max_length=200, default="Năng suất chất lượng")
    certificate_number = models.CharField(_("certificate number"), max_length=60, unique=True)
    issued_on = models.DateField(_("issued on"))
    issuer = models.CharField(_("issued by"), max_length=200)
    productivity_quality = models.BooleanField(_("productivity and quality expert"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "full_name"]
        verbose_name = _("certified expert")
        verbose_name_plural = _("certified experts")

    def __str__(self):
        return f"{self.full_name} ({self.certificate_number})"


class Invitation(models.Model):
    """Staff invite a strong matched pair (a need and an offer of two organisations not yet connected) to
    a workshop. Each side registers with one click; once both have, their meeting request is created and
    accepted for them."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="invitations")
    need = models.ForeignKey(TechnologyNeed, verbose_name=_("need"), on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey(TechnologyOffer, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="+")
    seeker = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    provider = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(_("match score"), default=0)
    seeker_registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    provider_registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    meeting_request = models.ForeignKey(
        MeetingRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    invited_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-score", "id"]
        verbose_name = _("workshop invitation")
        verbose_name_plural = _("workshop invitations")
        constraints = [
            models.UniqueConstraint(fields=["workshop", "seeker", "provider"], name="invitation_once_per_pair"),
        ]

    def __str__(self):
        return f"{self.seeker} ↔ {self.provider} @ {self.workshop}"

    def side_of(self, organization_ids) -> str | None:
        if self.seeker_id in organization_ids:
            return "seeker"
        if self.provider_id in organization_ids:
            return "provider"
        return None
