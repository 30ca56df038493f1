from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketplaceConfig(AppConfig):
    name = "marketplace"
    verbose_name = _("Marketplace")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from core.notifications import register_kind

        from .cache import bump_lists_version
        from .models import Organization, TechnologyNeed, TechnologyOffer
        from .notifications import KINDS

        for kind, text in KINDS.items():
            register_kind(kind, text)

        from .export_kinds import register as register_exports

        register_exports()

        from .search import register as register_search

        register_search()

        for model in (TechnologyNeed, TechnologyOffer, Organization):
            post_save.connect(bump_lists_version, sender=model, dispatch_uid=f"lists-version-save-{model.__name__}")
            post_delete.connect(bump_lists_version, sender=model, dispatch_uid=f"lists-version-del-{model.__name__}")
        for model in (TechnologyNeed, TechnologyOffer, Organization):
            m2m_changed.connect(
                bump_lists_version, sender=model.sectors.through, dispatch_uid=f"lists-version-m2m-{model.__name__}"
            )
