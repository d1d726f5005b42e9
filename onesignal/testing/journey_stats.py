"""Journey stats, computed from the journey, the app's users and the clock: the same state gives the same figures.

How the fake moves users through a journey:

* Nobody enters before the journey was activated (``started_at`` set). The
  audience is then the users with a subscribed device in the included
  segments and none in the excluded ones (kind "segment"), or the users with
  a custom event of the audience's name (kind "event_trigger"); nobody when
  ``future_additions_only`` is set.
* Users flow through the nodes in order. A ``wait`` node holds them until
  ``duration_seconds`` after activation; a ``wait_until`` node until its
  expiration (then they go on, or end the journey when ``exits`` is set). Other
  nodes pass them on at once.
* ``split_range`` splits users (in id order) by the branch weights;
  ``yes_no`` sends users matching the first branch's condition there and the
  rest to the second. A condition matches users in its segments
  (segment_membership), users with a custom event of its name
  (event_trigger), or, for on_notification_action, everybody on "received"
  and nobody on "clicked" or "opened".
* Send nodes count as sent (and delivered) the users with a subscribed device
  on their channel; in-app messages and webhooks count every user.
* Once archived, users still held at a node count as exited early.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Set

from onesignal.testing.dates import parse_iso
from onesignal.testing.journeys import walk
from onesignal.testing.resources import Journey
from onesignal.testing.state import App, channel_of, now
from onesignal.testing.targeting import segment_members
from onesignal.testing.wire import JsonObject

HOLDING = ("wait", "wait_until")
SENDING = {"send_push": "push", "send_email": "email", "send_sms": "sms", "send_iam": None, "send_webhook": None}


class _Flow:
    """Moves sets of user ids through one journey's graph and collects the counts."""

    def __init__(self, app: App, elapsed: int, archived: bool) -> None:
        self.app = app
        self.elapsed = elapsed
        self.archived = archived
        self.moment = now()
        self.nodes: Dict[str, JsonObject] = {}
        self.branches: Dict[str, JsonObject] = {}
        self.held = 0

    def segment_users(self, segment_ids: List[str]) -> Set[str]:
        """Owners of subscribed devices in any of the segments."""
        users: Set[str] = set()
        for segment_id in segment_ids:
            segment = self.app.segments.get(segment_id)
            if segment is None:
                continue
            for device_id in segment_members(self.app, segment.name, self.moment):
                device = self.app.devices[device_id]
                if device.subscribed:
                    users.add(device.owner_id)
        return users

    def event_users(self, name: Optional[str]) -> Set[str]:
        """Existing users with a custom event called ``name``."""
        users: Set[str] = set()
        for event in self.app.custom_events:
            if event.name != name:
                continue
            user = self.app.users.get(event.onesignal_id or "") or self.app.find_user(
                "external_id", event.external_id or ""
            )
            if user is not None:
                users.add(user.onesignal_id)
        return users

    def audience(self, audience: JsonObject) -> Set[str]:
        if audience.get("future_additions_only"):
            return set()
        if audience.get("kind") == "event_trigger":
            return self.event_users(audience.get("name"))
        included = self.segment_users(list(audience.get("included_segment_ids") or []))
        return included - self.segment_users(list(audience.get("excluded_segment_ids") or []))

    def prefill(self, nodes: List[JsonObject]) -> None:
        """Zero stats for every node and branch, so the ones nobody reached are listed too."""
        for node in walk(nodes):
            stats: JsonObject = {"kind": node["kind"], "waiting": 0, "completed": 0, "exited_early": 0}
            if node["kind"] in SENDING:
                stats["message_stats"] = {"totals": {"sent": 0, "delivered": 0}}
            self.nodes[str(node["id"])] = stats
            self.branches.update((str(branch["id"]), {"completed": 0}) for branch in node.get("branches") or [])

    def run(self, nodes: List[JsonObject], users: Set[str]) -> Set[str]:
        """Users that come out of the end of ``nodes``."""
        for node in nodes:
            users = self.step(node, users)
        return users

    def step(self, node: JsonObject, users: Set[str]) -> Set[str]:
        kind = str(node["kind"])
        stats = self.nodes[str(node["id"])]
        if kind in HOLDING and not self.released(node):
            stats["exited_early" if self.archived else "waiting"] = len(users)
            self.held += len(users)
            return set()
        stats["completed"] = len(users)
        if kind in SENDING:
            sent = self.reachable(users, SENDING[kind])
            stats["message_stats"] = {"totals": {"sent": sent, "delivered": sent}}
        if kind == "wait_until" and (node.get("expiration") or {}).get("exits"):
            return set()
        if kind in ("split_range", "yes_no"):
            return self.branch_out(node, users)
        return users

    def released(self, node: JsonObject) -> bool:
        """True once a holding node lets its users go (a wait_until without expiration never does)."""
        source = node if node["kind"] == "wait" else node.get("expiration") or {}
        duration = source.get("duration_seconds")
        return isinstance(duration, int) and self.elapsed >= duration

    def reachable(self, users: Set[str], channel: Optional[str]) -> int:
        """How many of ``users`` have a subscribed device on ``channel`` (everyone when None)."""
        if channel is None:
            return len(users)
        owners = {d.owner_id for d in self.app.devices.values() if d.subscribed and channel_of(d.type) == channel}
        return len(users & owners)

    def branch_out(self, node: JsonObject, users: Set[str]) -> Set[str]:
        branches: List[JsonObject] = list(node.get("branches") or [])
        shares = self.split(branches, users) if node["kind"] == "split_range" else self.decide(branches, users)
        leaving: Set[str] = set()
        for branch, share in zip(branches, shares):
            self.branches[str(branch["id"])] = {"completed": len(share)}
            leaving |= self.run(list(branch.get("nodes") or []), share)
        return leaving

    def split(self, branches: List[JsonObject], users: Set[str]) -> List[Set[str]]:
        """Users in id order, cut by weight (largest remainder first for what rounding leaves)."""
        ordered = sorted(users)
        exact = [len(ordered) * float(branch.get("weight", 0)) / 100 for branch in branches]
        sizes = [math.floor(value) for value in exact]
        by_remainder = sorted(range(len(exact)), key=lambda i: (sizes[i] - exact[i], i))
        for index in by_remainder[: len(ordered) - sum(sizes)]:
            sizes[index] += 1
        shares, start = [], 0
        for size in sizes:
            shares.append(set(ordered[start : start + size]))
            start += size
        return shares

    def decide(self, branches: List[JsonObject], users: Set[str]) -> List[Set[str]]:
        """yes_no: the first branch takes the users its condition matches, the second the others."""
        matching = users & self.matches(branches[0].get("condition") or {}, users)
        return [matching, users - matching]

    def matches(self, condition: JsonObject, users: Set[str]) -> Set[str]:
        kind = condition.get("kind")
        if kind == "segment_membership":
            included = self.segment_users(list(condition.get("included_segment_ids") or []))
            return included - self.segment_users(list(condition.get("excluded_segment_ids") or []))
        if kind == "event_trigger":
            return self.event_users(condition.get("name"))
        if kind == "on_notification_action" and condition.get("action") == "received":
            return set(users)
        return set()


def journey_stats(app: App, journey: Journey) -> JsonObject:
    """The JourneyStats of a journey at this moment."""
    document = journey.document
    started_at = document.get("started_at")
    started = parse_iso(started_at, "started_at") if isinstance(started_at, str) else None
    flow = _Flow(app, 0 if started is None else now() - started, document.get("state") == "archived")
    entered = flow.audience(document.get("audience") or {}) if started is not None else set()
    nodes = list(document.get("nodes") or [])
    flow.prefill(nodes)
    finished = flow.run(nodes, entered)
    return {
        "id": journey.id,
        "started": len(entered),
        "completed": len(finished),
        "exited_early": flow.held if flow.archived else 0,
        "nodes": flow.nodes,
        "branches": flow.branches,
    }
