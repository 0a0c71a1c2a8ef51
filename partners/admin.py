from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import URLField
from django.utils.translation import gettext_lazy as _

from partners import services
from partners.models import Partner, PartnerToken, Webhook, WebhookDelivery


class PartnerTokenInline(admin.TabularInline):
    model = PartnerToken
    extra = 0
    fields = ["name", "prefix", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["name", "prefix", "created_at", "last_used_at", "revoked_at"]
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # tokens are made on their own page, where the key is shown once


class WebhookInline(admin.TabularInline):
    model = Webhook
    extra = 0
    fields = ["url", "is_active", "created_at"]
    readonly_fields = ["created_at"]
    show_change_link = True


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "contact_email", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["name", "contact_email"]
    inlines = [PartnerTokenInline, WebhookInline]


@admin.register(PartnerToken)
class PartnerTokenAdmin(admin.ModelAdmin):
    list_display = ["partner", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["partner", ("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["partner__name", "name", "prefix"]
    readonly_fields = ["prefix", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["partner", "name"]
        return ["partner", "name", "prefix", "created_at", "last_used_at", "revoked_at"]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["partner", *self.readonly_fields]

    def save_model(self, request, obj, form, change) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        key = PartnerToken.generate_key()
        obj.set_key(key)
        super().save_model(request, obj, form, change)
        messages.warning(
            request,
            _("The token's key is shown only this once; give it to the partner now: %(key)s") % {"key": key},
        )

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request, queryset) -> None:
        count = services.partner_tokens_revoke(token_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, _("%(count)d token(s) revoked.") % {"count": count})


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    formfield_overrides = {URLField: {"assume_scheme": "https"}}  # an address typed without a scheme (Django 6 default)
    list_display = ["partner", "url", "is_active", "created_at"]
    list_filter = ["is_active", "partner"]
    search_fields = ["partner__name", "url"]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "webhook",
        "claim_id",
        "verdict_id",
        "status",
        "attempts",
        "response_status",
        "created_at",
        "delivered_at",
    ]
    list_filter = ["status", "webhook__partner"]
    search_fields = ["webhook__url", "webhook__partner__name", "last_error"]
    list_select_related = ["webhook__partner"]
    readonly_fields = [field.name for field in WebhookDelivery._meta.fields]
    actions = ["send_again"]

    def has_add_permission(self, request) -> bool:
        return False  # deliveries are recorded by the verdict changes themselves

    @admin.action(description=_("Send the selected failed deliveries again"))
    def send_again(self, request, queryset) -> None:
        count = services.deliveries_resend(delivery_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, _("%(count)d deliveries sent again.") % {"count": count})
