from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares: roles, notifications, pagination, money and text helpers.

    `core` depends on no other app of the project; every app may depend on it.
    """

    name = "core"
    verbose_name = _("Platform")

    def ready(self):
        from . import tasks  # noqa: F401  (connects the handler that marks outbox messages done)
