from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.text import search_document

from .fields import MultiChoiceField
from .validators import validate_tax_code


class Sector(models.Model):
    """A node of the bilingual sector tree (agriculture > coconut, ...)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    # Extra words (both languages) that help matching find this field: "coconut, dừa, copra".
    terms = models.TextField(_("related terms"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "vi").startswith("en") else self.name_vi


class Area(models.Model):
    """A commune or ward of the deployment's province, loaded from the deployment's data file
    (`manage.py load_areas`). Since 1 July 2025 local government has two levels, province and
    commune/ward; rows kind=former_district keep organisations registered before the reform readable."""

    class Kind(models.TextChoices):
        WARD = "ward", _("Ward")
        COMMUNE = "commune", _("Commune")
        SPECIAL_ZONE = "special_zone", _("Special zone")
        FORMER_DISTRICT = "former_district", _("Former district (before 1 July 2025)")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.COMMUNE)
    formed_from = models.CharField(
        _("formed from"), max_length=300, blank=True, help_text=_("The former units merged into this one.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Inactive areas stay readable on the organisations that have them but are not offered for new choices.
    active = models.BooleanField(_("offered in forms"), default=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("area (commune or ward)")
        verbose_name_plural = _("areas (communes and wards)")

    def __str__(self):
        if self.kind == self.Kind.FORMER_DISTRICT:
            return _("%(name)s (former district)") % {"name": self.name}
        return f"{self.get_kind_display()} {self.name}"


class Organization(models.Model):
    class Kind(models.TextChoices):
        ENTERPRISE = "enterprise", _("Enterprise (technology seeker)")
        PROVIDER = "provider", _("Technology provider")
        BOTH = "both", _("Both seeker and provider")

    class OrgType(models.TextChoices):
        SME = "sme", _("Small or medium enterprise")
        LARGE = "large", _("Large enterprise")
        COOPERATIVE = "cooperative", _("Cooperative")
        HOUSEHOLD = "household", _("Household business")
        INSTITUTE = "institute", _("Research institute")
        UNIVERSITY = "university", _("University or college")
        PUBLIC_UNIT = "public_unit", _("Public service unit")
        OTHER = "other", _("Other")

    class Size(models.TextChoices):
        MICRO = "micro", _("Micro")
        SMALL = "small", _("Small")
        MEDIUM = "medium", _("Medium")
        LARGE = "large", _("Large")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("role on the exchange"), max_length=12, choices=Kind.choices)
    tax_code = models.CharField(
        _("tax code"),
        max_length=14,
        unique=True,
        validators=[validate_tax_code],
        help_text=_("Vietnamese tax code (MST): 10 digits, or 10 digits-3 digits for a branch."),
    )
    org_type = models.CharField(_("type"), max_length=16, choices=OrgType.choices)
    size = models.CharField(_("size"), max_length=8, choices=Size.choices, blank=True)
    province = models.CharField(_("province"), max_length=80)
    area = models.ForeignKey(
        Area,
        verbose_name=_("commune or ward"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organizations",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True, related_name="organizations")
    announcements_opt_in = models.BooleanField(
        _("receive announcements of workshops and trainings in our sectors"),
        default=False,
        help_text=_("Our members are told when the Department announces a workshop or a training in our sectors."),
    )
    description = models.TextField(_("about the organisation"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_phone = models.CharField(_("contact phone"), max_length=30)
    contact_email = models.EmailField(_("contact e-mail"))
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Staff's answer while it is not verified: more information asked, or registration refused (with why).
    review_state = models.CharField(
        _("review"),
        max_length=16,
        blank=True,
        choices=[("info_requested", _("More information asked")), ("rejected", _("Refused"))],
    )
    review_remarks = models.TextField(_("remarks from the Department"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="organizations")
    # S&T enterprise certificate (Giấy chứng nhận doanh nghiệp KH&CN) and high-technology certification:
    # the plan counts S&T enterprises and the share of them in high technology (grants.plan).
    st_certificate_number = models.CharField(_("S&T enterprise certificate number"), max_length=60, blank=True)
    st_certified_on = models.DateField(_("S&T enterprise certified on"), null=True, blank=True)
    st_certificate_issuer = models.CharField(_("S&T enterprise certificate issued by"), max_length=200, blank=True)
    high_tech_certificate_number = models.CharField(_("high-technology certificate number"), max_length=60, blank=True)
    high_tech_certified_on = models.DateField(_("high-technology certified on"), null=True, blank=True)
    # The name and description, normalised (core.text.search_document), for accent-insensitive search.
    search_text = models.TextField(editable=False, blank=True, default="")

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = search_document(self.name, self.description)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"name", "description"} & set(update_fields):
            kwargs["update_fields"] = set(update_fields) | {"search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("marketplace:organization_detail", args=[self.pk])

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None

    @property
    def is_seeker(self) -> bool:
        return self.kind in (self.Kind.ENTERPRISE, self.Kind.BOTH)

    @property
    def is_provider(self) -> bool:
        return self.kind in (self.Kind.PROVIDER, self.Kind.BOTH)


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Administrator")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="membership_unique_user_org")]

    def __str__(self):
        return f"{self.user} @ {self.organization}"


class TransferMode(models.TextChoices):
    LICENCE = "licence", _("Licence")
    SALE = "sale", _("Sale / assignment")
    TURNKEY = "turnkey", _("Turnkey delivery")
    JOINT = "joint", _("Joint development")
    CONSULTING = "consulting", _("Consulting / training")
    EQUIPMENT = "equipment", _("Equipment supply")


class Region(models.TextChoices):
    PROVINCE = "province", _("In the province")
    REGION = "region", _("Mekong Delta region")
    NATIONAL = "national", _("Nationwide")
    INTERNATIONAL = "international", _("International")


class PostStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Awaiting review")
    PUBLISHED = "published", _("Published")
    PAUSED = "paused", _("Paused")
    REJECTED = "rejected", _("Rejected")
    CLOSED = "closed", _("Closed")
    EXPIRED = "expired", _("Expired")


class Post(models.Model):
    """What needs and offers share: ownership, the public summary, the confidential part, the lifecycle."""

    # Fields a reader sees as free text: any change since the last approval sends the post back to moderation.
    TEXT_FIELDS: tuple[str, ...] = ("title", "summary", "description", "keywords")

    organization = models.ForeignKey(Organization, verbose_name=_("organisation"), on_delete=models.PROTECT)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("public summary"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    confidential_details = models.TextField(
        _("confidential details"),
        blank=True,
        help_text=_("Shown only to organisations whose expression of interest you accepted."),
    )
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), related_name="+")
    keywords = models.CharField(_("keywords"), max_length=300, blank=True, help_text=_("Separated by commas."))
    transfer_modes = MultiChoiceField(_("transfer modes"), choices=TransferMode.choices, blank=True)
    region = models.CharField(_("region"), max_length=16, choices=Region.choices, default=Region.PROVINCE)
    status = models.CharField(_("status"), max_length=12, choices=PostStatus.choices, default=PostStatus.DRAFT)
    review_remarks = models.TextField(_("remarks from the reviewer"), blank=True)
    # The public text as staff last approved it ({field: value}); compared on every way back to "published".
    approved_text = models.JSONField(default=dict, blank=True, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    expiry_reminded_at = models.DateTimeField(null=True, blank=True)
    search_text = models.TextField(editable=False, blank=True, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    entered_by_staff = models.BooleanField(_("entered by staff on behalf of the organisation"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        abstract = True
        ordering = ["-published_at", "-id"]

    def __str__(self):
        return self.title

    def search_parts(self) -> list[str]:
        return [self.title, self.summary, self.description, self.keywords]

    def refresh_search_text(self) -> None:
        self.search_text = search_document(*self.search_parts())

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) & set(self.TEXT_FIELDS):
            kwargs["update_fields"] = set(update_fields) | {"search_text"}
        super().save(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        return self.status == PostStatus.PUBLISHED

    @property
    def keyword_list(self) -> list[str]:
        return [k.strip() for k in self.keywords.split(",") if k.strip()]

    def transfer_mode_labels(self) -> list[str]:
        labels = dict(TransferMode.choices)
        return [str(labels.get(code, code)) for code in self.transfer_modes]

    @property
    def expires_soon(self) -> bool:
        if not self.expires_at:
            return False
        return self.expires_at - timezone.now() <= timezone.timedelta(days=settings.EXPIRY_REMINDER_DAYS)


class TechnologyNeed(Post):
    kind = "need"
    TEXT_FIELDS = Post.TEXT_FIELDS + ("problem", "expected_results")

    problem = models.TextField(_("problem to solve"))
    expected_results = models.TextField(_("expected results"), blank=True)
    min_trl = models.PositiveSmallIntegerField(
        _("minimum technology readiness (TRL)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
    )
    budget_min = models.PositiveBigIntegerField(_("budget from (₫)"), null=True, blank=True)
    budget_max = models.PositiveBigIntegerField(_("budget up to (₫)"), null=True, blank=True)
    deadline = models.DateField(_("wanted by"), null=True, blank=True)

    class Meta(Post.Meta):
        verbose_name = _("technology need")
        verbose_name_plural = _("technology needs")
        constraints = [
            models.CheckConstraint(
                condition=Q(budget_min__isnull=True) | Q(budget_max__isnull=True) | Q(budget_min__lte=F("budget_max")),
                name="need_budget_min_lte_max",
            ),
            models.CheckConstraint(
                condition=Q(min_trl__isnull=True) | Q(min_trl__gte=1, min_trl__lte=9), name="need_min_trl_1_9"
            ),
        ]
        indexes = [models.Index(fields=["status", "-published_at"], name="need_status_pub")]

    def get_absolute_url(self):
        return reverse("marketplace:need_detail", args=[self.pk])

    def search_parts(self) -> list[str]:
        return super().search_parts() + [self.problem, self.expected_results]


class TechnologyOffer(Post):
    kind = "offer"
    TEXT_FIELDS = Post.TEXT_FIELDS + ("reference_deployments",)

    class IPStatus(models.TextChoices):
        PATENT = "patent", _("Patent")
        UTILITY = "utility", _("Utility solution")
        KNOW_HOW = "know_how", _("Know-how / trade secret")
        COPYRIGHT = "copyright", _("Copyright")
        NONE = "none", _("No protection")

    trl = models.PositiveSmallIntegerField(
        _("technology readiness (TRL 1–9)"), validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    ip_status = models.CharField(_("intellectual property"), max_length=10, choices=IPStatus.choices)
    price_min = models.PositiveBigIntegerField(_("price from (₫)"), null=True, blank=True)
    price_max = models.PositiveBigIntegerField(_("price up to (₫)"), null=True, blank=True)
    price_negotiable = models.BooleanField(_("price negotiable"), default=False)
    reference_deployments = models.TextField(_("reference deployments"), blank=True)

    class Meta(Post.Meta):
        verbose_name = _("technology offer")
        verbose_name_plural = _("technology offers")
        constraints = [
            models.CheckConstraint(
                condition=Q(price_min__isnull=True) | Q(price_max__isnull=True) | Q(price_min__lte=F("price_max")),
                name="offer_price_min_lte_max",
            ),
            models.CheckConstraint(condition=Q(trl__gte=1, trl__lte=9), name="offer_trl_1_9"),
        ]
        indexes = [models.Index(fields=["status", "-published_at"], name="offer_status_pub")]

    def get_absolute_url(self):
        return reverse("marketplace:offer_detail", args=[self.pk])

    def search_parts(self) -> list[str]:
        return super().search_parts() + [self.reference_deployments]


class PostTarget(models.Model):
    """A row that belongs to exactly one need or one offer."""

    need = models.ForeignKey(TechnologyNeed, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey(TechnologyOffer, null=True, blank=True, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True

    @property
    def post(self):
        return self.need if self.need_id else self.offer

    @classmethod
    def target_kwargs(cls, post) -> dict:
        return {"need": post} if isinstance(post, TechnologyNeed) else {"offer": post}

    @staticmethod
    def one_target_constraint(name: str) -> models.CheckConstraint:
        return models.CheckConstraint(
            condition=(Q(need__isnull=False, offer__isnull=True) | Q(need__isnull=True, offer__isnull=False)),
            name=name,
        )


def attachment_path(instance, filename: str) -> str:
    # Stored under a random name with the extension of the type detected from the content: the uploader's name
    # is kept in the row for display, never trusted as a path or a type (PDF content named .html is stored .pdf).
    import uuid

    from .validators import attachment_extension

    return f"attachments/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{attachment_extension(instance.content_type)}"


class Attachment(PostTarget):
    need = models.ForeignKey(
        TechnologyNeed, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    offer = models.ForeignKey(
        TechnologyOffer, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to=attachment_path)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        constraints = [PostTarget.one_target_constraint("attachment_one_target")]

    def __str__(self):
        return self.original_name


class StatusChange(PostTarget):
    """Every change of a post's status: who, when, from, to, why."""

    need = models.ForeignKey(TechnologyNeed, null=True, blank=True, on_delete=models.CASCADE, related_name="history")
    offer = models.ForeignKey(TechnologyOffer, null=True, blank=True, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(_("previous status"), max_length=12, choices=PostStatus.choices, blank=True)
    to_status = models.CharField(_("new status"), max_length=12, choices=PostStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    # What changed in the public text since the last approval: {field: {"before": ..., "after": ...}}.
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        constraints = [PostTarget.one_target_constraint("statuschange_one_target")]

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"


class Interest(PostTarget):
    """An organisation's expression of interest in a published need or offer."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Cooperation(models.TextChoices):
        BUY = "buy", _("Buy or license the technology")
        SUPPLY = "supply", _("Supply the technology")
        JOINT = "joint", _("Develop it together")
        CONSULTING = "consulting", _("Consulting or training")
        INVEST = "invest", _("Invest or co-finance")
        OTHER = "other", _("Other")

    class DeclineReason(models.TextChoices):
        TOO_EARLY = "too_early", _("Too early: not ready for this yet")
        NOT_OUR_FIELD = "not_our_field", _("Not our field")
        PRICE = "price", _("Price or budget does not fit")
        ALREADY_SOLVED = "already_solved", _("Already solved")
        OTHER = "other", _("Other")

    need = models.ForeignKey(TechnologyNeed, null=True, blank=True, on_delete=models.CASCADE, related_name="interests")
    offer = models.ForeignKey(
        TechnologyOffer, null=True, blank=True, on_delete=models.CASCADE, related_name="interests"
    )
    from_organization = models.ForeignKey(
        Organization, verbose_name=_("interested organisation"), on_delete=models.CASCADE, related_name="interests_sent"
    )
    cooperation = models.CharField(_("cooperation sought"), max_length=12, choices=Cooperation.choices)
    message = models.TextField(_("message"))
    questions = models.TextField(_("what you need to know"), blank=True)
    about_us = models.TextField(_("who you are"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    decline_reason = models.CharField(_("reason"), max_length=16, choices=DeclineReason.choices, blank=True)
    decline_note = models.TextField(_("note"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            PostTarget.one_target_constraint("interest_one_target"),
            # One live interest per organisation and post: a second one waits for the first to end.
            models.UniqueConstraint(
                fields=["from_organization", "need"],
                condition=Q(status__in=["pending", "accepted"]),
                name="interest_one_live_per_need",
            ),
            models.UniqueConstraint(
                fields=["from_organization", "offer"],
                condition=Q(status__in=["pending", "accepted"]),
                name="interest_one_live_per_offer",
            ),
        ]

    def __str__(self):
        return f"{self.from_organization} → {self.post}"


def invitation_token() -> str:
    import secrets

    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """An owner's invitation to join an organisation, sent by e-mail. Nobody becomes a member without
    accepting it themselves."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("e-mail"))
    role = models.CharField(_("role"), max_length=8, choices=Membership.Role.choices, default=Membership.Role.MEMBER)
    token = models.CharField(max_length=64, unique=True, default=invitation_token, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("invitation to join")
        verbose_name_plural = _("invitations to join")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "email"], condition=Q(status="pending"), name="invitation_one_pending"
            )
        ]

    def __str__(self):
        return f"{self.email} → {self.organization}"

    def get_absolute_url(self):
        return reverse("marketplace:invitation_detail", args=[self.token])

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.PENDING and self.expires_at > timezone.now()


