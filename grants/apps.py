from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GrantsConfig(AppConfig):
    name = "grants"
    verbose_name = _("Support grants")

    def ready(self):
        from core.notifications import register_kind

        register_kind("grant_approved", _("Your support grant from “%(program)s” (%(year)s) was approved: %(amount)s."))
        register_kind(
            "grant_disbursed",
            _("A tranche of %(amount)s of your support grant from “%(program)s” was paid (%(milestone)s)."),
        )
        register_kind(
            "grant_cancelled", _("Your support grant from “%(program)s” (%(year)s) was cancelled: %(reason)s")
        )
