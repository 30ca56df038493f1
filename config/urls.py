from django.contrib import admin
from django.urls import include, path

from core.health import healthz

# Uploaded documents are confidential: they are served only through a permission-checked view,
# never from MEDIA_URL.
# Friendly pages in the reader's language, with the navigation and a way back (core/errors.py).
handler400 = "core.errors.bad_request"
handler403 = "core.errors.permission_denied"
handler404 = "core.errors.page_not_found"
handler500 = "core.errors.server_error"

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
