from django.core.management.base import BaseCommand

from core.pages import pages_load


class Command(BaseCommand):
    help = "Create the rules and help pages (terms, privacy, posting rules, FAQ, guides) from the shipped texts."

    def handle(self, *args, **options):
        result = pages_load()
        self.stdout.write(f"{result['pages']} pages, {result['versions_created']} first versions created")
