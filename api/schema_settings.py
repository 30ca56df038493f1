"""drf-spectacular settings of the API schema. Plain data with no imports, so that config/settings can
merge it into SPECTACULAR_SETTINGS; until then the schema view and the tests pass it as custom settings."""

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
    "ConnectionStageEnum": "marketplace.models.Connection.Stage",
    "ConnectionResultEnum": "marketplace.models.Connection.Result",
    "ConnectionLostReasonEnum": "marketplace.models.Connection.LostReason",
    "ConnectionChannelEnum": "marketplace.models.Connection.Channel",
    "ConnectionMoveStageEnum": "marketplace.connections.MOVE_STAGE_CHOICES",
    "GrantApplicationStatusEnum": "grants.models.GrantApplication.Status",
    "STTaskStatusEnum": "grants.models.STTask.Status",
    "NewsStatusEnum": "grants.models.NewsItem.Status",
}

# Passed to the schema view, and to `manage.py spectacular --custom-settings api.schema_settings.SCHEMA_SETTINGS`.
SCHEMA_SETTINGS = {
    "ENUM_NAME_OVERRIDES": ENUM_NAME_OVERRIDES,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "DESCRIPTION": (
        "The technology supply-demand exchange: needs and offers, organisations, expressions of interest, "
        "ranked matches with their explanations, connection workshops (registration, B2B meetings, agenda, "
        "check-in, outcomes), support grants and the plan's indicators. "
        "Authenticate with a session (browser) or a token (`Authorization: Token <key>`; create it at /api/token/). "
        "Amounts are whole Vietnamese đồng (integers); dates and times are ISO 8601. Errors are JSON: "
        '`{"detail": "..."}`, or for invalid input an object of field name → list of messages.'
    ),
}
