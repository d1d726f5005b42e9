"""FakeOneSignal users, aliases, subscriptions, players, CSV export and segments."""

from __future__ import annotations

import csv
import gzip
import io
import urllib.request
from typing import Any, Dict, List

import pytest
from fake_client import Client

from onesignal.testing import FakeOneSignal


def users(client: Client) -> str:
    return f"/apps/{client.fake.app_id}/users"


def create_ada(client: Client) -> Dict[str, Any]:
    body = {
        "identity": {"external_id": "ada", "crm_id": "c-1"},
        "properties": {"tags": {"plan": "pro", "n": 3}, "language": "en", "country": "GB", "amount_spent": 5},
        "subscriptions": [
            {"type": "iOSPush", "token": "apns-1", "app_version": "2.1"},
            {"type": "Email", "token": "ada@example.com"},
        ],
    }
    answer = client.call("POST", users(client), body)
    assert answer.status == 201
    created: Dict[str, Any] = answer.body
    return created


def download_csv(url: str) -> List[List[str]]:
    with urllib.request.urlopen(url, timeout=5) as response:
        assert response.headers["Content-Type"] == "application/gzip"
        text = gzip.decompress(response.read()).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


# -- users -------------------------------------------------------------------


def test_create_user_answers_201_with_identity_properties_and_subscriptions(client: Client) -> None:
    user = create_ada(client)
    onesignal_id = user["identity"]["onesignal_id"]
    ios, email = user["subscriptions"]
    moment = user["properties"]["first_active"]
    assert user == {
        "identity": {"external_id": "ada", "crm_id": "c-1", "onesignal_id": onesignal_id},
        "properties": {
            "tags": {"plan": "pro", "n": "3"},
            "first_active": moment,
            "last_active": moment,
            "language": "en",
            "country": "GB",
            "amount_spent": 5,
        },
        "subscriptions": [
            {"id": ios["id"], "type": "iOSPush", "enabled": True, "token": "apns-1", "app_version": "2.1"},
            {"id": email["id"], "type": "Email", "enabled": True, "token": "ada@example.com"},
        ],
    }


@pytest.mark.parametrize("label,value", [("external_id", "ada"), ("crm_id", "c-1"), ("onesignal_id", None)])
def test_fetch_user_by_any_alias(client: Client, label: str, value: Any) -> None:
    user = create_ada(client)
    alias = value or user["identity"]["onesignal_id"]
    answer = client.call("GET", f"{users(client)}/by/{label}/{alias}")
    assert (answer.status, answer.body) == (200, user)


def test_fetch_unknown_user_is_404_with_an_error_object(client: Client) -> None:
    answer = client.call("GET", f"{users(client)}/by/external_id/nobody")
    expected = {"errors": [{"code": "user-not-found", "title": "no user has the alias external_id=nobody"}]}
    assert (answer.status, answer.body) == (404, expected)


def test_create_with_aliases_of_one_existing_user_extends_it_with_200(client: Client) -> None:
    user = create_ada(client)
    body = {"identity": {"external_id": "ada", "phone_id": "p-9"}, "properties": {"tags": {"plan": "free"}}}
    answer = client.call("POST", users(client), body)
    assert answer.status == 200
    assert answer.body["identity"] == {**user["identity"], "phone_id": "p-9"}
    assert answer.body["properties"]["tags"] == {"plan": "free", "n": "3"}
    assert len(answer.body["subscriptions"]) == 2


def test_create_with_aliases_of_two_users_is_409(client: Client) -> None:
    create_ada(client)
    client.fake.add_user(external_id="bob")
    answer = client.call("POST", users(client), {"identity": {"external_id": "bob", "crm_id": "c-1", "x": "y"}})
    assert answer.status == 409
    assert answer.body == {
        "errors": [
            {
                "code": "user-2",
                "title": "the given aliases belong to different users",
                "meta": {"conflicting_aliases": {"external_id": "bob", "crm_id": "c-1"}},
            }
        ]
    }


def test_create_user_rejects_bad_bodies(client: Client) -> None:
    bad_type = client.call("POST", users(client), {"subscriptions": [{"type": "Pager"}]})
    expected = {"errors": [{"code": "invalid-subscription", "title": "unknown subscription type 'Pager'"}]}
    assert (bad_type.status, bad_type.body) == (400, expected)
    bad_tags = client.call("POST", users(client), {"properties": {"tags": ["x"]}})
    assert (bad_tags.status, bad_tags.body) == (
        400,
        {"errors": [{"code": "invalid-request", "title": "tags must be a JSON object"}]},
    )
    unknown_id = client.call("POST", users(client), {"identity": {"onesignal_id": "nope"}})
    assert unknown_id.status == 404


