import json

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Evaluate the matching engine on a labelled JSON file (format in docs/architecture.md) against a plain BM25 baseline: "
        "nDCG@10, MRR, Recall@10, P@5. Builds an in-memory index; writes nothing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print one JSON object {engine: {...}, bm25: {...}}")

    def handle(self, *args, **options):
        from matching.evaluation import METRICS, DatasetError, evaluate
        from matching.services import engine_config

        try:
            with open(options["file"], encoding="utf-8") as fh:
                data = json.load(fh)
        except OSError as exc:
            raise CommandError(f"cannot read {options['file']}: {exc}") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(f"{options['file']} is not valid JSON: {exc}") from exc
        try:
            # The engine exactly as the platform runs it (glossary + the sector tree it has); only reads.
            result = evaluate(data, engine_config())
        except DatasetError as exc:
            raise CommandError(str(exc)) from exc
        info = result.pop("_info")
        if options["json"]:
            self.stdout.write(json.dumps(result))
            return
        self.stdout.write(f"{info['needs']} needs ({info['judged_needs']} judged), {info['offers']} offers")
        self.stdout.write(f"{'metric':<12}{'engine':>10}{'bm25':>10}")
        for metric in METRICS:
            self.stdout.write(f"{metric:<12}{result['engine'][metric]:>10.4f}{result['bm25'][metric]:>10.4f}")
