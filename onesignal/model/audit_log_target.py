"""Declaration of the ``AuditLogTarget`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class AuditLogTarget(Model):
    """A resource an audited action was applied to; an item of AuditLogEvent.targets (list_audit_logs)."""

    id: Optional[str] = declare(doc="ID (UUID) of the resource.")
    metadata: Optional[Dict[str, Any]] = declare(doc="More details on the resource, varying with its type.")
    name: Optional[str] = declare(doc="Name shown for the resource, when there is one.")
    type: Optional[str] = declare(doc="Kind of resource, such as 'notification', 'segment', 'journey' or 'app'.")
