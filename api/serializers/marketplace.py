"""Serializers of the marketplace: explicit field lists; owner, status and dates are set by the services,
never by the caller. Fields a caller may not see are present but null, so the shape never changes."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core import roles
from core.models import Notification
from marketplace import permissions, rules
from marketplace.models import (
    Area,
    Interest,
    Organization,
    PostStatus,
    Region,
    Sector,
    TechnologyNeed,
    TechnologyOffer,
    TransferMode,
)
from marketplace.validators import normalize_tax_code

MAX_AMOUNT = 10**15  # ₫; the same ceiling as the forms
KIND_OF = {TechnologyNeed: "need", TechnologyOffer: "offer"}
POST_KINDS = [("need", "need"), ("offer", "offer")]


def _user(serializer):
    request = serializer.context.get("request")
    return getattr(request, "user", None)


class RestrictedFieldsMixin:
    """Fields listed in `restricted_fields` are sent as null unless `may_see(instance)` is true."""

    restricted_fields: tuple[str, ...] = ()

    def may_see(self, instance) -> bool:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if self.restricted_fields and not self.may_see(instance):
            for name in self.restricted_fields:
                data[name] = None
        return data


# Sectors ---------------------------------------------------------------------------------------


class SectorSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True, help_text=_("In the language of the request."))

    class Meta:
        model = Sector
        fields = ["id", "code", "parent", "name", "name_vi", "name_en", "terms"]
        read_only_fields = fields


class SectorBriefSerializer(serializers.ModelSerializer):
    name = serializers.CharField(read_only=True)

    class Meta:
        model = Sector
        fields = ["id", "code", "name"]
        read_only_fields = fields


# Organisations ---------------------------------------------------------------------------------


class OrganizationBriefSerializer(serializers.ModelSerializer):
    verified = serializers.BooleanField(source="is_verified", read_only=True)

    class Meta:
        model = Organization
        fields = ["id", "name", "kind", "verified"]
        read_only_fields = fields


def may_see_organization_details(user, organization: Organization) -> bool:
    """What the organisation page shows "for members": members, and staff (an owner is always a member)."""
    return bool(user and user.is_authenticated) and (roles.is_member(user, organization) or roles.is_staff(user))


class OrganizationSerializer(RestrictedFieldsMixin, serializers.ModelSerializer):
    """Public fields for everyone; tax code, size, address and contacts only for its members and staff."""

    restricted_fields = (
        "tax_code",
        "size",
        "address",
        "contact_name",
        "contact_phone",
        "contact_email",
        "announcements_opt_in",
    )

    verified = serializers.BooleanField(source="is_verified", read_only=True)
    area = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True, help_text=_("Code of the commune or ward.")
    )
    sectors = SectorBriefSerializer(many=True, read_only=True)
    website = serializers.CharField(read_only=True, help_text=_("A URL, or empty."))
    tax_code = serializers.CharField(read_only=True, allow_null=True)
    size = serializers.ChoiceField(choices=Organization.Size.choices, read_only=True, allow_null=True, allow_blank=True)
    address = serializers.CharField(read_only=True, allow_null=True)
    contact_name = serializers.CharField(read_only=True, allow_null=True)
    contact_phone = serializers.CharField(read_only=True, allow_null=True)
    contact_email = serializers.EmailField(read_only=True, allow_null=True)
    announcements_opt_in = serializers.BooleanField(read_only=True, allow_null=True)

    class Meta:
        model = Organization
        fields = [
            "id",
            "name",
            "kind",
            "org_type",
            "province",
            "area",
            "description",
            "website",
            "sectors",
            "verified",
            "verified_at",
            "created_at",
            "tax_code",
            "size",
            "address",
            "contact_name",
            "contact_phone",
            "contact_email",
            "announcements_opt_in",
        ]
        read_only_fields = fields

    def may_see(self, instance) -> bool:
        return may_see_organization_details(_user(self), instance)


class OrganizationWriteSerializer(serializers.ModelSerializer):
    sectors = serializers.PrimaryKeyRelatedField(queryset=Sector.objects.all(), many=True, required=False)
    area = serializers.SlugRelatedField(
        slug_field="code",
        queryset=Area.objects.filter(active=True),
        required=False,
        allow_null=True,
        help_text=_("Code of the commune or ward (see the deployment's areas file)."),
    )

    class Meta:
        model = Organization
        fields = [
            "name",
            "kind",
            "tax_code",
            "org_type",
            "size",
            "area",
            "address",
            "sectors",
            "announcements_opt_in",
            "description",
            "website",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]

    def validate_tax_code(self, value):
        return normalize_tax_code(value)


# Posts -----------------------------------------------------------------------------------------


def transfer_modes_field():
    return serializers.ListField(
        child=serializers.ChoiceField(choices=TransferMode.choices),
        required=False,
        help_text=_("Codes of the transfer modes."),
    )


class PostListSerializer(serializers.ModelSerializer):
    """The fields of a card in a list; the detail adds the long texts."""

    kind = serializers.SerializerMethodField()
    organization = OrganizationBriefSerializer(read_only=True)
    sectors = SectorBriefSerializer(many=True, read_only=True)
    transfer_modes = serializers.ListField(child=serializers.ChoiceField(choices=TransferMode.choices), read_only=True)

    COMMON = [
        "id",
        "kind",
        "title",
        "summary",
        "organization",
        "sectors",
        "keywords",
        "transfer_modes",
        "region",
        "status",
        "published_at",
        "expires_at",
    ]

    def get_kind(self, obj) -> str:
        return KIND_OF[type(obj)]


class NeedListSerializer(PostListSerializer):
    class Meta:
        model = TechnologyNeed
        fields = PostListSerializer.COMMON + ["min_trl", "budget_min", "budget_max", "deadline"]
        read_only_fields = fields


class OfferListSerializer(PostListSerializer):
    class Meta:
        model = TechnologyOffer
        fields = PostListSerializer.COMMON + ["trl", "ip_status", "price_min", "price_max", "price_negotiable"]
        read_only_fields = fields


class PostDetailMixin(RestrictedFieldsMixin):
    """The confidential part only to those the marketplace lets see it; reviewer remarks only to the owner and staff."""

    restricted_fields = ("confidential_details",)

    def may_see(self, instance) -> bool:
        return permissions.can_see_confidential(_user(self), instance)

    def to_representation(self, instance):
        data = super().to_representation(instance)
        user = _user(self)
        if not (roles.is_member(user, instance.organization_id) or roles.is_staff(user)):
            data["review_remarks"] = None
        return data


DETAIL_EXTRA = ["description", "confidential_details", "review_remarks", "entered_by_staff", "created_at", "updated_at"]


class NeedSerializer(PostDetailMixin, NeedListSerializer):
    confidential_details = serializers.CharField(read_only=True, allow_null=True)
    review_remarks = serializers.CharField(read_only=True, allow_null=True)

    class Meta(NeedListSerializer.Meta):
        fields = NeedListSerializer.Meta.fields + ["problem", "expected_results"] + DETAIL_EXTRA
        read_only_fields = fields


class OfferSerializer(PostDetailMixin, OfferListSerializer):
    confidential_details = serializers.CharField(read_only=True, allow_null=True)
    review_remarks = serializers.CharField(read_only=True, allow_null=True)

    class Meta(OfferListSerializer.Meta):
        fields = OfferListSerializer.Meta.fields + ["reference_deployments"] + DETAIL_EXTRA
        read_only_fields = fields


def _amount(label):
    return serializers.IntegerField(label=label, required=False, allow_null=True, min_value=0, max_value=MAX_AMOUNT)


class PostWriteSerializer(serializers.ModelSerializer):
    """Create (POST) and edit (PATCH). `organization` and `submit` only count when creating."""

    organization = serializers.PrimaryKeyRelatedField(
        queryset=Organization.objects.all(),
        required=False,
        help_text=_("The organisation posting; may be left out when you belong to only one that can post this."),
    )
    submit = serializers.BooleanField(
        required=False,
        default=False,
        write_only=True,
        help_text=_("Send it for review at once instead of keeping a draft."),
    )
    sectors = serializers.PrimaryKeyRelatedField(queryset=Sector.objects.all(), many=True, allow_empty=False)
    transfer_modes = transfer_modes_field()
    region = serializers.ChoiceField(choices=Region.choices, required=False)

    RANGES: list = []

    def validate_transfer_modes(self, value):
        return list(dict.fromkeys(value))

    def validate(self, attrs):
        # A PATCH names some fields: the range is checked against the stored value of the others.
        values = {
            f: attrs.get(f, getattr(self.instance, f, None)) for low, high, _m in self.RANGES for f in (low, high)
        }
        try:
            rules.check_ranges(values, self.RANGES)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from None
        return attrs


class NeedWriteSerializer(PostWriteSerializer):
    min_trl = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=9)
    budget_min = _amount(_("Budget from (₫)"))
    budget_max = _amount(_("Budget up to (₫)"))
    RANGES = rules.NEED_RANGES

    class Meta:
        model = TechnologyNeed
        fields = [
            "organization",
            "title",
            "summary",
            "problem",
            "expected_results",
            "description",
            "sectors",
            "keywords",
            "min_trl",
            "budget_min",
            "budget_max",
            "transfer_modes",
            "deadline",
            "region",
            "confidential_details",
            "submit",
        ]

    def validate_deadline(self, deadline):
        try:
            rules.check_deadline(deadline, previous=self.instance.deadline if self.instance is not None else None)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict["deadline"]) from None
        return deadline


class OfferWriteSerializer(PostWriteSerializer):
    trl = serializers.IntegerField(min_value=1, max_value=9)
    price_min = _amount(_("Price from (₫)"))
    price_max = _amount(_("Price up to (₫)"))
    RANGES = rules.OFFER_RANGES

    class Meta:
        model = TechnologyOffer
        fields = [
            "organization",
            "title",
            "summary",
            "description",
            "sectors",
            "keywords",
            "trl",
            "ip_status",
            "transfer_modes",
            "price_min",
            "price_max",
            "price_negotiable",
            "reference_deployments",
            "region",
            "confidential_details",
            "submit",
        ]


class CloseSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(max_length=2000, help_text=_("Shown to the owner."))


# Interests -------------------------------------------------------------------------------------


class PostBriefSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=POST_KINDS)
    id = serializers.IntegerField()
    title = serializers.CharField()
    organization = OrganizationBriefSerializer()


class ContactSerializer(serializers.Serializer):
    organization = serializers.CharField(source="name")
    contact_name = serializers.CharField()
    contact_phone = serializers.CharField()
    contact_email = serializers.EmailField()


class InterestContactsSerializer(serializers.Serializer):
    sender = ContactSerializer()
    post_owner = ContactSerializer()


class InterestSerializer(serializers.ModelSerializer):
    post = serializers.SerializerMethodField()
    decline_reason = serializers.ChoiceField(choices=Interest.DeclineReason.choices, allow_blank=True, read_only=True)
    from_organization = OrganizationBriefSerializer(read_only=True)
    contacts = serializers.SerializerMethodField(help_text=_("Both sides' contact details, once accepted."))

    class Meta:
        model = Interest
        fields = [
            "id",
            "need",
            "offer",
            "post",
            "from_organization",
            "cooperation",
            "message",
            "questions",
            "about_us",
            "status",
            "decline_reason",
            "decline_note",
            "created_at",
            "decided_at",
            "contacts",
        ]
        read_only_fields = fields

    @extend_schema_field(PostBriefSerializer)
    def get_post(self, obj):
        post = obj.post
        return PostBriefSerializer(
            {"kind": KIND_OF[type(post)], "id": post.pk, "title": post.title, "organization": post.organization}
        ).data

    @extend_schema_field(InterestContactsSerializer(allow_null=True))
    def get_contacts(self, obj):
        if not permissions.can_see_contacts(_user(self), obj):
            return None
        return InterestContactsSerializer({"sender": obj.from_organization, "post_owner": obj.post.organization}).data


class InterestCreateSerializer(serializers.ModelSerializer):
    need = serializers.PrimaryKeyRelatedField(
        queryset=TechnologyNeed.objects.filter(status=PostStatus.PUBLISHED),
        required=False,
        allow_null=True,
        help_text=_("The published need you are interested in (give a need or an offer)."),
    )
    offer = serializers.PrimaryKeyRelatedField(
        queryset=TechnologyOffer.objects.filter(status=PostStatus.PUBLISHED),
        required=False,
        allow_null=True,
        help_text=_("The published offer you are interested in (give a need or an offer)."),
    )
    organization = serializers.PrimaryKeyRelatedField(
        queryset=Organization.objects.all(),
        required=False,
        help_text=_("Your organisation; may be left out when you belong to only one."),
    )

    class Meta:
        model = Interest
        fields = ["need", "offer", "organization", "cooperation", "message", "questions", "about_us"]

    def validate(self, attrs):
        if bool(attrs.get("need")) == bool(attrs.get("offer")):
            raise serializers.ValidationError({"non_field_errors": [_("Give either a need or an offer.")]})
        return attrs


class DeclineSerializer(serializers.Serializer):
    reason = serializers.ChoiceField(choices=Interest.DeclineReason.choices)
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


# Notifications ---------------------------------------------------------------------------------


class NotificationSerializer(serializers.ModelSerializer):
    text = serializers.CharField(read_only=True, help_text=_("In the language of the request."))
    params = serializers.DictField(read_only=True)

    class Meta:
        model = Notification
        fields = ["id", "kind", "text", "params", "url", "created_at", "read_at"]
        read_only_fields = fields


class CountSerializer(serializers.Serializer):
    count = serializers.IntegerField()
