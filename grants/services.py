"""Writes of the grants app: propose, approve, disburse, cancel — each in one transaction.

Locks are always taken in one order: the program's budget row for the year, then the firm's
year row, then the grant row. Approvals of the same program and year therefore queue on the
budget row, and no two transactions can wait on each other (no deadlocks).
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.urls import reverse
from django.utils.translation import gettext as _

from core import roles
from core.money import vnd
from core.notifications import notify
from core.race import RaceHooks
from marketplace.models import Connection, Organization, TechnologyNeed, TechnologyOffer
from marketplace.selectors import organization_users

from .models import (
    COMMITTED,
    MAX_AMOUNT,
    AnnualBudget,
    Disbursement,
    FirmYear,
    GrantEvent,
    GrantProgram,
    GrantStatus,
    SupportGrant,
)
from .rules import Limits, compute_limits

RACE = RaceHooks()


def _staff_only(by) -> None:
    if not roles.is_staff(by):
        raise PermissionDenied


def _check_amount(value, field: str, label: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError({field: _("%(label)s must be a whole number of đồng.") % {"label": label}})
    if value <= 0:
        raise ValidationError({field: _("%(label)s must be more than 0 ₫.") % {"label": label}})
    if value > MAX_AMOUNT:
        raise ValidationError(
            {
                field: _("%(label)s of %(amount)s is not plausible (at most %(max)s).")
                % {"label": label, "amount": vnd(value), "max": vnd(MAX_AMOUNT)}
            }
        )


def committed_totals(*, firm_id: int, program_id: int, year: int) -> tuple[int, int]:
    """(firm's approved total in this program and year, program's approved total in this year)."""
    base = SupportGrant.objects.filter(program_id=program_id, year=year, status__in=COMMITTED)
    budget_total = base.aggregate(s=Sum("approved_amount"))["s"] or 0
    firm_total = base.filter(firm_id=firm_id).aggregate(s=Sum("approved_amount"))["s"] or 0
    return firm_total, budget_total


def confirmed_size(firm: Organization) -> str:
    """The size staff confirmed for the firm (a member's change waits for staff; the record keeps the confirmed
    value). Read once, at proposal, and kept on the grant."""
    return firm.size


def grant_limits(
    *,
    firm: Organization,
    program: GrantProgram,
    year: int,
    eligible_cost: int | None,
    exclude_grant: SupportGrant | None = None,
    size: str | None = None,
) -> Limits:
    """What the rules allow for this firm, program and year (read without locks: for display and
    for the proposal; the approval recomputes it under the locks)."""
    firm_total, budget_total = committed_totals(firm_id=firm.pk, program_id=program.pk, year=year)
    budget = AnnualBudget.objects.filter(program=program, year=year).values_list("amount", flat=True).first()
    return compute_limits(
        eligible_cost=eligible_cost,
        share_percent=program.share_percent,
        size_cap=program.cap_for(size if size is not None else confirmed_size(firm)),
        firm_approved=firm_total,
        budget=budget,
        budget_approved=budget_total,
    )


def explain_refusal(limits: Limits, amount: int, *, firm: Organization, program: GrantProgram, year: int) -> str | None:
    """The first rule the amount breaks, in words; None when it fits."""
    if limits.share_limit is not None and amount > limits.share_limit:
        return _("%(amount)s is more than %(share)s%% of the eligible cost (%(limit)s).") % {
            "amount": vnd(amount),
            "share": limits.share_percent,
            "limit": vnd(limits.share_limit),
        }
    if limits.size_cap is None:
        return _("The program does not support firms of size “%(size)s”.") % {
            "size": firm.get_size_display() or _("unknown")
        }
    if amount > limits.firm_left:
        return _(
            "%(amount)s would take %(firm)s above its cap of %(cap)s for %(year)s (already approved: %(done)s; "
            "left: %(left)s)."
        ) % {
            "amount": vnd(amount),
            "firm": firm.name,
            "cap": vnd(limits.size_cap),
            "year": year,
            "done": vnd(limits.firm_approved),
            "left": vnd(limits.firm_left),
        }
    if limits.budget is None:
        return _("There is no budget for %(program)s in %(year)s.") % {"program": program.name, "year": year}
    if amount > limits.budget_left:
        return _("%(amount)s is more than is left of the %(year)s budget of %(program)s (%(left)s of %(budget)s).") % {
            "amount": vnd(amount),
            "year": year,
            "program": program.name,
            "left": vnd(limits.budget_left),
            "budget": vnd(limits.budget),
        }
    return None


def _record(
    grant: SupportGrant,
    *,
    action: str,
    from_status: str,
    by,
    amount: int | None = None,
    note: str = "",
    details: dict | None = None,
) -> GrantEvent:
    return GrantEvent.objects.create(
        grant=grant,
        action=action,
        from_status=from_status,
        to_status=grant.status,
        amount=amount,
        note=note,
        details=details or {},
        by=by,
    )


def _notify_firm(grant: SupportGrant, kind: str, suffix: str, **params) -> None:
    notify(
        users=organization_users(grant.firm),
        kind=kind,
        event_key=f"grant-{suffix}:{grant.pk}",
        params={"program": grant.program.name_vi, "year": grant.year, **params},
        url=reverse("grants:grant_detail", args=[grant.pk]),
    )


def check_firm(firm: Organization | None) -> None:
    if firm is None:
        raise ValidationError({"firm": _("Unknown firm.")})
    if not firm.is_seeker:
        raise ValidationError(
            {
                "firm": _("%(firm)s is registered as a technology provider only, not as an enterprise.")
                % {"firm": firm.name}
            }
        )
    if not firm.is_verified:
        raise ValidationError(
            {
                "firm": _("%(firm)s is not verified yet: verify the organisation before proposing a grant.")
                % {"firm": firm.name}
            }
        )
    if not firm.size:
        raise ValidationError(
            {
                "firm": _("The size of %(firm)s (micro, small, medium, large) is not recorded: the cap depends on it.")
                % {"firm": firm.name}
            }
        )


@transaction.atomic
def grant_propose(
    *,
    by,
    firm: Organization | None,
    program: GrantProgram,
    year: int,
    eligible_cost: int,
    requested_amount: int,
    purpose: str,
    need: TechnologyNeed | None = None,
    offer: TechnologyOffer | None = None,
    event_reference: str = "",
    connection: Connection | None = None,
) -> SupportGrant:
    _staff_only(by)
    check_firm(firm)
    if connection is not None:
        need, offer = _check_connection(connection, firm, need, offer)
    _check_amount(eligible_cost, "eligible_cost", _("The eligible cost"))
    _check_amount(requested_amount, "requested_amount", _("The requested amount"))
    if isinstance(year, bool) or not isinstance(year, int) or not program.covers(year):
        raise ValidationError(
            {
                "year": _("%(program)s runs from %(first)s to %(last)s.")
                % {"program": program.name, "first": program.first_year, "last": program.last_year}
            }
        )
    if not (purpose or "").strip():
        raise ValidationError({"purpose": _("Say what the grant pays for.")})
    if need is not None and need.organization_id != firm.pk:
        raise ValidationError({"need": _("This need belongs to another organisation.")})
    limits = grant_limits(firm=firm, program=program, year=year, eligible_cost=eligible_cost)
    reason = explain_refusal(limits, requested_amount, firm=firm, program=program, year=year)
    if reason:
        raise ValidationError({"requested_amount": reason})
    grant = SupportGrant(
        firm=firm,
        program=program,
        year=year,
        eligible_cost=eligible_cost,
        share_percent=program.share_percent,
        firm_size=confirmed_size(firm),
        requested_amount=requested_amount,
        purpose=purpose.strip(),
        need=need,
        offer=offer,
        event_reference=(event_reference or "").strip(),
        connection=connection,
        proposed_by=by,
    )
    grant.full_clean()
    grant.save()
    _record(
        grant,
        action=GrantEvent.Action.PROPOSED,
        from_status="",
        by=by,
        amount=requested_amount,
        details={
            "eligible_cost": eligible_cost,
            "share_percent": program.share_percent,
            "maximum_allowed": limits.maximum,
        },
    )
    return grant


def _check_connection(connection: Connection, firm: Organization, need, offer):
    """A grant supports the seeker of a live (or won) connection; its need and offer default to the
    connection's."""
    connection = Connection.objects.get(pk=connection.pk)
    if connection.seeker_id != firm.pk:
        raise ValidationError(
            {"connection": _("The firm must be the technology seeker of the connection it is supported for.")}
        )
    if connection.result == Connection.Result.LOST:
        raise ValidationError({"connection": _("This connection was closed as lost.")})
    if need is not None and connection.need_id and need.pk != connection.need_id:
        raise ValidationError({"need": _("The connection is about another need.")})
    if offer is not None and connection.offer_id and offer.pk != connection.offer_id:
        raise ValidationError({"offer": _("The connection is about another offer.")})
    return need or connection.need, offer or connection.offer


