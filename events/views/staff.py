"""Workshop back office for staff: workshops, registrations, requests, scheduling, check-in, standby, stats."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.messages import error_messages, form_error_messages
from core.pagination import paginate
from core.roles import staff_required

from .. import selectors, services
from ..forms import CheckinForm, MoveForm, PlaceForm, StaffRequestForm, WorkshopForm
from ..models import Meeting, MeetingRequest, Registration, ScheduleRun, Workshop


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
            error_messages(request, exc, form)
        else:
            messages.success(
                request,
                _(
                    "The workshop is saved as a draft. Invite the strongest matched pairs in its sectors, then publish it."
                ),
            )
            return redirect("events:staff_invitations", pk=workshop.pk)
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
            error_messages(request, exc, form)
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
        error_messages(request, exc)
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
            error_messages(request, exc, form)
        else:
            messages.success(request, _("The request is added and accepted."))
            return redirect("events:staff_requests", pk)
    status = request.GET.get("status") or ""
    requests = selectors.meeting_request_list_for_workshop(workshop=workshop, status=status)
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


@staff_required
def staff_schedule(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    run = workshop.schedule_runs.first()
    unscheduled = selectors.unscheduled_with_reasons(workshop=workshop, run=run)
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


@staff_required
@require_POST
def schedule_run(request, pk):
    workshop = get_object_or_404(Workshop, pk=pk)
    try:
        services.schedule_run_start(workshop=workshop, by=request.user)
    except ValidationError as exc:
        error_messages(request, exc)
    return redirect("events:staff_schedule", pk)


@staff_required
@require_POST
def schedule_cancel(request, pk, run_pk):
    run = get_object_or_404(ScheduleRun, pk=run_pk, workshop_id=pk)
    if services.schedule_run_cancel(run=run, by=request.user):
        messages.success(request, _("The run was cancelled; you can start the scheduler again."))
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
        error_messages(request, exc)
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
            error_messages(request, exc)
        else:
            messages.success(request, _("The meeting is moved and pinned."))
    else:
        form_error_messages(request, form)
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
                meeting_request=meeting_request,
                slot=form.cleaned_data["slot"],
                table=form.cleaned_data["table"],
                by=request.user,
            )
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(request, _("The meeting is placed and pinned."))
    else:
        form_error_messages(request, form)
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
        "recent": selectors.recent_checkins(workshop=workshop),
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
        try:
            services.standby_pair_place(
                workshop=workshop,
                from_registration=form.cleaned_data["from_registration"],
                to_registration=form.cleaned_data["to_registration"],
                slot=place.cleaned_data["slot"],
                table=place.cleaned_data["table"],
                by=request.user,
                message=form.cleaned_data["message"],
            )
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(request, _("The meeting is added to the schedule."))
    else:
        form_error_messages(request, form)
        form_error_messages(request, place)
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