def test_update_user_replaces_properties_merges_tags_and_adds_deltas(client: Client) -> None:
    user = create_ada(client)
    body = {
        "properties": {"language": "fr", "tags": {"plan": "", "n": None, "new": "yes"}},
        "deltas": {"session_count": 2, "session_time": 60, "purchases": [{"sku": "a", "amount": "1.5", "iso": "EUR"}]},
    }
    answer = client.call("PATCH", f"{users(client)}/by/external_id/ada", body)
    assert answer.status == 202
    assert answer.body == {
        "properties": {
            **user["properties"],
            "tags": {"new": "yes"},
            "language": "fr",
            "amount_spent": 6.5,
            "purchases": [{"sku": "a", "amount": "1.5", "iso": "EUR"}],
        }
    }
    player = client.fake.find_player(user["subscriptions"][0]["id"])
    assert player is not None
    assert (player["session_count"], player["playtime"], player["language"]) == (2, 60, "fr")


def test_update_user_rejects_bad_deltas(client: Client) -> None:
    create_ada(client)
    answer = client.call("PATCH", f"{users(client)}/by/external_id/ada", {"deltas": {"purchases": [{"sku": "a"}]}})
    expected = {"errors": [{"code": "invalid-request", "title": "each purchase needs string sku, amount and iso"}]}
    assert (answer.status, answer.body) == (400, expected)


def test_delete_user_removes_aliases_and_subscriptions(client: Client) -> None:
    user = create_ada(client)
    answer = client.call("DELETE", f"{users(client)}/by/crm_id/c-1")
    assert (answer.status, answer.body) == (200, None)
    assert client.call("GET", f"{users(client)}/by/external_id/ada").status == 404
    player = client.call("GET", f"/players/{user['subscriptions'][0]['id']}?app_id={client.fake.app_id}")
    assert player.status == 404


# -- identity ----------------------------------------------------------------


def test_identity_fetch_upsert_and_delete(client: Client) -> None:
    user = create_ada(client)
    base = f"{users(client)}/by/external_id/ada/identity"
    fetched = client.call("GET", base)
    assert (fetched.status, fetched.body) == (200, {"identity": user["identity"]})
    upserted = client.call("PATCH", base, {"identity": {"crm_id": "c-2", "zendesk": "z"}})
    expected = {"identity": {**user["identity"], "crm_id": "c-2", "zendesk": "z"}}
    assert (upserted.status, upserted.body) == (200, expected)
    deleted = client.call("DELETE", f"{base}/zendesk")
    assert (deleted.status, deleted.body) == (200, {"identity": {**user["identity"], "crm_id": "c-2"}})


def test_identity_errors(client: Client) -> None:
    create_ada(client)
    client.fake.add_user(external_id="bob")
    base = f"{users(client)}/by/external_id/ada/identity"
    taken = client.call("PATCH", base, {"identity": {"external_id": "bob"}})
    expected = {"errors": [{"code": "alias-conflict", "title": "the alias external_id=bob belongs to another user"}]}
    assert (taken.status, taken.body) == (409, expected)
    assert client.call("PATCH", base, {"identity": {"onesignal_id": "x"}}).status == 400
    assert client.call("PATCH", base, {"identity": {}}).status == 400
    assert client.call("DELETE", f"{base}/onesignal_id").status == 400
    missing = client.call("DELETE", f"{base}/nothing")
    assert (missing.status, missing.body) == (
        404,
        {"errors": [{"code": "alias-not-found", "title": "the user has no alias labelled nothing"}]},
    )


def test_identity_by_subscription(client: Client) -> None:
    user = create_ada(client)
    path = f"/apps/{client.fake.app_id}/subscriptions/{user['subscriptions'][1]['id']}/user/identity"
    fetched = client.call("GET", path)
    assert (fetched.status, fetched.body) == (200, {"identity": user["identity"]})
    upserted = client.call("PATCH", path, {"identity": {"shop": "s-1"}})
    assert (upserted.status, upserted.body) == (200, {"identity": {**user["identity"], "shop": "s-1"}})
    unknown = client.call("GET", f"/apps/{client.fake.app_id}/subscriptions/nope/user/identity")
    expected = {"errors": [{"code": "subscription-not-found", "title": "subscription nope does not exist in this app"}]}
    assert (unknown.status, unknown.body) == (404, expected)


# -- subscriptions -----------------------------------------------------------


