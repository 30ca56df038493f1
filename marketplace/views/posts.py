from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.http import redirect_next
from core.messages import error_messages
from core.page_cache import public_page_cache
from core.pagination import CappedPaginator, paginate
from core.roles import staff_required

from .. import permissions, selectors, services, verification
from ..cache import lists_version
from ..filters import NeedFilter, OfferFilter, OrganizationFilter
from ..forms import (
    CloseForm,
    DeclineForm,
    InterestForm,
    NeedForm,
    OfferForm,
    OrganizationChoiceForm,
    OrganizationForm,
    ReviewForm,
)
from ..models import (
    Attachment,
    Interest,
    Organization,
    OrganizationChange,
    PostStatus,
    TechnologyNeed,
    TechnologyOffer,
)

KINDS = {
    "need": (TechnologyNeed, NeedForm, NeedFilter),
    "offer": (TechnologyOffer, OfferForm, OfferFilter),
}


def _kind(kind: str):
    if kind not in KINDS:
        raise Http404
    return KINDS[kind]


# Public pages ----------------------------------------------------------------------------------


# The home page counts every published post: at 100,000 posts that took longer than the rest of the page.
# The counts are kept under the lists' version; the accepted-connections figure may lag five minutes.
@public_page_cache(scope=lists_version, timeout=300)
def home(request):
    counts = cache.get_or_set(f"home-counts:{lists_version()}", selectors.platform_counts, 300)
    return render(
        request,
        "marketplace/home.html",
        {
            "counts": counts,
            "needs": selectors.post_list_public(model=TechnologyNeed)[:6],
            "offers": selectors.post_list_public(model=TechnologyOffer)[:6],
            "sectors": selectors.sector_tree(),
        },
    )


@public_page_cache(scope=lists_version)
def post_list(request, kind):
    model, _form, filterset_class = _kind(kind)
    # Lazy: when the cached fragments apply, neither the filter set nor the count nor the rows are built.
    filterset = SimpleLazyObject(lambda: filterset_class(request.GET, queryset=selectors.post_list_public(model=model)))
    cap = CappedPaginator.search_cap if request.GET.get("q", "").strip() else None
    page = SimpleLazyObject(lambda: CappedPaginator(filterset.qs, 20, cap=cap).get_page(request.GET.get("page")))
    # The filter form's fragment depends on the chosen filters only, not on the phrase searched or the page
    # (the search box is drawn outside it), so a new search reuses it.
    filter_key = urlencode(
        [(name, value) for name in filterset_class.base_filters if name != "q" for value in request.GET.getlist(name)]
    )
    template = "marketplace/_post_results.html" if request.htmx else "marketplace/post_list.html"
    context = {"kind": kind, "filter": filterset, "page": page, "lists_version": lists_version()}
    return render(request, template, {**context, "filter_key": filter_key, "q": request.GET.get("q", "")})


def post_detail(request, kind, pk):
    model, _form, _filter = _kind(kind)
    try:
        post = selectors.post_get_visible(model=model, pk=pk, user=request.user)
    except model.DoesNotExist:
        raise Http404 from None
    user = request.user
    context = {
        "kind": kind,
        "post": post,
        "can_edit": permissions.can_edit_post(user, post),
        "can_manage": permissions.can_manage_post(user, post),
        "is_owner": permissions.is_member(user, post.organization_id),
        "can_see_confidential": permissions.can_see_confidential(user, post),
        "my_interest": selectors.interest_for_user_and_post(user=user, post=post),
        "is_staff": permissions.is_staff(user),
    }
    if context["can_see_confidential"]:
        context["attachments"] = post.attachments.all()
    if context["is_owner"] or context["is_staff"]:
        context["history"] = post.history.select_related("by")[:20]
        context["interests"] = post.interests.select_related("from_organization")
    my_orgs = Organization.objects.filter(pk__in=permissions.organization_ids(user)).exclude(pk=post.organization_id)
    context["can_express_interest"] = (
        post.status == PostStatus.PUBLISHED
        and my_orgs.exists()
        and not (context["my_interest"] and context["my_interest"].status in ("pending", "accepted"))
    )
    return render(request, "marketplace/post_detail.html", context)


@public_page_cache(scope=lists_version)
def organization_list(request):
    # Lazy, like the post lists: the cached fragments need neither the filter set nor the rows.
    filterset = SimpleLazyObject(lambda: OrganizationFilter(request.GET, queryset=selectors.organization_list_public()))
    page = SimpleLazyObject(lambda: paginate(request, filterset.qs))
    return render(
        request,
        "marketplace/organization_list.html",
        {"filter": filterset, "page": page, "lists_version": lists_version()},
    )


