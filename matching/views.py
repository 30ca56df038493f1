from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import roles
from core.messages import add_form_errors
from core.pagination import paginate
from core.roles import staff_required
from marketplace.models import PostStatus

from . import selectors, services
from .forms import GlossaryTermForm
from .models import Feedback, GlossaryTerm
from .presentation import view_of

DAYS = (7, 30, 90)


@require_POST
@login_required
def feedback(request, pk):
    match = selectors.match_get(pk=pk)
    if match is None:
        raise Http404
    side, value = request.POST.get("side", ""), request.POST.get("value", "")
    if side not in ("need", "offer") or value not in Feedback.values:
        return HttpResponseBadRequest(_("Unknown feedback."))
    if not services.can_give_feedback(request.user, match, side):
        raise PermissionDenied
    try:
        match = services.match_feedback(match=match, side=side, value=value, by=request.user)
    except ValidationError as exc:
        return HttpResponseBadRequest(" ".join(exc.messages))
    row = view_of(match, side)
    if request.htmx and value != Feedback.INTERESTED:
        template = "matching/_match_hidden.html" if row.dismissed else "matching/_match_row.html"
        return render(request, template, {"row": row, "can_feedback": True})
    if value == Feedback.INTERESTED:
        # "Interested" starts an expression of interest in the other post, when it is still open.
        if row.other.status == PostStatus.PUBLISHED:
            return redirect(row.interest_url)
    elif value == Feedback.NOT_RELEVANT:
        messages.info(request, _("The suggestion is hidden and will not be suggested again."))
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(target)
    return redirect(getattr(match, side).get_absolute_url())


@staff_required
def staff_pairs(request):
    """The strongest new pairs across the platform, for staff to broker introductions."""
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in DAYS else 0
    try:
        min_score = min(max(int(request.GET.get("min", 40)), 0), 100)
    except ValueError:
        min_score = 40
    page = paginate(request, selectors.match_list_strongest_new(days=days, min_score=min_score / 100), 25)
    page.object_list = [view_of(m, "need") for m in page.object_list]
    return render(
        request, "matching/staff_pairs.html", {"page": page, "days": days, "min_score": min_score, "day_choices": DAYS}
    )


@login_required
def my_matches(request):
    """The best suggestions for each published post of the user's organisations."""
    groups = []
    for kind, post, matches in selectors.match_groups_for_organizations(
        organization_ids=roles.organization_ids(request.user)
    ):
        groups.append({"post": post, "kind": kind, "rows": [view_of(m, kind) for m in matches]})
    return render(request, "matching/my_matches.html", {"groups": groups})


@staff_required
def staff_glossary(request):
    """The term pairs staff added to the engine's glossary; a pair added here counts at the next recompute."""
    form = GlossaryTermForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            term = services.glossary_term_add(by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(
                request, _("“%(term)s” added. It counts from the next recompute of the matches.") % {"term": term}
            )
            return redirect("matching:staff_glossary")
    page = paginate(request, selectors.glossary_term_list(q=request.GET.get("q", "")), 50)
    return render(request, "matching/staff_glossary.html", {"form": form, "page": page, "q": request.GET.get("q", "")})


@require_POST
@staff_required
def staff_glossary_remove(request, pk):
    term = get_object_or_404(GlossaryTerm, pk=pk)
    services.glossary_term_remove(term=term, by=request.user)
    messages.info(request, _("“%(term)s” removed. It stops counting from the next recompute.") % {"term": term})
    return redirect("matching:staff_glossary")
