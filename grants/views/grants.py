from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import roles
from core.export_views import export_start_response
from core.messages import add_form_errors
from core.pagination import paginate
from core.roles import staff_required
from marketplace.models import Organization

from .. import plan, selectors, services, tables
from ..filters import GrantFilter
from ..forms import ApproveForm, BudgetForm, CancelForm, DisburseForm, PlanTargetForm, ProposeForm
from ..models import GrantProgram, GrantStatus, PlanTarget, SupportGrant


def _require_grant_viewer(request) -> None:
    if roles.is_staff(request.user):
        return
    if not selectors.seeker_organizations_of(request.user).exists():
        raise PermissionDenied


# Lists and details --------------------------------------------------------------------------------


@login_required
def grant_list(request):
    _require_grant_viewer(request)
    filterset = GrantFilter(request.GET, queryset=selectors.grant_list_visible_to(user=request.user))
    return render(
        request,
        "grants/grant_list.html",
        {
            "filter": filterset,
            "page": paginate(request, filterset.qs, per_page=25),
            "is_staff": roles.is_staff(request.user),
            "my_firms": selectors.seeker_organizations_of(request.user),
        },
    )


def _grant_for(request, pk) -> SupportGrant:
    grant = get_object_or_404(
        SupportGrant.objects.select_related(
            "firm", "program", "need", "offer", "proposed_by", "connection__seeker", "connection__provider"
        ),
        pk=pk,
    )
    if not selectors.can_view_grant(request.user, grant):
        raise Http404
    return grant


@login_required
def grant_detail(request, pk, forms=None):
    grant = _grant_for(request, pk)
    is_staff = roles.is_staff(request.user)
    context = {
        "grant": grant,
        "is_staff": is_staff,
        "disbursements": grant.disbursements.all(),
        "history": grant.history.select_related("by"),
    }
    if is_staff:
        forms = forms or {}
        today = timezone.localdate()
        if grant.status == GrantStatus.PROPOSED:
            context["approve_form"] = forms.get("approve") or ApproveForm(
                initial={"approved_amount": grant.requested_amount, "decision_date": today}
            )
            context["limits"] = services.grant_limits(
                firm=grant.firm, program=grant.program, year=grant.year, eligible_cost=grant.eligible_cost
            )
        if grant.status == GrantStatus.APPROVED:
            initial = {
                "amount": grant.left_to_disburse,
                "accepted_on": today,
                "paid_on": today,
                "milestone": _("Acceptance, stage %(n)s") % {"n": grant.disbursements.count() + 1},
            }
            if grant.connection is not None and grant.connection.accepted_on:
                # The transfer's acceptance recorded on the connection is the milestone of the last tranche.
                initial.update(
                    accepted_on=grant.connection.accepted_on, milestone=_("Acceptance of the technology transfer")
                )
            context["disburse_form"] = forms.get("disburse") or DisburseForm(initial=initial)
        if grant.status in (GrantStatus.PROPOSED, GrantStatus.APPROVED) and not grant.disbursed_amount:
            context["cancel_form"] = forms.get("cancel") or CancelForm()
    return render(request, "grants/grant_detail.html", context, status=400 if forms else 200)


@login_required
def firm_grants(request, pk):
    firm = get_object_or_404(Organization, pk=pk)
    if not selectors.can_view_firm_grants(request.user, firm):
        raise Http404
    years = selectors.firm_report(firm=firm, grants=selectors.grant_list_visible_to(user=request.user))
    return render(
        request,
        "grants/firm_grants.html",
        {"firm": firm, "years": years, "is_staff": roles.is_staff(request.user)},
    )


# Staff actions ------------------------------------------------------------------------------------


def _limits_context(form) -> dict:
    """The most the rules allow for the firm, program and year in the form, and why."""
    data = form.data if form.is_bound else form.initial
    try:
        firm = Organization.objects.get(pk=int(data.get("firm")))
        program = GrantProgram.objects.prefetch_related("caps").get(pk=int(data.get("program")))
        year = int(data.get("year"))
    except (TypeError, ValueError, Organization.DoesNotExist, GrantProgram.DoesNotExist):
        return {"limits": None}
    try:  # typed with thousands separators ("60.000.000"), read as the form reads it
        eligible = form.fields["eligible_cost"].to_python(data.get("eligible_cost")) or None
    except ValidationError:
        eligible = None
    if eligible is not None and not 0 < eligible <= services.MAX_AMOUNT:
        eligible = None
    context = {"firm": firm, "program": program, "year": year, "limits": None, "problems": []}
    try:
        services.check_firm(firm)
    except ValidationError as exc:
        context["problems"] += exc.messages
    if not program.covers(year):
        context["problems"].append(
            _("%(program)s runs from %(first)s to %(last)s.")
            % {"program": program.name, "first": program.first_year, "last": program.last_year}
        )
    if not context["problems"]:
        context["limits"] = services.grant_limits(firm=firm, program=program, year=year, eligible_cost=eligible)
    try:
        requested = form.fields["requested_amount"].to_python(data.get("requested_amount")) or 0
    except ValidationError:
        requested = 0
    if context["limits"] and requested > 0:
        context["requested"] = requested
        context["refusal"] = services.explain_refusal(
            context["limits"], requested, firm=firm, program=program, year=year
        )
    return context


