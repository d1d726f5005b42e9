"""The fake's data: apps and, inside each app, users, devices, segments, notifications and the 5.x resources.

Model choices:

* A subscription and a legacy player are the same record (:class:`Device`):
  a player added with ``POST /players`` is listed under its user's
  subscriptions, and a subscription created under a user is visible through
  ``GET /players/{id}``.
* Every device has an owner :class:`User`. Adding a player creates a user
  for it, or joins the user that already holds its ``external_user_id``.
* User-level facts (tags, language, country, amount spent, activity times,
  session counters) live on the user; a player view reads them from there.
* A device is *subscribed* when its ``enabled`` flag is not ``false`` and its
  ``notification_types`` is absent or greater than zero.
* Legacy ``device_type`` numbers map to subscription types through
  ``DEVICE_TYPE_TO_SUBSCRIPTION``; 3 (Windows Phone) and 10 (Alexa) have no
  subscription type and are refused.
* Every app starts with the default segments (``DEFAULT_SEGMENTS``), stored
  read-only with ids derived from the app id, so they can be listed and
  named in journeys like the real ones.
* An app opens with its original key (:attr:`App.key`) and with every API
  key created for it (:attr:`App.api_keys`) that admits the caller's address.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

from onesignal.testing.resources import ApiKey, AuditEvent, CustomEvent, Journey, Template
from onesignal.testing.wire import ApiError, JsonObject

DEVICE_TYPE_TO_SUBSCRIPTION = {
    0: "iOSPush",
    1: "AndroidPush",
    2: "FireOSPush",
    4: "ChromeExtensionPush",
    5: "ChromePush",
    6: "WindowsPush",
    7: "SafariLegacyPush",
    8: "FirefoxPush",
    9: "macOSPush",
    11: "Email",
    13: "HuaweiPush",
    14: "SMS",
    17: "SafariPush",
}
SUBSCRIPTION_TO_DEVICE_TYPE = {name: number for number, name in DEVICE_TYPE_TO_SUBSCRIPTION.items()}
SUBSCRIPTION_TYPES = frozenset(SUBSCRIPTION_TO_DEVICE_TYPE)
DEFAULT_SEGMENTS = ("Subscribed Users", "Active Users", "Inactive Users")
NOTIFICATION_NOT_FOUND = "Notification not found"


def channel_of(subscription_type: str) -> str:
    """The delivery channel of a subscription type: push, email or sms."""
    if subscription_type == "Email":
        return "email"
    if subscription_type == "SMS":
        return "sms"
    return "push"


def new_id() -> str:
    """A fresh identifier in the UUID form the API uses."""
    return str(uuid.uuid4())


def new_key() -> str:
    """A fresh random API key."""
    return secrets.token_urlsafe(32)


def same_key(left: str, right: str) -> bool:
    """Constant-time comparison of two keys (any text, not only ASCII)."""
    return secrets.compare_digest(left.encode("utf-8"), right.encode("utf-8"))


def now() -> int:
    """The current Unix time in whole seconds."""
    return int(time.time())


@dataclass
class User:
    """A user: aliases (set them through :meth:`App.set_aliases`), properties and session counters."""

    onesignal_id: str
    aliases: Dict[str, str] = field(default_factory=dict)
    properties: JsonObject = field(default_factory=dict)
    session_count: int = 0
    session_time: float = 0.0

    def identity(self) -> Dict[str, str]:
        """All aliases including the server-assigned ``onesignal_id``."""
        return {**self.aliases, "onesignal_id": self.onesignal_id}


@dataclass
class Device:
    """A subscription, which is also a legacy player record."""

    id: str
    owner_id: str
    type: str
    fields: JsonObject = field(default_factory=dict)
    created_at: int = field(default_factory=now)

    @property
    def subscribed(self) -> bool:
        """True when notifications may be delivered to this device."""
        types = self.fields.get("notification_types")
        enabled = self.fields.get("enabled") is not False
        return enabled and (not isinstance(types, (int, float)) or types > 0)

    @property
    def token(self) -> Optional[str]:
        """Push token, email address or phone number, when known."""
        value = self.fields.get("token")
        return value if isinstance(value, str) else None


@dataclass
class Segment:
    """A segment with its filter list; ``source`` is "default" for the read-only built-in ones."""

    id: str
    name: str
    filters: List[JsonObject]
    description: Optional[str] = None
    source: str = "custom"
    created_at: int = field(default_factory=now)
    updated_at: int = field(default_factory=now)

    @property
    def read_only(self) -> bool:
        """True for the default segments, which the API does not let anyone change."""
        return self.source == "default"


@dataclass
class NotificationRecord:
    """A created notification: what was asked, who gets it and when."""

    id: str
    app_id: str
    body: JsonObject
    recipient_ids: List[str]
    platforms: Dict[str, int]
    kind: int
    queued_at: int
    send_after: int
    sequence: int
    completed_at: Optional[int] = None
    canceled: bool = False

    @property
    def scheduled(self) -> bool:
        """True while it waits for its ``send_after`` time and was not cancelled."""
        return self.completed_at is None and not self.canceled

    def settle(self, moment: int) -> None:
        """Mark a scheduled notification delivered once its time has come."""
        if self.scheduled and self.send_after <= moment:
            self.completed_at = self.send_after


@dataclass
class LiveActivity:
    """Tokens registered for a Live Activity and the updates pushed to it."""

    app_id: str
    activity_id: str
    tokens: Dict[str, str] = field(default_factory=dict)
    updates: List[JsonObject] = field(default_factory=list)


@dataclass
class App:
    """One OneSignal app and everything stored under it."""

    id: str
    key: str
    settings: JsonObject
    created_at: int = field(default_factory=now)
    updated_at: int = field(default_factory=now)
    users: Dict[str, User] = field(default_factory=dict)
    devices: Dict[str, Device] = field(default_factory=dict)
    segments: Dict[str, Segment] = field(default_factory=dict)
    notifications: Dict[str, NotificationRecord] = field(default_factory=dict)
    first_answers: Dict[Tuple[str, str], JsonObject] = field(default_factory=dict)  # by (key name, key)
    in_app_messages: List[JsonObject] = field(default_factory=list)
    live_activities: Dict[str, LiveActivity] = field(default_factory=dict)
    outcomes: Dict[str, List[float]] = field(default_factory=dict)
    templates: Dict[str, Template] = field(default_factory=dict)
    api_keys: Dict[str, ApiKey] = field(default_factory=dict)
    journeys: Dict[str, Journey] = field(default_factory=dict)
    custom_events: List[CustomEvent] = field(default_factory=list)
    # (label, alias) -> onesignal_id of the holder when the alias was set; entries may be stale (the alias was
    # removed since, or its user deleted), so a hit is checked against the user before it is believed.
    alias_index: Dict[Tuple[str, str], str] = field(default_factory=dict, repr=False)

    def opens_with(self, key: str, client: str) -> bool:
        """True when ``key`` is this app's original key, or one of its API keys allowed from ``client``."""
        if same_key(self.key, key):
            return True
        return any(same_key(token.secret, key) and token.admits(client) for token in self.api_keys.values())

    def find_user(self, label: str, value: str) -> Optional[User]:
        """The user holding alias ``label`` = ``value`` (``onesignal_id`` works too)."""
        if label == "onesignal_id":
            return self.users.get(value)
        user = self.users.get(self.alias_index.get((label, value), ""))
        return user if user is not None and user.aliases.get(label) == value else None

    def set_aliases(self, user: User, aliases: Dict[str, str]) -> None:
        """Give ``user`` these aliases (every alias is set here, so that :meth:`find_user` finds it at once)."""
        user.aliases.update(aliases)
        for label, alias in aliases.items():
            self.alias_index[(label, alias)] = user.onesignal_id

    def user_by_alias(self, label: str, value: str) -> User:
        """Like :meth:`find_user` but answers 404 when nobody holds the alias."""
        user = self.find_user(label, value)
        if user is None:
            raise ApiError(404, f"no user has the alias {label}={value}", "user-not-found")
        return user

    def device(self, device_id: str, what: str = "subscription") -> Device:
        """The device with this id, or a 404 naming ``what`` was looked for."""
        found = self.devices.get(device_id)
        if found is None:
            raise ApiError(404, f"{what} {device_id} does not exist in this app", f"{what}-not-found")
        return found

    def devices_of(self, user: User) -> List[Device]:
        """The devices owned by ``user``, oldest first."""
        return [device for device in self.devices.values() if device.owner_id == user.onesignal_id]

    def owner(self, device: Device) -> User:
        """The user that owns ``device``."""
        return self.users[device.owner_id]

    def notification(self, notification_id: str) -> NotificationRecord:
        """The notification with this id, or a 404."""
        record = self.notifications.get(notification_id)
        if record is None:
            raise ApiError(404, NOTIFICATION_NOT_FOUND, "not-found")
        return record

    def add_user(self) -> User:
        """Create and store an empty user whose activity times are now."""
        moment = now()
        user = User(new_id(), properties={"tags": {}, "first_active": moment, "last_active": moment})
        self.users[user.onesignal_id] = user
        return user


