from django.urls import path

from councillor_safety.cases import views

app_name = "cases"

urlpatterns = [
    path("cases/", views.case_list, name="list"),
    path("cases/new/", views.case_open, name="open"),
    path("cases/<str:reference>/", views.case_detail, name="detail"),
    path("cases/<str:reference>/incidents/", views.case_add_incidents, name="add_incidents"),
    path(
        "cases/<str:reference>/status/<slug:transition>/",
        views.case_transition,
        name="transition",
    ),
    path("cases/<str:reference>/next-update/", views.case_next_update, name="next_update"),
    path("cases/<str:reference>/tasks/", views.task_add, name="task_add"),
    path("cases/<str:reference>/tasks/<int:task_id>/done/", views.task_done, name="task_done"),
    path("cases/<str:reference>/notes/", views.note_add, name="note"),
    path("cases/<str:reference>/actions/new/", views.action_new, name="action_new"),
    path(
        "cases/<str:reference>/actions/<int:action_id>/status/",
        views.action_move,
        name="action_move",
    ),
    path("cases/<str:reference>/letters/new/", views.letter_new, name="letter_new"),
    path("cases/<str:reference>/share/", views.share_new, name="share_new"),
    path("cases/<str:reference>/evidence-pack/", views.pack_create, name="pack_create"),
    path("letters/<uuid:letter_id>/", views.letter_detail, name="letter"),
    path("letters/<uuid:letter_id>/submit/", views.letter_submit, name="letter_submit"),
    path("letters/<uuid:letter_id>/approve/", views.letter_approve, name="letter_approve"),
    path("letters/<uuid:letter_id>/return/", views.letter_return, name="letter_return"),
    path("letters/<uuid:letter_id>/sent/", views.letter_sent, name="letter_sent"),
    path("letters/<uuid:letter_id>/<slug:kind>/", views.letter_file, name="letter_file"),
    path("shares/<uuid:share_id>/", views.share_detail, name="share"),
    path("shares/<uuid:share_id>/revoke/", views.share_revoke, name="share_revoke"),
    path("shares/<uuid:share_id>/reply/", views.share_reply, name="share_reply"),
    path("evidence-packs/<uuid:pack_id>/", views.pack_download, name="pack_download"),
    path("police-liaison/", views.liaison, name="liaison"),
    path("police-liaison/meeting-pack/", views.liaison_pack, name="liaison_pack"),
    path("police-liaison/meetings/", views.liaison_meeting, name="liaison_meeting"),
    path("police/", views.police_home, name="police_home"),
    path("police/shares/<uuid:share_id>/", views.police_share, name="police_share"),
    path("police/shares/<uuid:share_id>/add/", views.police_add, name="police_add"),
    path(
        "police/shares/<uuid:share_id>/evidence/<uuid:evidence_id>/",
        views.police_evidence,
        name="police_evidence",
    ),
    path("case-library/", views.template_list, name="library"),
    path("case-library/letter-templates/new/", views.template_edit, name="template_new"),
    path(
        "case-library/letter-templates/<int:template_id>/",
        views.template_edit,
        name="template_edit",
    ),
    path("case-library/advice/new/", views.advice_edit, name="advice_new"),
    path("case-library/advice/<int:article_id>/", views.advice_edit, name="advice_edit"),
]
