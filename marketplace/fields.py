from django import forms
from django.core import exceptions
from django.db import models
from django.utils.text import capfirst


class MultiChoiceField(models.CharField):
    """A set of choice codes stored as ",a,b," so that "has code x" is a plain, portable
    `__contains=",x,"` lookup on SQLite and PostgreSQL alike."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 200:
            del kwargs["max_length"]
        return name, path, args, kwargs

    @staticmethod
    def _to_list(value) -> list[str]:
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [code for code in value.split(",") if code]
        return list(value)

    def from_db_value(self, value, expression, connection):
        return self._to_list(value)

    def to_python(self, value):
        return self._to_list(value)

    def get_prep_value(self, value):
        if isinstance(value, str):  # a lookup value such as ",licence,"
            return value
        codes = self._to_list(value)
        return f",{','.join(codes)}," if codes else ""

    def validate(self, value, model_instance):
        valid = {str(code) for code, _ in self.flatchoices}
        for code in self._to_list(value):
            if code not in valid:
                raise exceptions.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": code}
                )
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.choices,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        return forms.TypedMultipleChoiceField(**{k: v for k, v in defaults.items() if k != "form_class"})
