"""OpenAPI: every operation documents the errors it can answer with, so clients (and the schemathesis run
in the suite) can rely on the schema for failures as well as for successes."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.plumbing import build_basic_type
from rest_framework import serializers

# Component names of enums whose field names repeat across resources ("status", "kind"...).
ENUM_NAME_OVERRIDES = {
    "PostStatusEnum": "marketplace.models.PostStatus",
    "InterestStatusEnum": "marketplace.models.Interest.Status",
    "OrganizationKindEnum": "marketplace.models.Organization.Kind",
    "OrganizationTypeEnum": "marketplace.models.Organization.OrgType",
    "OrganizationSizeEnum": "marketplace.models.Organization.Size",
    "TransferModeEnum": "marketplace.models.TransferMode",
    "RegionEnum": "marketplace.models.Region",
    "DeclineReasonEnum": "marketplace.models.Interest.DeclineReason",
    "CooperationEnum": "marketplace.models.Interest.Cooperation",
    "IpStatusEnum": "marketplace.models.TechnologyOffer.IPStatus",
    "PostKindEnum": "api.serializers.marketplace.POST_KINDS",
    "MatchFeedbackEnum": "matching.models.Feedback",
    "WorkshopStatusEnum": "events.models.Workshop.Status",
    "RegistrationStatusEnum": "events.models.Registration.Status",
    "RegistrationRoleEnum": "events.models.Registration.Role",
    "MeetingRequestStatusEnum": "events.models.MeetingRequest.Status",
    "MeetingStatusEnum": "events.models.Meeting.Status",
    "OutcomeStageEnum": "events.models.Outcome.Stage",
    "OutcomeResultEnum": "events.models.Outcome.Result",
    "GrantStatusEnum": "grants.models.GrantStatus",
}

# Passed to the schema view and to `manage.py spectacular --custom-settings api.schema.SCHEMA_SETTINGS`.
SCHEMA_SETTINGS = {
    "ENUM_NAME_OVERRIDES": ENUM_NAME_OVERRIDES,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "DESCRIPTION": (
        "Needs, offers, organisations, interests and notifications of the technology supply-demand exchange. "
        "Authenticate with a session (browser) or a token (`Authorization: Token <key>`; create it at /api/token/). "
        "Amounts are whole Vietnamese đồng (integers); dates and times are ISO 8601. Errors are JSON: "
        "`{\"detail\": \"...\"}`, or for invalid input an object of field name → list of messages."
    ),
}


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
