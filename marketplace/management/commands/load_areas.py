from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from marketplace.areas import areas_file_default, areas_load, areas_read


class Command(BaseCommand):
    help = "Load the deployment's communes and wards from a JSON file (default: PLATFORM['AREAS_FILE'])."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="areas file; default: the deployment's AREAS_FILE setting")
        parser.add_argument(
            "--withdraw-missing",
            action="store_true",
            help="stop offering areas that are not in the file (they stay on the organisations that have them)",
        )

    def handle(self, *args, **options):
        path = options["file"] or areas_file_default()
        try:
            result = areas_load(rows=areas_read(path=path), withdraw_missing=options["withdraw_missing"])
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        self.stdout.write(
            f"{path}: {result['created']} created, {result['updated']} updated, {result['withdrawn']} withdrawn"
        )
