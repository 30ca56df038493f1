"""The personal account page: details, language, notification delivery per kind, and e-mails that follow
them (HTML and text, greeting by name, links from the configured site address)."""

import pytest
from django.core import mail
from django.urls import reverse

from core.models import Notification, NotificationSetting, Profile
from core.notifications import notification_send_email, notifications_send_digests, notify

pytestmark = pytest.mark.django_db
ACCOUNT = reverse("core:account")


def test_the_account_page_is_in_the_user_menu_and_needs_a_login(client, client_for, enterprise_user):
    assert client.get(ACCOUNT).status_code == 302
    page = client_for(enterprise_user).get("/").content.decode()
    assert f'href="{ACCOUNT}"' in page


def test_a_user_saves_name_phone_position_and_language(client_for, enterprise_user):
    client = client_for(enterprise_user)
    response = client.post(
        ACCOUNT,
        {
            "section": "profile",
            "full_name": "Thạch Thị Sa Rết",
            "phone": "0294 3855 246",
            "position": "Giám đốc HTX",
            "language": "en",
        },
    )
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "en"
    profile = Profile.objects.get(user=enterprise_user)
    assert (profile.full_name, profile.phone, profile.position, profile.language) == (
        "Thạch Thị Sa Rết",
        "0294 3855 246",
        "Giám đốc HTX",
        "en",
    )


def test_a_bad_phone_number_is_refused_next_to_the_field(client_for, enterprise_user):
    response = client_for(enterprise_user).post(
        ACCOUNT, {"section": "profile", "full_name": "", "phone": "gọi tôi", "position": "", "language": "vi"}
    )
    assert response.status_code == 200
    assert "phone" in response.context["profile_form"].errors
    assert not Profile.objects.filter(user=enterprise_user, phone="gọi tôi").exists()


def test_an_unknown_form_section_is_a_400(client_for, enterprise_user):
    assert client_for(enterprise_user).post(ACCOUNT, {"section": "nope"}).status_code == 400


def test_the_saved_language_is_used_after_logging_in_on_another_browser(client, enterprise_user):
    enterprise_user.set_password("mat-khau-2026")
    enterprise_user.save()
    Profile.objects.create(user=enterprise_user, language="en")
    response = client.post(reverse("account_login"), {"login": enterprise_user.username, "password": "mat-khau-2026"})
    assert response.cookies["django_language"].value == "en"
    assert '<html lang="en">' in client.get("/needs/").content.decode()


def test_notification_settings_are_saved_per_kind(client_for, enterprise_user):
    client = client_for(enterprise_user)
    form = client.get(ACCOUNT).context["settings_form"]
    data = dict.fromkeys(form.fields, "email")
    data.update({"section": "notifications", "kind_post_published": "in_app", "kind_interest_received": "digest"})
    assert client.post(ACCOUNT, data).status_code == 302
    settings = dict(NotificationSetting.objects.filter(user=enterprise_user).values_list("kind", "delivery"))
    assert settings["post_published"] == "in_app" and settings["interest_received"] == "digest"


def _note(user, kind="post_published", key="k1"):
    return notify(users=[user], kind=kind, event_key=key, params={"title": "Máy sấy dừa"}, url="/needs/1/")[0]


def test_an_email_at_once_is_html_and_text_greets_by_name_and_links_to_the_site_address(settings, enterprise_user):
    settings.SITE_URL = "https://sangiaodich.travinh.gov.vn"
    Profile.objects.create(user=enterprise_user, full_name="Thạch Thị Sa Rết")
    note = _note(enterprise_user)
    mail.outbox.clear()
    assert notification_send_email(notification_id=note.pk) is True
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    assert "Kính gửi Thạch Thị Sa Rết" in message.body and "Kính gửi Thạch Thị Sa Rết" in html
    assert "https://sangiaodich.travinh.gov.vn/needs/1/" in message.body
    assert "https://sangiaodich.travinh.gov.vn/needs/1/" in html
    assert "127.0.0.1" not in message.body
    assert message.subject.startswith("[Sàn giao dịch công nghệ]")


def test_the_email_is_in_the_language_saved_on_the_account(enterprise_user):
    Profile.objects.create(user=enterprise_user, language="en", full_name="Lan")
    note = _note(enterprise_user)
    mail.outbox.clear()
    notification_send_email(notification_id=note.pk)
    assert "Dear Lan" in mail.outbox[0].body
    assert "was approved and is now published" in mail.outbox[0].body


def test_a_kind_set_to_the_site_only_is_never_emailed(enterprise_user):
    NotificationSetting.objects.create(user=enterprise_user, kind="post_published", delivery="in_app")
    note = _note(enterprise_user)
    mail.outbox.clear()
    assert notification_send_email(notification_id=note.pk) is False
    assert mail.outbox == []
    assert Notification.objects.get(pk=note.pk).read_at is None  # still shown on the site


def test_digest_kinds_arrive_once_in_one_morning_email(enterprise_user):
    NotificationSetting.objects.create(user=enterprise_user, kind="post_published", delivery="digest")
    first, second = _note(enterprise_user, key="a"), _note(enterprise_user, key="b")
    mail.outbox.clear()
    assert notification_send_email(notification_id=first.pk) is False
    assert notifications_send_digests() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].body.count("Máy sấy dừa") == 2
    assert notifications_send_digests() == 0  # run again: nothing twice
    assert len(mail.outbox) == 1
    assert Notification.objects.filter(pk__in=[first.pk, second.pk], emailed_at=None).count() == 0


def test_the_digest_runs_every_morning_from_celery_beat(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "core.tasks.notifications_send_digests" in tasks
