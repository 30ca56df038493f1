"""Uploads: the body is refused from its Content-Length before it is read; quotas per request, per post and
per organisation; stored names carry the detected type's extension; DOCX/XLSX zips are checked for bombs, foreign
parts and their declared content types."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from marketplace import services
from marketplace.models import Attachment, TechnologyNeed
from marketplace.validators import detect_attachment_type
from tests.factories import NeedFactory, sector
from tests.uploads import DOCX_TYPES, PDF, docx_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_messages():
    """Service messages are asserted in English; the page test reads the Vietnamese page."""
    from django.utils import translation

    with translation.override("en"):
        yield


def need_data(enterprise, **changes):
    return {
        "organization": str(enterprise.pk),
        "title": "Cần máy sấy dừa",
        "summary": "Tóm tắt",
        "problem": "Sấy thủ công",
        "sectors": [sector("coconut").pk],
        "min_trl": "6",
        "budget_min": "500000000",
        "budget_max": "800000000",
        "transfer_modes": ["turnkey"],
        **changes,
    }


def test_a_body_over_the_limit_is_refused_before_it_is_read(client_for, enterprise, enterprise_user, settings):
    settings.REQUEST_BODY_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile("lon.pdf", PDF + b"0" * (2 * 1024 * 1024))
    response = client_for(enterprise_user).post("/need/new/", need_data(enterprise, new_attachments=big))
    assert response.status_code == 413
    assert not TechnologyNeed.objects.exists()


def test_a_forged_content_length_is_a_400_not_a_500(client):
    response = client.generic("POST", "/need/new/", b"x", CONTENT_LENGTH="lots")
    assert response.status_code == 400


def test_more_files_than_the_per_request_quota_are_refused(client_for, enterprise, enterprise_user, settings):
    files = [SimpleUploadedFile(f"h{i}.pdf", PDF) for i in range(settings.ATTACHMENTS_PER_REQUEST + 1)]
    response = client_for(enterprise_user).post("/need/new/", need_data(enterprise, new_attachments=files))
    errors = " ".join(response.context["form"].errors["new_attachments"])
    assert response.status_code == 200 and "tối đa" in errors
    assert not TechnologyNeed.objects.exists() and not Attachment.objects.exists()


def test_the_per_post_quota_holds_across_requests(enterprise, enterprise_user, settings):
    settings.ATTACHMENTS_PER_POST = 3
    need = NeedFactory(organization=enterprise)
    for i in range(3):
        services.attachment_add(post=need, upload=SimpleUploadedFile(f"{i}.pdf", PDF), by=enterprise_user)
    with pytest.raises(Exception, match="at most 3"):
        services.attachment_add(post=need, upload=SimpleUploadedFile("4.pdf", PDF), by=enterprise_user)
    assert need.attachments.count() == 3


def test_the_per_post_and_per_organisation_byte_quotas(enterprise, enterprise_user, settings):
    settings.ATTACHMENT_POST_MAX_BYTES = len(PDF) * 2
    settings.ATTACHMENT_ORGANIZATION_MAX_BYTES = len(PDF) * 3
    first, second = NeedFactory(organization=enterprise), NeedFactory(organization=enterprise)
    for _ in range(2):
        services.attachment_add(post=first, upload=SimpleUploadedFile("a.pdf", PDF), by=enterprise_user)
    with pytest.raises(Exception, match="at most"):
        services.attachment_add(post=first, upload=SimpleUploadedFile("b.pdf", PDF), by=enterprise_user)
    services.attachment_add(post=second, upload=SimpleUploadedFile("c.pdf", PDF), by=enterprise_user)
    with pytest.raises(Exception, match="delete some old ones"):
        services.attachment_add(post=second, upload=SimpleUploadedFile("d.pdf", PDF), by=enterprise_user)


def test_pdf_content_named_html_is_stored_as_pdf(enterprise, enterprise_user):
    need = NeedFactory(organization=enterprise)
    attachment = services.attachment_add(
        post=need, upload=SimpleUploadedFile("trang.html", PDF, content_type="text/html"), by=enterprise_user
    )
    assert attachment.file.name.endswith(".pdf") and attachment.original_name == "trang.html"
    assert attachment.content_type == "application/pdf"


def test_real_docx_and_xlsx_are_accepted():
    assert detect_attachment_type(io.BytesIO(docx_bytes())).endswith("wordprocessingml.document")
    assert detect_attachment_type(io.BytesIO(xlsx_bytes())).endswith("spreadsheetml.sheet")


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", DOCX_TYPES)
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("word/media/padding.bin", b"\0" * (60 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name,content",
    [
        ("a zip bomb", _bomb),
        ("a zip holding HTML", lambda: docx_bytes(extra={"word/index.html": "<script>alert(1)</script>"})),
        ("HTML declared as a default type", lambda: docx_bytes(types=DOCX_TYPES.replace('"xml"', '"html"'))),
        ("no main part declared", lambda: docx_bytes(types="<Types/>")),
        ("a file list that only looks like Word", lambda: _looks_like_word()),
    ],
)
def test_suspicious_office_files_are_refused(name, content):
    data = content()
    assert len(data) < 1024 * 1024  # small on the wire: the check must not inflate it to find out
    assert detect_attachment_type(io.BytesIO(data)) is None, name


def _looks_like_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.html", "<html><script>alert(1)</script></html>")
    return buffer.getvalue()
