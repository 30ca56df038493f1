"""Messages inside a connection: both sides and staff write and read; nobody else. Each reader gets one
notification and one e-mail per batch of new messages, not one per message."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import Notification
from marketplace import connections as svc
from marketplace.models import ConnectionMessage

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"


@pytest.fixture
def connection(staff, enterprise, provider):
    return svc.connection_introduce(seeker=enterprise, provider=provider, by=staff)


def notes(user):
    return Notification.objects.filter(user=user, kind="connection_message").count()


def test_three_messages_in_a_row_make_one_notification_and_one_email(
    connection, enterprise_user, provider_user, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for text in ("Chào anh", "Gửi bảng giá", "Hẹn gặp thứ Hai"):
            svc.message_post(connection=connection, by=enterprise_user, body=text)
    assert notes(provider_user) == 1
    assert [m.to for m in mail.outbox] == [[provider_user.email]]
    assert notes(enterprise_user) == 0  # nobody is told of their own messages


def test_after_reading_the_next_message_starts_a_new_batch(connection, enterprise_user, provider_user):
    svc.message_post(connection=connection, by=enterprise_user, body="Một")
    svc.message_post(connection=connection, by=enterprise_user, body="Hai")
    svc.connection_mark_read(connection=connection, user=provider_user)
    svc.message_post(connection=connection, by=enterprise_user, body="Ba")
    assert notes(provider_user) == 2


def test_a_reply_marks_the_conversation_read_for_the_one_who_replies(connection, enterprise_user, provider_user):
    svc.message_post(connection=connection, by=enterprise_user, body="Hỏi")
    svc.message_post(connection=connection, by=provider_user, body="Đáp")
    svc.message_post(connection=connection, by=enterprise_user, body="Hỏi thêm")
    assert notes(provider_user) == 2 and notes(enterprise_user) == 1


def test_staff_brokering_the_pair_read_and_write(connection, staff, enterprise_user, provider_user, client_for):
    message = svc.message_post(connection=connection, by=staff, body="Sở hỗ trợ kết nối")
    assert message.author_organization is None
    assert notes(enterprise_user) == 1 and notes(provider_user) == 1
    html = client_for(staff).get(connection.get_absolute_url()).content.decode()
    assert "Sở hỗ trợ kết nối" in html


def test_a_third_organisation_can_neither_write_nor_read(connection, outsider, outsider_user, client_for):
    with pytest.raises(PermissionDenied):
        svc.message_post(connection=connection, by=outsider_user, body="Xin chen vào")
    response = client_for(outsider_user).post(
        reverse("marketplace:connection_action", args=[connection.pk, "message"]), {"body": "x"}
    )
    assert response.status_code == 404
    assert ConnectionMessage.objects.count() == 0


def test_an_empty_message_is_refused(connection, enterprise_user):
    with pytest.raises(ValidationError):
        svc.message_post(connection=connection, by=enterprise_user, body="   ")


def test_attachments_are_checked_by_content_and_nothing_is_half_saved(connection, enterprise_user, client_for):
    c = client_for(enterprise_user)
    url = reverse("marketplace:connection_action", args=[connection.pk, "message"])
    bad = SimpleUploadedFile("bao-gia.pdf", b"MZ\x90\x00 an executable")
    response = c.post(url, {"body": "Báo giá", "attachments": [bad]})
    assert response.status_code == 400
    assert "attachments" in response.context["message_form"].errors
    assert ConnectionMessage.objects.count() == 0
    good = SimpleUploadedFile("bao-gia.pdf", PDF)
    assert c.post(url, {"body": "Báo giá", "attachments": [good]}).status_code == 302
    attachment = ConnectionMessage.objects.get().attachments.get()
    assert attachment.content_type == "application/pdf"


def test_an_attachment_is_served_as_a_download_to_the_two_sides_only(
    connection, enterprise_user, provider_user, outsider, outsider_user, client_for
):
    message = svc.message_post(
        connection=connection, by=enterprise_user, body="HĐ", attachments=[SimpleUploadedFile("hd.pdf", PDF)]
    )
    url = reverse("marketplace:connection_attachment", args=[message.attachments.get().pk])
    response = client_for(provider_user).get(url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment")
    assert client_for(outsider_user).get(url).status_code == 404


def test_unread_marks_show_in_the_list_until_the_page_is_opened(connection, enterprise_user, provider_user, client_for):
    svc.message_post(connection=connection, by=enterprise_user, body="Tin mới")
    c = client_for(provider_user)
    listing = reverse("marketplace:connection_list")
    assert [x.has_unread for x in c.get(listing).context["page"]] == [True]
    first = c.get(connection.get_absolute_url()).content.decode()
    assert "text-bg-warning" in first  # the new message is marked on the first visit
    assert [x.has_unread for x in c.get(listing).context["page"]] == [False]
    assert [x.has_unread for x in client_for(enterprise_user).get(listing).context["page"]] == [False]
