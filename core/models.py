from django.conf import settings
from django.db import models


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
