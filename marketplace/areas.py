"""A deployment's communes and wards, read from its data file (JSON) into `Area` rows.

The file: {"province": "...", "part_of"?: "...", "nearby"?: ["...", ...], "areas": [{"code", "name", "kind",
"formed_from"?}, ...]}; `part_of` and `nearby` are read by matching only (its place names: matching.index.place_names).
Loading is idempotent (update-or-create by code) and never deletes: an area left out of a new file is only
withdrawn from the forms, so organisations that have it stay readable."""

import json
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Area

KINDS = {k for k, _label in Area.Kind.choices}


def areas_file_default() -> Path:
    return Path(settings.PLATFORM["AREAS_FILE"])


def areas_read(*, path: Path) -> list[dict]:
    """The rows of an areas file, checked; a bad file raises ValidationError naming the row."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError(_("Cannot read the areas file %(path)s: %(error)s") % {"path": path, "error": exc})
    rows = data.get("areas") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not rows:
        raise ValidationError(_("The areas file has no list of areas."))
    seen = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not row.get("code") or not row.get("name"):
            raise ValidationError(_("Area %(n)s: a code and a name are required.") % {"n": number})
        if row.get("kind", "commune") not in KINDS:
            raise ValidationError(_("Area %(n)s: unknown kind %(kind)s.") % {"n": number, "kind": row.get("kind")})
        if row["code"] in seen:
            raise ValidationError(
                _("Area %(n)s: the code %(code)s appears twice.") % {"n": number, "code": row["code"]}
            )
        seen.add(row["code"])
    return rows


@transaction.atomic
def areas_load(*, rows: list[dict], withdraw_missing: bool = False) -> dict:
    """Create or update the areas of `rows`, in their order; with `withdraw_missing`, areas not in
    `rows` are no longer offered in forms (never deleted)."""
    created = updated = 0
    for position, row in enumerate(rows):
        area, was_created = Area.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "kind": row.get("kind", Area.Kind.COMMUNE),
                "formed_from": row.get("formed_from", "")[:300],
                "position": position,
                "active": True,
            },
        )
        area.full_clean()
        created += was_created
        updated += not was_created
    withdrawn = 0
    if withdraw_missing:
        withdrawn = (
            Area.objects.exclude(code__in=[r["code"] for r in rows])
            .filter(active=True)
            .exclude(kind=Area.Kind.FORMER_DISTRICT)
            .update(active=False)
        )
    return {"created": created, "updated": updated, "withdrawn": withdrawn}


def areas_load_default() -> dict:
    """Load the deployment's own file (settings.PLATFORM["AREAS_FILE"])."""
    return areas_load(rows=areas_read(path=areas_file_default()))
