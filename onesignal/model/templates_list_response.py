"""Declaration of the ``TemplatesListResponse`` model."""
from __future__ import annotations

from typing import List, Optional, TYPE_CHECKING

from onesignal.model_utils import Model, declare

if TYPE_CHECKING:
    from onesignal.model.template_resource import TemplateResource


class TemplatesListResponse(Model):
    """One page of an app's message templates; answer of view_templates (paged by its limit and offset)."""

    _rows_field = "templates"

    templates: Optional[List[TemplateResource]] = declare(doc="The templates of this page, 50 at most.")
