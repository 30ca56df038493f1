import json

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Re-weight the matching signals from the platform's own feedback (interested / not relevant, accepted "
        "interests, meeting outcomes). Prints what would change and whether it helps on held-out needs; "
        "with --apply, puts it in force when it clears the data floor and helps."
    )

    def add_arguments(self, parser):
        parser.add_argument("--apply", action="store_true")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options):
        from matching.services import weights_learn

        change = weights_learn(apply=options["apply"])
        report = change.report
        if options["json"]:
            self.stdout.write(json.dumps({**report, "applied": change.applied}))
            return
        w = self.stdout.write
        c = report["counts"]
        w(
            f"feedback: {c['pairs']} labelled pairs ({c['positives']} positive, {c['negatives']} negative) "
            f"over {c['needs']} needs; floor {report['floor']}: {'met' if report['floor_met'] else 'NOT met'}"
        )
        if "held_out" in report:
            tr, ho = report["train"], report["held_out"]
            fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
            w(f"pairwise accuracy, training needs: {fmt(tr['before'])} -> {fmt(tr['after'])}")
            w(f"pairwise accuracy, {ho['needs']} held-out needs: {fmt(ho['before'])} -> {fmt(ho['after'])}")
            for name, (old, new) in report.get("changed", {}).items():
                w(f"  {name:<10} {old:.3f} -> {new:.3f}")
        if report.get("reason"):
            w(f"weights not proposed: {report['reason']}")
        prior = report.get("term_prior") or {}
        if prior.get("apply"):
            ranked = sorted(prior["prior"].items(), key=lambda t: -t[1])
            w(f"term prior: {len(ranked)} terms shared by enough labelled pairs")
            for term, factor in ranked[:8] + [t for t in ranked[-8:] if t not in ranked[:8]]:
                w(f"  {term:<24} x{factor:.2f}")
        elif prior:
            w(f"term prior not proposed: {prior.get('reason')}")
        w(f"applied: {'yes' if change.applied else 'no'} (weight change #{change.pk})")
