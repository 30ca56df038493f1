from celery import shared_task
from django.db import OperationalError


@shared_task(bind=True, acks_late=True, max_retries=3, autoretry_for=(OperationalError,), retry_backoff=True)
def schedule_workshop(self, run_id: int) -> int | None:
    """Run the scheduler for one ScheduleRun; a redelivered task finds the run claimed and does nothing."""
    from .services.schedules import schedule_compute

    run = schedule_compute(run_id=run_id)
    return run.placed if run else None


@shared_task(bind=True, acks_late=True)
def outcomes_ask_follow_up(self) -> int:
    from .services.followup import outcomes_ask_follow_up as ask

    return ask()
