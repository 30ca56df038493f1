"""Pages of the connection workshops: thin views (form → service → redirect, or selector → template)."""

import io

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from core.pagination import paginate
from core.roles import is_staff, organization_ids, staff_required

from . import permissions, selectors, services
from .filters import ParticipantFilter
from .forms import (
    AvailabilityForm,
    CheckinForm,
    MarkForm,
    MeetingRequestForm,
    MoveForm,
    OutcomeForm,
    PlaceForm,
    RegistrationEditForm,
    RegistrationForm,
    StaffRequestForm,
    WorkshopForm,
)
from .models import Meeting, MeetingRequest, Outcome, Registration, ScheduleRun, Workshop
from .scheduling import REASONS


def _errors(request, exc: ValidationError, form=None) -> None:
    """Field errors go next to their field when a form is given; the rest become messages."""
    if form is not None and hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = field if field in form.fields else None
            for e in errors:
                form.add_error(target, e)
        return
    for message in exc.messages:
        messages.error(request, message)


def _workshop(request, pk) -> Workshop:
    workshop = get_object_or_404(Workshop, pk=pk)
    if not permissions.can_view_workshop(request.user, workshop):
        raise Http404
    return workshop


def _my_registration(request, registration_pk) -> Registration:
    registration = get_object_or_404(
        Registration.objects.select_related("workshop", "organization", "attendee"), pk=registration_pk
    )
    if not permissions.can_see_registration(request.user, registration):
        raise Http404
    return registration


def _seated_registration(request, workshop) -> Registration:
    """The caller's seated registration for this workshop, or 403."""
    mine = permissions.my_registrations(request.user, workshop).filter(status__in=Registration.SEATED)
    registration = mine.select_related("organization").first()
    if registration is None:
        raise PermissionDenied(_("Only participants with a confirmed seat can do this."))
    return registration


# Public and participant pages -----------------------------------------------------------------


def workshop_list(request):
    workshops = selectors.workshop_list_visible(user=request.user)
    now = timezone.now()
    upcoming = [w for w in workshops if w.ends_at >= now]
    past = [w for w in workshops if w.ends_at < now]
    mine = selectors.my_workshop_registrations(user=request.user) if request.user.is_authenticated else []
    return render(request, "events/workshop_list.html", {"upcoming": upcoming[::-1], "past": past, "mine": mine})


def workshop_detail(request, pk):
    workshop = _workshop(request, pk)
    mine = (
        list(permissions.my_registrations(request.user, workshop).select_related("organization"))
        if request.user.is_authenticated
        else []
    )
    registerable = [o for o in _orgs(request.user) if o.pk not in {r.organization_id for r in mine}]
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


def _orgs(user):
    from marketplace.models import Organization

    return list(Organization.objects.filter(pk__in=organization_ids(user)))


@login_required
def registration_create(request, pk):
    workshop = _workshop(request, pk)
    organizations = _orgs(request.user)
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
            _errors(request, exc, form)
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
    registration = _my_registration(request, pk)
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
    registration = _my_registration(request, pk)
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
            _errors(request, exc, form)
        else:
            messages.success(request, _("Saved."))
            return redirect(registration.get_absolute_url())
    return render(request, "events/registration_edit.html", {"registration": registration, "form": form})


@login_required
@require_POST
def registration_cancel(request, pk):
    registration = _my_registration(request, pk)
    try:
        services.registration_cancel(registration=registration, by=request.user)
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(request, _("The registration is cancelled."))
    if is_staff(request.user) and not permissions.can_act_for(request.user, registration):
        return redirect("events:staff_registrations", registration.workshop_id)
    return redirect(registration.workshop.get_absolute_url())


@login_required
def registration_qr(request, pk):
    registration = _my_registration(request, pk)
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
    registration = _my_registration(request, pk)
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
            _errors(request, exc)
        else:
            messages.success(request, _("Your availability is saved."))
    else:
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
    return redirect(registration.get_absolute_url())


@login_required
def participant_list(request, pk):
    workshop = _workshop(request, pk)
    staff = is_staff(request.user)
    mine = None if staff else _seated_registration(request, workshop)
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
    workshop = _workshop(request, pk)
    mine = _seated_registration(request, workshop)
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
    workshop = _workshop(request, pk)
    mine = _seated_registration(request, workshop)
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
            _errors(request, exc, form)
        else:
            messages.success(request, _("Your meeting request was sent to %(org)s.") % {"org": other.organization.name})
            return redirect(mine.get_absolute_url())
    return render(
        request, "events/meeting_request_form.html", {"workshop": workshop, "mine": mine, "other": other, "form": form}
    )


