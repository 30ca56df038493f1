from celery import shared_task


@shared_task(bind=True, acks_late=True, max_retries=5, autoretry_for=(ConnectionError, OSError), retry_backoff=True)
def notification_send_email(self, notification_id: int) -> bool:
    from .notifications import notification_send_email as send

    return send(notification_id=notification_id)


@shared_task(bind=True, acks_late=True, max_retries=3, autoretry_for=(ConnectionError, OSError), retry_backoff=True)
def notifications_send_digests(self) -> int:
    from .notifications import notifications_send_digests as send

    return send()
