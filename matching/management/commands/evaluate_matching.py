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
        parser.add_argument(
            "--per-need",
            action="store_true",
            help="also nDCG@10 per need, per need's language pair (vi→vi, vi→mixed, en→mixed…) "
            "and per language pair with the offers of one language only",
        )
        parser.add_argument(
            "--candidates",
            action="store_true",
            help="also the alternatives of matching/candidates.py (PRF, rank fusions, e5-small…)",
        )

    def handle(self, *args, **options):
        from django.db import DatabaseError

        from matching.evaluation import METRICS, DatasetError, evaluate
        from matching.index import make_config
        from matching.services import engine_config

        try:
            with open(options["file"], encoding="utf-8-sig") as fh:  # (a BOM, as some editors write, is skipped)
                data = json.load(fh)
        except OSError as exc:
            raise CommandError(f"cannot read {options['file']}: {exc}") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(f"{options['file']} is not valid JSON: {exc}") from exc
        try:
            # The engine exactly as the platform runs it (glossary + the sector tree it has); only reads.
            config = engine_config()
        except DatabaseError as exc:
            # A checkout whose database is not migrated yet: the shipped engine (built-in glossary, the
            # seeded sector tree, the weights of scoring.py), i.e. what a new platform runs.
            self.stderr.write(f"no platform database ({exc}); evaluating the engine as shipped")
            config = make_config()
        try:
            result = evaluate(data, config, per_need=options["per_need"], candidates=options["candidates"])
        except DatasetError as exc:
            raise CommandError(str(exc)) from exc
        info = result.pop("_info")
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        w = self.stdout.write
        w(f"{info['needs']} needs ({info['judged_needs']} judged), {info['offers']} offers")
        w(f"{'metric':<12}{'engine':>10}{'bm25':>10}")
        for metric in METRICS:
            w(f"{metric:<12}{result['engine'][metric]:>10.4f}{result['bm25'][metric]:>10.4f}")
        if "candidates" in result:
            w("")
            w(f"{'system':<28}" + "".join(f"{m:>11}" for m in METRICS))
            for name, m in {"engine": result["engine"], "bm25": result["bm25"], **result["candidates"]}.items():
                w(f"{name:<28}" + "".join(f"{m[x]:>11.4f}" for x in METRICS))
            for name, why in info.get("unavailable", {}).items():
                w(f"{name:<28}  unavailable: {why}")
        if "per_need" in result:
            names = (
                [k for k in result["per_need"][0] if k not in ("need", "pair", "title")] if result["per_need"] else []
            )
            short = {n: n[:14] for n in names}
            w("")
            w("nDCG@10 per need")
            w(f"{'need':<8}{'pair':<11}" + "".join(f"{short[n]:>15}" for n in names) + "  title")
            for row in result["per_need"]:
                flag = " <" if row["engine"] < row["bm25"] - 0.05 else ""
                w(
                    f"{str(row['need']):<8}{row['pair']:<11}"
                    + "".join(f"{row[n]:>15.4f}" for n in names)
                    + f"  {row['title'][:50]}{flag}"
                )
            w("")
            w("mean nDCG@10 per need's language pair (where its relevant offers are)")
            w(f"{'pair':<11}{'needs':>6}" + "".join(f"{short[n]:>15}" for n in names))
            for pair, g in result["pairs"].items():
                w(f"{pair:<11}{g['needs']:>6}" + "".join(f"{g[n]:>15.4f}" for n in names))
            w("")
            w("mean nDCG@10 per language pair, offers of that language only")
            langs = sorted({p for per in result["languages"].values() for p in per})
            w(f"{'pair':<11}{'needs':>6}" + "".join(f"{short[n]:>15}" for n in names))
            for pair in langs:
                count = result["languages"]["engine"].get(pair, {}).get("needs", 0)
                w(
                    f"{pair:<11}{count:>6}"
                    + "".join(f"{result['languages'][n].get(pair, {}).get('ndcg@10', 0.0):>15.4f}" for n in names)
                )
