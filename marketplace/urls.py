from django.urls import path, register_converter

from .views import connections as views_connections
from .views import members as member_views
from .views import posts as views
from .views import staff_users as staff_user_views


class KindConverter:
    regex = "need|offer"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(KindConverter, "kind")

app_name = "marketplace"

urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("needs/", views.post_list, {"kind": "need"}, name="need_list"),
    path("offers/", views.post_list, {"kind": "offer"}, name="offer_list"),
    path("needs/<int:pk>/", views.post_detail, {"kind": "need"}, name="need_detail"),
    path("offers/<int:pk>/", views.post_detail, {"kind": "offer"}, name="offer_detail"),
    path("<kind:kind>/new/", views.post_create, name="post_create"),
    path("<kind:kind>/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("<kind:kind>/<int:pk>/do/<str:action>/", views.post_action, name="post_action"),
    path("<kind:kind>/<int:pk>/interest/", views.interest_create, name="interest_create"),
    path("documents/<int:pk>/", views.attachment_download, name="attachment_download"),
    path("documents/<int:pk>/delete/", views.attachment_delete, name="attachment_delete"),
    path("organizations/", views.organization_list, name="organization_list"),
    path("organizations/register/", views.organization_register, name="organization_register"),
    path("organizations/<int:pk>/", views.organization_detail, name="organization_detail"),
    path("organizations/<int:pk>/edit/", views.organization_edit, name="organization_edit"),
    path("organizations/<int:pk>/members/", member_views.organization_members, name="organization_members"),
    path(
        "organizations/<int:pk>/members/<int:membership_pk>/role/",
        member_views.membership_role,
        name="membership_role",
    ),
    path(
        "organizations/<int:pk>/members/<int:membership_pk>/remove/",
        member_views.membership_remove,
        name="membership_remove",
    ),
    path(
        "organizations/<int:pk>/invitations/<int:invitation_pk>/cancel/",
        member_views.invitation_cancel,
        name="invitation_cancel",
    ),
    path("invitations/", member_views.invitation_list, name="invitation_list"),
    path("invitations/<str:token>/", member_views.invitation_detail, name="invitation_detail"),
    path("interests/", views.interest_list, name="interest_list"),
    path("interests/<int:pk>/", views.interest_detail, name="interest_detail"),
    path("interests/<int:pk>/<str:action>/", views.interest_answer, name="interest_answer"),
    path("staff/moderation/", views.staff_moderation, name="staff_moderation"),
    path("staff/review/<kind:kind>/<int:pk>/", views.staff_review, name="staff_review"),
    path("staff/organizations/", views.staff_organizations, name="staff_organizations"),
    path("staff/organizations/<int:pk>/verify/", views.staff_organization_verify, name="staff_organization_verify"),
    path("staff/users/", staff_user_views.staff_user_list, name="staff_user_list"),
    path("staff/users/<int:pk>/", staff_user_views.staff_user_detail, name="staff_user_detail"),
    path("staff/users/<int:pk>/action/", staff_user_views.staff_user_action, name="staff_user_action"),
    path("staff/organization-changes/<int:pk>/", views.staff_organization_change, name="staff_organization_change"),
    path("connections/", views_connections.connection_list, name="connection_list"),
    path("connections/<int:pk>/", views_connections.connection_detail, name="connection_detail"),
    path("connections/<int:pk>/do/<str:action>/", views_connections.connection_action, name="connection_action"),
    path(
        "connections/<int:pk>/document/<str:which>/", views_connections.connection_document, name="connection_document"
    ),
    path("connections/files/<int:pk>/", views_connections.connection_attachment, name="connection_attachment"),
    path("staff/connections/", views_connections.connection_board, name="connection_board"),
    path("staff/connections/export.<str:fmt>", views_connections.connection_export, name="connection_export"),
    path("staff/connections/introduce/", views_connections.connection_introduce, name="connection_introduce"),
]
