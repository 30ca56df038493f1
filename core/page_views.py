"""Rules and help pages: reading (everyone), version history, accepting the terms, and staff editing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from . import pages
from .forms import AcceptForm, PageVersionForm
from .http import redirect_next
from .models import Page
from .roles import staff_required


def _page(slug) -> Page:
    return get_object_or_404(Page, slug=slug)


def page_detail(request, slug, number=None):
    page = _page(slug)
    versions = page.versions.order_by("-number")
    version = versions.first() if number is None else get_object_or_404(versions, number=number)
    if version is None:
        raise Http404
    return render(
        request,
        "core/page_detail.html",
        {
            "page": page,
            "version": version,
            "is_current": version == versions.first(),
            "body": mark_safe(pages.render_markdown(version.body)),
            "help_pages": Page.objects.filter(kind=Page.Kind.HELP).prefetch_related("versions"),
        },
    )


def page_history(request, slug):
    page = _page(slug)
    return render(
        request,
        "core/page_history.html",
        {"page": page, "versions": page.versions.select_related("created_by").order_by("-number")},
    )


@login_required
def accept(request):
    missing = pages.missing_acceptances(request.user)
    form = AcceptForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        pages.acceptances_record(user=request.user, versions=missing)
        request.session.pop("accepted_versions", None)
        messages.success(request, _("Thank you. You can continue."))
        return redirect_next(request, "marketplace:dashboard")
    if not missing and request.method == "GET":
        return redirect("marketplace:dashboard")
    return render(
        request,
        "core/accept.html",
        {"missing": missing, "form": form, "next": request.GET.get("next") or request.POST.get("next", "")},
    )


@staff_required
def staff_pages(request):
    rows = [(p, pages.current_version(p)) for p in Page.objects.all()]
    return render(request, "core/staff_pages.html", {"rows": rows})


@staff_required
def staff_page_edit(request, slug):
    page = _page(slug)
    current = pages.current_version(page)
    initial = {}
    if current:
        initial = {f: getattr(current, f) for f in ("title_vi", "title_en", "body_vi", "body_en")}
    form = PageVersionForm(request.POST or None, initial=initial)
    if not page.requires_acceptance:
        del form.fields["asks_acceptance"]
    if request.method == "POST" and form.is_valid():
        version = pages.page_publish(page=page, by=request.user, **form.cleaned_data)
        messages.success(request, _("Version %(n)s has been published.") % {"n": version.number})
        return redirect(page.get_absolute_url())
    return render(request, "core/staff_page_edit.html", {"page": page, "form": form, "current": current})
