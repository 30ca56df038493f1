from django import forms

from .models import GlossaryTerm


class GlossaryTermForm(forms.ModelForm):
    class Meta:
        model = GlossaryTerm
        fields = ["vi", "en", "note"]
        widgets = {f: forms.TextInput(attrs={"class": "form-control"}) for f in ("vi", "en", "note")}
