from __future__ import annotations

from rest_framework import serializers

from sources.models import Source


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "domain", "kind", "reliability", "language"]
        read_only_fields = fields


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "domain"]
        read_only_fields = fields
