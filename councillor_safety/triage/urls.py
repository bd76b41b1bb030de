from django.urls import path

from councillor_safety.triage import views

app_name = "triage"

urlpatterns = [
    path("triage/", views.queue, name="queue"),
    path("triage/incidents/<str:reference>/", views.incident_triage, name="incident"),
    path("triage/incidents/<str:reference>/assessment/", views.assess, name="assess"),
    path("triage/incidents/<str:reference>/priority/", views.set_priority, name="set_priority"),
    path("triage/incidents/<str:reference>/acknowledge/", views.acknowledge, name="acknowledge"),
    path(
        "triage/incidents/<str:reference>/councillor-updated/",
        views.councillor_updated,
        name="councillor_updated",
    ),
    path("triage/incidents/<str:reference>/refer/", views.refer, name="refer"),
    path(
        "triage/committee-outcomes/<uuid:referral_id>/seen/",
        views.outcome_seen,
        name="outcome_seen",
    ),
    path("triage/pages/<uuid:page_id>/", views.page_detail, name="page"),
    path(
        "triage/pages/<uuid:page_id>/acknowledge/", views.page_acknowledge, name="page_acknowledge"
    ),
    path("triage/on-call/", views.rota, name="rota"),
    path("triage/on-call/<int:shift_id>/remove/", views.shift_remove, name="shift_remove"),
    path("triage/on-call/<int:shift_id>/hand-over/", views.shift_hand_over, name="shift_hand_over"),
    path("triage/policy/", views.policy_view, name="policy"),
    path("triage/policy/edit/", views.policy_edit, name="policy_edit"),
    path("triage/policy/versions/<int:number>/", views.policy_view, name="policy_version"),
    path("committee/", views.committee_list, name="committee"),
    path("committee/<uuid:referral_id>/", views.committee_case, name="committee_case"),
]
