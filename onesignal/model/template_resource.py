"""Declaration of the ``TemplateResource`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class TemplateResource(Model):
    """A message template as the server keeps it.

    Answer of create_template, view_template, update_template and copy_template_to_app, and item of view_templates.
    """

    id: Optional[str] = declare(doc="ID (UUID) of the template; give it as template_id to send a notification.")
    name: Optional[str] = declare(doc="Name of the template.")
    created_at: Optional[datetime] = declare(doc="When the template was made.")
    updated_at: Optional[datetime] = declare(doc="When the template was last changed.")
    channel: Optional[str] = declare(
        nullable=True, enum=('push', 'email', 'sms'), doc="Channel the template is for: 'push', 'email' or 'sms'.")
    content: Optional[Dict[str, Any]] = declare(
        doc="The template's content as rendered by the server, with its channel and platform flags.")
