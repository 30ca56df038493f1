"""OpenAPI: every operation documents the errors it can answer with, so clients (and the schemathesis run
in the suite) can rely on the schema for failures as well as for successes."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_basic_type
from drf_spectacular.types import OpenApiTypes
from rest_framework import serializers

from .schema_settings import ENUM_NAME_OVERRIDES, SCHEMA_SETTINGS  # noqa: F401  (re-exported)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


FIELD_ERRORS = {
    **build_basic_type(OpenApiTypes.OBJECT),
    "description": "Field name (or non_field_errors) → list of messages.",
    "additionalProperties": {},
}


class ApiAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        path_has_id = "{" in self.path

        def add(code, schema):
            if code not in responses:
                responses[code] = self._get_response_for_code(schema, code, direction=direction)

        if self.method in ("POST", "PUT", "PATCH") or self._is_list_view():
            add("400", FIELD_ERRORS)
        if self.method in ("POST", "PUT", "PATCH"):
            add("415", ErrorSerializer)  # a body in a media type the API does not parse
        add("403", ErrorSerializer)
        if path_has_id or self._is_list_view():
            add("404", ErrorSerializer)  # an object not visible to the caller, or a page past the end
        add("429", ErrorSerializer)
        return responses
