"""FakeOneSignal journeys over raw HTTP: create, list with cursors, view, update, nodes, duplicate, delete, stats."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from fake_client import Client

WAIT = {"kind": "wait", "duration_seconds": 3600, "client_node_id": "pause"}


def base(client: Client) -> str:
    return f"/apps/{client.fake.app_id}/journeys"


def template_id(client: Client, channel: str = "push") -> str:
    flags = {"email": {"isEmail": True}, "sms": {"isSMS": True}}.get(channel, {})
    answer = client.call("POST", "/templates", {"app_id": client.fake.app_id, "name": channel,
                                                "contents": {"en": "Hi"}, **flags})
    found: str = answer.body["id"]
    return found


def segment_id(client: Client, name: str = "Subscribed Users") -> str:
    segments = client.call("GET", f"/apps/{client.fake.app_id}/segments").body["segments"]
    found: str = next(s["id"] for s in segments if s["name"] == name)
    return found


def audience(client: Client) -> Dict[str, Any]:
    return {"kind": "segment", "included_segment_ids": [segment_id(client)]}


def create(client: Client, **fields: Any) -> Dict[str, Any]:
    answer = client.call("POST", base(client), {"name": "Onboarding", **fields})
    assert answer.status == 201, answer.body
    body: Dict[str, Any] = answer.body
    return body


def test_create_and_view_a_draft_journey(client: Client) -> None:
    push = template_id(client)
    created = create(client, description="Welcome flow", audience=audience(client),
                     nodes=[{"kind": "send_push", "template_id": push}, WAIT])
    assert created == {
        "id": created["id"],
        "app_id": client.fake.app_id,
        "name": "Onboarding",
        "description": "Welcome flow",
        "state": "draft",
        "created_at": created["created_at"],
        "updated_at": created["created_at"],
        "started_at": None,
        "archived_at": None,
        "created_source": "public_api",
        "audience": audience(client),
        "nodes": [
            {"kind": "send_push", "template_id": push, "id": created["nodes"][0]["id"]},
            {**WAIT, "id": created["nodes"][1]["id"]},
        ],
        "concurrency_key": created["concurrency_key"],
    }
    assert created["nodes"][0]["id"] != created["nodes"][1]["id"]
    viewed = client.call("GET", f"{base(client)}/{created['id']}")
    assert (viewed.status, viewed.body) == (200, created)
    assert client.fake.journeys == [created]
    assert create(client, name="Bare")["description"] == ""


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"name": None}, "name is required and must be a non-empty string"),
        ({"name": "x" * 301}, "name must be at most 300 characters"),
        ({"state": "active"}, "state is read-only or unknown and cannot be sent"),
        ({"id": "mine"}, "id is read-only or unknown and cannot be sent"),
        ({"audience": {"kind": "everyone"}}, "audience.kind must be one of segment, event_trigger, got 'everyone'"),
        ({"audience": {"kind": "segment", "included_segment_ids": ["nope"]}},
         "audience.included_segment_ids: segment nope does not exist in this app"),
        ({"audience": {"kind": "event_trigger"}}, "audience.name is required and must be a non-empty string"),
        ({"reentry_rules": {"duration_seconds": 60}}, "reentry_rules.duration_seconds must be an integer at least 600"),
        ({"schedule": {"start_at": "tomorrow"}},
         "schedule.start_at must be an ISO 8601 time such as 2025-01-01T00:00:00Z, got 'tomorrow'"),
        ({"nodes": [{"kind": "jump"}]},
         "nodes[0].kind must be one of wait, time_window, send_push, send_email, send_sms, send_iam, send_webhook, "
         "tag, split_range, yes_no, wait_until, got 'jump'"),
        ({"nodes": [{"kind": "wait", "id": "n1", "duration_seconds": 60}]},
         "nodes[0].id is assigned by the server and cannot be sent on create"),
        ({"nodes": [{"kind": "wait"}]}, "nodes[0]: a wait node needs duration_seconds"),
        ({"nodes": [{"kind": "wait", "duration_seconds": 59}]},
         "nodes[0].duration_seconds must be an integer from 60 to 31556952"),
        ({"nodes": [{"kind": "send_push", "template_id": "nope"}]},
         "nodes[0]: template nope does not exist in this app"),
        ({"nodes": [{"kind": "send_iam"}]}, "nodes[0].iam_id is required and must be a non-empty string"),
        ({"nodes": [{"kind": "tag"}]}, "nodes[0]: a tag node needs assignments"),
        ({"nodes": [WAIT, WAIT]}, "nodes[1].client_node_id 'pause' is used twice in this journey"),
        ({"nodes": [{"kind": "yes_no", "branches": [{}]}]}, "nodes[0]: a yes_no node needs exactly 2 branches"),
        ({"nodes": [{"kind": "split_range", "branches": [{"weight": 50}, {"weight": 40}]}]},
         "nodes[0]: split_range branch weights must be numbers that sum to 100"),
        ({"nodes": [{"kind": "tag", "assignments": {"a": "b"}, "branches": [{}]}]},
         "nodes[0]: only split_range, yes_no and wait_until nodes have branches"),
        ({"nodes": [{"kind": "yes_no", "branches": [{"condition": {"kind": "coin"}}, {}]}]},
         "nodes[0].branches[0].condition.kind must be one of segment_membership, on_notification_action, "
         "event_trigger, got 'coin'"),
    ],
)
def test_bad_journeys_are_400(client: Client, fields: Dict[str, Any], message: str) -> None:
    answer = client.call("POST", base(client), {"name": "J", **fields})
    assert (answer.status, answer.body) == (400, {"errors": [message]})
    assert client.fake.journeys == []


def test_send_nodes_need_a_template_of_their_channel(client: Client) -> None:
    push = template_id(client, "push")
    answer = client.call("POST", base(client), {"name": "J", "nodes": [{"kind": "send_email", "template_id": push}]})
    assert (answer.status, answer.body) == (400, {"errors": ["nodes[0]: a send_email node needs a email template"]})
    assert create(client, nodes=[{"kind": "send_email", "template_id": template_id(client, "email")}])


def test_list_newest_first_with_cursor_paging_fetches_each_journey_once(client: Client) -> None:
    ids = [create(client, name=f"J{n}", audience=audience(client))["id"] for n in range(5)]
    seen: List[str] = []
    path = f"{base(client)}?limit=2"
    while True:
        page = client.call("GET", path)
        assert page.status == 200
        seen.extend(item["id"] for item in page.body["journeys"])
        if not page.body["has_more"]:
            assert "next_cursor" not in page.body
            break
        path = f"{base(client)}?limit=2&cursor={page.body['next_cursor']}"
    assert seen == list(reversed(ids))
    item = client.call("GET", base(client)).body["journeys"][0]
    assert item == {
        "id": ids[-1],
        "app_id": client.fake.app_id,
        "name": "J4",
        "state": "draft",
        "created_at": item["created_at"],
        "updated_at": item["updated_at"],
        "started_at": None,
        "archived_at": None,
        "created_source": "public_api",
        "audience": {"kind": "segment"},
    }


@pytest.mark.parametrize("query", ["limit=0", "limit=51", "cursor=bm9wZQ", "limit=x"])
def test_bad_list_queries_are_400(client: Client, query: str) -> None:
    assert client.call("GET", f"{base(client)}?{query}").status == 400


def test_update_merges_objects_replaces_nodes_and_moves_state(client: Client) -> None:
    created = create(client, audience=audience(client), nodes=[WAIT],
                     schedule={"start_at": "2030-01-01T00:00:00Z"})
    path = f"{base(client)}/{created['id']}"
    kept = created["nodes"][0]["id"]
    updated = client.call("PATCH", path, {
        "name": "Renamed",
        "description": None,
        "audience": {"excluded_segment_ids": [segment_id(client, "Inactive Users")]},
        "nodes": [{"id": kept, "kind": "wait", "duration_seconds": 7200}, {"kind": "tag", "assignments": {"a": "1"}}],
        "concurrency_key": created["concurrency_key"],
    })
    assert updated.status == 200, updated.body
    body = updated.body
    assert (body["name"], body["description"]) == ("Renamed", None)
    assert body["audience"] == {**audience(client), "excluded_segment_ids": [segment_id(client, "Inactive Users")]}
    assert [n["id"] for n in body["nodes"]][0] == kept
    assert body["nodes"][0]["duration_seconds"] == 7200
    assert body["concurrency_key"] != created["concurrency_key"]
    stale = client.call("PATCH", path, {"name": "Again", "concurrency_key": created["concurrency_key"]})
    stale_error = {"errors": ["the journey was changed since this concurrency_key was read"]}
    assert (stale.status, stale.body) == (409, stale_error)
    scheduled = client.call("PATCH", path, {"state": "scheduled"}).body
    assert scheduled["state"] == "scheduled"
    active = client.call("PATCH", path, {"state": "active"}).body
    assert active["state"] == "active" and active["started_at"] is not None
    back = client.call("PATCH", path, {"state": "draft"})
    assert (back.status, back.body) == (422, {"errors": ["a journey in state active cannot move to draft"]})
    archived = client.call("PATCH", path, {"state": "archived"}).body
    assert archived["state"] == "archived" and archived["archived_at"] is not None
    assert client.call("PATCH", path, {"state": "active"}).status == 422
    assert client.call("GET", path).body == archived


@pytest.mark.parametrize(
    "body, status, message",
    [
        ({"state": "processing"}, 400, "state must be one of draft, scheduled, active, archived, got 'processing'"),
        ({"created_at": "2020-01-01"}, 400, "created_at is read-only or unknown and cannot be sent"),
        ({"name": None}, 400, "name is required and must be a non-empty string"),
        ({"nodes": [{"id": "stranger", "kind": "wait", "duration_seconds": 60}]}, 400,
         "nodes[0].id 'stranger' does not belong to this journey"),
        ({"audience": {"kind": None}}, 400, "audience.kind must be one of segment, event_trigger, got None"),
        ({"state": "active"}, 422, "a journey needs an audience and at least one node before it can be activated"),
        ({"state": "scheduled"}, 422, "a scheduled journey needs schedule.start_at"),
    ],
)
def test_bad_updates(client: Client, body: Dict[str, Any], status: int, message: str) -> None:
    created = create(client, audience=audience(client))
    answer = client.call("PATCH", f"{base(client)}/{created['id']}", body)
    assert (answer.status, answer.body) == (status, {"errors": [message]})
    assert client.call("GET", f"{base(client)}/{created['id']}").body == created


def test_update_one_node_by_id_even_inside_a_branch(client: Client) -> None:
    created = create(client, nodes=[
        {"kind": "split_range", "branches": [
            {"weight": 30, "nodes": [{"kind": "wait", "duration_seconds": 60}]},
            {"weight": 70, "nodes": []},
        ]},
        WAIT,
    ])
    inner = created["nodes"][0]["branches"][0]["nodes"][0]["id"]
    path = f"{base(client)}/{created['id']}/nodes/{inner}"
    answer = client.call("PATCH", path, {"duration_seconds": 120, "annotation": "short",
                                         "concurrency_key": created["concurrency_key"]})
    assert answer.status == 200, answer.body
    node = answer.body["nodes"][0]["branches"][0]["nodes"][0]
    assert node == {"kind": "wait", "duration_seconds": 120, "annotation": "short", "id": inner}
    assert answer.body["nodes"][1] == created["nodes"][1]
    assert answer.body["nodes"][0]["branches"][0]["id"] == created["nodes"][0]["branches"][0]["id"]
    cleared = client.call("PATCH", path, {"annotation": None}).body["nodes"][0]["branches"][0]["nodes"][0]
    assert "annotation" not in cleared
    assert client.call("PATCH", path, {"duration_seconds": 10}).status == 400
    assert client.call("PATCH", path, {"kind": "tag"}).status == 400
    assert client.call("PATCH", path, {"concurrency_key": created["concurrency_key"]}).status == 409
    missing = client.call("PATCH", f"{base(client)}/{created['id']}/nodes/nope", {"annotation": "x"})
    assert (missing.status, missing.body) == (404, {"errors": ["node nope does not exist in this journey"]})


def test_duplicate_makes_a_draft_copy_with_fresh_ids(client: Client) -> None:
    created = create(client, audience=audience(client), nodes=[WAIT],
                     schedule={"start_at": "2030-01-01T00:00:00Z"}, reentry_rules={"duration_seconds": 600})
    client.call("PATCH", f"{base(client)}/{created['id']}", {"state": "active"})
    path = f"{base(client)}/{created['id']}/duplicate"
    copy = client.call("POST", path)
    assert copy.status == 200, copy.body
    body = copy.body
    assert body["id"] != created["id"]
    assert (body["name"], body["state"], body["started_at"], body["archived_at"]) == (
        "Onboarding (Copy)", "draft", None, None)
    assert (body["audience"], body["reentry_rules"], "schedule" in body) == (
        created["audience"], created["reentry_rules"], False)
    assert body["nodes"][0]["id"] != created["nodes"][0]["id"]
    assert {k: v for k, v in body["nodes"][0].items() if k != "id"} == WAIT
    overridden = client.call("POST", path, {"overrides": {"name": "Other", "schedule": {"start_at": None},
                                                          "nodes": []}}).body
    assert (overridden["name"], overridden["nodes"], overridden["schedule"]) == ("Other", [], {"start_at": None})
    refused = client.call("POST", path, {"overrides": {"state": "active"}})
    assert (refused.status, refused.body) == (400, {"errors": ["state is read-only or unknown and cannot be sent"]})
    assert client.call("POST", f"{base(client)}/nope/duplicate").status == 404
    assert len(client.fake.journeys) == 3


def test_delete_a_journey(client: Client) -> None:
    created = create(client)
    path = f"{base(client)}/{created['id']}"
    assert (client.call("DELETE", path).status, client.call("GET", path).status) == (200, 404)
    assert client.call("DELETE", path).status == 404
    assert client.call("GET", base(client)).body == {"journeys": [], "has_more": False}


# -- stats ---------------------------------------------------------------------


def people(client: Client, count: int) -> None:
    for n in range(count):
        client.fake.add_user(external_id=f"u{n}", subscriptions=[{"type": "AndroidPush", "token": f"t{n}"}])


def test_stats_of_a_draft_are_zero_for_every_node(client: Client) -> None:
    people(client, 3)
    created = create(client, audience=audience(client), nodes=[
        {"kind": "send_push", "template_id": template_id(client)},
        {"kind": "yes_no", "branches": [{"nodes": [WAIT]}, {"nodes": []}]},
    ])
    stats = client.call("GET", f"{base(client)}/{created['id']}/stats")
    assert stats.status == 200
    assert (stats.body["id"], stats.body["started"], stats.body["completed"], stats.body["exited_early"]) == (
        created["id"], 0, 0, 0)
    assert len(stats.body["nodes"]) == 3 and len(stats.body["branches"]) == 2
    send = stats.body["nodes"][created["nodes"][0]["id"]]
    assert send == {"kind": "send_push", "waiting": 0, "completed": 0, "exited_early": 0,
                    "message_stats": {"totals": {"sent": 0, "delivered": 0}}}


def test_stats_follow_the_audience_through_sends_splits_and_waits(client: Client) -> None:
    people(client, 10)
    client.fake.add_user(external_id="mailonly", subscriptions=[{"type": "Email", "token": "m@example.com"}])
    created = create(client, audience=audience(client), nodes=[
        {"kind": "send_push", "template_id": template_id(client)},
        {"kind": "send_email", "template_id": template_id(client, "email")},
        {"kind": "split_range", "branches": [
            {"weight": 25, "nodes": [{"kind": "wait", "duration_seconds": 86400}]},
            {"weight": 75, "nodes": [{"kind": "tag", "assignments": {"seen": "1"}}]},
        ]},
    ])
    path = f"{base(client)}/{created['id']}"
    client.call("PATCH", path, {"state": "active"})
    first = client.call("GET", f"{path}/stats").body
    assert first == client.call("GET", f"{path}/stats").body  # the same state gives the same figures
    send_push, send_email, split = created["nodes"]
    wait_id = split["branches"][0]["nodes"][0]["id"]
    assert (first["started"], first["completed"], first["exited_early"]) == (11, 8, 0)
    assert first["nodes"][send_push["id"]]["message_stats"] == {"totals": {"sent": 10, "delivered": 10}}
    assert first["nodes"][split["id"]]["completed"] == 11
    assert [first["branches"][b["id"]]["completed"] for b in split["branches"]] == [3, 8]
    assert first["nodes"][wait_id] == {"kind": "wait", "waiting": 3, "completed": 0, "exited_early": 0}
    assert first["nodes"][send_email["id"]]["message_stats"] == {"totals": {"sent": 1, "delivered": 1}}
    client.call("PATCH", path, {"state": "archived"})
    archived = client.call("GET", f"{path}/stats").body
    assert archived["exited_early"] == 3
    assert archived["nodes"][wait_id] == {"kind": "wait", "waiting": 0, "completed": 0, "exited_early": 3}


def test_stats_for_event_audiences_and_conditions(client: Client) -> None:
    people(client, 4)
    client.call("POST", f"/apps/{client.fake.app_id}/custom_events", {"events": [
        {"name": "cart", "external_id": "u0"}, {"name": "cart", "external_id": "u1"},
        {"name": "cart", "external_id": "ghost"}, {"name": "vip", "external_id": "u1"},
    ]})
    created = create(client, audience={"kind": "event_trigger", "name": "cart"}, nodes=[
        {"kind": "yes_no", "branches": [
            {"condition": {"kind": "event_trigger", "name": "vip"}, "nodes": []},
            {"nodes": []},
        ]},
    ])
    path = f"{base(client)}/{created['id']}"
    client.call("PATCH", path, {"state": "active"})
    stats = client.call("GET", f"{path}/stats").body
    yes, no = created["nodes"][0]["branches"]
    assert (stats["started"], stats["completed"]) == (2, 2)
    assert (stats["branches"][yes["id"]], stats["branches"][no["id"]]) == ({"completed": 1}, {"completed": 1})
    assert client.call("GET", f"{base(client)}/nope/stats").status == 404


@pytest.mark.parametrize("field", ["windows", "branches", "expiration", "assignments", "duration_seconds",
                                   "template_id", "user_ttl_seconds", "relative_to", "annotation"])
@pytest.mark.parametrize("value", [True, 10 ** 30, "x", ["x"], {"a": 1}, [[1]]])
def test_wrong_types_in_nodes_are_400_not_500(client: Client, field: str, value: Any) -> None:
    for kind in ("wait", "time_window", "split_range", "yes_no", "wait_until", "tag", "send_push"):
        nodes = [{"kind": kind, field: value}]
        answer = client.call("POST", base(client), {"name": "J", "nodes": nodes})
        assert answer.status in (201, 400), answer.body
        nested = [{"kind": "yes_no", "branches": [{field: value}, {"nodes": [{"kind": kind, field: value}]}]}]
        assert client.call("POST", base(client), {"name": "J", "nodes": nested}).status in (201, 400)
