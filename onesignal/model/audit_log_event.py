"""Declaration of the ``AuditLogEvent`` model."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from onesignal.model_utils import Model, declare


class AuditLogEvent(Model):
    """One recorded action in an organization: who did what, to what, when and from where; listed by list_audit_logs."""

    action: Optional[str] = declare(
        doc="What was done, as a dotted name such as 'notification.sent' or 'member.invited'.")
    actor: Optional[AuditLogActor] = declare(doc="Who did it; absent when unknown.")
    app_id: Optional[str] = declare(doc="ID (UUID) of the app concerned; absent for organization-wide events.")
    context: Optional[AuditLogContext] = declare(doc="Where the request came from; absent when not recorded.")
    id: Optional[str] = declare(doc="ID (UUID) of this event.")
    metadata: Optional[Dict[str, Any]] = declare(doc="More details on the event that the other fields do not hold.")
    occurred_at: Optional[str] = declare(
        doc="When it happened, as an RFC 3339 string such as '2026-02-18T12:34:56Z' (kept as the server sent it).")
    organization_id: Optional[str] = declare(doc="ID (UUID) of the organization the event belongs to.")
    targets: Optional[List[AuditLogTarget]] = declare(
        doc="The resources acted on; may be empty for organization-wide events.")
    version: Optional[int] = declare(doc="Version of the event's layout.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.audit_log_actor import AuditLogActor  # noqa: E402
from onesignal.model.audit_log_context import AuditLogContext  # noqa: E402
from onesignal.model.audit_log_target import AuditLogTarget  # noqa: E402
