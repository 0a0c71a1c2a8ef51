"""Serializers of the claims API. Output serializers read rows loaded by claims.selectors;
input serializers are strict (unknown fields and wrong types are refused)."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.extraction.types import MEASURES, QUALIFIERS
from claims.models import Claim, Event, Evidence, Verdict
from claims.representation import (
    CLAIM_FIELDS,
    DatetimeText,
    as_float,
    claim_fields,
    claim_values,
    datetime_writer,
    iso_date,
)
from factcheck.api.common import TEXT_PATTERN, StrictCharField, StrictIdField, StrictSerializer, StrictURLField
from sources.api.serializers import SourceBriefSerializer
from sources.models import Article
from sources.services import parse_published

LANGUAGES = ["id", "en"]


class EventBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Event
        fields = ["id", "name"]
        read_only_fields = fields


class EventSerializer(serializers.ModelSerializer):
    keywords = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()), help_text="Keywords per language code."
    )

    class Meta:
        model = Event
        fields = ["id", "name", "keywords", "country", "start_date", "end_date"]
        read_only_fields = fields


class ArticleBriefSerializer(serializers.ModelSerializer):
    source = SourceBriefSerializer()  # type: ignore[assignment]  # the output key `source`, not Field.source

    class Meta:
        model = Article
        fields = ["id", "url", "title", "published_at", "source"]
        read_only_fields = fields


def _article_event(article: Article) -> Event | None:
    try:
        return article.event_link.event
    except Article.event_link.RelatedObjectDoesNotExist:
        return None


class ArticleSerializer(serializers.ModelSerializer):
    source = SourceBriefSerializer()  # type: ignore[assignment]  # the output key `source`, not Field.source
    event = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "language",
            "published_at",
            "ingested_at",
            "source",
            "event",
            "extraction_status",
            "extraction_error",
            "extracted_at",
        ]
        read_only_fields = fields

    @extend_schema_field(EventBriefSerializer(allow_null=True))
    def get_event(self, article: Article) -> dict[str, Any] | None:
        event = _article_event(article)
        return EventBriefSerializer(event).data if event is not None else None


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body"]
        read_only_fields = fields


class EvidenceSerializer(serializers.ModelSerializer):
    claim_id = serializers.IntegerField(read_only=True)
    article_url = serializers.URLField(source="claim.article.url", read_only=True)
    source = serializers.CharField(source="claim.article.source.name", read_only=True)  # type: ignore[assignment]  # the output key `source`, not Field.source
    text = serializers.CharField(source="claim.text", read_only=True)
    low = serializers.FloatField(source="claim.low", read_only=True)
    high = serializers.FloatField(source="claim.high", read_only=True, allow_null=True)
    as_of = serializers.DateField(source="claim.as_of", read_only=True, allow_null=True)

    class Meta:
        model = Evidence
        fields = [
            "claim_id",
            "article_url",
            "source",
            "text",
            "relation",
            "credible",
            "low",
            "high",
            "as_of",
            "explanation",
        ]
        read_only_fields = fields


class VerdictSerializer(serializers.ModelSerializer):
    evidence = EvidenceSerializer(many=True, read_only=True)

    class Meta:
        model = Verdict
        fields = [
            "id",
            "label",
            "confidence",
            "review_state",
            "method_version",
            "computed_at",
            "checked_at",
            "rationale",
            "explanation",
            "evidence",
        ]
        read_only_fields = fields


def _optional_text(help_text: str) -> serializers.CharField:
    return serializers.CharField(read_only=True, allow_null=True, help_text=help_text)


class ClaimSerializer(serializers.ModelSerializer):
    """The claim resource's schema. The API writes it with claim_resource() below, from rows;
    this serializer takes the claim's own fields from the same claim_fields(), and a test
    holds its output and claim_resource()'s equal."""

    article = ArticleBriefSerializer(read_only=True)
    event = EventBriefSerializer(read_only=True, allow_null=True)
    verdict = VerdictSerializer(source="current_verdict", read_only=True, allow_null=True)
    subject = _optional_text("Who or what the figure counts; null when not known.")
    place = _optional_text("The place of an item of a breakdown by place; null for the whole event.")
    unit = _optional_text("The unit named with the figure; null when none.")
    attributed_to = _optional_text("Who the sentence says gave the figure; null when no one.")

    class Meta:
        model = Claim
        fields = [
            "id",
            "article",
            "event",
            *CLAIM_FIELDS,
            "verdict",
        ]
        read_only_fields = fields

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        data: dict[str, Any] = super().to_representation(instance)
        data.update(claim_fields(claim_values(instance)))
        return data


