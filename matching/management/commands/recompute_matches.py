from django.core.management.base import BaseCommand, CommandError

from marketplace.models import TechnologyNeed, TechnologyOffer


class Command(BaseCommand):
    help = "Recompute matches: for every published need (--all, the default), one need, or one offer."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--all", action="store_true", help="every published need against every published offer")
        group.add_argument("--need", type=int, metavar="ID")
        group.add_argument("--offer", type=int, metavar="ID")

    def handle(self, *args, **options):
        from matching import services

        if options["need"] is not None:
            need = TechnologyNeed.objects.filter(pk=options["need"]).first()
            if need is None:
                raise CommandError(f"no need with id {options['need']}")
            count = services.match_recompute_for_need(need=need)
            self.stdout.write(f"need {need.pk}: {count} matches")
        elif options["offer"] is not None:
            offer = TechnologyOffer.objects.filter(pk=options["offer"]).first()
            if offer is None:
                raise CommandError(f"no offer with id {options['offer']}")
            count = services.match_recompute_for_offer(offer=offer)
            self.stdout.write(f"offer {offer.pk}: {count} matches")
        else:
            count = services.match_recompute_all()
            self.stdout.write(f"{count} matches kept across all published needs")
