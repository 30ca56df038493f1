import json
import sys

from django.core.management.base import BaseCommand, CommandError

from events.scheduling import InstanceError, solve_instance


class Command(BaseCommand):
    help = (
        "Schedule B2B meetings for an instance file (format in docs/architecture.md) on its own: "
        '{"participants", "slots", "tables", "requests", "availability"?, "pinned"?}. FILE "-" reads stdin.'
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--time-limit", type=float, default=8.0, help="seconds for the search (default 8)")

    def handle(self, *args, **options):
        try:
            if options["file"] == "-":
                data = json.load(sys.stdin)
            else:
                with open(options["file"], encoding="utf-8") as f:
                    data = json.load(f)
        except OSError as exc:
            raise CommandError(f"cannot read {options['file']}: {exc.strerror}")
        except json.JSONDecodeError as exc:
            raise CommandError(f"{options['file']} is not valid JSON: {exc}")
        try:
            result = solve_instance(data, time_limit=options["time_limit"])
        except InstanceError as exc:
            raise CommandError(f"invalid instance: {exc}")
        if options["json"]:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
            return
        out = result.as_json()
        self.stdout.write(
            f"{len(result.meetings)} meetings placed; upper bound {result.upper_bound}; "
            f"{len(result.unscheduled)} unscheduled; {result.seconds:.3f} s ({result.method})"
        )
        for a, b, slot, table in out["meetings"]:
            self.stdout.write(f"  {slot:<10} table {table:>3}  {a} – {b}")
        for a, b, reason in out["unscheduled"]:
            self.stdout.write(f"  unscheduled {a} – {b}: {reason}")
