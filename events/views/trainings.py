"""Training pages: the public list and detail with self-registration, the participant's QR code, and
the staff back office (course, sessions, participants, check-in per session, certified experts)."""

import io

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.messages import add_form_errors, error_messages
from core.pagination import paginate
from core.roles import is_staff, organization_ids, staff_required
from marketplace.models import Organization

from .. import training_selectors as selectors
from ..models import CertifiedExpert, Training, TrainingAttendance, TrainingParticipant, TrainingSession
from ..services import trainings as services
from ..training_forms import CheckinForm, ExpertForm, ParticipantForm, SessionForm, TrainingForm


def _training_or_404(request, pk) -> Training:
    training = get_object_or_404(Training, pk=pk)
    if training.status == Training.Status.DRAFT and not is_staff(request.user):
        raise Http404
    return training


def _participant_or_404(request, pk) -> TrainingParticipant:
    participant = get_object_or_404(TrainingParticipant.objects.select_related("training"), pk=pk)
    if not (is_staff(request.user) or (participant.user_id and participant.user_id == request.user.pk)):
        raise Http404
    return participant


def training_list(request):
    qs = selectors.training_list_visible_to(user=request.user)
    return render(
        request,
        "events/trainings/list.html",
        {
            "page": paginate(request, qs, per_page=20),
            "is_staff": is_staff(request.user),
            "mine": selectors.my_participations(user=request.user),
        },
    )


def training_detail(request, pk, form=None):
    training = _training_or_404(request, pk)
    mine = selectors.my_participations(user=request.user).filter(training=training, status="registered").first()
    if form is None and request.user.is_authenticated and not mine:
        form = ParticipantForm(
            organizations=Organization.objects.filter(pk__in=organization_ids(request.user)),
            initial={"full_name": request.user.get_full_name()},
        )
    return render(
        request,
        "events/trainings/detail.html",
        {
            "training": training,
            "sessions": training.sessions.all(),
            "mine": mine,
            "form": form,
            "is_staff": is_staff(request.user),
            "registered": training.participants.filter(status="registered").count(),
        },
        status=400 if form is not None and form.is_bound else 200,
    )


@login_required
@require_POST
def training_register(request, pk):
    training = _training_or_404(request, pk)
    form = ParticipantForm(
        request.POST, organizations=Organization.objects.filter(pk__in=organization_ids(request.user))
    )
    if form.is_valid():
        try:
            participant = services.participant_register(training=training, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("You are registered. Show the QR code at each session."))
            return redirect("events:training_participant", participant.pk)
    return training_detail(request, pk, form=form)


@login_required
def training_participant(request, pk):
    participant = _participant_or_404(request, pk)
    return render(
        request,
        "events/trainings/participant.html",
        {
            "participant": participant,
            "code": services.training_checkin_code(participant),
            "attended": participant.attendances.select_related("session"),
        },
    )


@login_required
def training_participant_qr(request, pk):
    participant = _participant_or_404(request, pk)
    qr = segno.make(services.training_checkin_token(participant), error="m")
    buf = io.BytesIO()
    qr.save(buf, kind="svg", scale=6, border=2)
    response = HttpResponse(buf.getvalue(), content_type="image/svg+xml")
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def training_participant_cancel(request, pk):
    participant = _participant_or_404(request, pk)
    try:
        services.participant_cancel(participant=participant, by=request.user)
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(request, _("Registration cancelled."))
    if is_staff(request.user):
        return redirect("events:training_manage", participant.training_id)
    return redirect("events:training_detail", participant.training_id)


# Staff -------------------------------------------------------------------------------------------------


@staff_required
def training_edit(request, pk=None):
    training = get_object_or_404(Training, pk=pk) if pk else None
    form = TrainingForm(request.POST or None, instance=training)
    if request.method == "POST" and form.is_valid():
        try:
            training = services.training_save(by=request.user, training=training, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Training saved."))
            return redirect("events:training_manage", training.pk)
    return render(
        request,
        "events/trainings/form.html",
        {"form": form, "training": training},
        status=400 if request.method == "POST" else 200,
    )


@staff_required
def training_manage(request, pk, session_form=None, participant_form=None):
    training = get_object_or_404(Training, pk=pk)
    participants = training.participants.select_related("organization").prefetch_related("attendances")
    sessions = list(training.sessions.all())
    grid = [(p, [any(a.session_id == s.pk for a in p.attendances.all()) for s in sessions]) for p in participants]
    return render(
        request,
        "events/trainings/manage.html",
        {
            "training": training,
            "sessions": selectors.session_attendance(training=training),
            "session_list": sessions,
            "grid": grid,
            "session_form": session_form or SessionForm(),
            "participant_form": participant_form or ParticipantForm(),
        },
        status=400 if (session_form or participant_form) else 200,
    )


@staff_required
@require_POST
def training_session_add(request, pk):
    training = get_object_or_404(Training, pk=pk)
    form = SessionForm(request.POST)
    if form.is_valid():
        try:
            services.training_session_add(training=training, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Session added."))
            return redirect("events:training_manage", pk)
    return training_manage(request, pk, session_form=form)


@staff_required
@require_POST
def training_participant_add(request, pk):
    training = get_object_or_404(Training, pk=pk)
    form = ParticipantForm(request.POST)
    if form.is_valid():
        try:
            services.participant_register(training=training, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Participant entered."))
            return redirect("events:training_manage", pk)
    return training_manage(request, pk, participant_form=form)


@staff_required
def training_checkin(request, pk, session_pk):
    session = get_object_or_404(TrainingSession.objects.select_related("training"), pk=session_pk, training_id=pk)
    form = CheckinForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            attendance, new = services.training_checkin(
                session=session, code=form.cleaned_data["code"], by=request.user
            )
        except ValidationError as exc:
            form.add_error("code", exc.messages[0])
        else:
            result = {"attendance": attendance, "new": new}
            form = CheckinForm()
    recent = (
        TrainingAttendance.objects.filter(session=session)
        .select_related("participant", "participant__organization")
        .order_by("-checked_in_at")[:15]
    )
    return render(
        request,
        "events/trainings/checkin.html",
        {
            "session": session,
            "training": session.training,
            "form": form,
            "result": result,
            "present": session.attendances.count(),
            "registered": session.training.participants.filter(status="registered").count(),
            "recent": recent,
        },
        status=400 if request.method == "POST" and form.errors else 200,
    )


@staff_required
@require_POST
def training_attendance_mark(request, pk, session_pk, participant_pk):
    session = get_object_or_404(TrainingSession, pk=session_pk, training_id=pk)
    participant = get_object_or_404(TrainingParticipant, pk=participant_pk, training_id=pk)
    try:
        services.attendance_mark(
            session=session, participant=participant, present=request.POST.get("present") == "1", by=request.user
        )
    except ValidationError as exc:
        error_messages(request, exc)
    return redirect("events:training_manage", pk)


@staff_required
def expert_list(request, pk=None):
    expert = get_object_or_404(CertifiedExpert, pk=pk) if pk else None
    form = ExpertForm(request.POST or None, instance=expert)
    if request.method == "POST" and form.is_valid():
        try:
            services.expert_save(by=request.user, expert=expert, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Certified expert saved."))
            return redirect("events:expert_list")
    return render(
        request,
        "events/trainings/experts.html",
        {
            "form": form,
            "expert": expert,
            "experts": CertifiedExpert.objects.select_related("organization", "training"),
        },
        status=400 if request.method == "POST" else 200,
    )
