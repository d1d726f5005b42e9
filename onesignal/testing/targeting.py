"""Who a notification reaches: segments, filters, explicit ids, aliases and channels.

Rules of the fake:

* Built-in segments: "Subscribed Users" (alias "All") is everyone,
  "Active Users" are users seen in the last 7 days, "Inactive Users" the rest.
  Segments created through the API are evaluated from their filters.
* A filter list is split into groups at each ``{"operator": "OR"}``; a device
  matches when every filter of at least one group holds for it. ``!=`` also
  holds when the value is missing; ``>``/``<`` need numbers (dotted versions
  for ``app_version``); ``last_session``/``first_session`` compare hours ago.
* Targets reached through users (segments, filters, external ids, aliases) use
  the notification's channel: ``target_channel`` when given, else e-mail when
  ``email_body`` or ``email_subject`` is set, else push. Explicit
  subscription ids and tokens are restricted only by an explicit ``target_channel``;
  ``email_to`` and ``include_email_tokens`` reach e-mail subscriptions by address.
* Only subscribed devices are counted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Set

from onesignal.testing.state import DEFAULT_SEGMENTS, App, Device, User, channel_of
from onesignal.testing.wire import ApiError, JsonObject, string_list

ACTIVE_WINDOW_SECONDS = 7 * 24 * 3600
EARTH_RADIUS_METRES = 6_371_000
RELATIONS = frozenset({">", "<", "=", "!=", "exists", "not_exists", "time_elapsed_gt", "time_elapsed_lt"})
BUILT_IN_SEGMENTS = frozenset(DEFAULT_SEGMENTS) | {"All"}  # every app's segments, and "All" (= Subscribed Users)
CHANNELS = frozenset({"push", "email", "sms"})
TOKEN_LISTS = (
    "include_ios_tokens",
    "include_wp_wns_uris",
    "include_amazon_reg_ids",
    "include_chrome_reg_ids",
    "include_chrome_web_reg_ids",
    "include_android_reg_ids",
)
PLATFORM_OF_TYPE = {
    "iOSPush": "ios",
    "macOSPush": "ios",
    "AndroidPush": "android",
    "FireOSPush": "android",
    "HuaweiPush": "android",
    "ChromePush": "chrome_web_push",
    "ChromeExtensionPush": "chrome_web_push",
    "FirefoxPush": "firefox_web_push",
    "SafariPush": "safari_web_push",
    "SafariLegacyPush": "safari_web_push",
    "WindowsPush": "edge_web_push",
    "Email": "email",
    "SMS": "sms",
}


@dataclass
class Resolution:
    """The outcome of targeting: recipient ids and the ids that matched nothing."""

    targeted: bool = False
    recipient_ids: List[str] = field(default_factory=list)
    invalid_player_ids: List[str] = field(default_factory=list)
    invalid_external_user_ids: List[str] = field(default_factory=list)

    def platforms(self, app: App) -> Dict[str, int]:
        """How many recipients each delivery platform has."""
        counts: Dict[str, int] = {}
        for device_id in self.recipient_ids:
            platform = PLATFORM_OF_TYPE[app.devices[device_id].type]
            counts[platform] = counts.get(platform, 0) + 1
        return counts


def _number(value: Any) -> Optional[float]:
    """A float for numbers and numeric strings, else None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _version(value: Any) -> Optional[List[int]]:
    """Dotted version text as a list of ints (``"1.10.2"`` -> [1, 10, 2])."""
    parts = str(value).split(".")
    return [int(part) for part in parts] if all(part.isdigit() for part in parts) else None


def _compare(actual: Any, relation: str, expected: Any, moment: int, as_version: bool = False) -> bool:
    """Apply one relation between a stored value and a filter's value.

    ``>`` and ``<`` compare numbers, or dotted versions when ``as_version`` is set.
    """
    if relation == "exists":
        return actual is not None
    if relation == "not_exists":
        return actual is None
    if actual is None:
        return relation == "!="
    left, right = _number(actual), _number(expected)
    if relation in ("=", "!="):
        same = left == right if left is not None and right is not None else str(actual) == str(expected)
        return same == (relation == "=")
    if relation in ("time_elapsed_gt", "time_elapsed_lt"):
        if left is None or right is None:
            return False
        elapsed = moment - left
        return elapsed > right if relation == "time_elapsed_gt" else elapsed < right
    if as_version:
        left_version, right_version = _version(actual), _version(expected)
        if left_version is None or right_version is None:
            return False
        return left_version > right_version if relation == ">" else left_version < right_version
    if left is None or right is None:
        return False
    return left > right if relation == ">" else left < right


