from django.contrib import admin
from django.urls import include, path

from core.health import healthz

# Uploaded documents are confidential: they are served only through a permission-checked view,
# never from MEDIA_URL.
urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("api/", include("api.urls")),
    path("matching/", include("matching.urls")),
    path("workshops/", include("events.urls")),
    path("grants/", include("grants.urls")),
    path("", include("core.urls")),
    path("", include("marketplace.urls")),
]
