"""About six months after a workshop, each side of each held meeting is asked what came of it (once)."""

from datetime import timedelta

from django.utils import timezone

from core.faults import fault_point
from core.notifications import notify

from ..models import Meeting, Outcome

FOLLOW_UP_AFTER = timedelta(days=182)


def outcomes_ask_follow_up(*, now=None) -> int:
    now = now or timezone.now()
    due = (
        Meeting.objects.filter(
            published=True,
            workshop__ends_at__lte=now - FOLLOW_UP_AFTER,
            workshop__ends_at__gte=now - FOLLOW_UP_AFTER - timedelta(days=60),
        )
        .exclude(status=Meeting.Status.NO_SHOW)
        .select_related(
            "workshop",
            "request__from_registration__organization",
            "request__to_registration__organization",
            "request__from_registration__attendee",
            "request__to_registration__attendee",
        )
    )
    sent = 0
    for number, meeting in enumerate(due):
        if number:
            fault_point("followup.ask")  # fault tests: a worker killed between two meetings
        sides = (meeting.request.from_registration, meeting.request.to_registration)
        answered = set(
            Outcome.objects.filter(meeting=meeting, stage=Outcome.Stage.FOLLOW_UP).values_list(
                "registration_id", flat=True
            )
        )
        for side, other in (sides, sides[::-1]):
            if side.pk in answered:
                continue
            # event_key makes this once per side and meeting, however often the beat runs.
            sent += len(
                notify(
                    users=[side.attendee],
                    kind="outcome_follow_up",
                    event_key=f"followup:{meeting.pk}:{side.pk}",
                    params={"workshop": meeting.workshop.title, "org": other.organization.name},
                    url=meeting.get_absolute_url(),
                )
            )
    return sent
