"""E-mails in HTML and plain text, in the recipient's language, greeting them by name, with links built
from the configured site address (settings.SITE_URL), never from the request that happened to send them."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL.rstrip("/") + "/" + path.lstrip("/")


def user_language(user) -> str:
    profile = getattr(user, "profile", None) if user is not None else None
    try:
        language = profile.language if profile is not None else ""
    except Exception:
        language = ""
    return language or settings.LANGUAGE_CODE


def user_display_name(user) -> str:
    try:
        name = user.profile.full_name
    except Exception:
        name = ""
    return name or user.get_full_name() or user.get_username()


def send_templated_mail(
    *, to: str, template: str, context: dict, subject: str | None = None, user=None, language: str | None = None
) -> None:
    """Render `emails/<template>.txt` and `.html` (and `_subject.txt` unless `subject` is given) in the
    recipient's language and send them as one multipart message."""
    language = language or user_language(user)
    with translation.override(language):
        ctx = {
            "PLATFORM": settings.PLATFORM,
            "SITE_URL": settings.SITE_URL.rstrip("/"),
            "recipient_name": user_display_name(user) if user is not None else "",
            "account_url": absolute_url("/account/"),
            **context,
        }
        if subject is None:
            subject = render_to_string(f"emails/{template}_subject.txt", ctx)
        subject = " ".join(str(subject).split())[:180]
        text = render_to_string(f"emails/{template}.txt", ctx)
        html = render_to_string(f"emails/{template}.html", ctx)
        message = EmailMultiAlternatives(subject=f"[{settings.PLATFORM['SITE_NAME']}] {subject}", body=text, to=[to])
        message.attach_alternative(html, "text/html")
        message.send()
