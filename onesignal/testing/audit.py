"""The organization's audit log: what organization-key requests changed, and its AuditLogEvent shape.

Recorded actions: ``app.created``, ``app.updated``, ``api_key.created``,
``api_key.updated``, ``api_key.rotated``, ``api_key.deleted`` and
``template.copied``. The actor is the organization API key (type ``api_key``,
id :attr:`Store.organization_key_id`); the context holds the caller's address
and User-Agent.
"""

from __future__ import annotations

from typing import Optional

from onesignal.testing.dates import rfc3339
from onesignal.testing.resources import AuditEvent
from onesignal.testing.state import Store, new_id, now
from onesignal.testing.wire import Call, JsonObject

EVENT_VERSION = 1


def record(
    call: Call,
    action: str,
    app_id: Optional[str],
    target: JsonObject,
    metadata: Optional[JsonObject] = None,
) -> None:
    """Append one event for the request being handled; ``target`` is an AuditLogTarget."""
    store = call.store
    event = AuditEvent(
        id=new_id(),
        sequence=store.next_sequence(),
        action=action,
        occurred_at=now(),
        app_id=app_id,
        targets=[target],
        metadata=dict(metadata or {}),
        ip=call.client,
        user_agent=call.header("User-Agent") or "",
    )
    store.audit_events.append(event)


def target(kind: str, target_id: str, name: Optional[str] = None) -> JsonObject:
    """An AuditLogTarget; ``name`` is left out when unknown, as the API does."""
    found: JsonObject = {"type": kind, "id": target_id, "metadata": {}}
    if name is not None:
        found["name"] = name
    return found


def event_view(store: Store, event: AuditEvent) -> JsonObject:
    """An event in the AuditLogEvent shape."""
    view: JsonObject = {
        "id": event.id,
        "action": event.action,
        "occurred_at": rfc3339(event.occurred_at),
        "organization_id": store.organization_id,
        "actor": {
            "type": "api_key",
            "id": store.organization_key_id,
            "name": "Organization API key",
            "metadata": {},
        },
        "context": {"ip": event.ip, "user_agent": event.user_agent, "metadata": {}},
        "targets": [dict(item) for item in event.targets],
        "metadata": dict(event.metadata),
        "version": EVENT_VERSION,
    }
    if event.app_id is not None:
        view["app_id"] = event.app_id
    return view