@dataclass(frozen=True)
class ExportFile:
    """An exported file and the moment (on the store's clock) from which it can be downloaded."""

    content: bytes
    ready_at: float


class Store:
    """All apps of one fake server (one organization) plus its exported files and audit log, behind one lock."""

    def __init__(
        self,
        user_key: str,
        app_id: str,
        app_key: str,
        organization_id: Optional[str] = None,
        *,
        export_delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.user_key = user_key
        self.organization_id = organization_id or new_id()
        self.organization_key_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"organization-key:{self.organization_id}"))
        self.secret = new_key()  # signs the e-mail unsubscribe tokens
        self.apps: Dict[str, App] = {}
        self.files: Dict[str, ExportFile] = {}
        self.export_delay = export_delay
        self.sent: List[NotificationRecord] = []
        self.audit_events: List[AuditEvent] = []
        self._sequence = itertools.count(1)
        self.add_app(app_id, app_key, {"name": "Fake OneSignal app"})

    def add_app(self, app_id: str, key: str, settings: JsonObject) -> App:
        """Store a new app under ``app_id``, with the default segments."""
        app = App(app_id, key, settings)
        for name in DEFAULT_SEGMENTS:
            segment_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"segment:{app_id}:{name}"))
            app.segments[segment_id] = Segment(segment_id, name, [], None, "default", app.created_at, app.created_at)
        self.apps[app_id] = app
        return app

    def app_for_key(self, key: str, client: str = "127.0.0.1") -> Optional[App]:
        """The app that ``key`` opens for a caller at address ``client``."""
        for app in self.apps.values():
            if app.opens_with(key, client):
                return app
        return None

    def next_sequence(self) -> int:
        """A number that grows with every notification, for stable ordering."""
        return next(self._sequence)

    def save_file(self, content: bytes, host: str) -> str:
        """Keep an exported file, ready ``export_delay`` seconds from now, and return the URL that serves it."""
        name = f"{new_id()}.csv.gz"
        self.files[name] = ExportFile(content, self.clock() + self.export_delay)
        return f"{host}/exports/{name}"

    def ready_file(self, name: str) -> Optional[ExportFile]:
        """The exported file called ``name`` once its ``export_delay`` has passed; None before, or if unknown."""
        exported = self.files.get(name)
        return exported if exported is not None and self.clock() >= exported.ready_at else None
