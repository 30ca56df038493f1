import importlib
from contextlib import contextmanager

from django.apps import apps
from django.core.management.base import BaseCommand

from marketplace.signals import post_changed


@contextmanager
def muted(signal):
    saved = signal.receivers
    signal.receivers = []
    signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        signal.receivers = saved
        signal.sender_receivers_cache.clear()


class Command(BaseCommand):
    help = "Load demo data (organisations, needs, offers, and each app's own demo data). Safe to run twice."

    def handle(self, *args, **options):
        from django.conf import settings
        from django.utils import translation

        # Texts the demo stores (history reasons, notices) are written in the deployment's language,
        # whatever language the calling thread last used.
        with translation.override(settings.LANGUAGE_CODE):
            self._seed(settings)

    def _seed(self, settings):
        from marketplace import demo

        # Demo events would otherwise print hundreds of notification e-mails to the console.
        settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

        # Each demo post is published one by one; rather than recompute matches after every one of them,
        # listeners are muted here and each app's own demo step (matching's recomputes all) runs after.
        with muted(post_changed):
            result = demo.seed(self.stdout)
        self.stdout.write(f"Marketplace: {result['offers']} offers and {result['needs']} needs created.")
        # Every other app may ship a `demo.py` with a `seed(stdout)` function; run them in app order.
        for config in apps.get_app_configs():
            if config.name == "marketplace":
                continue
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name == f"{config.name}.demo":
                    continue
                raise
            summary = module.seed(self.stdout)
            if summary:
                self.stdout.write(f"{config.verbose_name}: {summary}")
            # A demo module may name further demo modules of its app (e.g. grants.demo_plan), run after it.
            for extra in getattr(module, "EXTRA", ()):
                summary = importlib.import_module(extra).seed(self.stdout)
                if summary:
                    self.stdout.write(f"{config.verbose_name}: {summary}")
        self.stdout.write(self.style.SUCCESS("\nDemo logins (password for all: {})".format(result["password"])))
        for username, _key, label in result["logins"]:
            self.stdout.write(f"  {username:<14} {label}")
        self.stdout.write("  (every demo organisation has its own user too: see Django admin)")