class OrganizationChange(models.Model):
    """A verified organisation's new name, tax code or size, waiting for staff to confirm it. Until then the
    organisation keeps (and its badge vouches for) the confirmed values."""

    FIELDS = ("name", "tax_code", "size")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Refused")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="changes")
    values = models.JSONField(_("proposed values"))
    previous = models.JSONField(_("values at the time of the request"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    remarks = models.TextField(_("remarks"), blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("change of a verified organisation")
        verbose_name_plural = _("changes of verified organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["organization"], condition=Q(status="pending"), name="organization_change_one_pending"
            )
        ]

    def __str__(self):
        return f"{self.organization}: {self.values}"

    def rows(self) -> list[tuple[str, str, str]]:
        """(field label, confirmed value, proposed value) for display."""
        out = []
        for name in self.FIELDS:
            if name in self.values:
                field = Organization._meta.get_field(name)
                choices = dict(field.choices or [])
                old, new = self.previous.get(name, ""), self.values[name]
                out.append((str(field.verbose_name), str(choices.get(old, old)), str(choices.get(new, new))))
        return out


# Connections: one record that carries a pair from interest to transfer -------------------------


def connection_document_path(instance, filename: str) -> str:
    import uuid

    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"connections/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class Connection(models.Model):
    """A seeker and a provider working towards a technology transfer, whatever brought them together
    (an accepted interest, a workshop meeting, a staff introduction). One open connection per pair."""

    class Stage(models.TextChoices):
        INTRODUCED = "introduced", _("Introduced")
        DISCUSSING = "discussing", _("In discussion")
        MET = "met", _("Met")
        NEGOTIATING = "negotiating", _("Negotiating")
        MOU = "mou", _("MoU signed")
        CONTRACT = "contract", _("Contract signed")
        ACCEPTED = "accepted", _("Transfer accepted")
        CLOSED = "closed", _("Closed")

    class Result(models.TextChoices):
        WON = "won", _("Won")
        LOST = "lost", _("Lost")

    class LostReason(models.TextChoices):
        NO_FIT = "no_fit", _("The technology does not fit")
        PRICE = "price", _("Price or budget")
        TIMING = "timing", _("Not the right time")
        NO_FUNDING = "no_funding", _("No funding")
        NO_RESPONSE = "no_response", _("The other side stopped answering")
        OTHER_PARTNER = "other_partner", _("Chose another partner")
        OTHER = "other", _("Other")

    class Channel(models.TextChoices):
        EXCHANGE = "exchange", _("Expression of interest on the exchange")
        WORKSHOP = "workshop", _("Workshop meeting")
        STAFF = "staff", _("Introduced by staff")

    seeker = models.ForeignKey(
        Organization, verbose_name=_("technology seeker"), on_delete=models.PROTECT, related_name="connections_sought"
    )
    provider = models.ForeignKey(
        Organization,
        verbose_name=_("technology provider"),
        on_delete=models.PROTECT,
        related_name="connections_provided",
    )
    need = models.ForeignKey(
        TechnologyNeed, verbose_name=_("need"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    offer = models.ForeignKey(
        TechnologyOffer, verbose_name=_("offer"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    interest = models.ForeignKey(
        Interest,
        verbose_name=_("expression of interest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="connections",
    )
    channel = models.CharField(_("came through"), max_length=10, choices=Channel.choices)
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.INTRODUCED)
    result = models.CharField(_("result"), max_length=4, choices=Result.choices, blank=True)
    lost_reason = models.CharField(_("reason"), max_length=14, choices=LostReason.choices, blank=True)
    mou_signed_on = models.DateField(_("MoU signed on"), null=True, blank=True)
    contract_value = models.PositiveBigIntegerField(_("contract value (₫)"), null=True, blank=True)
    contract_signed_on = models.DateField(_("contract signed on"), null=True, blank=True)
    contract_document = models.FileField(_("contract"), upload_to=connection_document_path, blank=True)
    accepted_on = models.DateField(_("transfer accepted on"), null=True, blank=True)
    acceptance_document = models.FileField(_("acceptance record"), upload_to=connection_document_path, blank=True)
    stage_changed_at = models.DateTimeField(_("stage changed at"), default=timezone.now)
    stall_reminded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["-stage_changed_at", "-id"]
        verbose_name = _("connection")
        verbose_name_plural = _("connections")
        constraints = [
            models.CheckConstraint(condition=~Q(seeker=F("provider")), name="connection_two_organizations"),
            models.UniqueConstraint(
                fields=["seeker", "provider"], condition=~Q(stage="closed"), name="connection_one_open_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(stage="closed", result__in=["won", "lost"]) | (~Q(stage="closed") & Q(result="")),
                name="connection_closed_has_result",
            ),
            models.CheckConstraint(condition=~Q(result="lost") | ~Q(lost_reason=""), name="connection_lost_has_reason"),
            models.CheckConstraint(
                condition=~Q(stage__in=["contract", "accepted"])
                | Q(contract_value__gt=0, contract_signed_on__isnull=False),
                name="connection_contract_has_value_and_date",
            ),
            models.CheckConstraint(
                condition=~Q(stage="accepted") | Q(accepted_on__isnull=False), name="connection_accepted_has_date"
            ),
        ]
        indexes = [models.Index(fields=["stage", "stage_changed_at"], name="connection_stage_age")]

    def __str__(self):
        return f"{self.seeker} ↔ {self.provider}"

    def get_absolute_url(self):
        return reverse("marketplace:connection_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.stage != self.Stage.CLOSED

    @property
    def has_contract(self) -> bool:
        return self.contract_signed_on is not None and bool(self.contract_value)

    @property
    def transfer_accepted(self) -> bool:
        return self.accepted_on is not None

    def organization_ids(self) -> set[int]:
        return {self.seeker_id, self.provider_id}


class ConnectionEvent(models.Model):
    """Every move of a connection: who, when, from, to, note."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Created")
        MOVED = "moved", _("Moved forward")
        CLOSED = "closed", _("Closed")
        CORRECTED = "corrected", _("Corrected by staff")
        LINKED = "linked", _("Linked")

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="history")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    from_stage = models.CharField(_("from"), max_length=12, choices=Connection.Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=12, choices=Connection.Stage.choices)
    note = models.TextField(_("note"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("connection history entry")
        verbose_name_plural = _("connection history")

    def __str__(self):
        return f"{self.connection_id}: {self.from_stage or '—'} → {self.to_stage}"


class ConnectionMessage(models.Model):
    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    # Null when staff wrote it as the Department rather than for one of the two sides.
    author_organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("connection message")
        verbose_name_plural = _("connection messages")

    def __str__(self):
        return f"{self.connection_id}#{self.pk}"


class ConnectionAttachment(models.Model):
    message = models.ForeignKey(ConnectionMessage, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=connection_document_path)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("message attachment")
        verbose_name_plural = _("message attachments")

    def __str__(self):
        return self.original_name


class ConnectionRead(models.Model):
    """Up to when a user has read a connection's messages: the unread marks and the e-mail batches."""

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["connection", "user"], name="connectionread_unique")]

    def __str__(self):
        return f"{self.user_id} read {self.connection_id} at {self.read_at}"
