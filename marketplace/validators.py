import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from stdnum.vn import mst

TAX_CODE_INVALID = _(
    "Enter a valid Vietnamese tax code: 10 digits, or 10 digits, a dash and 3 digits for a branch "
    "(for example 0100109106 or 0100109106-001). The check digit must be right."
)


def normalize_tax_code(value: str) -> str:
    return mst.compact(value or "") if value else ""


def validate_tax_code(value: str) -> None:
    compact = (value or "").replace(" ", "").replace(".", "")
    if not compact or not mst.is_valid(compact):
        raise ValidationError(TAX_CODE_INVALID, code="invalid_tax_code")


def _office_kind(upload) -> str | None:
    """DOCX and XLSX are ZIP files; tell them apart by the parts inside."""
    import zipfile

    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    if any(n.startswith("word/") for n in names):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if any(n.startswith("xl/") for n in names):
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return None


def detect_attachment_type(upload) -> str | None:
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    guess = filetype.guess(head)
    mime = guess.mime if guess else None
    if mime in ("application/pdf", "image/png", "image/jpeg"):
        return mime
    if head[:4] == b"PK\x03\x04":
        return _office_kind(upload)
    return None


def validate_attachment(upload) -> str:
    """Return the detected content type, or raise a ValidationError the form shows next to the field."""
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES)},
        )
    content_type = detect_attachment_type(upload)
    if content_type is None:
        raise ValidationError(
            _("Only PDF, DOCX, XLSX, PNG or JPEG files are accepted (checked by the file's content, not its name)."),
            code="bad_type",
        )
    return content_type
