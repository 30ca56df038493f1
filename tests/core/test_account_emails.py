"""allauth's e-mails follow the platform's rules: HTML and text, greeting by name, the recipient's language,
links from SITE_URL whatever host the request came through."""

from django.core import mail

from core.models import Profile


def _html(message):
    return next(body for body, mime in message.alternatives if mime == "text/html")


def test_a_password_reset_mail_links_to_the_site_address_not_the_request_host(settings, client, enterprise_user):
    settings.SITE_URL = "https://santhcn.travinh.gov.vn"
    Profile.objects.create(user=enterprise_user, full_name="Kim Thị Sóc Khơ", language="vi")
    mail.outbox.clear()
    client.post("/accounts/password/reset/", {"email": enterprise_user.email}, HTTP_HOST="localhost:8000")
    (message,) = mail.outbox
    html = _html(message)
    for body in (message.body, html):
        assert "https://santhcn.travinh.gov.vn/accounts/password/reset/key/" in body
        assert "localhost" not in body and "example.com" not in body
        assert "Kim Thị Sóc Khơ" in body
    assert settings.PLATFORM["SITE_NAME"] in message.subject
    assert "Hello from" not in message.body


def test_a_password_reset_mail_is_in_the_recipients_saved_language(client, enterprise_user):
    Profile.objects.create(user=enterprise_user, full_name="Kim Soc Kho", language="en")
    mail.outbox.clear()
    client.post("/accounts/password/reset/", {"email": enterprise_user.email}, HTTP_HOST="localhost:8000")
    (message,) = mail.outbox
    assert "Dear Kim Soc Kho," in message.body
    assert "Dear Kim Soc Kho," in _html(message)