def test_create_subscription_under_a_user(client: Client) -> None:
    create_ada(client)
    body = {"subscription": {"type": "SMS", "token": "+15550001", "enabled": True, "extra": 1}}
    answer = client.call("POST", f"{users(client)}/by/external_id/ada/subscriptions", body)
    assert answer.status == 201
    sid = answer.body["subscription"]["id"]
    assert answer.body == {"subscription": {"id": sid, "type": "SMS", "enabled": True, "token": "+15550001"}}
    assert client.call("GET", f"{users(client)}/by/external_id/ada").body["subscriptions"][-1]["id"] == sid


def test_subscription_with_a_known_token_moves_to_the_user_with_202(client: Client) -> None:
    ada = create_ada(client)
    client.fake.add_user(external_id="bob")
    body = {"subscription": {"type": "Email", "token": "ada@example.com"}}
    answer = client.call("POST", f"{users(client)}/by/external_id/bob/subscriptions", body)
    assert answer.status == 202
    assert answer.body["subscription"]["id"] == ada["subscriptions"][1]["id"]
    assert len(client.call("GET", f"{users(client)}/by/external_id/ada").body["subscriptions"]) == 1


def test_create_subscription_errors(client: Client) -> None:
    create_ada(client)
    path = f"{users(client)}/by/external_id/ada/subscriptions"
    no_type = client.call("POST", path, {"subscription": {"token": "x"}})
    expected = {"errors": [{"code": "invalid-subscription", "title": "subscription type is required"}]}
    assert (no_type.status, no_type.body) == (400, expected)
    assert client.call("POST", path, {}).status == 400
    assert client.call("POST", f"{users(client)}/by/external_id/nobody/subscriptions", {}).status == 404


def test_update_and_delete_subscription(client: Client) -> None:
    user = create_ada(client)
    sid = user["subscriptions"][0]["id"]
    path = f"/apps/{client.fake.app_id}/subscriptions/{sid}"
    updated = client.call("PATCH", path, {"subscription": {"enabled": False, "app_version": "3.0"}})
    assert (updated.status, updated.body) == (202, None)
    fetched = client.call("GET", f"{users(client)}/by/external_id/ada").body["subscriptions"][0]
    assert fetched == {"id": sid, "type": "iOSPush", "enabled": False, "token": "apns-1", "app_version": "3.0"}
    assert client.call("PATCH", path, {"subscription": {"enabled": "no"}}).status == 400
    deleted = client.call("DELETE", path)
    assert (deleted.status, deleted.body) == (202, None)
    assert client.call("DELETE", path).status == 404
    assert client.call("PATCH", path, {"subscription": {}}).status == 404


def test_transfer_subscription_to_another_user(client: Client) -> None:
    user = create_ada(client)
    bob_id = client.fake.add_user(external_id="bob")
    path = f"/apps/{client.fake.app_id}/subscriptions/{user['subscriptions'][0]['id']}/owner"
    answer = client.call("PATCH", path, {"identity": {"external_id": "bob"}})
    assert (answer.status, answer.body) == (200, {"identity": {"external_id": "bob", "onesignal_id": bob_id}})
    bob = client.call("GET", f"{users(client)}/by/onesignal_id/{bob_id}").body
    assert [sub["token"] for sub in bob["subscriptions"]] == ["apns-1"]
    unknown = client.call("PATCH", path, {"identity": {"external_id": "carol"}})
    expected = {"errors": [{"code": "user-not-found", "title": "no user has the given aliases"}]}
    assert (unknown.status, unknown.body) == (404, expected)
    both = client.call("PATCH", path, {"identity": {"external_id": "bob", "crm_id": "c-1"}})
    assert both.status == 409


# -- players -----------------------------------------------------------------


def test_add_and_view_a_player(client: Client) -> None:
    body = {
        "app_id": client.fake.app_id,
        "device_type": 5,
        "identifier": "chrome-token",
        "language": "de",
        "tags": {"a": "1"},
        "game_version": "1.2",
        "session_count": 4,
        "external_user_id": "eve",
        "notification_types": 1,
    }
    added = client.call("POST", "/players", body)
    assert added.status == 200
    pid = added.body["id"]
    assert added.body == {"success": True, "id": pid}
    viewed = client.call("GET", f"/players/{pid}?app_id={client.fake.app_id}")
    assert viewed.status == 200
    assert viewed.body == {
        "id": pid,
        "app_id": client.fake.app_id,
        "device_type": 5,
        "external_user_id": "eve",
        "session_count": 4,
        "playtime": 0,
        "tags": {"a": "1"},
        "created_at": viewed.body["created_at"],
        "invalid_identifier": False,
        "notification_types": 1,
        "identifier": "chrome-token",
        "game_version": "1.2",
        "language": "de",
        "last_active": viewed.body["last_active"],
    }


