from django.templatetags.static import static
from drf_spectacular.views import SpectacularSwaggerView


class SwaggerView(SpectacularSwaggerView):
    """Swagger UI from the vendored copy in api/static (no CDN: the platform must work offline)."""

    @staticmethod
    def _swagger_ui_resource(filename):
        return static(f"api/vendor/swagger-ui/{filename}")

    @staticmethod
    def _swagger_ui_favicon():
        return static("api/vendor/swagger-ui/favicon-32x32.png")
