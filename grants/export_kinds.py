"""The grant reports and the plan's yearly report as exports built by a worker (core.export_jobs), registered
from GrantsConfig.ready(). Who may ask is the same as on the pages: the grant list for staff and the firms (each
sees its own grants), every other table and the yearly report for staff only."""

from django.http import Http404

from core import roles
from core.export_jobs import ExportFile, ExportRequest, register_export

from . import plan_report, selectors, tables


def may_view_grants(user) -> bool:
    return roles.is_staff(user) or selectors.seeker_organizations_of(user).exists()


def _yearly_report(request: ExportRequest) -> ExportFile:
    try:
        year = int(request.GET.get("year") or "")
    except ValueError:
        raise Http404 from None
    report = plan_report.build(year=year)
    return ExportFile(f"{report.name}.xlsx", plan_report.workbook(report))


def register() -> None:
    for name, builder in tables.EXPORTS.items():
        if name == "grants":
            register_export(f"grants.{name}", builder, allowed=may_view_grants)
        else:
            register_export(f"grants.{name}", builder, staff_may_download=True)
    register_export("grants.plan_report", _yearly_report, formats=("xlsx",), staff_may_download=True)
