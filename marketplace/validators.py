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


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# The main part each format must declare in [Content_Types].xml.
OFFICE_MAIN_PARTS = {
    DOCX: ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    XLSX: ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
}
# Parts no Office document needs and a browser or a shell would run.
FORBIDDEN_PARTS = (".html", ".htm", ".xhtml", ".svg", ".js", ".exe", ".dll", ".bat", ".cmd", ".sh", ".jar", ".swf")
EXTENSIONS = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", DOCX: "docx", XLSX: "xlsx"}


def _office_kind(upload) -> str | None:
    """DOCX and XLSX are ZIP files. Read the archive's directory (never inflating it blindly): refuse a zip bomb
    (total size or compression ratio above the limits), foreign parts (HTML, scripts), and a [Content_Types].xml
    that does not declare the format's main part."""
    import zipfile
    from xml.etree import ElementTree

    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            infos = archive.infolist()
            if len(infos) > settings.ZIP_MAX_ENTRIES:
                return None
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > settings.ZIP_MAX_UNCOMPRESSED_BYTES or total / packed > settings.ZIP_MAX_RATIO:
                return None
            if any(i.compress_size and i.file_size / i.compress_size > settings.ZIP_MAX_RATIO for i in infos):
                return None
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or any(n.lower().endswith(FORBIDDEN_PARTS) for n in names):
                return None
            with archive.open("[Content_Types].xml") as part:
                types = ElementTree.fromstring(part.read(256 * 1024))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, ElementTree.ParseError, KeyError):
        return None
    finally:
        upload.seek(0)
    declared = {
        (el.get("PartName") or "").lower(): el.get("ContentType") for el in types if el.tag.endswith("Override")
    }
    defaults = {(el.get("Extension") or "").lower() for el in types if el.tag.endswith("Default")}
    if defaults & {"html", "htm", "xhtml", "svg", "js"}:
        return None
    for content_type, (part_name, main_type) in OFFICE_MAIN_PARTS.items():
        if declared.get(part_name) == main_type and part_name.lstrip("/") in names:
            return content_type
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
    if upload.size is None or upload.size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size or 0), "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES)},
        )
    content_type = detect_attachment_type(upload)
    if content_type is None:
        raise ValidationError(
            _("Only PDF, DOCX, XLSX, PNG or JPEG files are accepted (checked by the file's content, not its name)."),
            code="bad_type",
        )
    return content_type


def attachment_extension(content_type: str) -> str:
    """The extension a stored file gets: that of the type detected from its content, never the uploader's."""
    return EXTENSIONS.get(content_type, "bin")