def _lock_budget(program_id: int, year: int) -> AnnualBudget:
    qs = AnnualBudget.objects.select_for_update() if RACE.lock else AnnualBudget.objects
    try:
        return qs.get(program_id=program_id, year=year)
    except AnnualBudget.DoesNotExist:
        raise ValidationError(
            _("There is no budget for this program in %(year)s.") % {"year": year}, code="no_budget"
        ) from None


def _lock_firm_year(grant: SupportGrant, cap: int) -> FirmYear:
    row, _created = FirmYear.objects.get_or_create(
        firm_id=grant.firm_id, program_id=grant.program_id, year=grant.year, defaults={"cap": cap}
    )
    if RACE.lock:
        row = FirmYear.objects.select_for_update().get(pk=row.pk)
    return row


def _lock_grant(grant: SupportGrant) -> SupportGrant:
    qs = SupportGrant.objects.select_for_update() if RACE.lock else SupportGrant.objects
    return qs.select_related("firm", "program").get(pk=grant.pk)


def _transition_error(grant: SupportGrant, action: str) -> ValidationError:
    return ValidationError(
        _("A grant that is “%(status)s” cannot be %(action)s.")
        % {"status": grant.get_status_display(), "action": action},
        code="bad_transition",
    )


@transaction.atomic
def grant_approve(
    *,
    grant: SupportGrant,
    by,
    decision_number: str,
    decision_date: date,
    approved_amount: int | None = None,
    exception_reason: str = "",
) -> SupportGrant:
    """Approve a proposed grant. Its connection's contract must exist, unless staff record why not."""
    _staff_only(by)
    exception_reason = (exception_reason or "").strip()
    decision_number = (decision_number or "").strip()
    if not decision_number:
        raise ValidationError({"decision_number": _("Enter the number of the approval decision.")})
    if not isinstance(decision_date, date):
        raise ValidationError({"decision_date": _("Enter the date of the approval decision.")})
    # Lock order: budget, firm-year, grant (see the module docstring).
    budget = _lock_budget(grant.program_id, grant.year)
    program = GrantProgram.objects.prefetch_related("caps").get(pk=grant.program_id)
    firm = Organization.objects.get(pk=grant.firm_id)
    cap = program.cap_for(grant.firm_size or confirmed_size(firm))
    if cap is None:
        raise ValidationError(
            _("The program does not support firms of size “%(size)s”.")
            % {"size": firm.get_size_display() or _("unknown")},
            code="no_cap",
        )
    firm_year = _lock_firm_year(grant, cap)
    grant = _lock_grant(grant)
    if grant.status != GrantStatus.PROPOSED:
        raise _transition_error(grant, _("approved"))
    has_contract = grant.connection_id is not None and Connection.objects.get(pk=grant.connection_id).has_contract
    if not has_contract and not exception_reason:
        raise ValidationError(
            {
                "exception_reason": _(
                    "No contract is recorded on the grant's connection yet: a grant is approved once the "
                    "contract exists. To approve it now, record why."
                )
            },
            code="no_contract",
        )
    amount = grant.requested_amount if approved_amount is None else approved_amount
    _check_amount(amount, "approved_amount", _("The approved amount"))
    if amount > grant.requested_amount:
        raise ValidationError(
            {
                "approved_amount": _("The approved amount cannot be more than requested (%(req)s).")
                % {"req": vnd(grant.requested_amount)}
            }
        )
    if SupportGrant.objects.filter(decision_number=decision_number).exclude(pk=grant.pk).exists():
        raise ValidationError(
            {"decision_number": _("Decision number %(n)s is already used by another grant.") % {"n": decision_number}}
        )
    firm_total, budget_total = committed_totals(firm_id=grant.firm_id, program_id=grant.program_id, year=grant.year)
    limits = compute_limits(
        eligible_cost=grant.eligible_cost,
        share_percent=grant.share_percent,
        size_cap=cap,
        firm_approved=firm_total,
        budget=budget.amount,
        budget_approved=budget_total,
    )
    RACE.widen()
    reason = explain_refusal(limits, amount, firm=firm, program=program, year=grant.year)
    if reason:
        raise ValidationError(reason, code="over_limit")
    try:
        with transaction.atomic():
            from_status = grant.status
            grant.status = GrantStatus.APPROVED
            grant.approved_amount = amount
            grant.decision_number = decision_number
            grant.decision_date = decision_date
            grant.approval_exception = "" if has_contract else exception_reason
            grant.save(
                update_fields=["status", "approved_amount", "decision_number", "decision_date", "approval_exception"]
            )
            if RACE.counters:
                # The counters' CheckConstraints are the database's own guard on the cap and the budget.
                AnnualBudget.objects.filter(pk=budget.pk).update(approved_total=F("approved_total") + amount)
                FirmYear.objects.filter(pk=firm_year.pk).update(approved_total=F("approved_total") + amount, cap=cap)
    except IntegrityError as exc:
        if "decision_number" in str(exc) or "grant_decision_number_unique" in str(exc):
            raise ValidationError(
                {
                    "decision_number": _("Decision number %(n)s is already used by another grant.")
                    % {"n": decision_number}
                }
            ) from None
        raise ValidationError(
            _("The database refused the approval: it would exceed the cap or the budget. Reload and try again."),
            code="db_refused",
        ) from None
    _record(
        grant,
        action=GrantEvent.Action.APPROVED,
        from_status=from_status,
        by=by,
        amount=amount,
        note=decision_number,
        details={
            "decision_date": decision_date.isoformat(),
            "without_contract_because": "" if has_contract else exception_reason,
            "limits_before": {
                "share_limit": limits.share_limit,
                "firm_left": limits.firm_left,
                "budget_left": limits.budget_left,
            },
        },
    )
    transaction.on_commit(lambda: _notify_firm(grant, "grant_approved", "approved", amount=vnd(amount)))
    return grant


