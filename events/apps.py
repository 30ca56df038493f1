from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Connection workshops")

    def ready(self):
        from core.notifications import register_kind

        kinds = {
            "workshop_registered": _("You are registered for “%(workshop)s”."),
            "workshop_waitlisted": _("“%(workshop)s” is full: you are on the waiting list (position %(position)s)."),
            "workshop_promoted": _("A seat became free: your registration for “%(workshop)s” is now confirmed."),
            "workshop_cancelled": _("The workshop “%(workshop)s” has been cancelled."),
            "meeting_requested": _("%(org)s asks to meet you at “%(workshop)s”."),
            "meeting_accepted": _("%(org)s accepted your meeting request at “%(workshop)s”."),
            "meeting_declined": _("%(org)s declined your meeting request at “%(workshop)s”."),
            "schedule_published": _("Your B2B meeting agenda for “%(workshop)s” is ready: %(count)s meetings."),
            "outcome_follow_up": _("Six months after “%(workshop)s”: what came of your meeting with %(org)s?"),
            "workshop_invited": _(
                "The Department invites you to “%(workshop)s” to meet %(org)s, a strong match: register with one click."
            ),
        }
        from .emails import registration_email_details

        with_details = {"workshop_registered", "workshop_waitlisted", "workshop_promoted"}
        for kind, text in kinds.items():
            register_kind(kind, text, email_details=registration_email_details if kind in with_details else None)

        from django.db.models.signals import post_delete, post_save

        from core.page_cache import bumper

        from .models import Registration, Workshop

        # The public workshop list (cards with seats taken) and the header search show workshops.
        for model, scopes in ((Workshop, ("workshops", "search")), (Registration, ("workshops",))):
            for name, signal in (("save", post_save), ("delete", post_delete)):
                signal.connect(bumper(*scopes), sender=model, weak=False, dispatch_uid=f"page-{model.__name__}-{name}")

        from .search import register as register_search

        register_search()
