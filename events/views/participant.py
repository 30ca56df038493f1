"""Workshop pages for visitors and participants: thin views (form → service → redirect, or selector → template)."""

import functools
import io

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import page_cache
from core.messages import error_messages, form_error_messages
from core.page_cache import public_page_cache
from core.pagination import paginate
from core.roles import is_staff, organization_ids
from marketplace.selectors import organization_list_of_member

from .. import calendar, permissions, selectors, services
from ..filters import ParticipantFilter
from ..forms import AvailabilityForm, MarkForm, MeetingRequestForm, OutcomeForm, RegistrationEditForm, RegistrationForm
from ..models import Meeting, Outcome, Registration
from .common import registration_or_404, workshop_or_404


# Five minutes at most: a workshop moves from "upcoming" to "past" by the clock, with no change to bump.
@public_page_cache(scope=functools.partial(page_cache.version, "workshops"), timeout=300)
def workshop_list(request):
    workshops = selectors.workshop_list_visible(user=request.user)
    now = timezone.now()
    upcoming = workshops.filter(ends_at__gte=now).order_by("starts_at", "id")
    # Past workshops pile up year after year: the most recent first, a page at a time.
    past = paginate(request, workshops.filter(ends_at__lt=now).order_by("-starts_at", "-id"), 12)
    mine = selectors.my_workshop_registrations(user=request.user) if request.user.is_authenticated else []
    return render(
        request, "events/workshop_list.html", {"upcoming": upcoming, "past": past, "page": past, "mine": mine}
    )


def workshop_detail(request, pk):
    workshop = workshop_or_404(request, pk)
    mine = (
        list(permissions.my_registrations(request.user, workshop).select_related("organization"))
        if request.user.is_authenticated
        else []
    )
    registerable = [
        o for o in list(organization_list_of_member(request.user)) if o.pk not in {r.organization_id for r in mine}
    ]
    return render(
        request,
        "events/workshop_detail.html",
        {
            "workshop": workshop,
            "mine": mine,
            "can_register": workshop.registration_is_open and bool(registerable),
            "needs_org": request.user.is_authenticated and not organization_ids(request.user),
            "attendance": selectors.attendance(workshop=workshop),
            "slots": workshop.slots.all(),
            "is_staff": is_staff(request.user),
        },
    )


@login_required
def registration_create(request, pk):
    workshop = workshop_or_404(request, pk)
    organizations = list(organization_list_of_member(request.user))
    if not organizations:
        messages.info(request, _("Register your organisation first; then register it for the workshop."))
        return redirect("marketplace:organization_register")
    form = RegistrationForm(request.POST or None, organizations=organizations)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            registration = services.registration_create(
                workshop=workshop,
                organization=data["organization"],
                attendee=request.user,
                role=data["role"],
                by=request.user,
                needs=data.get("needs") or [],
                offers=data.get("offers") or [],
                note=data["note"],
            )
        except ValidationError as exc:
            error_messages(request, exc, form)
        else:
            if registration.status == Registration.Status.CONFIRMED:
                messages.success(request, _("You are registered. Your check-in QR code is below."))
            else:
                messages.warning(
                    request,
                    _("The workshop is full: you are on the waiting list. We will tell you if a seat frees up."),
                )
            return redirect(registration.get_absolute_url())
    return render(request, "events/registration_form.html", {"workshop": workshop, "form": form})


@login_required
def registration_detail(request, pk):
    registration = registration_or_404(request, pk)
    workshop = registration.workshop
    received, sent = selectors.requests_for_registration(registration=registration)
    availability = AvailabilityForm(registration=registration) if workshop.slot_count else None
    return render(
        request,
        "events/registration_detail.html",
        {
            "registration": registration,
            "workshop": workshop,
            "received": received,
            "sent": sent,
            "availability_form": availability,
            "code": services.checkin_code(registration),
            "can_act": permissions.can_act_for(request.user, registration),
            "agenda_ready": workshop.schedule_published_at is not None,
            "meeting_count": selectors.agenda_for(registration=registration).__len__()
            if workshop.schedule_published_at
            else 0,
        },
    )