@transaction.atomic
def grant_disburse(
    *,
    grant: SupportGrant,
    by,
    amount: int,
    milestone: str,
    accepted_on: date,
    paid_on: date,
    acceptance_reference: str = "",
    exception_reason: str = "",
) -> Disbursement:
    """Record a tranche. It is paid after its decision and its acceptance milestone; the last tranche
    waits for the connection's transfer to be accepted (nghiệm thu), unless staff record why not."""
    _staff_only(by)
    exception_reason = (exception_reason or "").strip()
    _check_amount(amount, "amount", _("The amount"))
    if not (milestone or "").strip():
        raise ValidationError({"milestone": _("Name the acceptance milestone (nghiệm thu) this tranche pays for.")})
    if not isinstance(accepted_on, date):
        raise ValidationError({"accepted_on": _("Enter the acceptance date.")})
    if not isinstance(paid_on, date):
        raise ValidationError({"paid_on": _("Enter the payment date.")})
    if paid_on < accepted_on:
        raise ValidationError({"paid_on": _("A tranche is paid after its milestone is accepted.")})
    grant = _lock_grant(grant)
    if grant.status != GrantStatus.APPROVED:
        raise _transition_error(grant, _("disbursed"))
    if grant.decision_date and paid_on < grant.decision_date:
        raise ValidationError(
            {
                "paid_on": _("A tranche cannot be paid before the grant's decision (%(date)s).")
                % {"date": grant.decision_date.strftime("%d/%m/%Y")}
            }
        )
    is_last = amount == grant.left_to_disburse
    accepted = grant.connection_id is not None and Connection.objects.get(pk=grant.connection_id).transfer_accepted
    if is_last and not accepted and not exception_reason:
        raise ValidationError(
            {
                "exception_reason": _(
                    "This is the last tranche and the transfer is not accepted (nghiệm thu) on the grant's "
                    "connection yet. To pay it now, record why."
                )
            },
            code="not_accepted",
        )
    if amount > grant.left_to_disburse:
        raise ValidationError(
            {
                "amount": _(
                    "%(amount)s would take the disbursed total above the approved amount "
                    "(%(approved)s; left to disburse: %(left)s)."
                )
                % {"amount": vnd(amount), "approved": vnd(grant.approved_amount), "left": vnd(grant.left_to_disburse)}
            }
        )
    tranche = grant.disbursements.count() + 1
    disbursement = Disbursement(
        grant=grant,
        tranche=tranche,
        milestone=milestone.strip(),
        accepted_on=accepted_on,
        paid_on=paid_on,
        amount=amount,
        acceptance_reference=(acceptance_reference or "").strip(),
        exception_reason="" if (accepted or not is_last) else exception_reason,
        created_by=by,
    )
    disbursement.full_clean()
    disbursement.save()
    from_status = grant.status
    SupportGrant.objects.filter(pk=grant.pk).update(disbursed_amount=F("disbursed_amount") + amount)
    grant.refresh_from_db()
    if grant.disbursed_amount == grant.approved_amount:
        grant.status = GrantStatus.DISBURSED
        grant.save(update_fields=["status"])
    _record(
        grant,
        action=GrantEvent.Action.DISBURSED,
        from_status=from_status,
        by=by,
        amount=amount,
        note=disbursement.milestone,
        details={
            "tranche": tranche,
            "accepted_on": accepted_on.isoformat(),
            "paid_on": paid_on.isoformat(),
            "acceptance_reference": disbursement.acceptance_reference,
            "before_acceptance_because": disbursement.exception_reason,
        },
    )
    transaction.on_commit(
        lambda: _notify_firm(
            grant, "grant_disbursed", f"disbursed-{tranche}", amount=vnd(amount), milestone=disbursement.milestone
        )
    )
    return disbursement


