from django.urls import path

from . import export_views, page_views, views

app_name = "core"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("account/", views.account, name="account"),
    path("pages/<slug:slug>/", page_views.page_detail, name="page"),
    path("pages/<slug:slug>/history/", page_views.page_history, name="page_history"),
    path("pages/<slug:slug>/v<int:number>/", page_views.page_detail, name="page_version"),
    path("legal/accept/", page_views.accept, name="accept"),
    path("staff/pages/", page_views.staff_pages, name="staff_pages"),
    path("staff/pages/<slug:slug>/edit/", page_views.staff_page_edit, name="staff_page_edit"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/read/", views.notification_read, name="notification_read"),
    path("exports/<int:pk>/", export_views.export_status, name="export_status"),
    path("exports/<int:pk>/progress/", export_views.export_progress, name="export_progress"),
    path("exports/<int:pk>/download/", export_views.export_download, name="export_download"),
]
