"""Declaration of the ``AuditLogActor`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class AuditLogActor(Model):
    """Who did what an audit log event records (a team member, an API key, the system); part of list_audit_logs.

    The server leaves it out when it does not know who acted.
    """

    email: Optional[str] = declare(doc="Email address of whoever acted, when there is one.")
    id: Optional[str] = declare(doc="ID (UUID) of whoever acted.")
    metadata: Optional[Dict[str, Any]] = declare(doc="More details on the actor, varying with its type.")
    name: Optional[str] = declare(doc="Name shown for the actor, when there is one.")
    type: Optional[str] = declare(doc="Kind of actor, such as 'member', 'api_key' or 'system'.")
