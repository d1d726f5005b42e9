"""Declaration of the ``AuditLogContext`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class AuditLogContext(Model):
    """Where the request behind an audit log event came from; part of the answer of list_audit_logs.

    The server leaves it out when it recorded no such context.
    """

    country: Optional[str] = declare(doc="Country code that the request's IP address points to.")
    ip: Optional[str] = declare(doc="IP address the request was sent from.")
    metadata: Optional[Dict[str, Any]] = declare(doc="More details on the request context.")
    user_agent: Optional[str] = declare(doc="User agent string of the client that sent the request.")