def _hours_since(value: Any, moment: int) -> Optional[float]:
    """Hours between a Unix time and ``moment``."""
    when = _number(value)
    return None if when is None else (moment - when) / 3600


def _within_radius(user: User, rule: JsonObject) -> bool:
    """True when the user's last known position lies inside the filter's circle."""
    lat, long = _number(user.properties.get("lat")), _number(user.properties.get("long"))
    centre_lat, centre_long = _number(rule.get("lat")), _number(rule.get("long"))
    radius = _number(rule.get("radius"))
    if lat is None or long is None or centre_lat is None or centre_long is None or radius is None:
        return False
    phi1, phi2 = math.radians(lat), math.radians(centre_lat)
    dlambda = math.radians(centre_long - long)
    chord = math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(chord)) <= radius


FieldReader = Callable[[Device, User, JsonObject, int], Any]
FIELD_READERS: Dict[str, FieldReader] = {
    "tag": lambda device, user, rule, moment: user.properties.get("tags", {}).get(str(rule.get("key"))),
    "language": lambda device, user, rule, moment: user.properties.get("language"),
    "country": lambda device, user, rule, moment: user.properties.get("country"),
    "session_count": lambda device, user, rule, moment: user.session_count,
    "session_time": lambda device, user, rule, moment: user.session_time,
    "amount_spent": lambda device, user, rule, moment: user.properties.get("amount_spent", 0),
    "last_session": lambda device, user, rule, moment: _hours_since(user.properties.get("last_active"), moment),
    "first_session": lambda device, user, rule, moment: _hours_since(user.properties.get("first_active"), moment),
    "app_version": lambda device, user, rule, moment: device.fields.get("app_version"),
}


def validate_filters(value: Any) -> List[JsonObject]:
    """Check a filter list's structure and answer 400 on the first problem."""
    if not isinstance(value, list):
        raise ApiError(400, "filters must be a list")
    for index, rule in enumerate(value):
        if not isinstance(rule, dict):
            raise ApiError(400, "each filter must be a JSON object")
        if "operator" in rule:
            if not isinstance(rule["operator"], str) or rule["operator"] not in ("OR", "AND"):
                raise ApiError(400, f"operator must be OR or AND, got {rule['operator']!r}")
            if index in (0, len(value) - 1) or "operator" in value[index - 1]:
                raise ApiError(400, "an operator must stand between two filters")
            continue
        name = rule.get("field")
        if name == "location":
            continue
        if not isinstance(name, str) or name not in FIELD_READERS:
            raise ApiError(400, f"unsupported filter field {name!r}")
        if not isinstance(rule.get("relation"), str) or rule["relation"] not in RELATIONS:
            raise ApiError(400, f"unsupported filter relation {rule.get('relation')!r}")
        if name == "tag" and not isinstance(rule.get("key"), str):
            raise ApiError(400, "a tag filter needs a string key")
    return value


def _rule_holds(device: Device, user: User, rule: JsonObject, moment: int) -> bool:
    """Evaluate a single (already validated) filter."""
    if rule["field"] == "location":
        return _within_radius(user, rule)
    actual = FIELD_READERS[rule["field"]](device, user, rule, moment)
    expected = rule.get("hours_ago", rule.get("value"))
    return _compare(actual, rule["relation"], expected, moment, rule["field"] == "app_version")


def filters_match(app: App, device: Device, rules: List[JsonObject], moment: int) -> bool:
    """True when some OR-group of ``rules`` holds entirely for ``device``."""
    user = app.owner(device)
    groups: List[List[JsonObject]] = [[]]
    for rule in rules:
        if rule.get("operator") == "OR":
            groups.append([])
        elif "field" in rule:
            groups[-1].append(rule)
    return any(all(_rule_holds(device, user, rule, moment) for rule in group) for group in groups)


def segment_members(app: App, name: str, moment: int) -> Set[str]:
    """Ids of the devices in a built-in or API-created segment."""
    devices = app.devices.values()
    if name in ("Subscribed Users", "All"):
        return {device.id for device in devices}
    if name in ("Active Users", "Inactive Users"):
        wanted = name == "Active Users"
        return {device.id for device in devices if _is_active(app.owner(device), moment) == wanted}
    for segment in app.segments.values():
        if segment.name == name:
            return {device.id for device in devices if filters_match(app, device, segment.filters, moment)}
    raise ApiError(400, f"segment {name!r} does not exist in this app")


