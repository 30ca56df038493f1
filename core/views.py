import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import accounts, page_cache, services
from .forms import NotificationSettingsForm, ProfileForm
from .http import redirect_next
from .page_cache import public_page_cache
from .pagination import paginate
from .search import MAX_QUERY_LENGTH, search_everything


@login_required
def account(request):
    """The personal account page: profile and language, e-mail addresses and password (allauth's pages),
    notification settings, the organisations the person belongs to."""
    profile = accounts.profile_of(request.user)
    current = accounts.notification_settings_of(request.user)
    profile_form = ProfileForm(
        initial={
            "full_name": profile.full_name,
            "phone": profile.phone,
            "position": profile.position,
            "language": profile.language or translation.get_language(),
        }
    )
    settings_form = NotificationSettingsForm(current=current)
    if request.method == "POST":
        section = request.POST.get("section")
        if section == "profile":
            profile_form = ProfileForm(request.POST)
            if profile_form.is_valid():
                accounts.profile_update(user=request.user, **profile_form.cleaned_data)
                language = profile_form.cleaned_data["language"]
                translation.activate(language)
                messages.success(request, _("Your account details have been saved."))
                response = redirect("core:account")
                response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, max_age=365 * 24 * 3600, samesite="Lax")
                return response
        elif section == "notifications":
            settings_form = NotificationSettingsForm(request.POST, current=current)
            if settings_form.is_valid():
                accounts.notification_settings_save(user=request.user, deliveries=settings_form.deliveries())
                messages.success(request, _("Your notification settings have been saved."))
                return redirect("core:account")
        else:
            return HttpResponseBadRequest(_("Unknown form."))
    memberships = request.user.memberships.select_related("organization").order_by("organization__name")
    return render(
        request,
        "core/account.html",
        {
            "profile_form": profile_form,
            "settings_form": settings_form,
            "memberships": memberships,
            "emails": request.user.emailaddress_set.all(),
        },
    )


@public_page_cache(scope=functools.partial(page_cache.version, "search"))
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
