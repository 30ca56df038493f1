from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext as _


def error_messages(request: HttpRequest, exc: ValidationError, form=None) -> None:
    """Show a service's ValidationError: field by field on the form when one is given and the error is
    keyed by field (a key that is not a field of the form becomes a form-wide error); otherwise as
    messages, which the page shows whether it renders or redirects."""
    if form is not None and hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = field if field in form.fields else None
            for error in errors:
                form.add_error(target, error)
        return
    for error in (
        exc.error_list if not hasattr(exc, "error_dict") else [e for es in exc.error_dict.values() for e in es]
    ):
        message = error.message % error.params if error.params else error.message
        if error.code == "unverified" and error.params and error.params.get("url"):
            # A link to where the organisation sees its verification status.
            message = format_html('{} <a href="{}">{}</a>', message, error.params["url"], _("Open"))
        messages.error(request, message)


def form_error_messages(request: HttpRequest, form) -> None:
    """Show a form's errors as messages, for forms posted from a page that does not render them."""
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


def add_form_errors(form, exc: ValidationError) -> None:
    """Put a service's ValidationError on a form: next to its field, or on top of the form."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc)
