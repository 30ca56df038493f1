from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest


def error_messages(request: HttpRequest, exc: ValidationError) -> None:
    """Show each message of a service's ValidationError on the next page."""
    for message in exc.messages:
        messages.error(request, message)


def form_error_messages(request: HttpRequest, form) -> None:
    """Show a form's errors as messages, for forms posted from a page that does not render them."""
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
