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