# --- the claim resource from rows -------------------------------------------------------
# The claim list and detail build the claim's JSON from `values()` rows (claims.selectors.
# claim_rows, evidence_rows_by_verdict) instead of model instances, and take the claim's own
# fields from claims.representation.claim_fields, as claim_dict (webhooks, exports, CSV) does.
# ClaimSerializer above is its schema: a test holds the two equal, byte for byte
# (tests/claims/api/test_api_claim_list_rows.py).


def _evidence_data(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim_id": row["claim_id"],
        "article_url": row["claim__article__url"],
        "source": row["claim__article__source__name"],
        "text": row["claim__text"],
        "relation": row["relation"],
        "credible": row["credible"],
        "low": as_float(row["claim__low"]),
        "high": as_float(row["claim__high"]),
        "as_of": iso_date(row["claim__as_of"]),
        "explanation": row["explanation"],
    }


def _verdict_row_data(
    row: dict[str, Any], evidence_by_verdict: dict[int, list[dict[str, Any]]], datetime_text: DatetimeText
) -> dict[str, Any] | None:
    """The current verdict of a claim row, as VerdictSerializer gives it (None: no verdict)."""
    verdict_id = row["current_verdict_id"]
    if verdict_id is None:
        return None
    return {
        "id": verdict_id,
        "label": row["current_verdict__label"],
        "confidence": as_float(row["current_verdict__confidence"]),
        "review_state": row["current_verdict__review_state"],
        "method_version": row["current_verdict__method_version"],
        "computed_at": datetime_text(row["current_verdict__computed_at"]),
        "checked_at": datetime_text(row["current_verdict__checked_at"]),
        "rationale": row["current_verdict__rationale"],
        "explanation": row["current_verdict__explanation"],
        "evidence": [_evidence_data(item) for item in evidence_by_verdict.get(verdict_id, ())],
    }


def claim_resource(
    row: dict[str, Any], evidence_by_verdict: dict[int, list[dict[str, Any]]], datetime_text: DatetimeText
) -> dict[str, Any]:
    """One claim of the API (ClaimSerializer's shape) from its row and its verdict's evidence rows."""
    event_id = row["event_id"]
    return {
        "id": row["id"],
        "article": {
            "id": row["article_id"],
            "url": row["article__url"],
            "title": row["article__title"],
            "published_at": datetime_text(row["article__published_at"]),
            "source": {
                "id": row["article__source_id"],
                "name": row["article__source__name"],
                "domain": row["article__source__domain"],
            },
        },
        "event": None if event_id is None else {"id": event_id, "name": row["event__name"]},
        **claim_fields(row, datetime_text),
        "verdict": _verdict_row_data(row, evidence_by_verdict, datetime_text),
    }


