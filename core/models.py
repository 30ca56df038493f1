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
