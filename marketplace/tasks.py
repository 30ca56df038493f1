from celery import shared_task


@shared_task(acks_late=True)
def posts_expire() -> int:
    from .services import posts_expire as run

    return run()


@shared_task(acks_late=True)
def posts_remind_expiry() -> int:
    from .services import posts_remind_expiry as run

    return run()


@shared_task(acks_late=True)
def connections_remind_stalled() -> int:
    from .connections import connections_remind_stalled as run

    return run()
