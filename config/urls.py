from django.urls import include, path

urlpatterns = [
    path("", include("councillor_safety.core.urls")),
    path("accounts/", include("councillor_safety.accounts.urls")),
    path("", include("councillor_safety.incidents.urls")),
    path("", include("councillor_safety.triage.urls")),
    path("", include("councillor_safety.screening.urls")),
    path("", include("councillor_safety.cases.urls")),
    path("", include("councillor_safety.subjects.urls")),
]

handler404 = "councillor_safety.core.views.not_found"
handler403 = "councillor_safety.core.views.forbidden"
handler500 = "councillor_safety.core.views.server_error"