@login_required
@require_POST
def meeting_request_action(request, pk, action):
    meeting_request = get_object_or_404(
        MeetingRequest.objects.select_related("from_registration", "to_registration"), pk=pk
    )
    if not permissions.can_see_request(request.user, meeting_request):
        raise Http404
    try:
        if action in ("accept", "decline"):
            services.meeting_request_answer(request=meeting_request, accept=action == "accept", by=request.user)
            messages.success(request, _("Accepted.") if action == "accept" else _("Declined."))
        elif action == "cancel":
            services.meeting_request_cancel(request=meeting_request, by=request.user)
            messages.success(request, _("The request is withdrawn."))
        else:
            raise Http404
    except ValidationError as exc:
        _errors(request, exc)
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
    registration = _my_registration(request, pk)
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
    from icalendar import Calendar, Event

    registration = _my_registration(request, pk)
    workshop = registration.workshop
    if workshop.schedule_published_at is None and not is_staff(request.user):
        raise Http404
    cal = Calendar()
    cal.add("prodid", "-//San giao dich cong nghe//workshops//VI")
    cal.add("version", "2.0")
    event = Event()
    event.add("uid", f"workshop-{workshop.pk}-reg-{registration.pk}@tsx")
    event.add("summary", workshop.title)
    event.add("dtstart", workshop.starts_at)
    event.add("dtend", workshop.ends_at)
    event.add("location", workshop.venue)
    event.add("dtstamp", timezone.now())
    cal.add_component(event)
    for m in selectors.agenda_for(registration=registration):
        e = Event()
        e.add("uid", f"meeting-{m.pk}@tsx")
        e.add("summary", _("B2B meeting: %(org)s") % {"org": m.other.organization.name})
        e.add("dtstart", m.slot.starts_at)
        e.add("dtend", m.slot.ends_at)
        e.add("location", _("%(venue)s, table %(table)s") % {"venue": workshop.venue, "table": m.table})
        subject = m.request.subject
        if subject:
            e.add("description", subject.title)
        e.add("dtstamp", timezone.now())
        cal.add_component(e)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="workshop-{workshop.pk}-agenda.ics"'
    return response


@login_required
def meeting_detail(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.select_related(
            "workshop",
            "slot",
            "request__from_registration__organization",
            "request__to_registration__organization",
            "request__need",
            "request__offer",
        ),
        pk=pk,
    )
    if not permissions.can_see_meeting(request.user, meeting):
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
            _errors(request, exc)
        else:
            messages.success(request, _("Thank you: the outcome is recorded."))
    else:
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
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
        _errors(request, exc)
    nxt = request.POST.get("next")
    if nxt == "standby" and is_staff(request.user):
        return redirect("events:staff_standby", meeting.workshop_id)
    return redirect(meeting.get_absolute_url())


# Staff pages ----------------------------------------------------------------------------------


def _form_data(form):
    data = dict(form.cleaned_data)
    return data.pop("sectors", []), data


@staff_required
def workshop_create(request):
    form = WorkshopForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sectors, data = _form_data(form)
        try:
            workshop = services.workshop_create(by=request.user, sectors=sectors, **data)
        except ValidationError as exc:
            _errors(request, exc, form)
        else:
            messages.success(request, _("The workshop is saved as a draft. Publish it to open registration."))
            return redirect(workshop.get_absolute_url())
    return render(request, "events/workshop_form.html", {"form": form})


