"""API partners: their tokens (admin-managed), their webhooks and the webhook delivery log."""

from __future__ import annotations

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX_CHARS = 8


def token_digest(key: str) -> str:
    """Only a digest of a token is stored, so a leaked database leaks no usable token."""
    return hashlib.sha256(key.encode()).hexdigest()


def webhook_secret_generate() -> str:
    return secrets.token_urlsafe(32)


class Partner(models.Model):
    """A newsroom, platform or extension that uses the API."""

    name = models.CharField(max_length=200, unique=True)
    contact_email = models.EmailField(blank=True)
    is_active = models.BooleanField(default=True, help_text=_("An inactive partner's tokens and webhooks stop."))
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PartnerToken(models.Model):
    """A bearer token; the key itself is shown once, when the admin creates the token."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="tokens")
    name = models.CharField(max_length=100, help_text=_("What the token is for, e.g. 'production app'."))
    prefix = models.CharField(max_length=TOKEN_PREFIX_CHARS, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["partner__name", "-created_at"]

    def __str__(self) -> str:
        return f"{self.partner} / {self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @classmethod
    def generate_key(cls) -> str:
        return secrets.token_urlsafe(32)

    def set_key(self, key: str) -> None:
        self.prefix = key[:TOKEN_PREFIX_CHARS]
        self.digest = token_digest(key)


class Webhook(models.Model):
    """Where a partner wants verdict changes POSTed, signed with the secret."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=2000)
    secret = models.CharField(
        max_length=200,
        default=webhook_secret_generate,
        help_text=_("Shared with the partner; signs each delivery (HMAC-SHA256)."),
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["partner__name", "url"]

    def __str__(self) -> str:
        return f"{self.partner}: {self.url}"

    def clean(self) -> None:
        """Refuse, when the webhook is saved, a URL no delivery could reach: loopback,
        private, link-local or reserved addresses (literal, or what the name resolves to).
        Deliveries check again after DNS (factcheck.http), since a name can change."""
        super().clean()
        webhook_url_validate(self.url)


def webhook_url_validate(url: str) -> None:
    from factcheck.http import FetchRefused, FetchTransientError, resolve_public, url_check

    if not url:
        return
    try:
        _, host, port = url_check(url)
        resolve_public(host, port)
    except FetchRefused as exc:
        raise ValidationError({"url": f"Webhook URLs must be public: {exc}."}) from None
    except FetchTransientError:
        pass  # the name does not resolve now: checked again at each delivery


class WebhookDelivery(models.Model):
    """One verdict sent (or being sent) to one webhook: the log an editor reads in the admin."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("failed")

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="+")
    verdict = models.ForeignKey("claims.Verdict", on_delete=models.CASCADE, related_name="+")
    payload = models.JSONField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    # A worker leases the delivery while it POSTs, so a duplicate task never sends it twice at once.
    leased_until = models.DateTimeField(null=True, blank=True)
    response_status = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            # Exactly one delivery per verdict and webhook, whoever records it first.
            models.UniqueConstraint(fields=["webhook", "verdict"], name="webhook_delivery_once_per_verdict"),
            models.CheckConstraint(
                condition=~Q(status="delivered") | Q(delivered_at__isnull=False), name="webhook_delivered_has_time"
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="webhook_delivery_status_idx")]

    def __str__(self) -> str:
        return f"verdict {self.verdict_id} -> {self.webhook.url} ({self.status})"
