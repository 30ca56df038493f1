"""A database connection dropped between requests (a PostgreSQL restart, a proxy timeout, an administrator
terminating it): the next request reconnects (CONN_HEALTH_CHECKS) and serves the page, no 500."""

import psycopg
import pytest
from django.db import connection
from django.utils import timezone

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _terminate(pid: int) -> None:
    db = connection.settings_dict
    with psycopg.connect(f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/postgres", autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])


def _wsgi_get(path: str) -> str:
    """Through Django's real WSGI handler: unlike the test client, it runs the request_started hooks that check
    (and if need be replace) a persistent connection, as gunicorn does."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import RequestFactory

    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD="GET")
    status = []
    response = WSGIHandler()(environ, lambda s, headers: status.append(s))
    b"".join(response)
    response.close()
    return status[0]


@pytest.fixture
def page():
    """A page that reads the database on every request (the lists' results may come from the cache)."""
    from marketplace.models import PostStatus
    from tests.factories import OfferFactory

    return OfferFactory(status=PostStatus.PUBLISHED).get_absolute_url()


def test_a_page_after_the_connection_was_killed_is_served(settings, page):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]
    # As in production, the connection outlives the request (the test settings close it after each one).
    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = 60
    try:
        assert _wsgi_get(page).startswith("200")
        connection.ensure_connection()
        pid = connection.connection.info.backend_pid
        assert _wsgi_get(page).startswith("200")
        assert connection.connection.info.backend_pid == pid  # the same connection: the kill below hits it
        _terminate(pid)
        assert _wsgi_get(page).startswith("200")
        assert _wsgi_get("/healthz").startswith("200")
    finally:
        connection.settings_dict["CONN_MAX_AGE"] = 0
        connection.close()


def test_negative_control_without_health_checks_the_first_request_after_the_kill_is_a_500(page):
    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = 60
    connection.settings_dict["CONN_HEALTH_CHECKS"] = False
    try:
        assert _wsgi_get(page).startswith("200")
        connection.ensure_connection()
        _terminate(connection.connection.info.backend_pid)
        assert _wsgi_get(page).startswith("500")
        assert _wsgi_get(page).startswith("200")  # the broken connection was closed after the error
    finally:
        connection.settings_dict["CONN_MAX_AGE"] = 0
        connection.settings_dict["CONN_HEALTH_CHECKS"] = True
        connection.close()


def _wsgi_post(path: str, data: dict, *, session: str) -> tuple[str, bytes]:
    """A signed-in POST through the real WSGI handler (CSRF and all)."""
    from urllib.parse import urlencode

    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.middleware.csrf import _get_new_csrf_string
    from django.test import RequestFactory

    token = _get_new_csrf_string()
    body = urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True).encode()
    environ = RequestFactory()._base_environ(
        PATH_INFO=path,
        REQUEST_METHOD="POST",
        CONTENT_TYPE="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(len(body)),
        HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}={session}; {settings.CSRF_COOKIE_NAME}={token}",
    )
    import io

    environ["wsgi.input"] = io.BytesIO(body)
    status = []
    response = WSGIHandler()(environ, lambda s, headers: status.append(s))
    content = b"".join(response)
    response.close()
    return status[0], content


def test_a_connection_killed_in_the_middle_of_a_write_gives_the_error_page_saves_nothing_and_recovers(page):
    """The connection dies between the registration's insert and the rest of its transaction (its notices, its
    outbox rows): the person sees the friendly error page, nothing of the registration stays, and the next
    request is served on a new connection."""
    from django.db.models.signals import post_save
    from django.test import Client

    from core.models import Notification, OutboxMessage
    from events.models import Registration
    from tests.events.factories import WorkshopFactory
    from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

    user = UserFactory()
    org = OrganizationFactory(verified_at=timezone.now())
    MembershipFactory(user=user, organization=org)
    ws = WorkshopFactory()
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value

    def kill_mid_transaction(sender, instance, created, **kwargs):
        if created:
            _terminate(connection.connection.info.backend_pid)

    connection.close()
    connection.settings_dict["CONN_MAX_AGE"] = 60
    post_save.connect(kill_mid_transaction, sender=Registration, dispatch_uid="kill")
    try:
        status, content = _wsgi_post(
            f"/workshops/{ws.pk}/register/", {"organization": org.pk, "role": "seeker", "note": ""}, session=session
        )
        post_save.disconnect(dispatch_uid="kill", sender=Registration)
        assert status.startswith("500"), status
        text = content.decode()
        assert "Traceback" not in text and "OperationalError" not in text and "psycopg" not in text
        assert "<html" in text.lower()  # the site's error page, not a bare technical answer

        assert _wsgi_get(page).startswith("200")  # the next request: a new connection
        assert not Registration.objects.filter(workshop=ws).exists()
        assert not Notification.objects.exists() and not OutboxMessage.objects.exists()
        # And the same registration, tried again, goes through.
        status, _content = _wsgi_post(
            f"/workshops/{ws.pk}/register/", {"organization": org.pk, "role": "seeker", "note": ""}, session=session
        )
        assert status.startswith("302"), status
        assert Registration.objects.filter(workshop=ws, organization=org).count() == 1
    finally:
        post_save.disconnect(dispatch_uid="kill", sender=Registration)
        connection.settings_dict["CONN_MAX_AGE"] = 0
        connection.close()
