from django.http import JsonResponse
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularSwaggerSplitView


class SwaggerView(SpectacularSwaggerSplitView):
    """Swagger UI from the vendored copy in api/static (no CDN: the platform must work offline); its settings
    script is served as a separate request, so the Content-Security-Policy needs no inline script."""

    @staticmethod
    def _swagger_ui_resource(filename):
        return static(f"api/vendor/swagger-ui/{filename}")

    @staticmethod
    def _swagger_ui_favicon():
        return static("api/vendor/swagger-ui/favicon-32x32.png")


@csrf_exempt  # it changes nothing, and a POST to a wrong URL should read "not found", not "CSRF failed"
def not_found(request, *args, **kwargs):
    return JsonResponse({"detail": _("Not found.")}, status=404)
