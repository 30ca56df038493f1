from celery import shared_task
from django.conf import settings
from django.db import OperationalError


@shared_task(bind=True, acks_late=True, max_retries=3, autoretry_for=(OperationalError,), retry_backoff=True)
def schedule_workshop(self, run_id: int) -> int | None:
    """Run the scheduler for one ScheduleRun. A redelivered task takes the run over when its worker is dead,
    and looks again later while that worker is alive (it may still die)."""
    from .services.schedules import OwnerAlive, schedule_compute

    try:
        run = schedule_compute(run_id=run_id)
    except OwnerAlive as exc:
        raise self.retry(exc=exc, countdown=settings.SCHEDULE_HEARTBEAT_TIMEOUT, max_retries=10) from exc
    return run.placed if run else None


@shared_task(acks_late=True)
def schedule_runs_recover() -> int:
    from .services.schedules import schedule_runs_recover as recover

    return recover()


@shared_task(bind=True, acks_late=True)
def outcomes_ask_follow_up(self) -> int:
    from .services.followup import outcomes_ask_follow_up as ask

    return ask()
