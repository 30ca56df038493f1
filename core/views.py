from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .http import redirect_next
from .pagination import paginate
from .search import MAX_QUERY_LENGTH, search_everything


def search(request):
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    groups = search_everything(query=query, user=request.user)
    return render(
        request,
        "core/search.html",
        {"query": query, "groups": groups, "total": sum(len(g.hits) for g in groups)},
    )


@login_required
def notification_list(request):
    page = paginate(request, request.user.notifications.all(), 30)
    return render(request, "core/notification_list.html", {"page": page})


@login_required
@require_POST
def notification_read(request):
    raw = request.POST.get("id") or None
    try:
        notification_id = int(raw) if raw is not None else None
    except ValueError:
        return HttpResponseBadRequest(_("The notification id must be a whole number."))
    services.notification_mark_read(user=request.user, notification_id=notification_id)
    return redirect_next(request, "core:notifications")
