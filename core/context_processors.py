from django.conf import settings

from . import roles


def platform(request):
    user = getattr(request, "user", None)
    unread = 0
    if user is not None and user.is_authenticated:
        unread = user.notifications.filter(read_at=None).count()
    return {
        "PLATFORM": settings.PLATFORM,
        "is_staff_user": roles.is_staff(user) if user is not None else False,
        "unread_notifications": unread,
    }
