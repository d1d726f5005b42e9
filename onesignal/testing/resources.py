"""Records of the resources the 5.x API added: templates, app API keys, journeys, custom events, audit events.

They live inside an :class:`~onesignal.testing.state.App` (or, for audit
events, the :class:`~onesignal.testing.state.Store`); handlers set every
field, so this module needs nothing from the rest of the fake.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field
from typing import List, Optional

from onesignal.testing.wire import JsonObject

IP_ALLOWLIST_MODES = ("disabled", "explicit")
FORMATTED_TOKEN_PREFIX = "os_v2_app_"


def new_formatted_token() -> str:
    """A fresh secret in the shape of the API's app keys (``os_v2_app_`` and lower-case base32)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    return FORMATTED_TOKEN_PREFIX + "".join(secrets.choice(alphabet) for _ in range(56))


@dataclass
class Template:
    """A message template of one app; ``content`` keeps the texts and channel flags as sent."""

    id: str
    app_id: str
    name: str
    channel: str
    content: JsonObject
    created_at: int
    updated_at: int


@dataclass
class ApiKey:
    """An app API key created with ``POST /apps/{app_id}/auth/tokens``; ``secret`` is what clients send."""

    token_id: str
    app_id: str
    name: str
    secret: str
    ip_allowlist_mode: str
    ip_allowlist: List[str]
    created_at: int
    updated_at: int

    def admits(self, client: str) -> bool:
        """True when a request from address ``client`` may use this key."""
        if self.ip_allowlist_mode != "explicit":
            return True
        try:
            address = ipaddress.ip_address(client)
        except ValueError:
            return False
        return any(address in ipaddress.ip_network(entry, strict=False) for entry in self.ip_allowlist)


@dataclass
class CustomEvent:
    """One event recorded with ``POST /apps/{app_id}/custom_events``."""

    app_id: str
    name: str
    external_id: Optional[str]
    onesignal_id: Optional[str]
    timestamp: str
    payload: JsonObject = field(default_factory=dict)


@dataclass
class Journey:
    """A journey: its document in the API's Journey shape (without the derived fields) and its version."""

    id: str
    app_id: str
    sequence: int
    document: JsonObject
    version: int = 1


@dataclass
class AuditEvent:
    """One organization-key action the fake performed, as listed by ``GET .../audit_logs``."""

    id: str
    sequence: int
    action: str
    occurred_at: int
    app_id: Optional[str]
    targets: List[JsonObject]
    metadata: JsonObject
    ip: str
    user_agent: str
