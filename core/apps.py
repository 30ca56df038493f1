from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares: roles, notifications, pagination, money and text helpers.

    `core` depends on no other app of the project; every app may depend on it.
    """

    name = "core"
    verbose_name = _("Platform")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from . import (
            signals,  # noqa: F401
            tasks,  # noqa: F401  (connects the handler that marks outbox messages done)
        )
        from .login_limits import clear_account_failures, record_failure

        user_login_failed.connect(record_failure, dispatch_uid="core.login_limits.record_failure")
        user_logged_in.connect(clear_account_failures, dispatch_uid="core.login_limits.clear")
