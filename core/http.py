from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_next(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    """Back to the `next` page the form named, if it is on this site; otherwise to `fallback`."""
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        # A URL, never a view name: redirect("0") would look up a view called "0" and fail (found by fuzzing).
        return HttpResponseRedirect(target)
    return redirect(fallback)
