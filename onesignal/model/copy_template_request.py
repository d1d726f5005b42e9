"""Declaration of the ``CopyTemplateRequest`` model."""
from __future__ import annotations

from onesignal.model_utils import Model, declare


class CopyTemplateRequest(Model):
    """Body of copy_template_to_app: the app that receives a copy of the template."""

    target_app_id: str = declare(required=True, doc="Required: ID (UUID) of the app the copy goes to.")
