from django.urls import path

from councillor_safety.incidents import views

app_name = "incidents"

urlpatterns = [
    path("report/", views.report_start, name="report_start"),
    path("report/<uuid:draft_id>/in-danger/", views.report_danger, name="report_danger"),
    path("report/<uuid:draft_id>/evidence/", views.report_evidence, name="report_evidence"),
    path(
        "report/<uuid:draft_id>/evidence/<uuid:evidence_id>/remove/",
        views.report_evidence_remove,
        name="report_evidence_remove",
    ),
    path("report/<uuid:draft_id>/check/", views.report_check, name="report_check"),
    path("report/<uuid:draft_id>/<slug:step>/", views.report_step, name="report_step"),
    path("report/sent/<str:reference>/", views.report_done, name="report_done"),
    path("my-reports/", views.my_reports, name="my_reports"),
    path("incidents/", views.inbox, name="inbox"),
    path("incidents/<str:reference>/", views.incident_detail, name="detail"),
    path("incidents/<str:reference>/assign/", views.incident_assign, name="assign"),
    path("incidents/<str:reference>/notes/", views.incident_note, name="note"),
    path(
        "incidents/<str:reference>/status/<slug:transition>/",
        views.incident_transition,
        name="transition",
    ),
    path("evidence/<uuid:evidence_id>/", views.evidence_download, name="evidence_download"),
]