def test_player_is_also_a_subscription_of_its_user(client: Client) -> None:
    pid = client.fake.add_player(0, identifier="apns-7", external_user_id="eve")
    user = client.call("GET", f"{users(client)}/by/external_id/eve").body
    assert user["subscriptions"] == [{"id": pid, "type": "iOSPush", "enabled": True, "token": "apns-7"}]
    ada_sid = create_ada(client)["subscriptions"][1]["id"]
    player = client.call("GET", f"/players/{ada_sid}?app_id={client.fake.app_id}").body
    assert (player["device_type"], player["identifier"], player["external_user_id"]) == (11, "ada@example.com", "ada")


def test_adding_a_player_with_a_known_identifier_returns_the_same_id(client: Client) -> None:
    first = client.fake.add_player(1, identifier="fcm-1")
    second = client.fake.add_player(1, identifier="fcm-1", language="it")
    assert first == second
    assert client.call("GET", f"/players?app_id={client.fake.app_id}").body["total_count"] == 1


def test_player_errors(client: Client) -> None:
    app_id = client.fake.app_id
    missing = client.call("POST", "/players", {"app_id": app_id})
    assert (missing.status, missing.body) == (400, {"errors": ["device_type is required"]})
    unsupported = client.call("POST", "/players", {"app_id": app_id, "device_type": 3})
    assert (unsupported.status, unsupported.body) == (400, {"errors": ["device_type 3 is not supported"]})
    unknown = client.call("GET", f"/players/nope?app_id={app_id}")
    assert (unknown.status, unknown.body) == (404, {"errors": ["player nope does not exist in this app"]})
    assert client.call("PUT", "/players/nope", {"app_id": app_id}).status == 404
    with pytest.raises(ValueError):
        client.fake.add_player(99)


def test_list_players_with_limit_and_offset(client: Client) -> None:
    ids = [client.fake.add_player(1, identifier=f"t{n}") for n in range(5)]
    page = client.call("GET", f"/players?app_id={client.fake.app_id}&limit=2&offset=1")
    assert page.status == 200
    assert (page.body["total_count"], page.body["offset"], page.body["limit"]) == (5, 1, 2)
    assert [player["id"] for player in page.body["players"]] == sorted(ids)[1:3]
    capped = client.call("GET", f"/players?app_id={client.fake.app_id}&limit=1000")
    assert (capped.body["limit"], len(capped.body["players"])) == (300, 5)
    beyond = client.call("GET", f"/players?app_id={client.fake.app_id}&offset=9").body
    assert (beyond["total_count"], beyond["offset"], beyond["players"]) == (5, 9, [])
    negative = client.call("GET", f"/players?app_id={client.fake.app_id}&offset=-1")
    assert (negative.status, negative.body) == (400, {"errors": ["offset must not be negative"]})
    bad = client.call("GET", f"/players?app_id={client.fake.app_id}&limit=many")
    assert (bad.status, bad.body) == (400, {"errors": ["limit must be an integer, got 'many'"]})


def test_edit_player(client: Client) -> None:
    pid = client.fake.add_player(1, identifier="fcm-1", tags={"a": "1", "b": "2"})
    body = {"app_id": client.fake.app_id, "language": "es", "tags": {"a": "", "c": 3}, "notification_types": -2}
    answer = client.call("PUT", f"/players/{pid}", body)
    assert (answer.status, answer.body) == (200, {"success": True})
    player = client.fake.find_player(pid)
    assert player is not None
    assert (player["language"], player["tags"], player["notification_types"]) == ("es", {"b": "2", "c": "3"}, -2)


def test_edit_player_external_id_joins_the_user_holding_it(client: Client) -> None:
    create_ada(client)
    pid = client.fake.add_player(1, identifier="fcm-1")
    client.call("PUT", f"/players/{pid}", {"app_id": client.fake.app_id, "external_user_id": "ada"})
    user = client.call("GET", f"{users(client)}/by/external_id/ada").body
    assert [sub["id"] for sub in user["subscriptions"]][-1] == pid


def test_edit_tags_by_external_user_id(client: Client) -> None:
    create_ada(client)
    path = f"/apps/{client.fake.app_id}/users/ada"
    answer = client.call("PUT", path, {"tags": {"plan": "", "n": None, "level": 7}})
    assert (answer.status, answer.body) == (200, {"success": True})
    assert client.call("GET", f"{users(client)}/by/external_id/ada").body["properties"]["tags"] == {"level": "7"}
    unknown = client.call("PUT", f"/apps/{client.fake.app_id}/users/nobody", {"tags": {}})
    assert (unknown.status, unknown.body) == (404, {"errors": ["no user has external_user_id nobody"]})
    assert client.call("PUT", path, {}).status == 400


