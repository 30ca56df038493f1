"""Support grants: programs and their rules, annual budgets, grants per firm and year, disbursements,
and the province's plan targets that the dashboard measures against.

Money is whole đồng. The invariants that involve several rows (a firm's yearly cap, a program's
budget) are kept twice: by `services` under row locks, and by counters on `AnnualBudget` and
`FirmYear` whose CheckConstraints make the database refuse a total above its limit.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Cast
from django.db.models.lookups import LessThanOrEqual
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from marketplace.models import Connection, Interest, Organization, TechnologyNeed, TechnologyOffer

# Anything above this is a typing mistake, not a grant (100 billion ₫).
MAX_AMOUNT = 100_000_000_000
MIN_YEAR, MAX_YEAR = 2000, 2100

amount_validators = [MinValueValidator(1), MaxValueValidator(MAX_AMOUNT)]
year_validators = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]


def _bilingual(obj) -> str:
    return obj.name_en if (get_language() or "vi").startswith("en") and obj.name_en else obj.name_vi


class GrantProgram(models.Model):
    class Kind(models.TextChoices):
        TRANSFER = "transfer", _("Technology transfer")
        APPLICATION = "application", _("Technology application")
        INNOVATION = "innovation", _("Technological innovation")
        OTHER = "other", _("Other support")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    share_percent = models.PositiveSmallIntegerField(
        _("share of the eligible cost (%)"),
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("A grant is at most this percentage of the eligible cost."),
    )
    first_year = models.PositiveSmallIntegerField(_("first year"), validators=year_validators)
    last_year = models.PositiveSmallIntegerField(_("last year"), validators=year_validators)
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("grant program")
        verbose_name_plural = _("grant programs")
        constraints = [
            models.CheckConstraint(
                condition=Q(share_percent__gte=1, share_percent__lte=100), name="program_share_1_100"
            ),
            models.CheckConstraint(condition=Q(first_year__lte=F("last_year")), name="program_years_ordered"),
        ]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return _bilingual(self)

    def clean(self):
        if self.first_year and self.last_year and self.first_year > self.last_year:
            raise ValidationError({"last_year": _("The last year is before the first year.")})

    def covers(self, year: int) -> bool:
        return self.first_year <= year <= self.last_year

    def cap_for(self, size: str) -> int | None:
        for cap in self.caps.all():
            if cap.size == size:
                return cap.amount
        return None


class GrantCap(models.Model):
    """The most one firm of this size may receive from the program in one year."""

    program = models.ForeignKey(GrantProgram, on_delete=models.CASCADE, related_name="caps")
    size = models.CharField(_("firm size"), max_length=8, choices=Organization.Size.choices)
    amount = models.PositiveBigIntegerField(_("cap per firm per year (₫)"), validators=amount_validators)

    class Meta:
        ordering = ["program", "amount"]
        verbose_name = _("cap per firm and year")
        verbose_name_plural = _("caps per firm and year")
        constraints = [
            models.UniqueConstraint(fields=["program", "size"], name="grantcap_one_per_size"),
            models.CheckConstraint(condition=Q(amount__gte=1, amount__lte=MAX_AMOUNT), name="grantcap_amount_range"),
        ]

    def __str__(self):
        return f"{self.program.code} · {self.get_size_display()}"


class AnnualBudget(models.Model):
    program = models.ForeignKey(GrantProgram, on_delete=models.PROTECT, related_name="budgets")
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    amount = models.PositiveBigIntegerField(_("budget (₫)"), validators=amount_validators)
    # Sum of approved grants of this program and year, kept by services under the row lock.
    approved_total = models.PositiveBigIntegerField(_("approved so far (₫)"), default=0, editable=False)

    class Meta:
        ordering = ["-year", "program"]
        verbose_name = _("annual budget")
        verbose_name_plural = _("annual budgets")
        constraints = [
            models.UniqueConstraint(fields=["program", "year"], name="budget_one_per_program_year"),
            models.CheckConstraint(condition=Q(amount__gte=1, amount__lte=MAX_AMOUNT), name="budget_amount_range"),
            models.CheckConstraint(condition=Q(approved_total__lte=F("amount")), name="budget_approved_within_amount"),
        ]

    def __str__(self):
        return f"{self.program.code} {self.year}"

    @property
    def left(self) -> int:
        return self.amount - self.approved_total

    def save(self, *args, **kwargs):
        # The counter belongs to the services (changed under the row lock): an edit of the budget must
        # not write back the value it read when the form was opened.
        if self.pk and kwargs.get("update_fields") is None and not kwargs.get("force_insert"):
            kwargs["update_fields"] = ["program", "year", "amount"]
        super().save(*args, **kwargs)

    def clean(self):
        if self.amount is not None and self.amount < self.approved_total:
            raise ValidationError(
                {
                    "amount": _("Grants worth %(total)s ₫ are already approved from this budget.")
                    % {"total": f"{self.approved_total:,}".replace(",", ".")}
                }
            )


class FirmYear(models.Model):
    """A firm's year in one program: the row locked (after the budget row) when a grant is approved,
    and a counter the database keeps under the cap for the firm's size."""

    firm = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="+")
    program = models.ForeignKey(GrantProgram, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    cap = models.PositiveBigIntegerField(default=0)
    approved_total = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["firm", "program", "year"], name="firmyear_unique"),
            models.CheckConstraint(condition=Q(approved_total__lte=F("cap")), name="firmyear_approved_within_cap"),
        ]

    def __str__(self):
        return f"{self.firm_id}/{self.program_id}/{self.year}"


class GrantStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    APPROVED = "approved", _("Approved")
    DISBURSED = "disbursed", _("Fully disbursed")
    CANCELLED = "cancelled", _("Cancelled")


COMMITTED = (GrantStatus.APPROVED, GrantStatus.DISBURSED)


def _big(field: str):
    # As 64-bit integers: when Django validates a constraint it sends the values as literals, which
    # PostgreSQL would otherwise type as 32-bit and overflow when multiplied.
    return Cast(F(field), models.BigIntegerField())


class SupportGrant(models.Model):
    firm = models.ForeignKey(Organization, verbose_name=_("firm"), on_delete=models.PROTECT, related_name="grants")
    program = models.ForeignKey(
        GrantProgram, verbose_name=_("program"), on_delete=models.PROTECT, related_name="grants"
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    purpose = models.TextField(_("purpose"))
    eligible_cost = models.PositiveBigIntegerField(_("eligible cost (₫)"), validators=amount_validators)
    # The program's share when the grant was proposed, so the database can check the amounts against it.
    share_percent = models.PositiveSmallIntegerField(_("share (%)"), editable=False)
    # The firm's size as staff had confirmed it when the grant was proposed: the cap follows it, so a firm that
    # declares itself larger afterwards gets no higher cap.
    firm_size = models.CharField(
        _("firm size at proposal"), max_length=8, choices=Organization.Size.choices, blank=True, editable=False
    )
    requested_amount = models.PositiveBigIntegerField(_("requested amount (₫)"), validators=amount_validators)
    approved_amount = models.PositiveBigIntegerField(_("approved amount (₫)"), null=True, blank=True)
    disbursed_amount = models.PositiveBigIntegerField(_("disbursed (₫)"), default=0, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=GrantStatus.choices, default=GrantStatus.PROPOSED)
    decision_number = models.CharField(_("decision number"), max_length=60, null=True, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True)
    need = models.ForeignKey(
        TechnologyNeed,
        verbose_name=_("technology need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="grants",
    )
    offer = models.ForeignKey(
        TechnologyOffer,
        verbose_name=_("technology offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="grants",
    )
    event_reference = models.CharField(
        _("meeting, MoU or contract"),
        max_length=200,
        blank=True,
        help_text=_("The workshop meeting outcome, MoU or contract that led to this grant (number, date, parties)."),
    )
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    proposed_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    # The chain: the connection (need, offer, contract, acceptance) the grant supports.
    connection = models.ForeignKey(
        Connection,
        verbose_name=_("connection"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="grants",
    )
    # Why staff approved before a contract existed (empty when the contract was there).
    approval_exception = models.TextField(_("approved without a contract because"), blank=True)

    class Meta:
        ordering = ["-year", "-proposed_at", "-id"]
        verbose_name = _("support grant")
        verbose_name_plural = _("support grants")
        constraints = [
            models.UniqueConstraint(fields=["decision_number"], name="grant_decision_number_unique"),
            models.CheckConstraint(condition=Q(year__gte=MIN_YEAR, year__lte=MAX_YEAR), name="grant_year_range"),
            models.CheckConstraint(
                condition=Q(eligible_cost__gte=1, eligible_cost__lte=MAX_AMOUNT), name="grant_eligible_cost_range"
            ),
            models.CheckConstraint(
                condition=Q(requested_amount__gte=1, requested_amount__lte=MAX_AMOUNT), name="grant_requested_range"
            ),
            models.CheckConstraint(condition=Q(share_percent__gte=1, share_percent__lte=100), name="grant_share_1_100"),
            models.CheckConstraint(
                condition=LessThanOrEqual(_big("requested_amount") * 100, _big("eligible_cost") * F("share_percent")),
                name="grant_requested_within_share",
            ),
            models.CheckConstraint(
                condition=Q(approved_amount__isnull=True)
                | (
                    Q(approved_amount__gte=1, approved_amount__lte=F("requested_amount"))
                    & LessThanOrEqual(_big("approved_amount") * 100, _big("eligible_cost") * F("share_percent"))
                ),
                name="grant_approved_within_request_and_share",
            ),
            models.CheckConstraint(
                condition=Q(disbursed_amount=0)
                | Q(approved_amount__isnull=False, disbursed_amount__lte=F("approved_amount")),
                name="grant_disbursed_within_approved",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=COMMITTED)
                | Q(approved_amount__isnull=False, decision_number__isnull=False, decision_date__isnull=False),
                name="grant_committed_has_decision",
            ),
            models.CheckConstraint(
                condition=~Q(status=GrantStatus.DISBURSED) | Q(disbursed_amount=F("approved_amount")),
                name="grant_disbursed_means_all_paid",
            ),
            models.CheckConstraint(
                condition=~Q(status=GrantStatus.CANCELLED) | ~Q(cancel_reason=""), name="grant_cancelled_has_reason"
            ),
            models.CheckConstraint(condition=Q(status__in=GrantStatus.values), name="grant_status_valid"),
        ]
        indexes = [
            models.Index(fields=["program", "year", "status"], name="grant_program_year"),
            models.Index(fields=["firm", "year"], name="grant_firm_year"),
        ]

    def __str__(self):
        return f"{self.firm} · {self.program.code} {self.year}"

    def get_absolute_url(self):
        return reverse("grants:grant_detail", args=[self.pk])

    @property
    def is_committed(self) -> bool:
        return self.status in COMMITTED

    @property
    def left_to_disburse(self) -> int:
        return (self.approved_amount or 0) - self.disbursed_amount

    @property
    def committed_amount(self) -> int:
        return (self.approved_amount or 0) if self.is_committed else 0


class Disbursement(models.Model):
    """One tranche, paid after an acceptance (nghiệm thu) milestone."""

    grant = models.ForeignKey(SupportGrant, on_delete=models.PROTECT, related_name="disbursements")
    tranche = models.PositiveSmallIntegerField(_("tranche"))
    milestone = models.CharField(_("acceptance milestone"), max_length=200)
    acceptance_reference = models.CharField(_("acceptance record number"), max_length=60, blank=True)
    accepted_on = models.DateField(_("accepted on"))
    amount = models.PositiveBigIntegerField(_("amount (₫)"), validators=amount_validators)
    paid_on = models.DateField(_("paid on"))
    # Why staff paid the last tranche before the transfer was accepted (empty when it was).
    exception_reason = models.TextField(_("paid before the transfer was accepted because"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["grant", "tranche"]
        verbose_name = _("disbursement")
        verbose_name_plural = _("disbursements")
        constraints = [
            models.UniqueConstraint(fields=["grant", "tranche"], name="disbursement_tranche_unique"),
            models.CheckConstraint(
                condition=Q(amount__gte=1, amount__lte=MAX_AMOUNT), name="disbursement_amount_range"
            ),
            models.CheckConstraint(
                condition=Q(paid_on__gte=F("accepted_on")), name="disbursement_paid_after_acceptance"
            ),
        ]

    def __str__(self):
        return f"{self.grant_id} #{self.tranche}"


class GrantEvent(models.Model):
    """Every change of a grant: who, when, what."""

    class Action(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        APPROVED = "approved", _("Approved")
        DISBURSED = "disbursed", _("Disbursement recorded")
        CANCELLED = "cancelled", _("Cancelled")

    grant = models.ForeignKey(SupportGrant, on_delete=models.CASCADE, related_name="history")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    from_status = models.CharField(_("from"), max_length=10, choices=GrantStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=10, choices=GrantStatus.choices)
    amount = models.PositiveBigIntegerField(_("amount (₫)"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    details = models.JSONField(default=dict, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("grant history entry")
        verbose_name_plural = _("grant history")

    def __str__(self):
        return f"{self.grant} — {self.get_action_display()}"


class PlanTarget(models.Model):
    """One target of the province's plan, as data so another province enters its own."""

    class Indicator(models.TextChoices):
        FIRMS_SUPPORTED = "firms_supported", _("Enterprises supported")
        FUNDING_APPROVED = "funding_approved", _("Support funding approved")
        FUNDING_DISBURSED = "funding_disbursed", _("Support funding disbursed")
        WORKSHOPS_HELD = "workshops_held", _("Connection workshops held")
        MEETINGS = "meetings", _("B2B meetings held")
        MOUS = "mous", _("MoUs signed")
        CONTRACTS = "contracts", _("Contracts signed")
        NEEDS_MATCHED_SHARE = "needs_matched_share", _("Share of needs that found a provider")
        # Measured from the plan's other records (grants/plan.py; docs/plan.md says which records).
        EXPERTS_CERTIFIED = "experts_certified", _("Productivity and quality experts certified")
        TRAINED_CIVIL_SERVANTS = "trained_civil_servants", _("Training attendances of civil servants")
        TRAINED_ENTERPRISE_STAFF = "trained_enterprise_staff", _("Training attendances of enterprise staff")
        TRAINED_LECTURERS = "trained_lecturers", _("Training attendances of lecturers and students")
        ORGANIZATIONS_TRAINED = "organizations_trained", _("Organisations trained")
        FIRMS_TRAINED_GROWTH = "firms_trained_growth", _("Growth of firms taking part over the previous period")
        TASKS_WITH_FIRM_SHARE = (
            "tasks_with_firm_share",
            _("Share of agricultural and engineering S&T tasks with a receiving firm"),
        )
        KEY_FIRMS_APPRAISED = "key_firms_appraised", _("Key firms whose technology was appraised")
        ST_ENTERPRISES = "st_enterprises", _("S&T enterprises")
        HIGH_TECH_SHARE = "high_tech_share", _("Share of S&T enterprises in high technology")
        NEWS_PUBLISHED = "news_published", _("News items published")
        PROCEEDINGS = "proceedings", _("Proceedings published")
        BULLETINS = "bulletins", _("S&T bulletins published")
        RADIO_TV = "radio_tv", _("Radio and TV programmes")
        MANUAL = "manual", _("Entered by staff (not measured on the platform)")

    class Unit(models.TextChoices):
        FIRMS = "firms", _("enterprises")
        VND = "vnd", _("₫")
        WORKSHOPS = "workshops", _("workshops")
        COUNT = "count", _("items")
        PERCENT = "percent", _("%")

    class Scope(models.TextChoices):
        PER_YEAR = "per_year", _("each year")
        PER_PERIOD = "per_period", _("over the whole period")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    indicator = models.CharField(_("indicator"), max_length=24, choices=Indicator.choices)
    label_vi = models.CharField(_("label (Vietnamese)"), max_length=300)
    label_en = models.CharField(_("label (English)"), max_length=300, blank=True)
    start_year = models.PositiveSmallIntegerField(_("from year"), validators=year_validators)
    end_year = models.PositiveSmallIntegerField(_("to year"), validators=year_validators)
    min_value = models.DecimalField(_("at least"), max_digits=16, decimal_places=2, null=True, blank=True)
    max_value = models.DecimalField(_("at most"), max_digits=16, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices)
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices, default=Scope.PER_YEAR)
    scope_ambiguous = models.BooleanField(
        _("the plan does not say whether per year or for the period"),
        default=False,
        help_text=_("Both readings are shown; the scope above is the one chosen."),
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "start_year", "code"]
        verbose_name = _("plan target")
        verbose_name_plural = _("plan targets")
        constraints = [
            models.CheckConstraint(condition=Q(start_year__lte=F("end_year")), name="target_years_ordered"),
            models.CheckConstraint(
                condition=Q(min_value__isnull=True) | Q(max_value__isnull=True) | Q(min_value__lte=F("max_value")),
                name="target_min_lte_max",
            ),
            models.CheckConstraint(
                condition=Q(min_value__isnull=False) | Q(max_value__isnull=False), name="target_has_a_bound"
            ),
        ]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return self.label_en if (get_language() or "vi").startswith("en") and self.label_en else self.label_vi

    def clean(self):
        errors = {}
        if self.start_year and self.end_year and self.start_year > self.end_year:
            errors["end_year"] = _("The period ends before it starts.")
        if self.min_value is None and self.max_value is None:
            errors["min_value"] = _("Give at least a minimum or a maximum.")
        if self.min_value is not None and self.max_value is not None and self.min_value > self.max_value:
            errors["max_value"] = _("The maximum is below the minimum.")
        if errors:
            raise ValidationError(errors)

    def covers(self, year: int) -> bool:
        return self.start_year <= year <= self.end_year


class PlanActual(models.Model):
    """A value staff enter by hand for an indicator the platform cannot measure (e.g. share of
    agricultural S&T tasks carried out with enterprises)."""

    target = models.ForeignKey(PlanTarget, on_delete=models.CASCADE, related_name="manual_actuals")
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    value = models.DecimalField(_("value"), max_digits=16, decimal_places=2)
    note = models.CharField(_("note"), max_length=300, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("entered by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(_("entered at"), null=True)

    class Meta:
        ordering = ["target", "year"]
        verbose_name = _("actual value entered by staff")
        verbose_name_plural = _("actual values entered by staff")
        constraints = [models.UniqueConstraint(fields=["target", "year"], name="planactual_one_per_year")]

    def __str__(self):
        return f"{self.target} {self.year}: {self.value}"


# The plan's other records: S&T tasks, technology appraisals, news and publications ---------------
# grants/plan.py turns them into the plan's figures; docs/plan.md says which record feeds which figure.


def document_path(instance, filename: str) -> str:
    # A random name: the original is kept in the row, never trusted as a path.
    import uuid

    ext = filename.rsplit(".", 1)[-1].lower()[:5] if "." in filename else "bin"
    return f"plan/{type(instance).__name__.lower()}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class STTask(models.Model):
    """A provincial S&T task (nhiệm vụ KH&CN): the plan counts the share of agricultural and engineering
    tasks whose results a firm or cooperative took part in and received."""

    class Field(models.TextChoices):
        NATURAL = "natural", _("Natural sciences")
        ENGINEERING = "engineering", _("Engineering and technology")
        MEDICAL = "medical", _("Medical and pharmaceutical sciences")
        AGRICULTURAL = "agricultural", _("Agricultural sciences")
        SOCIAL = "social", _("Social sciences")
        HUMANITIES = "humanities", _("Humanities")

    class Level(models.TextChoices):
        NATIONAL = "national", _("National")
        PROVINCIAL = "provincial", _("Provincial")
        GRASSROOTS = "grassroots", _("Grassroots")

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed (accepted)")
        CANCELLED = "cancelled", _("Cancelled")

    # The plan's "agricultural science and engineering" tasks.
    COUNTED_FIELDS = (Field.AGRICULTURAL, Field.ENGINEERING)

    code = models.CharField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=300)
    field = models.CharField(_("field"), max_length=12, choices=Field.choices)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices, default=Level.PROVINCIAL)
    host = models.ForeignKey(
        Organization,
        verbose_name=_("host institution on the platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="st_tasks",
    )
    host_name = models.CharField(_("host institution"), max_length=200, blank=True)
    start_year = models.PositiveSmallIntegerField(_("from year"), validators=year_validators)
    end_year = models.PositiveSmallIntegerField(_("to year"), validators=year_validators)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS)
    completed_on = models.DateField(_("accepted (nghiệm thu) on"), null=True, blank=True)
    results = models.TextField(_("results"), blank=True)
    offer = models.ForeignKey(
        TechnologyOffer,
        verbose_name=_("offer on the exchange"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="st_tasks",
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-end_year", "code"]
        verbose_name = _("S&T task")
        verbose_name_plural = _("S&T tasks")
        constraints = [
            models.CheckConstraint(condition=Q(start_year__lte=F("end_year")), name="sttask_years_ordered"),
            models.CheckConstraint(
                condition=~Q(status="completed") | Q(completed_on__isnull=False), name="sttask_completed_has_date"
            ),
        ]

    def __str__(self):
        return f"{self.code} — {self.title}"

    @property
    def host_label(self) -> str:
        return self.host.name if self.host_id else self.host_name

    @property
    def counted(self) -> bool:
        return self.field in self.COUNTED_FIELDS

    def clean(self):
        errors = {}
        if self.start_year and self.end_year and self.start_year > self.end_year:
            errors["end_year"] = _("The period ends before it starts.")
        if self.status == self.Status.COMPLETED and not self.completed_on:
            errors["completed_on"] = _("Give the date the task was accepted.")
        if not self.host_id and not self.host_name:
            errors["host_name"] = _("Give the host institution.")
        if errors:
            raise ValidationError(errors)


class TaskUptake(models.Model):
    """A firm or cooperative that took part in a task and received and used its results."""

    task = models.ForeignKey(STTask, verbose_name=_("S&T task"), on_delete=models.CASCADE, related_name="uptakes")
    firm = models.ForeignKey(
        Organization, verbose_name=_("firm or cooperative"), on_delete=models.PROTECT, related_name="task_uptakes"
    )
    received_on = models.DateField(_("results received on"))
    # Blank only on an uptake recorded from a connection whose acceptance record is not there yet:
    # such an uptake is listed on the task but not counted until its proof is given.
    document_reference = models.CharField(_("proving document (number, date)"), max_length=200, blank=True)
    document = models.FileField(_("proving document (file)"), upload_to=document_path, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    interest = models.ForeignKey(
        Interest,
        verbose_name=_("accepted interest on the task's offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    connection = models.ForeignKey(
        Connection,
        verbose_name=_("connection with the accepted transfer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="task_uptakes",
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["task", "received_on"]
        verbose_name = _("receiving firm")
        verbose_name_plural = _("receiving firms")
        constraints = [
            models.UniqueConstraint(fields=["task", "firm"], name="taskuptake_one_per_firm"),
            models.CheckConstraint(
                condition=~Q(document_reference="") | Q(connection__isnull=False),
                name="taskuptake_proof_unless_from_connection",
            ),
        ]

    def __str__(self):
        return f"{self.task.code} → {self.firm}"

    @property
    def has_proof(self) -> bool:
        """Counted as receiving and using the results only with its proving document (reference or file)."""
        return bool(self.document_reference or self.document)


class TechnologyAppraisal(models.Model):
    """An appraisal (thẩm định công nghệ) of a firm's improved or innovated technology."""

    class Conclusion(models.TextChoices):
        PASSED = "passed", _("Passed")
        CONDITIONAL = "conditional", _("Passed with conditions")
        FAILED = "failed", _("Not passed")

    firm = models.ForeignKey(
        Organization, verbose_name=_("firm"), on_delete=models.PROTECT, related_name="technology_appraisals"
    )
    technology = models.CharField(_("technology"), max_length=300)
    appraised_on = models.DateField(_("appraised on"))
    key_firm = models.BooleanField(_("key firm of the province"), default=True)
    conclusion = models.CharField(_("conclusion"), max_length=12, choices=Conclusion.choices)
    conclusion_text = models.TextField(_("conclusion in full"), blank=True)
    document_reference = models.CharField(_("appraisal document (number, date)"), max_length=200)
    document = models.FileField(_("appraisal document (file)"), upload_to=document_path, blank=True)
    grant = models.ForeignKey(
        SupportGrant,
        verbose_name=_("support grant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appraisals",
    )
    connection = models.ForeignKey(
        Connection,
        verbose_name=_("connection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appraisals",
    )
    connection_reference = models.CharField(_("connection (meeting, MoU, contract)"), max_length=200, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    PASSING = (Conclusion.PASSED, Conclusion.CONDITIONAL)

    class Meta:
        ordering = ["-appraised_on", "-id"]
        verbose_name = _("technology appraisal")
        verbose_name_plural = _("technology appraisals")

    def __str__(self):
        return f"{self.firm} · {self.technology}"

    def clean(self):
        errors = {}
        if self.grant_id and self.firm_id and self.grant.firm_id != self.firm_id:
            errors["grant"] = _("This grant went to another firm.")
        if self.connection_id and self.firm_id and self.firm_id not in self.connection.organization_ids():
            errors["connection"] = _("This connection is not one of the appraised firm's.")
        if errors:
            raise ValidationError(errors)


class NewsCategory(models.Model):
    slug = models.SlugField(_("code"), max_length=40, unique=True)
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return _bilingual(self)


class NewsItem(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=250)
    category = models.ForeignKey(
        NewsCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="news"
    )
    summary = models.CharField(_("summary"), max_length=500)
    body = models.TextField(_("text"))
    cover = models.FileField(_("cover image"), upload_to=document_path, blank=True)
    cover_type = models.CharField(max_length=20, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    workshop = models.ForeignKey(
        "events.Workshop",
        verbose_name=_("workshop"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    training = models.ForeignKey(
        "events.Training",
        verbose_name=_("training"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    need = models.ForeignKey(
        TechnologyNeed,
        verbose_name=_("technology need"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    offer = models.ForeignKey(
        TechnologyOffer,
        verbose_name=_("technology offer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The announcement of its workshop or training (one each), made by the staff "announce" action.
    announcement = models.BooleanField(_("announcement of the workshop or training"), default=False, editable=False)
    announced_at = models.DateTimeField(_("organisations told at"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop"], condition=Q(announcement=True), name="news_one_announcement_per_workshop"
            ),
            models.UniqueConstraint(
                fields=["training"], condition=Q(announcement=True), name="news_one_announcement_per_training"
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False), name="news_published_has_date"
            ),
        ]
        indexes = [models.Index(fields=["status", "-published_at"], name="news_status_pub")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("grants:news_detail", args=[self.pk])


class Publication(models.Model):
    """A publication or programme the plan counts: proceedings, S&T bulletins, radio or TV programmes."""

    class Kind(models.TextChoices):
        PROCEEDINGS = "proceedings", _("Proceedings")
        BULLETIN = "bulletin", _("S&T bulletin")
        RADIO_TV = "radio_tv", _("Radio or TV programme")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    issue = models.CharField(_("issue or episode"), max_length=60, blank=True)
    published_on = models.DateField(_("published or broadcast on"))
    channel = models.CharField(_("publisher or channel"), max_length=200, blank=True)
    link = models.URLField(_("link"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published_on", "-id"]
        verbose_name = _("publication or programme")
        verbose_name_plural = _("publications and programmes")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


# Firms apply for support from their connection ---------------------------------------------------


def application_document_path(instance, filename: str) -> str:
    import uuid

    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"grant-applications/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class GrantApplication(models.Model):
    """A verified enterprise asks for support for the transfer its connection is about; staff review it
    (ask for more information, propose a grant, or refuse with a reason)."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted, waiting for review")
        INFO_REQUESTED = "info_requested", _("More information requested")
        PROPOSED = "proposed", _("Grant proposed")
        REFUSED = "refused", _("Refused")

    OPEN = (Status.SUBMITTED, Status.INFO_REQUESTED)

    firm = models.ForeignKey(
        Organization, verbose_name=_("firm"), on_delete=models.PROTECT, related_name="grant_applications"
    )
    connection = models.ForeignKey(
        Connection, verbose_name=_("connection"), on_delete=models.PROTECT, related_name="grant_applications"
    )
    program = models.ForeignKey(GrantProgram, verbose_name=_("program"), on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators)
    purpose = models.TextField(_("what the support pays for"))
    # [{"item": "Máy sấy", "amount": 450000000}, ...]; the eligible cost is their sum.
    cost_breakdown = models.JSONField(_("cost breakdown"), default=list)
    eligible_cost = models.PositiveBigIntegerField(_("eligible cost (₫)"), validators=amount_validators)
    requested_amount = models.PositiveBigIntegerField(_("requested amount (₫)"), validators=amount_validators)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.SUBMITTED)
    staff_message = models.TextField(_("message from the Department"), blank=True)
    grant = models.OneToOneField(
        SupportGrant, null=True, blank=True, on_delete=models.SET_NULL, related_name="application"
    )
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        verbose_name = _("grant application")
        verbose_name_plural = _("grant applications")
        constraints = [
            models.UniqueConstraint(
                fields=["connection", "program", "year"],
                condition=Q(status__in=["submitted", "info_requested"]),
                name="application_one_open_per_connection_program_year",
            ),
            models.CheckConstraint(
                condition=Q(requested_amount__lte=F("eligible_cost")), name="application_request_within_cost"
            ),
        ]

    def __str__(self):
        return f"{self.firm} · {self.program.code} {self.year}"

    def get_absolute_url(self):
        return reverse("grants:application_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN


class GrantApplicationDocument(models.Model):
    application = models.ForeignKey(GrantApplication, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("file"), upload_to=application_document_path)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("application document")
        verbose_name_plural = _("application documents")

    def __str__(self):
        return self.original_name


class GrantApplicationEvent(models.Model):
    """What happened to an application, for the applicant to follow: who, when, what, note."""

    application = models.ForeignKey(GrantApplication, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(_("status"), max_length=16, choices=GrantApplication.Status.choices)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.application_id}: {self.status}"
