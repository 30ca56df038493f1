import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import NotificationSetting
from .notifications import kind_label

PHONE = re.compile(r"^\+?[0-9][0-9 .\-]{7,18}[0-9]$")


class ProfileForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150, required=False)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    position = forms.CharField(label=_("Position"), max_length=120, required=False)
    language = forms.ChoiceField(label=_("Language of the site, e-mails and notifications"), choices=settings.LANGUAGES)

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise ValidationError(_("Enter a phone number of digits, e.g. 0294 3855 246."))
        return phone


class NotificationSettingsForm(forms.Form):
    """One choice per registered kind of notification."""

    def __init__(self, *args, current: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind, delivery in sorted(current.items(), key=lambda kv: kind_label(kv[0])):
            self.fields[f"kind_{kind}"] = forms.ChoiceField(
                label=kind_label(kind),
                choices=NotificationSetting.Delivery.choices,
                initial=delivery,
                widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
            )

    def deliveries(self) -> dict[str, str]:
        return {name.removeprefix("kind_"): value for name, value in self.cleaned_data.items()}


class PageVersionForm(forms.Form):
    title_vi = forms.CharField(label=_("Title (Vietnamese)"), max_length=200)
    title_en = forms.CharField(label=_("Title (English)"), max_length=200)
    body_vi = forms.CharField(
        label=_("Text (Vietnamese)"),
        widget=forms.Textarea(attrs={"rows": 18}),
        max_length=200_000,
        help_text=_("Markdown: # heading, **bold**, - list, [link](url), ![picture](/static/help/file.png)."),
    )
    body_en = forms.CharField(label=_("Text (English)"), widget=forms.Textarea(attrs={"rows": 18}), max_length=200_000)
    note = forms.CharField(label=_("What changed"), max_length=300, required=False)
    asks_acceptance = forms.BooleanField(
        label=_("Users must accept this version again (a material change)"), required=False
    )


def _legal_links():
    from django.urls import reverse
    from django.utils.html import format_html

    terms = format_html('<a href="{}" target="_blank">{}</a>', reverse("core:page", args=["terms"]), _("terms of use"))
    privacy = format_html(
        '<a href="{}" target="_blank">{}</a>', reverse("core:page", args=["privacy"]), _("privacy policy")
    )
    return format_html(str(_("{terms} and {privacy}")), terms=terms, privacy=privacy)


class AcceptForm(forms.Form):
    accept = forms.BooleanField(label=_("I have read and accept these texts."), required=True)


class SignupForm(forms.Form):
    """allauth's sign-up asks for acceptance of the current terms and privacy policy and records it."""

    accept_terms = forms.BooleanField(required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils.html import format_html

        from .pages import required_versions

        self.required = required_versions()
        if not self.required:
            del self.fields["accept_terms"]
        else:
            self.fields["accept_terms"].label = format_html("{} {}", _("I have read and accept the"), _legal_links())
            self.fields["accept_terms"].error_messages["required"] = _(
                "Please accept the terms of use and the privacy policy to create an account."
            )

    def signup(self, request, user):
        from .pages import acceptances_record

        if self.required:
            acceptances_record(user=user, versions=self.required)