def claim_list_data(
    rows: list[dict[str, Any]], evidence_by_verdict: dict[int, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The API's claims, from their rows and their current verdicts' evidence rows."""
    datetime_text = datetime_writer()
    return [claim_resource(row, evidence_by_verdict, datetime_text) for row in rows]


# --- input ------------------------------------------------------------------------------


# What `published_at` accepts, exactly as the schema says: a date (YYYY-MM-DD) or an RFC 3339
# date-time (with seconds and an offset or Z).
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:[Zz]|[+-]\d{2}:\d{2})")


@extend_schema_field(
    {
        "anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}],
        "nullable": True,
        "description": "Publication date (YYYY-MM-DD) or RFC 3339 date-time (2022-01-07T18:00:00+07:00).",
    }
)
class PublishedField(StrictCharField):
    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if not (_ISO_DATE.fullmatch(value) or _RFC3339.fullmatch(value)):
            raise serializers.ValidationError(
                "Use a date (YYYY-MM-DD) or an RFC 3339 date-time (2022-01-07T18:00:00+07:00)."
            )
        return value


class ArticleCreateSerializer(StrictSerializer):
    """Either `body` (the text, extracted right away) or no body (the URL is fetched)."""

    url = StrictURLField(max_length=2000, help_text="The article's address (http or https); unique.")
    body = StrictCharField(
        required=False,
        trim_whitespace=False,
        schema_pattern=TEXT_PATTERN,
        help_text="The article's text. Leave out to have the URL fetched.",
    )
    title = StrictCharField(required=False, allow_blank=True, max_length=500, default="")
    published_at = PublishedField(required=False, allow_null=True, default=None)
    language = serializers.ChoiceField(choices=LANGUAGES, required=False, allow_null=True, default=None)
    source_name = StrictCharField(
        required=False, allow_blank=True, max_length=200, default="", help_text="Defaults to the URL's domain."
    )
    event = StrictIdField(
        required=False, allow_null=True, default=None, help_text="An existing event id (422 when there is none)."
    )

    def validate_url(self, value: str) -> str:
        if not value.lower().startswith(("http://", "https://")):
            raise serializers.ValidationError("Only http and https URLs are accepted.")
        return value

    def validate_published_at(self, value: str | None) -> str | None:
        try:
            parse_published(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict["published_at"]) from None
        return value

    def validate_body(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError("The body is empty; leave it out to have the URL fetched.")
        return value


class ExtractRequestSerializer(StrictSerializer):
    text = StrictCharField(
        trim_whitespace=False,
        schema_pattern=TEXT_PATTERN,
        max_length=None,
        help_text="The text to read (UTF-8); at most FACTCHECK_EXTRACT_MAX_CHARS characters (else 413).",
    )
    language = serializers.ChoiceField(
        choices=LANGUAGES, required=False, allow_null=True, default=None, help_text="Leave out to detect it."
    )
    published = serializers.DateField(
        required=False, allow_null=True, default=None, help_text="Publication date, for relative dates and as_of."
    )


class ExtractedClaimSerializer(serializers.Serializer):
    text = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    sentence = serializers.CharField()
    measure = serializers.ChoiceField(choices=MEASURES)
    subject = serializers.CharField(allow_null=True)
    place = serializers.CharField(allow_null=True, help_text="Set only for an item of a breakdown by place.")
    value = serializers.FloatField(allow_null=True)
    low = serializers.FloatField()
    high = serializers.FloatField(allow_null=True)
    qualifier = serializers.ChoiceField(choices=QUALIFIERS)
    unit = serializers.CharField(allow_null=True)
    as_of = serializers.DateField(allow_null=True)
    attributed_to = serializers.CharField(allow_null=True)
    language = serializers.CharField()


class ExtractResponseSerializer(serializers.Serializer):
    claims = ExtractedClaimSerializer(many=True)


# --- ClaimReview (documentation only: the body is built by claims.claimreview) ---------


class ClaimReviewOrganizationSerializer(serializers.Serializer):
    def get_fields(self) -> dict[str, serializers.Field]:
        return {"@type": serializers.CharField(), "name": serializers.CharField(), "url": serializers.URLField()}


class ClaimReviewAppearanceSerializer(serializers.Serializer):
    def get_fields(self) -> dict[str, serializers.Field]:
        return {"@type": serializers.CharField(), "url": serializers.URLField()}


class ClaimReviewAuthorSerializer(serializers.Serializer):
    def get_fields(self) -> dict[str, serializers.Field]:
        return {"@type": serializers.CharField(), "name": serializers.CharField()}


class ClaimReviewItemSerializer(serializers.Serializer):
    def get_fields(self) -> dict[str, serializers.Field]:
        return {
            "@type": serializers.CharField(),
            "appearance": ClaimReviewAppearanceSerializer(many=True),
            "author": ClaimReviewAuthorSerializer(),
            "datePublished": serializers.DateField(required=False),
        }


class ClaimReviewRatingSerializer(serializers.Serializer):
    def get_fields(self) -> dict[str, serializers.Field]:
        return {
            "@type": serializers.CharField(),
            "ratingValue": serializers.IntegerField(min_value=1, max_value=5),
            "bestRating": serializers.IntegerField(),
            "worstRating": serializers.IntegerField(),
            "alternateName": serializers.ChoiceField(choices=["False", "Mixed", "Outdated", "Unproven", "True"]),
        }


class ClaimReviewSerializer(serializers.Serializer):
    """schema.org ClaimReview JSON-LD; the rating mapping is in docs/api.md."""

    def get_fields(self) -> dict[str, serializers.Field]:
        return {
            "@context": serializers.CharField(),
            "@type": serializers.CharField(),
            "url": serializers.URLField(),
            "claimReviewed": serializers.CharField(max_length=74),
            "itemReviewed": ClaimReviewItemSerializer(),
            "author": ClaimReviewOrganizationSerializer(),
            "reviewRating": ClaimReviewRatingSerializer(),
            "reviewBody": serializers.CharField(),
            "inLanguage": serializers.CharField(allow_null=True),
            "datePublished": serializers.DateField(),
            "dateModified": serializers.DateTimeField(),
        }
