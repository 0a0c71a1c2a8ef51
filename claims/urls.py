"""Public pages of the claims app (the API lives under claims/api/)."""

from __future__ import annotations

from django.urls import path

from claims import views

app_name = "claims"

urlpatterns = [
    path("<int:claim_id>/", views.fact_check, name="fact-check"),
]
