from django.db import transaction

from marketplace.models import TechnologyNeed, TechnologyOffer


def on_post_changed(sender, post_id, status=None, **kwargs):
    """A need or offer changed: recompute its matches in the background, after the commit."""
    from . import tasks

    if sender is TechnologyNeed:
        transaction.on_commit(lambda: tasks.match_recompute_for_need.delay(post_id))
    elif sender is TechnologyOffer:
        transaction.on_commit(lambda: tasks.match_recompute_for_offer.delay(post_id))
