from core.outbox import outbox_enqueue
from marketplace.models import TechnologyNeed, TechnologyOffer


def on_post_changed(sender, post_id, status=None, **kwargs):
    """A need or offer changed: record its recomputation in the same transaction; it runs after the commit."""
    if sender is TechnologyNeed:
        outbox_enqueue(task="matching.tasks.match_recompute_for_need", args=[post_id])
    elif sender is TechnologyOffer:
        outbox_enqueue(task="matching.tasks.match_recompute_for_offer", args=[post_id])