@transaction.atomic
def grant_cancel(*, grant: SupportGrant, by, reason: str) -> SupportGrant:
    _staff_only(by)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason for cancelling.")})
    budget = _lock_budget(grant.program_id, grant.year) if grant.is_committed else None
    firm_year = None
    if budget is not None:
        firm_year = (
            FirmYear.objects.select_for_update()
            .filter(firm_id=grant.firm_id, program_id=grant.program_id, year=grant.year)
            .first()
        )
    grant = _lock_grant(grant)
    if grant.status not in (GrantStatus.PROPOSED, GrantStatus.APPROVED):
        raise _transition_error(grant, _("cancelled"))
    if grant.disbursed_amount:
        raise ValidationError(
            _("%(paid)s has already been disbursed for this grant: it cannot be cancelled.")
            % {"paid": vnd(grant.disbursed_amount)},
            code="already_paid",
        )
    if grant.status == GrantStatus.APPROVED and budget is None:
        raise ValidationError(_("The grant was approved meanwhile: reload the page and try again."), code="stale")
    from_status = grant.status
    freed = grant.approved_amount if from_status == GrantStatus.APPROVED else 0
    grant.status = GrantStatus.CANCELLED
    grant.cancel_reason = reason
    grant.save(update_fields=["status", "cancel_reason"])
    if freed:
        # Cancelling frees the amount for the firm's cap and the program's budget.
        AnnualBudget.objects.filter(pk=budget.pk).update(approved_total=F("approved_total") - freed)
        if firm_year is not None:
            FirmYear.objects.filter(pk=firm_year.pk).update(approved_total=F("approved_total") - freed)
    _record(
        grant, action=GrantEvent.Action.CANCELLED, from_status=from_status, by=by, amount=freed or None, note=reason
    )
    if from_status == GrantStatus.APPROVED:
        transaction.on_commit(lambda: _notify_firm(grant, "grant_cancelled", "cancelled", reason=reason))
    return grant


@transaction.atomic
def budget_set(*, program: GrantProgram, year: int, amount: int, by) -> AnnualBudget:
    """Enter or change a program's budget for a year; never below what is already approved from it."""
    _staff_only(by)
    _check_amount(amount, "amount", _("The budget"))
    if isinstance(year, bool) or not isinstance(year, int) or not program.covers(year):
        raise ValidationError(
            {
                "year": _("%(program)s runs from %(first)s to %(last)s.")
                % {"program": program.name, "first": program.first_year, "last": program.last_year}
            }
        )
    budget, created = AnnualBudget.objects.get_or_create(program=program, year=year, defaults={"amount": amount})
    if created:
        return budget
    budget = AnnualBudget.objects.select_for_update().get(pk=budget.pk)
    if amount < budget.approved_total:
        raise ValidationError(
            {
                "amount": _("Grants worth %(total)s are already approved from the %(year)s budget: it cannot be lower.")
                % {"total": vnd(budget.approved_total), "year": year}
            }
        )
    AnnualBudget.objects.filter(pk=budget.pk).update(amount=amount)
    budget.refresh_from_db()
    return budget
