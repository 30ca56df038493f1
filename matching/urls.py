from django.urls import path

from . import views

app_name = "matching"

urlpatterns = [
    path("", views.my_matches, name="my_matches"),
    path("<int:pk>/feedback/", views.feedback, name="feedback"),
    path("staff/pairs/", views.staff_pairs, name="staff_pairs"),
    path("staff/glossary/", views.staff_glossary, name="staff_glossary"),
    path("staff/glossary/<int:pk>/remove/", views.staff_glossary_remove, name="staff_glossary_remove"),
]
