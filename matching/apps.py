from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = _("Matching")

    def ready(self):
        from core.notifications import register_kind
        from marketplace.signals import post_changed

        from .receivers import on_post_changed

        post_changed.connect(on_post_changed, dispatch_uid="matching.recompute_on_post_changed")
        register_kind("match_for_need", _("A strong match for your need “%(post)s”: “%(other)s” (%(score)s)."))
        register_kind("match_for_offer", _("A strong match for your offer “%(post)s”: “%(other)s” (%(score)s)."))
