from __future__ import annotations

from django.urls import include, path

urlpatterns: list = [
    path("", include("claims.api.urls")),
    path("", include("sources.api.urls")),
]
