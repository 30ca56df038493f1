"""The staff connection board as an export built by a worker (core.export_jobs), registered from
MarketplaceConfig.ready(): the board's filters, one row per connection."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core import exports
from core.export_jobs import ExportRequest, register_export

from . import connections as svc
from .filters import ConnectionFilter


def connections_table(request: ExportRequest) -> exports.Table:
    filterset = ConnectionFilter(request.GET, queryset=svc.connection_board())
    cutoff = svc.stall_cutoff()
    table = exports.Table(
        name=f"connections-{timezone.localdate():%Y%m%d}",
        title=_("Connections"),
        columns=[
            exports.Column(_("Number"), "int"),
            exports.Column(_("Technology seeker")),
            exports.Column(_("Technology provider")),
            exports.Column(_("Need")),
            exports.Column(_("Offer")),
            exports.Column(_("Came through")),
            exports.Column(_("Stage")),
            exports.Column(_("Result")),
            exports.Column(_("Reason")),
            exports.Column(_("MoU signed on"), "date"),
            exports.Column(_("Contract value (₫)"), "money"),
            exports.Column(_("Contract signed on"), "date"),
            exports.Column(_("Transfer accepted on"), "date"),
            exports.Column(_("Stage changed at"), "date"),
            exports.Column(_("Stalled")),
        ],
    )
    for c in filterset.qs:
        table.rows.append(
            [
                c.pk,
                c.seeker.name,
                c.provider.name,
                c.need.title if c.need else "",
                c.offer.title if c.offer else "",
                str(c.get_channel_display()),
                str(c.get_stage_display()),
                str(c.get_result_display()) if c.result else "",
                str(c.get_lost_reason_display()) if c.lost_reason else "",
                c.mou_signed_on,
                c.contract_value,
                c.contract_signed_on,
                c.accepted_on,
                timezone.localtime(c.stage_changed_at).date(),
                _("yes") if c.is_open and c.stage_changed_at <= cutoff else "",
            ]
        )
    return table


def register() -> None:
    register_export("marketplace.connections", connections_table, staff_may_download=True)
