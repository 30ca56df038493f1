"""Connection pages: a member's list, the detail with its timeline and messages, the staff board and
its export. Thin: form → service → redirect, or FilterSet → template."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.export_views import export_start_response
from core.messages import add_form_errors
from core.pagination import paginate
from core.roles import is_staff, staff_required

from .. import connections as svc
from ..connection_forms import CloseForm, CorrectForm, IntroduceForm, MessageForm, MoveForm
from ..filters import ConnectionFilter
from ..models import Connection, ConnectionAttachment


def _get(request, pk) -> Connection:
    try:
        return svc.connection_get_for_user(user=request.user, pk=pk)
    except Connection.DoesNotExist:
        # The same answer whether it does not exist or belongs to others: a third party learns nothing.
        raise Http404 from None


@login_required
def connection_list(request):
    qs = svc.connection_list_with_unread(user=request.user)
    return render(
        request,
        "marketplace/connection_list.html",
        {"page": paginate(request, qs, 30), "is_staff": is_staff(request.user)},
    )


def _detail_context(request, connection, **forms):
    user = request.user
    last_read = svc.connection_last_read(connection=connection, user=user)
    context = {
        "connection": connection,
        "timeline": svc.connection_timeline(connection=connection),
        "last_read": last_read,
        "side": svc.connection_side(user, connection),
        "staff": is_staff(user),
        "move_form": forms.get("move_form") or MoveForm(connection=connection),
        "close_form": forms.get("close_form") or CloseForm(),
        "message_form": forms.get("message_form") or MessageForm(),
        "correct_form": forms.get("correct_form") or (CorrectForm(initial={"to_stage": connection.stage})),
        # Workshop meetings point at their connection (the events app adds the relation).
        "meetings": list(connection.meetings.select_related("workshop", "slot"))
        if hasattr(connection, "meetings")
        else [],
    }
    return context


@login_required
def connection_detail(request, pk):
    connection = _get(request, pk)
    context = _detail_context(request, connection)
    response = render(request, "marketplace/connection_detail.html", context)
    # Opening the page reads the messages shown (after rendering, so the marks show once).
    svc.connection_mark_read(connection=connection, user=request.user)
    return response


def _rerender(request, connection, status=400, **forms):
    return render(
        request, "marketplace/connection_detail.html", _detail_context(request, connection, **forms), status=status
    )


@login_required
@require_POST
def connection_action(request, pk, action):
    connection = _get(request, pk)
    user = request.user
    if action == "move":
        form = MoveForm(request.POST, request.FILES, connection=connection)
        if not form.is_valid():
            return _rerender(request, connection, move_form=form)
        try:
            svc.connection_move(
                connection=connection,
                to_stage=form.cleaned_data["to_stage"],
                by=user,
                note=form.cleaned_data["note"],
                **form.stage_fields(),
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
            return _rerender(request, connection, move_form=form)
        messages.success(request, _("The connection moved forward."))
    elif action == "close":
        form = CloseForm(request.POST)
        if not form.is_valid():
            return _rerender(request, connection, close_form=form)
        try:
            svc.connection_close(connection=connection, by=user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
            return _rerender(request, connection, close_form=form)
        messages.success(request, _("The connection is closed."))
    elif action == "correct":
        if not is_staff(user):
            raise PermissionDenied
        form = CorrectForm(request.POST, request.FILES)
        if not form.is_valid():
            return _rerender(request, connection, correct_form=form)
        data = form.cleaned_data
        try:
            svc.connection_correct(
                connection=connection,
                by=user,
                to_stage=data["to_stage"],
                note=data["note"],
                result=data["result"],
                lost_reason=data["lost_reason"],
                **form.stage_fields(),
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
            return _rerender(request, connection, correct_form=form)
        messages.success(request, _("The stage was corrected."))
    elif action == "message":
        form = MessageForm(request.POST, request.FILES)
        if not form.is_valid():
            return _rerender(request, connection, message_form=form)
        try:
            svc.message_post(
                connection=connection,
                by=user,
                body=form.cleaned_data["body"],
                attachments=form.cleaned_data["attachments"],
            )
        except ValidationError as exc:
            add_form_errors(form, exc)
            return _rerender(request, connection, message_form=form)
        return redirect(connection.get_absolute_url() + "#messages")
    else:
        raise Http404
    return redirect(connection.get_absolute_url())


@login_required
def connection_attachment(request, pk):
    attachment = get_object_or_404(ConnectionAttachment.objects.select_related("message"), pk=pk)
    _get(request, attachment.message.connection_id)  # 404 for anyone outside the connection
    response = FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.original_name)
    response["Content-Type"] = attachment.content_type
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def connection_document(request, pk, which):
    connection = _get(request, pk)
    field = {"contract": connection.contract_document, "acceptance": connection.acceptance_document}.get(which)
    if not field:
        raise Http404
    response = FileResponse(field.open("rb"), as_attachment=True, filename=field.name.rsplit("/", 1)[-1])
    response["X-Content-Type-Options"] = "nosniff"
    return response


@staff_required
def connection_board(request):
    filterset = ConnectionFilter(request.GET, queryset=svc.connection_board())
    qs = filterset.qs
    labels = dict(Connection.Stage.choices)
    counts = svc.connection_counts_by_stage(queryset=qs)
    columns = [(stage, labels[stage], counts.get(stage, 0)) for stage in Connection.Stage.values]
    return render(
        request,
        "marketplace/connection_board.html",
        {
            "filter": filterset,
            "page": paginate(request, qs, 50),
            "columns": columns,
            "stall_cutoff": svc.stall_cutoff(),
            "query": request.GET.urlencode(),
        },
    )


@staff_required
def connection_export(request, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    return export_start_response(request, kind="marketplace.connections", fmt=fmt)


@staff_required
def connection_introduce(request):
    form = IntroduceForm(request.POST or None, initial=request.GET.dict() if not request.POST else None)
    if request.method == "POST" and form.is_valid():
        try:
            connection = svc.connection_introduce(by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("The two organisations are introduced; both were told."))
            return redirect(connection.get_absolute_url())
    return render(request, "marketplace/connection_introduce.html", {"form": form})
