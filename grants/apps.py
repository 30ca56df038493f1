from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GrantsConfig(AppConfig):
    name = "grants"
    verbose_name = _("Support grants")

    def ready(self):
        from core.notifications import register_kind
        from marketplace.signals import connection_changed

        from .plan_services import on_connection_changed

        connection_changed.connect(on_connection_changed, dispatch_uid="grants-task-uptake-from-connection")

        from .export_kinds import register as register_exports

        register_exports()

        register_kind("grant_approved", _("Your support grant from “%(program)s” (%(year)s) was approved: %(amount)s."))
        register_kind(
            "grant_disbursed",
            _("A tranche of %(amount)s of your support grant from “%(program)s” was paid (%(milestone)s)."),
        )
        register_kind(
            "grant_cancelled", _("Your support grant from “%(program)s” (%(year)s) was cancelled: %(reason)s")
        )
        register_kind(
            "workshop_announced",
            _("A workshop in your sectors: “%(title)s”, %(when)s at %(venue)s."),
            label=_("Announcements of workshops in our sectors"),
        )
        register_kind(
            "training_announced",
            _("A training in your sectors: “%(title)s”, %(when)s at %(venue)s."),
            label=_("Announcements of trainings in our sectors"),
        )
        register_kind("application_submitted", _("%(firm)s applied for support from “%(program)s”."))
        register_kind(
            "application_info_requested",
            _("The Department asks for more information on your application to “%(program)s”: %(message)s"),
        )
        register_kind("application_refused", _("Your application to “%(program)s” (%(year)s) was refused: %(reason)s"))
        register_kind(
            "application_proposed",
            _("A grant of %(amount)s was proposed from your application to “%(program)s” (%(year)s)."),
        )
