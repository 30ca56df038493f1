"""Staff pages of the plan's records (S&T tasks, appraisals, news, publications, S&T enterprise
certificates, values entered by hand), the indicator page and the yearly report; and the public news
pages. Thin: form → plan_services → redirect, or selector → template."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from core.export_views import export_start_response
from core.messages import add_form_errors
from core.pagination import paginate
from core.roles import staff_required
from events.models import Training, Workshop
from marketplace.models import Organization

from .. import announcements, plan, plan_report, plan_services, selectors
from ..models import NewsCategory, NewsItem, PlanActual, Publication, STTask, TaskUptake, TechnologyAppraisal
from ..plan_forms import (
    AppraisalForm,
    CertificateForm,
    NewsForm,
    PlanValueForm,
    PublicationForm,
    PublishOfferForm,
    STTaskForm,
    UptakeForm,
    UptakeProofForm,
)


@dataclass
class Kind:
    model: type
    form: type
    title: object
    new_label: object
    columns: list  # (header, attribute or callable)
    select: tuple = ()
    documents: tuple = ()


KINDS = {
    "tasks": Kind(
        STTask,
        STTaskForm,
        gettext_lazy("S&T tasks"),
        gettext_lazy("Record a task"),
        [
            (gettext_lazy("Code"), "code"),
            (gettext_lazy("Title"), "title"),
            (gettext_lazy("Field"), "get_field_display"),
            (gettext_lazy("Host"), "host_label"),
            (gettext_lazy("Period"), lambda t: f"{t.start_year}–{t.end_year}"),
            (gettext_lazy("Status"), "get_status_display"),
            (gettext_lazy("Receiving firms"), "uptakes_n"),
        ],
        select=("host",),
    ),
    "appraisals": Kind(
        TechnologyAppraisal,
        AppraisalForm,
        gettext_lazy("Technology appraisals"),
        gettext_lazy("Record an appraisal"),
        [
            (gettext_lazy("Firm"), "firm"),
            (gettext_lazy("Technology"), "technology"),
            (gettext_lazy("Appraised on"), lambda a: a.appraised_on.strftime("%d/%m/%Y")),
            (gettext_lazy("Key firm"), lambda a: _("yes") if a.key_firm else _("no")),
            (gettext_lazy("Conclusion"), "get_conclusion_display"),
            (gettext_lazy("Document"), "document_reference"),
            (
                gettext_lazy("Connection"),
                lambda a: _link(a.connection, f"#{a.connection_id}") or a.connection_reference,
            ),
            (
                gettext_lazy("Grant"),
                lambda a: _link(a.grant, f"{a.grant.program.name} {a.grant.year}" if a.grant else ""),
            ),
        ],
        select=("firm", "connection", "grant__program"),
        documents=("document",),
    ),
    "news": Kind(
        NewsItem,
        NewsForm,
        gettext_lazy("News"),
        gettext_lazy("Write a news item"),
        [
            (gettext_lazy("Title"), "title"),
            (gettext_lazy("Category"), "category"),
            (gettext_lazy("Status"), "get_status_display"),
            (
                gettext_lazy("Published at"),
                lambda n: timezone.localtime(n.published_at).strftime("%d/%m/%Y %H:%M") if n.published_at else "—",
            ),
        ],
        select=("category",),
    ),
    "publications": Kind(
        Publication,
        PublicationForm,
        gettext_lazy("Publications and programmes"),
        gettext_lazy("Record a publication or programme"),
        [
            (gettext_lazy("Kind"), "get_kind_display"),
            (gettext_lazy("Title"), "title"),
            (gettext_lazy("Issue or episode"), "issue"),
            (gettext_lazy("Date"), lambda p: p.published_on.strftime("%d/%m/%Y")),
            (gettext_lazy("Publisher or channel"), "channel"),
        ],
    ),
}


def _link(obj, text):
    return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), text) if obj is not None else ""


def _kind(name) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise Http404
    return kind


def _cell(obj, accessor):
    if callable(accessor):
        return accessor(obj)
    value = getattr(obj, accessor)
    return value() if callable(value) else value


@staff_required
def record_list(request, kind):
    k = _kind(kind)
    qs = k.model.objects.select_related(*k.select)
    if k.model is STTask:
        qs = qs.annotate(uptakes_n=Count("uptakes")).order_by(*STTask._meta.ordering)
    query = (request.GET.get("q") or "").strip()
    if query:
        text = Q(title__icontains=query)
        if k.model is STTask:
            text |= Q(code__icontains=query)
        qs = qs.filter(text)
    page = paginate(request, qs, per_page=30)
    rows = [(obj, [_cell(obj, acc) for _h, acc in k.columns]) for obj in page]
    return render(
        request,
        "grants/plan/record_list.html",
        {"kind": kind, "k": k, "page": page, "rows": rows, "headers": [h for h, _a in k.columns], "q": query},
    )


@staff_required
def record_edit(request, kind, pk=None):
    k = _kind(kind)
    instance = get_object_or_404(k.model, pk=pk) if pk else k.model()
    form = k.form(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            if k.model is NewsItem:
                obj = plan_services.news_save(instance=instance, data=data, by=request.user)
            else:
                obj = plan_services.record_save(
                    instance=instance, data=data, by=request.user, document_fields=k.documents
                )
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            if k.model is STTask:
                return redirect("grants:task_detail", obj.pk)
            return redirect("grants:plan_records", kind)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "grants/plan/record_form.html", {"kind": kind, "k": k, "form": form, "obj": instance}, status=status
    )


# S&T tasks ----------------------------------------------------------------------------------------


@staff_required
def task_detail(request, pk, uptake_form=None, offer_form=None, proof_form=None, proof_uptake=None):
    task = get_object_or_404(STTask.objects.select_related("host", "offer"), pk=pk)
    uptakes = list(task.uptakes.select_related("firm", "created_by", "connection"))
    for u in uptakes:
        if not u.has_proof:  # one form per row, with its own ids
            u.proof_form = proof_form if proof_uptake == u.pk else UptakeProofForm(auto_id=f"id_proof{u.pk}_%s")
    return render(
        request,
        "grants/plan/task_detail.html",
        {
            "task": task,
            "uptakes": uptakes,
            "interests": plan_services.task_accepted_interests(task=task),
            "uptake_form": uptake_form or UptakeForm(initial={"received_on": timezone.localdate()}),
            "offer_form": offer_form or PublishOfferForm(initial={"trl": 6, "ip_status": "none"}),
        },
        status=400 if (uptake_form or offer_form or proof_form) else 200,
    )


@staff_required
@require_POST
def task_uptake_proof(request, pk, uptake_pk):
    uptake = get_object_or_404(TaskUptake, pk=uptake_pk, task_id=pk)
    form = UptakeProofForm(request.POST, request.FILES, auto_id=f"id_proof{uptake.pk}_%s")
    if form.is_valid():
        try:
            plan_services.task_uptake_set_proof(uptake=uptake, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("The proving document is recorded."))
            return redirect("grants:task_detail", pk)
    return task_detail(request, pk, proof_form=form, proof_uptake=uptake.pk)


@staff_required
@require_POST
def task_uptake_add(request, pk):
    task = get_object_or_404(STTask, pk=pk)
    form = UptakeForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            plan_services.task_uptake_add(task=task, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Receiving firm recorded."))
            return redirect("grants:task_detail", pk)
    return task_detail(request, pk, uptake_form=form)


@staff_required
@require_POST
def task_uptake_from_interest(request, pk, interest_pk):
    task = get_object_or_404(STTask, pk=pk)
    interest = plan_services.task_accepted_interests(task=task).filter(pk=interest_pk).first()
    if interest is None:
        raise Http404
    try:
        plan_services.task_uptake_from_interest(task=task, interest=interest, by=request.user)
    except ValidationError as exc:
        for m in exc.messages:
            messages.error(request, m)
    else:
        messages.success(request, _("Receiving firm recorded."))
    return redirect("grants:task_detail", pk)


@staff_required
@require_POST
def task_uptake_remove(request, pk, uptake_pk):
    uptake = get_object_or_404(TaskUptake, pk=uptake_pk, task_id=pk)
    plan_services.task_uptake_remove(uptake=uptake, by=request.user)
    messages.success(request, _("Receiving firm removed."))
    return redirect("grants:task_detail", pk)


@staff_required
@require_POST
def task_publish(request, pk):
    task = get_object_or_404(STTask, pk=pk)
    form = PublishOfferForm(request.POST)
    if form.is_valid():
        try:
            offer = plan_services.task_publish_offer(task=task, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(
                request, _("The task's results are published as the offer “%(title)s”.") % {"title": offer.title}
            )
            return redirect("grants:task_detail", pk)
    return task_detail(request, pk, offer_form=form)


# Documents (staff only; served as attachments, never sniffed) ------------------------------------


DOCUMENTS = {"appraisal": (TechnologyAppraisal, "document"), "uptake": (TaskUptake, "document")}


@staff_required
def document(request, kind, pk):
    model, field_name = DOCUMENTS.get(kind, (None, None))
    if model is None:
        raise Http404
    obj = get_object_or_404(model, pk=pk)
    f = getattr(obj, field_name)
    if not f:
        raise Http404
    response = FileResponse(f.open("rb"), as_attachment=True, filename=f.name.rsplit("/", 1)[-1])
    response["X-Content-Type-Options"] = "nosniff"
    return response


# S&T enterprises ----------------------------------------------------------------------------------


@staff_required
def certificates(request):
    form = CertificateForm(request.POST or None, initial=_certificate_initial(request))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        organization = data.pop("organization")
        try:
            plan_services.organization_certificates_set(organization=organization, by=request.user, **data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Certificates of %(org)s saved.") % {"org": organization.name})
            return redirect("grants:certificates")
    year = timezone.localdate().year
    return render(
        request,
        "grants/plan/certificates.html",
        {
            "form": form,
            "enterprises": Organization.objects.exclude(st_certificate_number="").order_by("name"),
            "summary": plan.st_enterprise_summary(year=year),
        },
        status=400 if request.method == "POST" else 200,
    )


def _certificate_initial(request) -> dict:
    try:
        org = Organization.objects.get(pk=int(request.GET.get("organization", "")))
    except (ValueError, Organization.DoesNotExist):
        return {}
    return {
        "organization": org,
        **{
            name: getattr(org, name)
            for name in (
                "st_certificate_number",
                "st_certified_on",
                "st_certificate_issuer",
                "high_tech_certificate_number",
                "high_tech_certified_on",
            )
        },
    }


# Indicators and hand-entered values --------------------------------------------------------------


def _years(request):
    def param(name):
        try:
            return int(request.GET[name])
        except (KeyError, ValueError):
            return None

    return selectors.dashboard_years(start=param("from"), end=param("to"))


@staff_required
def indicators(request):
    years = _years(request)
    return render(
        request,
        "grants/plan/indicators.html",
        {"years": years, "indicators": plan.evaluate(years=years)},
    )


@staff_required
def plan_values(request):
    initial = {"year": timezone.localdate().year}
    if request.GET.get("target"):
        initial["target"] = request.GET["target"]
    form = PlanValueForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            plan_services.plan_value_set(by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_form_errors(form, exc)
        else:
            messages.success(request, _("Value saved, with your name and the time."))
            return redirect("grants:plan_values")
    return render(
        request,
        "grants/plan/values.html",
        {"form": form, "values": PlanActual.objects.select_related("target", "entered_by").order_by("target", "-year")},
        status=400 if request.method == "POST" else 200,
    )


@staff_required
@require_POST
def plan_value_delete(request, pk):
    plan_services.plan_value_delete(actual=get_object_or_404(PlanActual, pk=pk), by=request.user)
    messages.success(request, _("Value deleted."))
    return redirect("grants:plan_values")


# The yearly report --------------------------------------------------------------------------------


@staff_required
def yearly_report(request):
    year = _report_year(request)
    if request.GET.get("format") == "xlsx":
        return export_start_response(request, kind="grants.plan_report", fmt="xlsx", params={"year": year})
    report = plan_report.build(year=year)
    return render(request, "grants/plan/report.html", {"report": report, "year": year})


def _report_year(request) -> int:
    try:
        year = int(request.GET.get("year") or timezone.localdate().year)
    except ValueError:
        raise Http404
    if not 2000 <= year <= 2100:
        raise Http404
    return year


# Public news --------------------------------------------------------------------------------------


def news_list(request):
    qs = NewsItem.objects.filter(status=NewsItem.Status.PUBLISHED).select_related("category")
    category = None
    if request.GET.get("category"):
        category = NewsCategory.objects.filter(slug=request.GET["category"]).first()
        if category is None:
            raise Http404
        qs = qs.filter(category=category)
    return render(
        request,
        "grants/news/list.html",
        {"page": paginate(request, qs, per_page=12), "categories": NewsCategory.objects.all(), "category": category},
    )


def _published_news(pk) -> NewsItem:
    return get_object_or_404(
        NewsItem.objects.select_related("category", "workshop", "training", "need", "offer"),
        pk=pk,
        status=NewsItem.Status.PUBLISHED,
    )


def news_detail(request, pk):
    item = _published_news(pk)
    links = []
    if item.workshop_id:
        links.append((item.workshop.title, reverse("events:workshop_detail", args=[item.workshop_id])))
    if item.training_id:
        links.append((item.training.title, reverse("events:training_detail", args=[item.training_id])))
    for post in (item.need, item.offer):
        if post is not None and post.is_public:
            links.append((post.title, post.get_absolute_url()))
    return render(request, "grants/news/detail.html", {"item": item, "links": links})


def news_cover(request, pk):
    item = _published_news(pk)
    if not item.cover or not item.cover_type:
        raise Http404
    response = FileResponse(item.cover.open("rb"), content_type=item.cover_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "public, max-age=3600"
    return response


# Announcements of workshops and trainings ----------------------------------------------------------


def _announced_event(kind, pk):
    if kind == "workshop":
        return get_object_or_404(Workshop, pk=pk)
    if kind == "training":
        return get_object_or_404(Training, pk=pk)
    raise Http404


@staff_required
def event_announce(request, kind, pk):
    """What announcing the event does (the news item, who is told), and the action itself."""
    event = _announced_event(kind, pk)
    if request.method == "POST":
        try:
            news, told = announcements.event_announce(by=request.user, **{kind: event})
        except ValidationError as exc:
            for m in exc.messages:
                messages.error(request, m)
        else:
            messages.success(
                request,
                ngettext(
                    "The announcement is published; %(n)s person was told.",
                    "The announcement is published; %(n)s people were told.",
                    told,
                )
                % {"n": told},
            )
        return redirect("grants:event_announce", kind, pk)
    sector_ids = list(event.sectors.values_list("pk", flat=True))
    organizations = announcements.announcement_organizations(sector_ids=sector_ids).order_by("name")
    return render(
        request,
        "grants/plan/announce.html",
        {
            "kind": kind,
            "event": event,
            "sectors": event.sectors.all(),
            "news": announcements.event_announcement(**{kind: event}),
            "organizations": organizations,
            "people": announcements.announcement_recipients(sector_ids=sector_ids).count(),
        },
    )
