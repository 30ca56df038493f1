"""The page where a user creates and revokes their own API token."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from rest_framework.authtoken.models import Token

from .. import services


@login_required
def token_page(request):
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "create":
            services.token_create(user=request.user)
            messages.success(request, _("Your new API token is ready. Any earlier token no longer works."))
        elif action == "revoke" and services.token_revoke(user=request.user):
            messages.success(request, _("Your API token is revoked: it no longer works."))
        return redirect("api:token")
    return render(request, "api/token.html", {"token": Token.objects.filter(user=request.user).first()})