@staff_required
def grant_propose(request):
    initial = {}
    if request.method == "GET":
        for name in ("firm", "program", "year", "need", "offer"):
            if request.GET.get(name):
                initial[name] = request.GET[name]
    form = ProposeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            grant = services.grant_propose(by=request.user, **data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Grant proposed. Approve it with a decision number when it is decided."))
            return redirect(grant.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(request, "grants/grant_propose.html", {"form": form, **_limits_context(form)}, status=status)


@staff_required
@require_POST
def grant_preview(request):
    """htmx: the limits panel while the form is filled in. The connection/need/offer choices are sent again
    only when the firm changed (they depend on it): re-sending them on every keystroke could put back an
    older selection over what the user has just picked."""
    form = ProposeForm(request.POST)
    firm_changed = getattr(request, "htmx", None) and request.htmx.trigger_name == "firm"
    return render(
        request, "grants/_limits.html", {"form": form, "oob_links": bool(firm_changed), **_limits_context(form)}
    )


@staff_required
@require_POST
def grant_action(request, pk, action):
    grant = _grant_for(request, pk)
    form_class = {"approve": ApproveForm, "disburse": DisburseForm, "cancel": CancelForm}.get(action)
    if form_class is None:
        raise Http404
    form = form_class(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            if action == "approve":
                services.grant_approve(grant=grant, by=request.user, **data)
                messages.success(request, _("Grant approved."))
            elif action == "disburse":
                d = services.grant_disburse(grant=grant, by=request.user, **data)
                messages.success(request, _("Tranche %(n)s recorded.") % {"n": d.tranche})
            else:
                services.grant_cancel(grant=grant, by=request.user, reason=data["reason"])
                messages.success(request, _("Grant cancelled."))
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            return redirect(grant.get_absolute_url())
    return grant_detail(request, pk, forms={action: form})


@staff_required
def program_list(request, budget_form=None):
    programs = GrantProgram.objects.prefetch_related("caps", "budgets")
    return render(
        request,
        "grants/program_list.html",
        {
            "programs": programs,
            "budget_form": budget_form,
            "this_year": timezone.localdate().year,
        },
        status=400 if budget_form else 200,
    )


@staff_required
@require_POST
def budget_set(request):
    form = BudgetForm(request.POST)
    if form.is_valid():
        try:
            budget = services.budget_set(by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(
                request,
                _("Budget %(year)s of %(program)s saved.") % {"year": budget.year, "program": budget.program.name},
            )
            return redirect("grants:program_list")
    return program_list(request, budget_form=form)


# Reports ------------------------------------------------------------------------------------------


def _year_param(request, default: int) -> int:
    try:
        year = int(request.GET.get("year") or default)
    except ValueError:
        return default
    return year if 2000 <= year <= 2100 else default


@staff_required
def year_report(request):
    year = _year_param(request, timezone.localdate().year)
    filterset = GrantFilter(request.GET, queryset=selectors.grant_list_visible_to(user=request.user))
    report = selectors.year_report(year=year, grants=filterset.qs)
    return render(
        request,
        "grants/year_report.html",
        {
            "filter": filterset,
            "report": report,
            "year": year,
            "years": selectors.grant_years(),
            "filtered": any(request.GET.get(k) for k in ("program", "sector", "area", "status", "firm")),
        },
    )


def _share(part: int, whole: int):
    return round(100 * part / whole, 1) if whole else None


@staff_required
def dashboard(request):
    def param(name):
        try:
            return int(request.GET[name])
        except (KeyError, ValueError):
            return None

    start, end = param("from"), param("to")
    if any(y is not None and not 1900 <= y <= 2100 for y in (start, end)):
        return HttpResponseBadRequest(_("Years must be between 1900 and 2100."))
    years = selectors.dashboard_years(start=start, end=end)
    if not years:
        return HttpResponseBadRequest(_("The first year must not be after the last year."))
    series = selectors.plan_series(years=years)
    targets = selectors.evaluate_targets(years=years, series=series)
    return render(
        request,
        "grants/dashboard.html",
        {
            "years": years,
            "series": series,
            "targets": targets,
            "later_targets": [row for row in targets if not row.per_year],
            "needs_share_all": _share(sum(series.needs_matched.values()), sum(series.needs_published.values())),
            "charts": tables.chart_data(years=years, series=series, targets=targets),
            "cards": tables.dashboard_cards(years=years, series=series, targets=targets),
            "funnel": series.funnel,
            # The plan's other records (grants/plan.py): every target computed or a reason why not.
            **plan.dashboard_context(years=years),
        },
    )


@staff_required
def target_edit(request, pk=None):
    target = get_object_or_404(PlanTarget, pk=pk) if pk else None
    form = PlanTargetForm(request.POST or None, instance=target)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Plan target saved."))
        return redirect("grants:dashboard")
    return render(
        request,
        "grants/target_form.html",
        {"form": form, "target": target},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def export(request, name, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    if name == "grants":
        _require_grant_viewer(request)
    elif not roles.is_staff(request.user):
        raise PermissionDenied
    if name not in tables.EXPORTS:
        raise Http404
    return export_start_response(request, kind=f"grants.{name}", fmt=fmt)
