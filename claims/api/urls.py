from __future__ import annotations

from django.urls import path
from rest_framework.routers import SimpleRouter

from claims.api.views import (
    ArticleViewSet,
    ClaimExportView,
    ClaimReviewFeedView,
    ClaimViewSet,
    EventViewSet,
    ExtractView,
)

router = SimpleRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")
router.register("events", EventViewSet, basename="event")

urlpatterns = [
    path("claims/export.csv", ClaimExportView.as_view(), name="claim-export"),
    path("claimreview/", ClaimReviewFeedView.as_view(), name="claimreview-feed"),
    path("extract/", ExtractView.as_view(), name="extract"),
    *router.urls,
]
