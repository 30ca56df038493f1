"""Staff pages for user accounts (services in core.users): list and search, one user's organisations and
activity, deactivate and reactivate, make and unmake staff."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import users
from core.messages import error_messages
from core.pagination import paginate
from core.roles import is_staff, staff_required

from ..models import Interest, StatusChange, TechnologyNeed, TechnologyOffer

User = get_user_model()


@staff_required
def staff_user_list(request):
    query = (request.GET.get("q") or "").strip()[:100]
    qs = users.user_list(
        query=query, staff_only=request.GET.get("staff") == "1", inactive_only=request.GET.get("inactive") == "1"
    ).prefetch_related("groups", "memberships__organization")
    return render(request, "marketplace/staff_user_list.html", {"page": paginate(request, qs, 30), "query": query})


@staff_required
def staff_user_detail(request, pk):
    person = get_object_or_404(User.objects.select_related("profile"), pk=pk)
    activity = {
        "needs": TechnologyNeed.objects.filter(created_by=person).order_by("-created_at")[:10],
        "offers": TechnologyOffer.objects.filter(created_by=person).order_by("-created_at")[:10],
        "interests": Interest.objects.filter(created_by=person).select_related("need", "offer")[:10],
        "status_changes": StatusChange.objects.filter(by=person).select_related("need", "offer")[:10],
    }
    return render(
        request,
        "marketplace/staff_user_detail.html",
        {
            "person": person,
            "person_is_staff": is_staff(person),
            "memberships": person.memberships.select_related("organization").order_by("organization__name"),
            "events": person.account_events.select_related("by")[:20],
            "emails": person.emailaddress_set.all(),
            **activity,
        },
    )


@staff_required
@require_POST
def staff_user_action(request, pk):
    person = get_object_or_404(User, pk=pk)
    action = request.POST.get("action")
    reason = request.POST.get("reason", "")
    try:
        if action in ("deactivate", "reactivate"):
            users.user_set_active(user=person, active=action == "reactivate", by=request.user, reason=reason)
        elif action in ("make_staff", "unmake_staff"):
            users.user_set_staff(user=person, staff=action == "make_staff", by=request.user, reason=reason)
        else:
            raise ValidationError(_("Unknown action."))
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(request, _("The account has been updated."))
    return redirect("marketplace:staff_user_detail", pk=person.pk)
