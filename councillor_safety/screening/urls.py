from django.urls import path

from councillor_safety.screening import views

app_name = "screening"

urlpatterns = [
    path("screening/", views.queue, name="queue"),
    path("screening/bulk/", views.bulk, name="bulk"),
    path("screening/import/", views.comments_upload, name="import"),
    path("screening/mailboxes/", views.mailbox_list, name="mailboxes"),
    path("screening/outcomes/", views.outcomes, name="outcomes"),
    path("screening/<uuid:item_id>/", views.item_detail, name="item"),
    path("screening/<uuid:item_id>/<slug:action>/", views.item_action, name="item_action"),
]
