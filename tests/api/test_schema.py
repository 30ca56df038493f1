import re

import pytest
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver

from api.schema_settings import SCHEMA_SETTINGS

# Served next to the API but not operations of it.
NOT_OPERATIONS = {"/api/v1/schema/", "/api/v1/docs/", "/api/v1/"}  # the last: the JSON 404 catch-all


def _patterns(resolver, prefix=""):
    for entry in resolver.url_patterns:
        pattern = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, pattern)
        elif isinstance(entry, URLPattern):
            yield pattern


def _as_path(regex_or_route: str) -> str:
    """'api/v1/^needs/(?P<pk>[0-9]+)/submit/$' -> '/api/v1/needs/{id}/submit/' (spectacular names pk 'id')."""
    path = regex_or_route.replace("^", "").replace("$", "")
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: "{id}" if m.group(1) == "pk" else "{" + m.group(1) + "}", path)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: "{id}" if m.group(1) == "pk" else "{" + m.group(1) + "}", path)
    path = path.replace("\\.", ".")
    return "/" + path


@pytest.fixture
def schema(client):
    response = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


def test_every_url_under_api_v1_is_in_the_schema(db, schema):
    urls = {_as_path(p) for p in _patterns(get_resolver())}
    api_urls = {u for u in urls if u.startswith("/api/v1/") and "format" not in u}
    assert len(api_urls) > 30
    missing = api_urls - set(schema["paths"]) - NOT_OPERATIONS
    assert not missing, f"not documented: {sorted(missing)}"


def test_every_schema_path_is_a_real_url(db, schema):
    urls = {_as_path(p) for p in _patterns(get_resolver())}
    assert set(schema["paths"]) <= urls


def test_every_operation_documents_its_errors(db, schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert "403" in operation["responses"], (method, path)
            if method in ("post", "patch"):
                assert "400" in operation["responses"], (method, path)


def test_the_schema_validates_without_warnings(db, tmp_path):
    from drf_spectacular.drainage import GENERATOR_STATS

    GENERATOR_STATS.reset()  # it keeps what earlier schema builds in this process warned about
    out = tmp_path / "schema.yaml"
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--custom-settings",
        "api.schema_settings.SCHEMA_SETTINGS",
        "--file",
        str(out),
    )
    assert out.read_text().startswith("openapi: 3")


def test_schema_settings_name_every_repeated_enum():
    assert {"PostStatusEnum", "InterestStatusEnum"} <= set(SCHEMA_SETTINGS["ENUM_NAME_OVERRIDES"])


def test_the_docs_page_loads_swagger_ui_from_our_own_static_files(client, db):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/api/vendor/swagger-ui/swagger-ui-bundle.js" in html
    assert not re.search(r"""(src|href)=["']https?://""", html), "the docs page must not load anything from outside"
