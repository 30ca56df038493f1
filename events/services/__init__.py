"""Writes of the events app, by topic: workshops, registrations, meetings, schedules."""

from .meetings import (  # noqa: F401
    meeting_mark,
    meeting_move,
    meeting_pin,
    meeting_place,
    meeting_request_answer,
    meeting_request_cancel,
    meeting_request_create,
    meeting_unschedule,
    outcome_record,
    schedule_publish,
    standby_pair_place,
)
from .registrations import (  # noqa: F401
    availability_set,
    checkin,
    checkin_code,
    checkin_token,
    registration_cancel,
    registration_create,
    registration_update,
)
from .schedules import (  # noqa: F401
    schedule_compute,
    schedule_run_cancel,
    schedule_run_start,
    schedule_runs_recover,
)
from .workshops import workshop_create, workshop_transition, workshop_update  # noqa: F401
