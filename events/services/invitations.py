"""Invitations from matching: when staff prepare a workshop, they see the strongest matched pairs in its
theme sectors that have no connection yet, and invite them in one action. Each side registers with one
click; once both are seated, the meeting request between them is created and accepted for them."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from core.notifications import notify
from core.roles import is_member, is_staff, organization_ids
from marketplace.models import Connection, PostStatus, Sector
from marketplace.selectors import organization_users

from ..models import Invitation, MeetingRequest, Registration, Workshop
from . import meetings as meeting_services
from . import registrations as registration_services


def _theme_sector_ids(workshop: Workshop) -> set[int]:
    ids = set(workshop.sectors.values_list("pk", flat=True))
    return ids | set(Sector.objects.filter(parent_id__in=ids).values_list("pk", flat=True))


def invitation_candidates(*, workshop: Workshop, limit: int = 30) -> list:
    """The strongest matched (need, offer) pairs in the workshop's theme sectors whose organisations have
    not met yet (no connection, or one still introduced or in discussion) and were not invited already; one (the strongest) per pair of organisations. Empty
    when the matching engine is not installed."""
    try:
        from matching.models import Feedback, Match
    except ImportError:  # the matching engine is optional
        return []
    sectors = _theme_sector_ids(workshop)
    matches = Match.objects.filter(need__status=PostStatus.PUBLISHED, offer__status=PostStatus.PUBLISHED).exclude(
        need__organization=F("offer__organization")
    )
    if sectors:
        matches = matches.filter(Q(need__sectors__in=sectors) | Q(offer__sectors__in=sectors))
    # "Not relevant" from either side keeps the pair hidden.
    matches = matches.exclude(need_feedback=Feedback.NOT_RELEVANT).exclude(offer_feedback=Feedback.NOT_RELEVANT)
    # "Unconnected": the two have not met yet. A pair whose connection is still at introduced or in
    # discussion is exactly who a workshop meeting helps; a pair that met, went further, or closed is not.
    connected = set(
        Connection.objects.exclude(stage__in=[Connection.Stage.INTRODUCED, Connection.Stage.DISCUSSING]).values_list(
            "seeker_id", "provider_id"
        )
    )
    invited = set(workshop.invitations.values_list("seeker_id", "provider_id"))
    seen, out = set(), []
    for match in matches.select_related("need__organization", "offer__organization").order_by("-score", "id")[
        : limit * 20
    ]:
        pair = (match.need.organization_id, match.offer.organization_id)
        if pair in seen or pair in connected or pair in invited:
            continue
        seen.add(pair)
        out.append(match)
        if len(out) >= limit:
            break
    return out


def workshop_invite_pairs(*, workshop: Workshop, match_ids, by) -> list[Invitation]:
    """Invite the chosen candidates (ids of Match rows). Inviting a pair twice is harmless."""
    if not is_staff(by):
        raise PermissionDenied
    if workshop.status in (Workshop.Status.CANCELLED, Workshop.Status.HELD):
        raise ValidationError(_("This workshop is over: invite pairs to an upcoming one."))
    wanted = {int(i) for i in match_ids}
    if not wanted:
        raise ValidationError(_("Choose at least one pair."))
    candidates = {m.pk: m for m in invitation_candidates(workshop=workshop, limit=500) if m.pk in wanted}
    created = []
    with transaction.atomic():
        for match in candidates.values():
            try:
                with transaction.atomic():
                    invitation = Invitation.objects.create(
                        workshop=workshop,
                        need=match.need,
                        offer=match.offer,
                        seeker=match.need.organization,
                        provider=match.offer.organization,
                        score=match.score,
                        invited_by=by,
                    )
            except IntegrityError:
                continue  # invited meanwhile
            created.append(invitation)
            for side, org, other in (
                ("seeker", invitation.seeker, invitation.provider),
                ("provider", invitation.provider, invitation.seeker),
            ):
                notify(
                    users=organization_users(org),
                    kind="workshop_invited",
                    event_key=f"workshop-invited:{invitation.pk}:{side}",
                    params={"workshop": workshop.title, "org": other.name},
                    url=reverse("events:invitation_accept", args=[invitation.pk]),
                )
    return created


def invitation_for(*, user, pk: int) -> Invitation:
    """An invitation the user's organisation received (staff: any). Raises Invitation.DoesNotExist."""
    invitation = Invitation.objects.select_related("workshop", "need", "offer", "seeker", "provider").get(pk=pk)
    if not (is_staff(user) or invitation.side_of(organization_ids(user))):
        raise Invitation.DoesNotExist
    return invitation


def invitation_accept(*, invitation: Invitation, by) -> Registration:
    """One click: the user's organisation registers for the workshop with the need or offer it was
    invited for (or its existing registration is used); when both sides are seated, their meeting
    request is created and accepted for them."""
    side = invitation.side_of(organization_ids(by))
    if side is None:
        raise PermissionDenied
    org = invitation.seeker if side == "seeker" else invitation.provider
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        registration = Registration.objects.filter(
            workshop=locked.workshop, organization=org, status__in=Registration.LIVE
        ).first()
        if registration is None:
            registration = registration_services.registration_create(
                workshop=locked.workshop,
                organization=org,
                attendee=by,
                role=Registration.Role.SEEKER if side == "seeker" else Registration.Role.PROVIDER,
                by=by,
                needs=[locked.need] if side == "seeker" else [],
                offers=[locked.offer] if side == "provider" else [],
                note=_("Invited by the Department"),
            )
        setattr(locked, f"{side}_registration", registration)
        locked.save(update_fields=[f"{side}_registration"])
        _pair_up(locked)
    return registration


def _pair_up(invitation: Invitation) -> None:
    a, b = invitation.seeker_registration, invitation.provider_registration
    if invitation.meeting_request_id or a is None or b is None:
        return
    if not (a.is_seated and b.is_seated):
        return  # on the waiting list: the request follows once both have a seat (staff can add it)
    existing = MeetingRequest.objects.filter(status__in=MeetingRequest.LIVE).filter(
        Q(from_registration=a, to_registration=b) | Q(from_registration=b, to_registration=a)
    )
    request = existing.first()
    if request is None and invitation.invited_by is not None:
        # Made by the inviting staff member: a staff request is accepted at once. If the workshop's rules
        # refuse it (a participant's meeting cap), both stay registered and staff can pair them by hand.
        try:
            with transaction.atomic():
                request = _staff_request(invitation, a, b)
        except ValidationError:
            return
    if request is None:
        return
    invitation.meeting_request = request
    invitation.save(update_fields=["meeting_request"])


def _staff_request(invitation: Invitation, a: Registration, b: Registration) -> MeetingRequest:
    return meeting_services.meeting_request_create(
        workshop=invitation.workshop,
        from_registration=a,
        to_registration=b,
        by=invitation.invited_by,
        need=invitation.need,
        offer=invitation.offer,
        message=_("Invited pair: %(need)s ↔ %(offer)s")
        % {"need": invitation.need.title, "offer": invitation.offer.title},
    )


def can_accept(user, invitation: Invitation) -> bool:
    return any(is_member(user, org) for org in (invitation.seeker_id, invitation.provider_id))
