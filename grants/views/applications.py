"""Firms apply for support from their connection; staff review. Staff edit programs and their caps."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import roles
from core.messages import add_form_errors
from core.pagination import paginate
from core.roles import staff_required
from marketplace import connections as connection_selectors
from marketplace.models import Connection

from .. import applications as svc
from .. import services as grant_services
from ..application_forms import (
    ApplicationForm,
    ProgramForm,
    ProposeFromApplicationForm,
    RefuseForm,
    RequestInfoForm,
    ResubmitForm,
    lines_of,
)
from ..models import GrantApplication, GrantProgram


def _connection_for_applicant(request, pk) -> Connection:
    try:
        connection = connection_selectors.connection_get_for_user(user=request.user, pk=pk)
    except Connection.DoesNotExist:
        raise Http404 from None
    if not svc.can_apply_from(request.user, connection):
        raise PermissionDenied
    return connection


def _limits(application_or_data, firm):
    """The most the rules allow for the firm, program and year, and why (shown to both sides)."""
    program, year, eligible = application_or_data
    if program is None or year is None or not firm.size:
        return None
    return grant_services.grant_limits(firm=firm, program=program, year=year, eligible_cost=eligible)


@login_required
def application_create(request, connection_pk):
    connection = _connection_for_applicant(request, connection_pk)
    form = ApplicationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = svc.application_submit(
                by=request.user,
                connection=connection,
                program=data["program"],
                year=data["year"],
                purpose=data["purpose"],
                cost_items=data["cost_items"],
                requested_amount=data["requested_amount"],
                documents=data["documents"],
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Your application was sent to the Department."))
            return redirect(application.get_absolute_url())
    return render(
        request,
        "grants/application_form.html",
        {"form": form, "connection": connection},
        status=400 if request.method == "POST" else 200,
    )


@login_required
def application_list(request):
    return render(
        request,
        "grants/application_list.html",
        {
            "page": paginate(request, svc.application_list_for(user=request.user), 30),
            "is_staff": roles.is_staff(request.user),
            "connections": svc.connections_to_apply_from(user=request.user)[:20],
        },
    )


def _get(request, pk) -> GrantApplication:
    try:
        return svc.application_get_for(user=request.user, pk=pk)
    except GrantApplication.DoesNotExist:
        raise Http404 from None


@login_required
def application_detail(request, pk, forms=None, status=200):
    application = _get(request, pk)
    forms = forms or {}
    is_staff = roles.is_staff(request.user)
    context = {
        "application": application,
        "is_staff": is_staff,
        "limits": _limits((application.program, application.year, application.eligible_cost), application.firm),
    }
    if is_staff and application.status == GrantApplication.Status.SUBMITTED:
        context["info_form"] = forms.get("request_info") or RequestInfoForm()
        context["refuse_form"] = forms.get("refuse") or RefuseForm()
        suggested = application.requested_amount
        if context["limits"] is not None:
            suggested = min(suggested, context["limits"].maximum) or suggested
        context["propose_form"] = forms.get("propose") or ProposeFromApplicationForm(
            initial={"requested_amount": suggested}
        )
    if application.status == GrantApplication.Status.INFO_REQUESTED and roles.is_member(
        request.user, application.firm_id
    ):
        context["resubmit_form"] = forms.get("resubmit") or ResubmitForm(
            initial={
                "purpose": application.purpose,
                "cost_items": lines_of(application.cost_breakdown),
                "requested_amount": application.requested_amount,
            }
        )
    return render(request, "grants/application_detail.html", context, status=status)


@login_required
@require_POST
def application_action(request, pk, action):
    application = _get(request, pk)
    user = request.user
    if action == "resubmit":
        form = ResubmitForm(request.POST, request.FILES)
        call = lambda d: svc.application_resubmit(  # noqa: E731
            application=application,
            by=user,
            purpose=d["purpose"],
            cost_items=d["cost_items"],
            requested_amount=d["requested_amount"],
            documents=d["documents"],
            note=d["note"],
        )
    elif action in ("request_info", "refuse", "propose"):
        if not roles.is_staff(user):
            raise PermissionDenied
        form = {"request_info": RequestInfoForm, "refuse": RefuseForm, "propose": ProposeFromApplicationForm}[action](
            request.POST
        )
        call = {
            "request_info": lambda d: svc.application_request_info(application=application, by=user, **d),
            "refuse": lambda d: svc.application_refuse(application=application, by=user, **d),
            "propose": lambda d: svc.application_propose(application=application, by=user, **d),
        }[action]
    else:
        raise Http404
    if form.is_valid():
        try:
            done = call(form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            if action == "propose":
                messages.success(request, _("Grant proposed from the application."))
                return redirect(done.grant.get_absolute_url())
            messages.success(request, _("Saved."))
            return redirect(done.get_absolute_url())
    return application_detail(request, pk, forms={action: form}, status=400)


@login_required
def application_document(request, pk):
    try:
        document = svc.application_documents_visible(user=request.user, pk=pk)
    except Exception:
        raise Http404 from None
    response = FileResponse(document.file.open("rb"), as_attachment=True, filename=document.original_name)
    response["Content-Type"] = document.content_type
    response["X-Content-Type-Options"] = "nosniff"
    return response


@staff_required
def program_edit(request, pk=None):
    program = get_object_or_404(GrantProgram.objects.prefetch_related("caps"), pk=pk) if pk else None
    form = ProgramForm(request.POST or None, instance=program)
    if request.method == "POST" and form.is_valid():
        try:
            saved = svc.program_save(by=request.user, program=form.instance, caps=form.caps(), **form.program_fields())
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Program %(name)s saved.") % {"name": saved.name})
            return redirect("grants:program_list")
    return render(
        request,
        "grants/program_form.html",
        {"form": form, "program": program},
        status=400 if request.method == "POST" else 200,
    )
