from django import template

from marketplace.models import PostStatus

from .. import conf, selectors, services
from ..presentation import view_of

register = template.Library()


@register.inclusion_tag("matching/_matches_card.html", takes_context=True)
def post_matches(context):
    """The ranked matches of the post on its page, for its owners and staff (one bounded query)."""
    post, kind = context.get("post"), context.get("kind")
    allowed = bool(context.get("is_owner") or context.get("is_staff"))
    show = allowed and post is not None and kind in ("need", "offer") and post.status == PostStatus.PUBLISHED
    rows, reading = [], None
    if show:
        rows = [view_of(m, kind) for m in selectors.match_list_for_post(post=post, side=kind, limit=conf.get("SHOWN"))]
        reading = services.reading_of(post, kind)
    return {
        "show": show,
        "rows": rows,
        "reading": reading,
        "kind": kind,
        "post": post,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "can_feedback": allowed,
    }
