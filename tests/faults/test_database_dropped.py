"""A database connection dropped between requests (a PostgreSQL restart, a proxy timeout, an administrator
terminating it): the next request reconnects (CONN_HEALTH_CHECKS) and serves the page, no 500."""

import psycopg
import pytest
from django.db import connection

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