def test_delete_player(client: Client) -> None:
    pid = client.fake.add_player(1)
    path = f"/players/{pid}?app_id={client.fake.app_id}"
    assert (client.call("DELETE", path).status, client.call("GET", path).status) == (200, 404)
    gone = client.call("DELETE", path)
    assert (gone.status, gone.body) == (404, {"success": False})


def test_delete_player_answers_success_true(client: Client) -> None:
    pid = client.fake.add_player(1)
    answer = client.call("DELETE", f"/players/{pid}?app_id={client.fake.app_id}")
    assert (answer.status, answer.body) == (200, {"success": True})


# -- CSV export --------------------------------------------------------------


def test_export_players_serves_a_gzipped_csv_without_a_key(client: Client) -> None:
    pid = client.fake.add_player(1, identifier="fcm-1", tags={"a": "1"}, country="FR", language="fr")
    answer = client.call("POST", f"/players/csv_export?app_id={client.fake.app_id}", {"extra_fields": ["country"]})
    assert answer.status == 200
    url = answer.body["csv_file_url"]
    assert url.startswith(f"{client.fake.host}/exports/") and url.endswith(".csv.gz")
    header, row = download_csv(url)
    assert header[:3] == ["id", "identifier", "session_count"] and header[-1] == "country"
    record = dict(zip(header, row))
    assert (record["id"], record["identifier"], record["tags"], record["language"], record["device_type"]) == (
        pid,
        "fcm-1",
        '{"a": "1"}',
        "fr",
        "1",
    )
    assert record["country"] == "FR"


def test_export_players_by_segment_and_unknown_file(client: Client) -> None:
    client.fake.add_player(1, tags={"vip": "1"})
    client.fake.add_player(1)
    segment = {"name": "VIP", "filters": [{"field": "tag", "key": "vip", "relation": "exists"}]}
    client.call("POST", f"/apps/{client.fake.app_id}/segments", segment)
    answer = client.call("POST", f"/players/csv_export?app_id={client.fake.app_id}", {"segment_name": "VIP"})
    assert len(download_csv(answer.body["csv_file_url"])) == 2
    missing = client.call("GET", "/exports/nothing.csv.gz", key=None)
    assert (missing.status, missing.body) == (404, {"errors": ["no such export file"]})


# -- segments ----------------------------------------------------------------


def test_create_and_delete_segment(client: Client) -> None:
    path = f"/apps/{client.fake.app_id}/segments"
    body = {"name": "Payers", "filters": [{"field": "amount_spent", "relation": ">", "value": "0"}]}
    created = client.call("POST", path, body)
    assert created.status == 201
    assert created.body == {"success": True, "id": created.body["id"]}
    again = client.call("POST", path, body)
    assert (again.status, again.body) == (
        409,
        {"success": False, "errors": ["a segment named 'Payers' already exists"]},
    )
    deleted = client.call("DELETE", f"{path}/{created.body['id']}")
    assert (deleted.status, deleted.body) == (200, {"success": True})
    gone = client.call("DELETE", f"{path}/{created.body['id']}")
    assert (gone.status, gone.body) == (404, {"success": False})


def test_segment_errors(client: Client) -> None:
    path = f"/apps/{client.fake.app_id}/segments"
    builtin = client.call("POST", path, {"name": "Active Users", "filters": []})
    assert builtin.status == 409
    no_filters = client.call("POST", path, {"name": "X"})
    assert (no_filters.status, no_filters.body) == (400, {"errors": ["filters is required"]})
    bad_relation = client.call("POST", path, {"name": "X", "filters": [{"field": "tag", "key": "k", "relation": "~"}]})
    assert (bad_relation.status, bad_relation.body) == (400, {"errors": ["unsupported filter relation '~'"]})
    bad_field = client.call("POST", path, {"name": "X", "filters": [{"field": "mood", "relation": "="}]})
    assert (bad_field.status, bad_field.body) == (400, {"errors": ["unsupported filter field 'mood'"]})


def test_seeding_helpers_reject_bad_input(fake: FakeOneSignal) -> None:
    fake.add_user(external_id="x")
    fake.add_user(aliases={"crm_id": "c"})
    with pytest.raises(ValueError):
        fake.add_user(aliases={"crm_id": "c"}, external_id="x")
    with pytest.raises(ValueError):
        fake.add_user(subscriptions=[{"type": "Fax"}])
    with pytest.raises(ValueError):
        fake.add_user(app_id="no-such-app")
    assert fake.find_player("nope") is None
