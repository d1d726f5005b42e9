"""Declaration of the ``ListAuditLogsSuccessResponse`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Model, declare


class ListAuditLogsSuccessResponse(Model):
    """One page of an organization's audit log events; answer of list_audit_logs.

    Pages are chained by cursor: while has_more is true, pass next_cursor as the cursor of the next call.
    """

    _rows_field = "audit_logs"

    audit_logs: Optional[List[AuditLogEvent]] = declare(doc="The events of this page, oldest first.")
    has_more: Optional[bool] = declare(doc="True when more events follow this page.")
    next_cursor: Optional[str] = declare(
        doc="Opaque value to pass as cursor to get the next page; given only when has_more is true.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.audit_log_event import AuditLogEvent  # noqa: E402