@staff_required
def workshop_edit(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    form = WorkshopForm(request.POST or None, instance=workshop)
    if request.method == "POST" and form.is_valid():
        sectors, data = _form_data(form)
        try:
            services.workshop_update(workshop=Workshop.objects.get(pk=pk), by=request.user, sectors=sectors, **data)
        except ValidationError as exc:
            _errors(request, exc, form)
        else:
            messages.success(request, _("Saved."))
            return redirect("events:workshop_detail", pk)
    return render(request, "events/workshop_form.html", {"form": form, "workshop": workshop})


@staff_required
@require_POST
def workshop_action(request, pk, action):
    workshop = get_object_or_404(Workshop, pk=pk)
    try:
        services.workshop_transition(workshop=workshop, action=action, by=request.user)
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(request, _("Done."))
    return redirect(workshop.get_absolute_url())


@staff_required
def staff_registrations(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    status = request.GET.get("status") or ""
    registrations = selectors.registration_list(workshop=workshop)
    if status in Registration.Status.values:
        registrations = registrations.filter(status=status)
    return render(
        request,
        "events/staff_registrations.html",
        {
            "workshop": workshop,
            "registrations": registrations,
            "status": status,
            "statuses": Registration.Status.choices,
            "attendance": selectors.attendance(workshop=workshop),
        },
    )


@staff_required
def staff_requests(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    form = StaffRequestForm(request.POST or None, workshop=workshop)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_request_create(
                workshop=workshop,
                from_registration=form.cleaned_data["from_registration"],
                to_registration=form.cleaned_data["to_registration"],
                by=request.user,
                message=form.cleaned_data["message"],
            )
        except ValidationError as exc:
            _errors(request, exc, form)
        else:
            messages.success(request, _("The request is added and accepted."))
            return redirect("events:staff_requests", pk)
    requests = (
        MeetingRequest.objects.filter(workshop=workshop)
        .select_related("from_registration__organization", "to_registration__organization", "meeting__slot")
        .order_by("status", "-created_at")
    )
    status = request.GET.get("status") or ""
    if status in MeetingRequest.Status.values:
        requests = requests.filter(status=status)
    return render(
        request,
        "events/staff_requests.html",
        {
            "workshop": workshop,
            "form": form,
            "page": paginate(request, requests, per_page=50),
            "status": status,
            "statuses": MeetingRequest.Status.choices,
        },
    )


def _latest_run(workshop):
    return workshop.schedule_runs.first()


@staff_required
def staff_schedule(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    run = _latest_run(workshop)
    unscheduled = list(selectors.unscheduled_requests(workshop=workshop))
    reasons = {u["request"]: u["reason"] for u in (run.unscheduled if run else [])}
    for q in unscheduled:
        q.reason = REASON_TEXT.get(reasons.get(q.pk), "")
    return render(
        request,
        "events/staff_schedule.html",
        {
            "workshop": workshop,
            "grid": selectors.schedule_grid(workshop=workshop),
            "run": run,
            "unscheduled": unscheduled,
            "move_form": MoveForm(workshop=workshop),
            "slots": workshop.slots.all(),
            "tables": range(1, workshop.tables + 1),
        },
    )


REASON_TEXT = {
    "unknown_participant": _l("one of the two is no longer a participant"),
    "self": _l("a participant cannot meet itself"),
    "duplicate": _l("the same two participants already have a request"),
    "pinned_conflict": _l("it conflicts with another pinned meeting"),
    "no_common_slot": _l("the two have no available slot in common"),
    "fully_booked": _l("a participant already has a meeting in every slot it is available"),
    "tables_full": _l("every table is taken in every slot both can attend"),
    "conflicts": _l("in every slot both can attend, one of them already has another meeting"),
    "not_placed": _l("placing it would displace more meetings than it adds"),
}
assert set(REASONS) == set(REASON_TEXT)  # every reason of the scheduler has a translatable text


@staff_required
@require_POST
def schedule_run(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    try:
        services.schedule_run_start(workshop=workshop, by=request.user)
    except ValidationError as exc:
        _errors(request, exc)
    return redirect("events:staff_schedule", pk)


@staff_required
def schedule_progress(request, pk, run_pk):
    run = get_object_or_404(ScheduleRun, pk=run_pk, workshop_id=pk)
    response = render(request, "events/_schedule_progress.html", {"run": run, "workshop": run.workshop})
    if request.htmx and not run.is_active and request.GET.get("was") == "active":
        # Finished while the page watched: reload it to show the new grid.
        response["HX-Refresh"] = "true"
    return response


@staff_required
@require_POST
def schedule_publish(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    try:
        count = services.schedule_publish(workshop=workshop, by=request.user)
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(
            request, _("The schedule is published (%(count)s new meetings); participants were told.") % {"count": count}
        )
    return redirect("events:staff_schedule", pk)


@staff_required
@require_POST
def meeting_move(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("workshop"), pk=pk)
    form = MoveForm(request.POST, workshop=meeting.workshop)
    if form.is_valid():
        try:
            services.meeting_move(
                meeting=meeting, slot=form.cleaned_data["slot"], table=form.cleaned_data["table"], by=request.user
            )
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, _("The meeting is moved and pinned."))
    else:
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
    return redirect("events:staff_schedule", meeting.workshop_id)


@staff_required
@require_POST
def meeting_pin(request, pk):
    meeting = get_object_or_404(Meeting, pk=pk)
    services.meeting_pin(meeting=meeting, pinned=request.POST.get("pinned") == "1", by=request.user)
    return redirect("events:staff_schedule", meeting.workshop_id)


@staff_required
@require_POST
def meeting_unschedule(request, pk):
    meeting = get_object_or_404(Meeting, pk=pk)
    services.meeting_unschedule(meeting=meeting, by=request.user)
    messages.success(request, _("The meeting is taken off the schedule; its request stays accepted."))
    return redirect("events:staff_schedule", meeting.workshop_id)


@staff_required
@require_POST
def meeting_place(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    form = PlaceForm(request.POST, workshop=workshop)
    if form.is_valid():
        meeting_request = get_object_or_404(MeetingRequest, pk=form.cleaned_data["request"], workshop=workshop)
        try:
            services.meeting_place(
                request=meeting_request,
                slot=form.cleaned_data["slot"],
                table=form.cleaned_data["table"],
                by=request.user,
            )
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, _("The meeting is placed and pinned."))
    else:
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
    if request.POST.get("next") == "standby":
        return redirect("events:staff_standby", pk)
    return redirect("events:staff_schedule", pk)


@staff_required
def staff_checkin(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    form = CheckinForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            registration, new = services.checkin(workshop=workshop, code=form.cleaned_data["code"], by=request.user)
        except ValidationError as exc:
            form.add_error("code", exc.messages[0])
        else:
            result = {"registration": registration, "new": new}
            form = CheckinForm()
    context = {
        "workshop": workshop,
        "form": form,
        "result": result,
        "attendance": selectors.attendance(workshop=workshop),
        "recent": workshop.registrations.filter(checked_in_at__isnull=False)
        .select_related("organization")
        .order_by("-checked_in_at")[:10],
    }
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "events/staff_checkin.html", context, status=status)


@staff_required
def staff_standby(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    form = StaffRequestForm(workshop=workshop)
    return render(
        request,
        "events/staff_standby.html",
        {
            "workshop": workshop,
            "rows": selectors.standby(workshop=workshop),
            "form": form,
        },
    )


@staff_required
@require_POST
def staff_standby_pair(request, pk):
    """Refill a table on the day: a staff request between two free participants, placed at once."""
    workshop = get_object_or_404(Workshop, pk=pk)
    form = StaffRequestForm(request.POST, workshop=workshop)
    place = PlaceForm(
        {"slot": request.POST.get("slot"), "table": request.POST.get("table"), "request": 0}, workshop=workshop
    )
    if form.is_valid() and place.is_valid():
        from django.db import transaction

        try:
            with transaction.atomic():
                meeting_request = services.meeting_request_create(
                    workshop=workshop,
                    from_registration=form.cleaned_data["from_registration"],
                    to_registration=form.cleaned_data["to_registration"],
                    by=request.user,
                    message=form.cleaned_data["message"],
                )
                services.meeting_place(
                    request=meeting_request,
                    slot=place.cleaned_data["slot"],
                    table=place.cleaned_data["table"],
                    by=request.user,
                )
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, _("The meeting is added to the schedule."))
    else:
        for errors in list(form.errors.values()) + list(place.errors.values()):
            for e in errors:
                messages.error(request, e)
    return redirect("events:staff_standby", pk)


@staff_required
def staff_stats(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    return render(
        request,
        "events/staff_stats.html",
        {
            "workshop": workshop,
            "stats": selectors.workshop_stats(workshop=workshop),
            "attendance": selectors.attendance(workshop=workshop),
        },
    )


@staff_required
def stats_overview(request):
    rows = selectors.stats_over_time(user=request.user)
    keys = (
        "requested",
        "accepted",
        "scheduled",
        "held",
        "cooperation",
        "contracts",
        "contract_value",
        "seated",
        "attended",
    )
    totals = {k: sum(r[k] for r in rows) for k in keys}
    return render(request, "events/stats_overview.html", {"rows": rows, "totals": totals})