def organization_detail(request, pk):
    organization = get_object_or_404(Organization.objects.select_related("area").prefetch_related("sectors"), pk=pk)
    user = request.user
    is_member = permissions.is_member(user, organization)
    if not organization.is_verified and not (is_member or permissions.is_staff(user)):
        raise Http404
    return render(
        request,
        "marketplace/organization_detail.html",
        {
            "organization": organization,
            "is_member": is_member,
            "pending_change": organization.changes.filter(status=OrganizationChange.Status.PENDING).first()
            if is_member or permissions.is_staff(user)
            else None,
            "can_edit": permissions.can_edit_organization(user, organization) if user.is_authenticated else False,
            "needs": selectors.post_list_public(model=TechnologyNeed).filter(organization=organization)[:20],
            "offers": selectors.post_list_public(model=TechnologyOffer).filter(organization=organization)[:20],
            "members": organization.memberships.select_related("user")
            if is_member or permissions.is_staff(user)
            else None,
        },
    )


# Organisations ---------------------------------------------------------------------------------


@login_required
def organization_register(request):
    form = OrganizationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        sectors = data.pop("sectors")
        try:
            organization = services.organization_register(user=request.user, sectors=sectors, **data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your organisation is registered. The Department will verify it shortly."))
            return redirect(organization.get_absolute_url())
    return render(request, "marketplace/organization_form.html", {"form": form, "creating": True})


@login_required
def organization_edit(request, pk):
    organization = get_object_or_404(Organization, pk=pk)
    if not permissions.can_edit_organization(request.user, organization):
        raise PermissionDenied
    form = OrganizationForm(request.POST or None, instance=organization)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        sectors = data.pop("sectors")
        try:
            services.organization_update(
                organization=Organization.objects.get(pk=pk), by=request.user, sectors=sectors, **data
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, exc)
        else:
            if OrganizationChange.objects.filter(organization_id=pk, status=OrganizationChange.Status.PENDING).exists():
                messages.info(
                    request,
                    _(
                        "Saved. The new name, tax code or size will show once the Department confirms them; "
                        "until then the organisation keeps its verified details."
                    ),
                )
            else:
                messages.success(request, _("Saved."))
            return redirect(organization.get_absolute_url())
    return render(request, "marketplace/organization_form.html", {"form": form, "organization": organization})


# Posts: create, edit, lifecycle ----------------------------------------------------------------


def _postable_organizations(user, kind):
    orgs = selectors.organization_list_for_user(user)
    if kind == "need":
        return orgs.filter(kind__in=[Organization.Kind.ENTERPRISE, Organization.Kind.BOTH])
    return orgs.filter(kind__in=[Organization.Kind.PROVIDER, Organization.Kind.BOTH])


def _lost_files(request) -> list[str]:
    """Names of the files sent with a form that came back with errors: browsers cannot keep them."""
    if request.method != "POST":
        return []
    return [f.name for f in request.FILES.getlist("new_attachments")]


def _split_post_data(form):
    data = dict(form.cleaned_data)
    sectors = data.pop("sectors")
    attachments = data.pop("new_attachments", [])
    return data, sectors, attachments


@login_required
def post_create(request, kind):
    model, form_class, _filter = _kind(kind)
    organizations = _postable_organizations(request.user, kind)
    if not organizations.exists():
        messages.info(request, _("Register your organisation first; then you can post."))
        return redirect("marketplace:organization_register")
    initial_org = request.GET.get("organization")
    if initial_org is None and organizations.count() == 1:
        initial_org = organizations.first().pk
    org_form = OrganizationChoiceForm(
        request.POST or None, organizations=organizations, initial={"organization": initial_org}
    )
    form = form_class(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid() and org_form.is_valid():
        data, sectors, attachments = _split_post_data(form)
        try:
            post = services.post_create(
                model=model,
                organization=org_form.cleaned_data["organization"],
                by=request.user,
                sectors=sectors,
                attachments=attachments,
                submit="submit" in request.POST,
                **data,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if post.status == PostStatus.SUBMITTED:
                messages.success(request, _("Submitted for review. You will be told when it is published."))
            else:
                messages.success(request, _("Draft saved."))
            return redirect(post.get_absolute_url())
    return render(
        request,
        "marketplace/post_form.html",
        {"kind": kind, "form": form, "org_form": org_form, "creating": True, "lost_files": _lost_files(request)},
    )


@login_required
def post_edit(request, kind, pk):
    model, form_class, _filter = _kind(kind)
    post = get_object_or_404(model, pk=pk)
    if not permissions.can_edit_post(request.user, post):
        raise PermissionDenied
    form = form_class(request.POST or None, request.FILES or None, instance=post)
    if request.method == "POST" and form.is_valid():
        data, sectors, attachments = _split_post_data(form)
        try:
            post = services.post_update(
                post=model.objects.get(pk=pk), by=request.user, sectors=sectors, attachments=attachments, **data
            )
            if "submit" in request.POST and post.status in (PostStatus.DRAFT, PostStatus.REJECTED):
                post = services.post_submit(post=post, by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if post.status == PostStatus.SUBMITTED:
                messages.success(request, _("Saved and sent for review."))
            else:
                messages.success(request, _("Saved."))
            return redirect(post.get_absolute_url())
    return render(
        request,
        "marketplace/post_form.html",
        {"kind": kind, "form": form, "post": post, "lost_files": _lost_files(request)},
    )


@login_required
@require_POST
def post_action(request, kind, pk, action):
    model, _form, _filter = _kind(kind)
    post = get_object_or_404(model, pk=pk)
    handlers = {
        "submit": (services.post_submit, _("Submitted for review.")),
        "pause": (services.post_pause, _("Paused: it no longer appears in the public lists.")),
        "resume": (services.post_resume, _("Published again.")),
        "renew": (services.post_renew, _("Renewed.")),
        "close": (services.post_close, _("Closed.")),
    }
    if action not in handlers:
        raise Http404
    handler, done = handlers[action]
    kwargs = {"post": post, "by": request.user}
    if action == "close":
        close_form = CloseForm(request.POST)
        kwargs["reason"] = close_form.cleaned_data["reason"] if close_form.is_valid() else ""
    try:
        changed = handler(**kwargs)
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        if action in ("resume", "renew") and changed.status == PostStatus.SUBMITTED:
            done = _("Its text changed since it was approved: it was sent to the Department for review.")
        messages.success(request, done)
    return redirect(post.get_absolute_url())


@login_required
def attachment_download(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("need", "offer"), pk=pk)
    if not permissions.can_see_confidential(request.user, attachment.post):
        raise PermissionDenied
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def attachment_delete(request, pk):
    attachment = get_object_or_404(Attachment.objects.select_related("need", "offer"), pk=pk)
    post = attachment.post
    services.attachment_delete(attachment=attachment, by=request.user)
    messages.success(request, _("Document removed."))
    return redirect(post.get_absolute_url())


# Interests -------------------------------------------------------------------------------------


@login_required
def interest_create(request, kind, pk):
    model, _form, _filter = _kind(kind)
    post = get_object_or_404(model.objects.select_related("organization"), pk=pk, status=PostStatus.PUBLISHED)
    organizations = (
        selectors.organization_list_for_user(request.user)
        .filter(pk__in=permissions.organization_ids(request.user))
        .exclude(pk=post.organization_id)
    )
    if not organizations.exists():
        messages.info(request, _("Register your organisation first; then you can express interest."))
        return redirect("marketplace:organization_register")
    org_form = OrganizationChoiceForm(
        request.POST or None, organizations=organizations, initial={"organization": organizations.first()}
    )
    form = InterestForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and org_form.is_valid():
        try:
            interest = services.interest_create(
                post=post, organization=org_form.cleaned_data["organization"], by=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Sent. The owner will accept or decline; you will be notified."))
            return redirect("marketplace:interest_detail", pk=interest.pk)
    return render(
        request, "marketplace/interest_form.html", {"kind": kind, "post": post, "form": form, "org_form": org_form}
    )


@login_required
def interest_detail(request, pk):
    interest = get_object_or_404(
        Interest.objects.select_related("need__organization", "offer__organization", "from_organization"), pk=pk
    )
    if not permissions.can_see_interest(request.user, interest):
        raise PermissionDenied
    return render(
        request,
        "marketplace/interest_detail.html",
        {
            "interest": interest,
            "post": interest.post,
            "can_answer": permissions.can_answer_interest(request.user, interest)
            and interest.status == Interest.Status.PENDING,
            "can_withdraw": permissions.can_withdraw_interest(request.user, interest)
            and interest.status in (Interest.Status.PENDING, Interest.Status.ACCEPTED),
            "show_contacts": permissions.can_see_contacts(request.user, interest),
            "decline_form": DeclineForm(),
        },
    )


@login_required
@require_POST
def interest_answer(request, pk, action):
    interest = get_object_or_404(Interest.objects.select_related("need", "offer", "from_organization"), pk=pk)
    if not permissions.can_see_interest(request.user, interest):
        raise PermissionDenied
    try:
        if action == "accept":
            services.interest_accept(interest=interest, by=request.user)
            messages.success(request, _("Accepted. You can now see each other's contact details."))
        elif action == "decline":
            form = DeclineForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Choose a reason for declining."))
                return redirect("marketplace:interest_detail", pk=pk)
            services.interest_decline(interest=interest, by=request.user, **form.cleaned_data)
            messages.success(request, _("Declined. The other side sees your reason."))
        elif action == "withdraw":
            services.interest_withdraw(interest=interest, by=request.user)
            messages.success(request, _("Withdrawn."))
        else:
            raise Http404
    except ValidationError as exc:
        error_messages(request, exc)
    return redirect("marketplace:interest_detail", pk=pk)


@login_required
def interest_list(request):
    org_ids = permissions.organization_ids(request.user)
    return render(
        request,
        "marketplace/interest_list.html",
        {
            "received": paginate(request, selectors.interest_list_received(organization_ids=org_ids), 50),
            "sent": selectors.interest_list_sent(organization_ids=org_ids)[:50],
        },
    )


# Notifications and dashboards ------------------------------------------------------------------


@login_required
def dashboard(request):
    user = request.user
    org_ids = permissions.organization_ids(user)
    organizations = Organization.objects.filter(pk__in=org_ids)
    context = {
        "organizations": organizations,
        "needs": selectors.post_list_for_organizations(model=TechnologyNeed, organization_ids=org_ids)[:50],
        "offers": selectors.post_list_for_organizations(model=TechnologyOffer, organization_ids=org_ids)[:50],
        "received": selectors.interest_list_received(organization_ids=org_ids).filter(status="pending")[:20],
        "sent": selectors.interest_list_sent(organization_ids=org_ids)[:10],
        "expiring": selectors.posts_expiring(organization_ids=org_ids),
        "is_seeker": any(o.is_seeker for o in organizations),
        "is_provider": any(o.is_provider for o in organizations),
        "notifications": user.notifications.filter(read_at=None)[:8],
    }
    if permissions.is_staff(user):
        queue = selectors.moderation_queue()
        context["queue_needs"] = queue["needs"][:20]
        context["queue_offers"] = queue["offers"][:20]
        context["queue_count"] = queue["needs"].count() + queue["offers"].count()
        context["awaiting_verification"] = selectors.organizations_awaiting_verification()[:20]
        context["counts"] = selectors.platform_counts()
    return render(request, "marketplace/dashboard.html", context)


# Staff back office -----------------------------------------------------------------------------


@staff_required
def staff_moderation(request):
    queue = selectors.moderation_queue()
    return render(request, "marketplace/staff_moderation.html", {"needs": queue["needs"], "offers": queue["offers"]})


@staff_required
def staff_review(request, kind, pk):
    model, _form, _filter = _kind(kind)
    post = get_object_or_404(model.objects.select_related("organization", "created_by"), pk=pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        decision, reason = form.cleaned_data["decision"], form.cleaned_data["reason"]
        try:
            if decision == "approve":
                services.post_approve(post=post, by=request.user)
                messages.success(request, _("Published."))
            elif decision == "reject":
                services.post_reject(post=post, by=request.user, reason=reason)
                messages.success(request, _("Rejected; the owner sees your reason."))
            else:
                services.post_return(post=post, by=request.user, remarks=reason)
                messages.success(request, _("Sent back to the owner with your remarks."))
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return redirect("marketplace:staff_moderation")
    return render(
        request,
        "marketplace/staff_review.html",
        {
            "kind": kind,
            "post": post,
            "form": form,
            "history": post.history.select_related("by")[:20],
            "attachments": post.attachments.all(),
        },
    )


@staff_required
def staff_organizations(request):
    return render(
        request,
        "marketplace/staff_organizations.html",
        {
            "awaiting": selectors.organizations_awaiting_verification(),
            "asked": Organization.objects.filter(verified_at=None, review_state="info_requested").order_by("name"),
            "changes": OrganizationChange.objects.filter(status=OrganizationChange.Status.PENDING)
            .select_related("organization", "requested_by")
            .order_by("requested_at"),
            "recent": Organization.objects.exclude(verified_at=None).order_by("-verified_at")[:20],
        },
    )


@staff_required
@require_POST
def staff_organization_verify(request, pk):
    """Verify, refuse (with why) or ask for more information."""
    organization = get_object_or_404(Organization, pk=pk)
    decision = request.POST.get("decision", "verify")
    try:
        verification.organization_review(
            organization=organization, decision=decision, by=request.user, remarks=request.POST.get("remarks", "")
        )
    except ValidationError as exc:
        error_messages(request, exc)
        return redirect_next(request, "marketplace:staff_organizations")
    done = {
        "verify": _("%(org)s is verified."),
        "reject": _("The registration of %(org)s has been refused."),
        "ask": _("%(org)s has been asked for more information."),
    }[decision]
    messages.success(request, done % {"org": organization.name})
    return redirect_next(request, "marketplace:staff_organizations")


@staff_required
@require_POST
def staff_organization_change(request, pk):
    change = get_object_or_404(OrganizationChange, pk=pk)
    try:
        verification.change_decide(
            change=change,
            confirm=request.POST.get("decision") == "confirm",
            by=request.user,
            remarks=request.POST.get("remarks", ""),
        )
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(request, _("The change has been decided."))
    return redirect_next(request, "marketplace:staff_organizations")
