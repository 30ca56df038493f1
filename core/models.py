import os

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """An in-app notice; `event_key` makes each event notify each user at most once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    event_key = models.CharField(max_length=200)
    kind = models.CharField(max_length=40)
    params = models.JSONField(default=dict, blank=True)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        # The table keeps the name it had when notifications lived in the marketplace app.
        db_table = "marketplace_notification"
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "event_key"], name="notification_once_per_event")]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread")]

    def __str__(self):
        return f"{self.kind} → {self.user}"

    @property
    def text(self) -> str:
        from .notifications import render_text

        return render_text(self)


class Profile(models.Model):
    """What a person keeps on their account beyond the log-in: how to address them, how to reach them,
    the language of their e-mails and notifications."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    position = models.CharField(_("position"), max_length=120, blank=True)
    language = models.CharField(_("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.full_name or self.user.get_username()


class NotificationSetting(models.Model):
    """How one person wants one kind of notification delivered; no row means an e-mail at once."""

    class Delivery(models.TextChoices):
        IN_APP = "in_app", _("On the site only")
        EMAIL = "email", _("E-mail at once")
        DIGEST = "digest", _("Daily digest e-mail")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings")
    kind = models.CharField(max_length=40)
    delivery = models.CharField(_("delivery"), max_length=8, choices=Delivery.choices, default=Delivery.EMAIL)

    class Meta:
        verbose_name = _("notification setting")
        verbose_name_plural = _("notification settings")
        constraints = [models.UniqueConstraint(fields=["user", "kind"], name="notification_setting_once_per_kind")]

    def __str__(self):
        return f"{self.user} {self.kind}: {self.delivery}"


class Page(models.Model):
    """A page of the public service: terms of use, privacy policy, posting rules, FAQ, user guides.
    Its text lives in versions; staff edit it by adding a version, so the history is never lost."""

    class Kind(models.TextChoices):
        LEGAL = "legal", _("Rules and policies")
        HELP = "help", _("Help")

    slug = models.SlugField(_("address"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.HELP)
    # Terms and the privacy policy: every user must have accepted their current version.
    requires_acceptance = models.BooleanField(_("users must accept it"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.slug

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("core:page", args=[self.slug])


class PageVersion(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    title_vi = models.CharField(_("title (Vietnamese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200)
    body_vi = models.TextField(
        _("text (Vietnamese)"), help_text=_("Markdown: # heading, **bold**, - list, [link](url).")
    )
    body_en = models.TextField(_("text (English)"), help_text=_("Markdown: # heading, **bold**, - list, [link](url)."))
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    asks_acceptance = models.BooleanField(
        _("users must accept this version again"),
        default=False,
        help_text=_("For a material change of the terms or the privacy policy."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("published at"), auto_now_add=True)

    class Meta:
        ordering = ["page", "-number"]
        verbose_name = _("page version")
        verbose_name_plural = _("page versions")
        constraints = [models.UniqueConstraint(fields=["page", "number"], name="page_version_unique_number")]

    def __str__(self):
        return f"{self.page.slug} v{self.number}"

    @property
    def title(self) -> str:
        from django.utils.translation import get_language

        return self.title_en if (get_language() or "vi").startswith("en") and self.title_en else self.title_vi

    @property
    def body(self) -> str:
        from django.utils.translation import get_language

        return self.body_en if (get_language() or "vi").startswith("en") and self.body_en else self.body_vi


class Acceptance(models.Model):
    """A person's acceptance of one version of the terms or the privacy policy (Decree 13/2023/NĐ-CP asks
    that consent can be shown: which text, and when)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="acceptances")
    version = models.ForeignKey(PageVersion, on_delete=models.PROTECT, related_name="acceptances")
    accepted_at = models.DateTimeField(_("accepted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("acceptance")
        verbose_name_plural = _("acceptances")
        constraints = [models.UniqueConstraint(fields=["user", "version"], name="acceptance_once_per_version")]

    def __str__(self):
        return f"{self.user} accepted {self.version}"


class AccountEvent(models.Model):
    """What staff did to an account (deactivate, reactivate, make or unmake staff): who, when, why."""

    class Action(models.TextChoices):
        DEACTIVATED = "deactivated", _("Deactivated")
        REACTIVATED = "reactivated", _("Reactivated")
        MADE_STAFF = "made_staff", _("Made staff")
        UNMADE_STAFF = "unmade_staff", _("No longer staff")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="account_events")
    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("account event")
        verbose_name_plural = _("account events")

    def __str__(self):
        return f"{self.user} {self.action}"


class OutboxMessage(models.Model):
    """Follow-up work (a Celery task and its arguments) written in the same transaction as the change that
    calls for it. It is published after the commit; if the broker is down, the relay publishes it later.
    `done_at` is set when the task succeeds, so work lost by a broker (published, never run) is sent again."""

    task = models.CharField(max_length=200)
    args = models.JSONField(default=list, blank=True)
    kwargs = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["done_at", "sent_at"], name="outbox_pending")]

    def __str__(self):
        return f"{self.task}{tuple(self.args)}"


class LoginFailure(models.Model):
    """A failed log-in (web or API token), counted per account and per client address by core.login_limits.
    In the database, not the cache: the limits hold while Redis is down."""

    account = models.CharField(max_length=200, db_index=True)
    address = models.CharField(max_length=64, db_index=True)
    at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.account} from {self.address} at {self.at:%Y-%m-%d %H:%M:%S}"


def export_path(instance, filename):
    # A random name: the URL of the file is never guessable, and a retried build never overwrites another's.
    import uuid

    return f"exports/{instance.created_at:%Y/%m}/{instance.pk}-{uuid.uuid4().hex}{os.path.splitext(filename)[1]}"


class ExportJob(models.Model):
    """A spreadsheet built by a worker (core.export_jobs): who asked for which export with which filters, how far
    the build is, and the finished file, which only the requester (or staff, where the export allows) downloads.
    `owner` and `heartbeat_at` let a redelivered task see that the worker building the file died."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being prepared")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    requester = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs")
    kind = models.CharField(max_length=60)
    fmt = models.CharField(max_length=8)
    params = models.JSONField(default=dict, blank=True)  # the query string, {name: [values]}
    params_key = models.CharField(max_length=64)  # a digest of kind, format and params, for de-duplication
    language = models.CharField(max_length=8, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=200, blank=True)
    file = models.FileField(upload_to=export_path, blank=True, max_length=300)
    filename = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    owner = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One pending job per person and export: asking again while it is being built returns that job.
            models.UniqueConstraint(
                fields=["requester", "params_key"],
                condition=models.Q(status__in=["queued", "running"]),
                name="export_job_once_while_pending",
            )
        ]
        indexes = [models.Index(fields=["status", "finished_at"], name="export_job_status")]

    @property
    def is_active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)

    @property
    def step_display(self) -> str:
        from django.utils.translation import gettext

        return gettext(self.step) if self.step else ""  # stored untranslated (gettext_noop), shown in the reader's

    def __str__(self):
        return f"{self.kind}.{self.fmt} for {self.requester} — {self.status}"
