"""Declaration of the ``TemplatesListResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class TemplatesListResponse(Model):
    """One page of an app's message templates; answer of view_templates (paged by its limit and offset)."""

    _rows_field = "templates"

    templates: Optional[List[TemplateResource]] = declare(doc="The templates of this page, 50 at most.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.template_resource import TemplateResource  # noqa: E402
