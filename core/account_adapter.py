"""django-allauth's e-mails (address confirmation, password reset, account notices) follow the platform's
e-mail rules: HTML and plain text in the platform's layout, greeting by name, in the recipient's saved
language, the platform's name in the subject, and every link built from settings.SITE_URL rather than from
the host of the request that happened to trigger the e-mail (a development port, a proxy's address)."""

from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .emails import absolute_url, user_display_name, user_language


def site_url(url: str) -> str:
    """The same path and query on the configured site address."""
    parts = urlsplit(url)
    return absolute_url(parts.path + (f"?{parts.query}" if parts.query else ""))


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject: str) -> str:
        return f"[{settings.PLATFORM['SITE_NAME']}] {subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        user = context.get("user")
        language = user_language(user) if getattr(user, "pk", None) else translation.get_language()
        ctx = {
            key: site_url(value) if key.endswith("_url") and isinstance(value, str) and "://" in value else value
            for key, value in context.items()
        }
        ctx.update(
            {
                "email": email,
                "PLATFORM": settings.PLATFORM,
                "SITE_URL": settings.SITE_URL.rstrip("/"),
                "current_site": {"name": settings.PLATFORM["SITE_NAME"], "domain": settings.SITE_URL.rstrip("/")},
                "recipient_name": user_display_name(user) if getattr(user, "pk", None) else "",
                "account_url": absolute_url("/account/"),
            }
        )
        with translation.override(language or settings.LANGUAGE_CODE):
            message = self.render_mail(template_prefix, email, ctx)
            if isinstance(message, EmailMultiAlternatives) and not message.alternatives:
                # allauth's messages are text; the HTML part is the same text in the platform's layout.
                content = render_to_string(
                    f"{template_prefix}_message.txt", {**ctx, "email_layout": "emails/_content.txt"}
                ).strip()
                html = render_to_string("emails/account.html", {**ctx, "content": content})
                message.attach_alternative(html, "text/html")
            message.send()
