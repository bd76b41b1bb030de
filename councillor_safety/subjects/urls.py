from django.urls import path

from councillor_safety.subjects import views

app_name = "subjects"

urlpatterns = [
    path("check-before-a-visit/", views.check, name="check"),
    path("subjects/", views.subject_list, name="list"),
    path("subjects/possible-matches/", views.suggestions, name="suggestions"),
    path(
        "subjects/possible-matches/<uuid:public_id>/<slug:decision>/",
        views.suggestion_decide,
        name="suggestion_decide",
    ),
    path("subjects/alerts/", views.alerts, name="alerts"),
    path("subjects/settings/", views.subject_settings, name="settings"),
    path("subjects/alerts/<uuid:public_id>/", views.alert_detail, name="alert"),
    path(
        "subjects/alerts/<uuid:public_id>/acknowledge/",
        views.alert_acknowledge,
        name="alert_acknowledge",
    ),
    path("subjects/register/", views.markers, name="markers"),
    path("subjects/register/<uuid:public_id>/", views.marker_detail, name="marker"),
    path(
        "subjects/register/<uuid:public_id>/approve/", views.marker_approve, name="marker_approve"
    ),
    path(
        "subjects/register/<uuid:public_id>/withdraw/",
        views.marker_withdraw,
        name="marker_withdraw",
    ),
    path("subjects/register/<uuid:public_id>/told/", views.marker_told, name="marker_told"),
    path("subjects/<uuid:public_id>/", views.subject_detail, name="detail"),
    path("subjects/<uuid:public_id>/merge/", views.subject_merge, name="merge"),
    path("subjects/<uuid:public_id>/split/", views.subject_split, name="split"),
    path("subjects/<uuid:public_id>/register/new/", views.marker_new, name="marker_new"),
]