@login_required
def registration_edit(request, pk):
    registration = registration_or_404(request, pk)
    if not permissions.can_act_for(request.user, registration):
        raise PermissionDenied
    initial = {
        "role": registration.role,
        "note": registration.note,
        "needs": registration.needs.all(),
        "offers": registration.offers.all(),
    }
    form = RegistrationEditForm(request.POST or None, initial=initial, registration=registration)
    if request.method == "POST" and form.is_valid():
        try:
            services.registration_update(registration=registration, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            error_messages(request, exc, form)
        else:
            messages.success(request, _("Saved."))
            return redirect(registration.get_absolute_url())
    return render(request, "events/registration_edit.html", {"registration": registration, "form": form})


@login_required
@require_POST
def registration_cancel(request, pk):
    registration = registration_or_404(request, pk)
    try:
        services.registration_cancel(registration=registration, by=request.user)
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(request, _("The registration is cancelled."))
    if is_staff(request.user) and not permissions.can_act_for(request.user, registration):
        return redirect("events:staff_registrations", registration.workshop_id)
    return redirect(registration.workshop.get_absolute_url())


@login_required
def registration_qr(request, pk):
    registration = registration_or_404(request, pk)
    if registration.status not in Registration.SEATED:
        raise Http404
    qr = segno.make(services.checkin_token(registration), error="m")
    buffer = io.BytesIO()
    qr.save(buffer, kind="svg", scale=5, border=2, xmldecl=False)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def availability_set(request, pk):
    registration = registration_or_404(request, pk)
    if not permissions.can_act_for(request.user, registration):
        raise PermissionDenied
    form = AvailabilityForm(request.POST, registration=registration)
    if form.is_valid():
        try:
            services.availability_set(
                registration=registration,
                by=request.user,
                available_slot_ids=[s.pk for s in form.cleaned_data["slots"]],
            )
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(request, _("Your availability is saved."))
    else:
        form_error_messages(request, form)
    return redirect(registration.get_absolute_url())


@login_required
def participant_list(request, pk):
    workshop = workshop_or_404(request, pk)
    staff = is_staff(request.user)
    mine = None if staff else permissions.seated_registration(request.user, workshop)
    exclude = [mine.organization_id] if mine else []
    filterset = ParticipantFilter(
        request.GET, queryset=selectors.participant_list(workshop=workshop, exclude_org_ids=exclude)
    )
    already = selectors.requests_between_ids(mine) if mine else set()
    return render(
        request,
        "events/participant_list.html",
        {
            "workshop": workshop,
            "filter": filterset,
            "page": paginate(request, filterset.qs, per_page=30),
            "mine": mine,
            "already": already,
        },
    )


@login_required
def suggestion_list(request, pk):
    workshop = workshop_or_404(request, pk)
    mine = permissions.seated_registration(request.user, workshop)
    return render(
        request,
        "events/suggestion_list.html",
        {
            "workshop": workshop,
            "mine": mine,
            "suggestions": selectors.suggestions_for(registration=mine),
        },
    )


@login_required
def meeting_request_create(request, pk, to_pk):
    workshop = workshop_or_404(request, pk)
    mine = permissions.seated_registration(request.user, workshop)
    other = get_object_or_404(Registration.objects.select_related("organization"), pk=to_pk, workshop=workshop)
    form = MeetingRequestForm(
        request.POST or None, mine=mine, other=other, initial={"match_id": request.GET.get("match") or None}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.meeting_request_create(
                workshop=workshop,
                from_registration=mine,
                to_registration=other,
                by=request.user,
                need=data["need"],
                offer=data["offer"],
                match_id=data["match_id"],
                message=data["message"],
            )
        except ValidationError as exc:
            error_messages(request, exc, form)
        else:
            messages.success(request, _("Your meeting request was sent to %(org)s.") % {"org": other.organization.name})
            return redirect(mine.get_absolute_url())
    return render(
        request, "events/meeting_request_form.html", {"workshop": workshop, "mine": mine, "other": other, "form": form}
    )


@login_required
@require_POST
def meeting_request_action(request, pk, action):
    meeting_request = selectors.meeting_request_get(pk=pk)
    if meeting_request is None or not permissions.can_see_request(request.user, meeting_request):
        raise Http404
    try:
        if action in ("accept", "decline"):
            services.meeting_request_answer(meeting_request=meeting_request, accept=action == "accept", by=request.user)
            messages.success(request, _("Accepted.") if action == "accept" else _("Declined."))
        elif action == "cancel":
            services.meeting_request_cancel(meeting_request=meeting_request, by=request.user)
            messages.success(request, _("The request is withdrawn."))
        else:
            raise Http404
    except ValidationError as exc:
        error_messages(request, exc)
    if (
        is_staff(request.user)
        and not permissions.can_act_for(request.user, meeting_request.to_registration)
        and not permissions.can_act_for(request.user, meeting_request.from_registration)
    ):
        return redirect("events:staff_requests", meeting_request.workshop_id)
    mine = (
        meeting_request.to_registration
        if permissions.can_act_for(request.user, meeting_request.to_registration)
        else meeting_request.from_registration
    )
    return redirect(mine.get_absolute_url())


@login_required
def agenda(request, pk):
    registration = registration_or_404(request, pk)
    workshop = registration.workshop
    staff = is_staff(request.user)
    if workshop.schedule_published_at is None and not staff:
        messages.info(request, _("The meeting schedule has not been published yet."))
        return redirect(registration.get_absolute_url())
    return render(
        request,
        "events/agenda.html",
        {
            "registration": registration,
            "workshop": workshop,
            "meetings": selectors.agenda_for(registration=registration, published_only=not staff),
            "code": services.checkin_code(registration),
        },
    )


@login_required
def agenda_ics(request, pk):
    registration = registration_or_404(request, pk)
    if registration.workshop.schedule_published_at is None and not is_staff(request.user):
        raise Http404
    response = HttpResponse(calendar.agenda_ics(registration=registration), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="workshop-{registration.workshop_id}-agenda.ics"'
    return response


@login_required
def meeting_detail(request, pk):
    meeting = selectors.meeting_get(pk=pk)
    if meeting is None or not permissions.can_see_meeting(request.user, meeting):
        raise Http404
    side = permissions.meeting_side(request.user, meeting)
    outcomes = {(o.registration_id, o.stage): o for o in meeting.outcomes.all()}
    forms = {}
    started = meeting.slot.starts_at <= timezone.now()
    if side is not None and meeting.published and started:
        for stage in (Outcome.Stage.AFTER, Outcome.Stage.FOLLOW_UP):
            existing = outcomes.get((side.pk, stage))
            initial = (
                {"result": existing.result, "note": existing.note, "contract_value": existing.contract_value}
                if existing
                else None
            )
            forms[stage] = OutcomeForm(stage=stage, initial=initial)
    return render(
        request,
        "events/meeting_detail.html",
        {
            "meeting": meeting,
            "side": side,
            "outcomes": meeting.outcomes.select_related("registration__organization"),
            "after_form": forms.get(Outcome.Stage.AFTER),
            "follow_up_form": forms.get(Outcome.Stage.FOLLOW_UP),
            "can_mark": permissions.can_mark_meeting(request.user, meeting) and started,
            "is_staff": is_staff(request.user),
        },
    )


@login_required
@require_POST
def meeting_outcome(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.select_related("slot", "workshop", "request__from_registration", "request__to_registration"),
        pk=pk,
    )
    if permissions.meeting_side(request.user, meeting) is None:
        raise PermissionDenied(_("Only the two sides of a meeting can record its outcome."))
    stage = request.POST.get("stage")
    if stage not in Outcome.STAGE_RESULTS:
        return HttpResponse(_("Unknown stage."), status=400)
    form = OutcomeForm(request.POST, stage=stage)
    if form.is_valid():
        try:
            services.outcome_record(
                meeting=meeting,
                by=request.user,
                stage=stage,
                result=form.cleaned_data["result"],
                contract_value=form.cleaned_data.get("contract_value"),
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(request, _("Thank you: the outcome is recorded."))
    else:
        form_error_messages(request, form)
    return redirect(meeting.get_absolute_url())


@login_required
@require_POST
def meeting_mark(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.select_related("slot", "workshop", "request__from_registration", "request__to_registration"),
        pk=pk,
    )
    if not permissions.can_mark_meeting(request.user, meeting):
        raise PermissionDenied
    form = MarkForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Unknown meeting status."), status=400)
    try:
        services.meeting_mark(meeting=meeting, status=form.cleaned_data["status"], by=request.user)
    except ValidationError as exc:
        error_messages(request, exc)
    nxt = request.POST.get("next")
    if nxt == "standby" and is_staff(request.user):
        return redirect("events:staff_standby", meeting.workshop_id)
    return redirect(meeting.get_absolute_url())