def _is_active(user: User, moment: int) -> bool:
    """Seen within the activity window."""
    last = _number(user.properties.get("last_active"))
    return last is not None and moment - last <= ACTIVE_WINDOW_SECONDS


def explicit_channel(body: JsonObject) -> Optional[str]:
    """The explicit ``target_channel``, validated; None when not given."""
    channel = body.get("target_channel")
    if channel is not None and (not isinstance(channel, str) or channel not in CHANNELS):
        raise ApiError(400, "target_channel must be push, email or sms")
    return channel if isinstance(channel, str) else None


class _Resolver:
    """Collects candidate devices for one notification body."""

    def __init__(self, app: App, body: JsonObject, moment: int) -> None:
        self.app = app
        self.body = body
        self.moment = moment
        self.explicit = explicit_channel(body)
        emailish = body.get("email_body") is not None or body.get("email_subject") is not None
        self.user_channel = self.explicit or ("email" if emailish else "push")
        self.result = Resolution()
        self.chosen: Set[str] = set()

    def _take(self, devices: Iterable[Device], channel: Optional[str]) -> None:
        """Add devices, keeping only ``channel`` when one applies."""
        self.chosen.update(device.id for device in devices if channel is None or channel_of(device.type) == channel)

    def segments_and_filters(self) -> None:
        for name in string_list(self.body, "included_segments"):
            self.result.targeted = True
            self._take((self.app.devices[i] for i in segment_members(self.app, name, self.moment)), self.user_channel)
        if self.body.get("filters"):
            rules = validate_filters(self.body["filters"])
            self.result.targeted = True
            matching = (d for d in self.app.devices.values() if filters_match(self.app, d, rules, self.moment))
            self._take(matching, self.user_channel)

    def subscription_ids(self) -> None:
        for key in ("include_player_ids", "include_subscription_ids"):
            for device_id in string_list(self.body, key):
                self.result.targeted = True
                device = self.app.devices.get(device_id)
                if device is None:
                    self.result.invalid_player_ids.append(device_id)
                else:
                    self._take([device], self.explicit)

    def external_ids(self) -> None:
        channel = self.explicit or self.body.get("channel_for_external_user_ids") or self.user_channel
        for external_id in string_list(self.body, "include_external_user_ids"):
            self._by_alias("external_id", external_id, str(channel))

    def aliases(self) -> None:
        aliases = self.body.get("include_aliases")
        if aliases is None:
            return
        if not isinstance(aliases, dict):
            raise ApiError(400, "include_aliases must be an object of alias label to id list")
        for label in aliases:
            for value in string_list(aliases, label):
                self._by_alias(label, value, self.user_channel)

    def _by_alias(self, label: str, value: str, channel: str) -> None:
        self.result.targeted = True
        user = self.app.find_user(label, value)
        if user is not None:
            self._take(self.app.devices_of(user), channel)
        elif label == "external_id":
            self.result.invalid_external_user_ids.append(value)

    def tokens(self) -> None:
        for key, kind in (("email_to", "Email"), ("include_email_tokens", "Email"), ("include_phone_numbers", "SMS")):
            wanted = set(string_list(self.body, key))
            self.result.targeted |= bool(wanted)
            self._take((d for d in self.app.devices.values() if d.type == kind and d.token in wanted), None)
        for key in TOKEN_LISTS:
            wanted = set(string_list(self.body, key))
            self.result.targeted |= bool(wanted)
            self._take((d for d in self.app.devices.values() if d.token in wanted), self.explicit)

    def excluded(self) -> None:
        for name in string_list(self.body, "excluded_segments"):
            self.chosen -= segment_members(self.app, name, self.moment)


def resolve_recipients(app: App, body: JsonObject, moment: int) -> Resolution:
    """Resolve a notification body to subscribed device ids, in creation order."""
    resolver = _Resolver(app, body, moment)
    resolver.segments_and_filters()
    resolver.subscription_ids()
    resolver.external_ids()
    resolver.aliases()
    resolver.tokens()
    resolver.excluded()
    resolver.result.recipient_ids = [
        device.id for device in app.devices.values() if device.id in resolver.chosen and device.subscribed
    ]
    return resolver.result
