from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("account/", views.account, name="account"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/read/", views.notification_read, name="notification_read"),
]
