from __future__ import annotations

from django.urls import include, path

from factcheck.api.views import ApiIndexView

urlpatterns: list = [
    path("", ApiIndexView.as_view(), name="api-index"),
    path("", include("claims.api.urls")),
    path("", include("sources.api.urls")),
]
