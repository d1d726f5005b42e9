"""Paging, batch sends, rich display, flat records and configuration from the environment."""
from __future__ import annotations

import uuid
from typing import Any, Dict, List

import pytest

import onesignal
from conftest import APP_KEY
from loopback import LoopbackServer
from onesignal.api.default_api import DefaultApi
from onesignal.batching import batch_key
from onesignal.model.app import App
from onesignal.model.notification import Notification
from onesignal.model.notification_slice import NotificationSlice
from onesignal.model.notification_with_meta import NotificationWithMeta
from onesignal.model.player import Player
from onesignal.model.player_slice import PlayerSlice

APP_ID = "5eb5a37e-b458-11e3-ac11-000c2940e62c"


def notification_page(total: int, offset: int, count: int) -> Dict[str, Any]:
    items = [{"id": f"n{offset + i}", "contents": {"en": f"message {offset + i}"}, "successful": offset + i}
             for i in range(count)]
    return {"total_count": total, "offset": offset, "limit": 50, "notifications": items}


def test_iter_notifications_fetches_each_page_once_until_total(server: LoopbackServer, api: DefaultApi) -> None:
    server.answer(200, notification_page(120, 0, 50))
    server.answer(200, notification_page(120, 50, 50))
    server.answer(200, notification_page(120, 100, 20))

    items = list(api.iter_notifications(APP_ID, kind=1))

    assert [n.id for n in items] == [f"n{i}" for i in range(120)]
    assert all(type(n) is NotificationWithMeta for n in items)
    assert items[57].contents.en == "message 57"
    assert [r.query for r in server.requests] == [
        [("app_id", APP_ID), ("limit", "50"), ("offset", str(offset)), ("kind", "1")] for offset in (0, 50, 100)]


def test_iter_notifications_is_lazy(server: LoopbackServer, api: DefaultApi) -> None:
    server.answer(200, notification_page(100, 0, 50))
    server.answer(200, notification_page(100, 50, 50))

    iterator = api.iter_notifications(APP_ID)
    assert server.requests == []
    first = [next(iterator) for _ in range(50)]
    assert len(server.requests) == 1
    assert next(iterator).id == "n50"
    assert len(server.requests) == 2
    assert first[0].id == "n0"


def test_iter_players_stops_at_an_empty_page_even_if_total_is_larger(server: LoopbackServer,
                                                                     api: DefaultApi) -> None:
    players = [{"id": f"p{i}", "device_type": 1, "tags": {"i": i}} for i in range(3)]
    server.answer(200, {"total_count": 10, "offset": 0, "limit": 3, "players": players})
    server.answer(200, {"total_count": 10, "offset": 3, "limit": 3, "players": []})

    items = list(api.iter_players(APP_ID, page_size=3))

    assert [(type(p), p.id, p.tags) for p in items] == [(Player, f"p{i}", {"i": i}) for i in range(3)]
    assert [r.query for r in server.requests] == [
        [("app_id", APP_ID), ("limit", "3"), ("offset", "0")], [("app_id", APP_ID), ("limit", "3"), ("offset", "3")]]


@pytest.mark.parametrize("page_size, error, message", [
    (0, onesignal.ApiValueError, "page_size: must be from 1 to 50, got 0"),
    (51, onesignal.ApiValueError, "page_size: must be from 1 to 50, got 51"),
    ("10", onesignal.ApiTypeError, "page_size: expected int, got str"),
    (True, onesignal.ApiTypeError, "page_size: expected int, got bool"),
])
def test_iter_notifications_refuses_a_bad_page_size_before_any_request(server: LoopbackServer, api: DefaultApi,
                                                                      page_size: Any, error: type,
                                                                      message: str) -> None:
    with pytest.raises(error) as info:
        api.iter_notifications(APP_ID, page_size=page_size)
    assert str(info.value) == message
    assert server.requests == []


def test_batched_send_splits_4500_ids_into_three_requests(server: LoopbackServer, api: DefaultApi) -> None:
    for i in range(3):
        server.answer(200, {"id": f"notif-{i}", "recipients": 10 + i, "external_id": None})
    ids = [f"user-{i}" for i in range(4500)]
    notification = Notification(app_id=APP_ID, contents={"en": "Sale"}, target_channel="push")

    results = api.create_notification_batched(notification, external_ids=ids)

    bodies = [r.json for r in server.requests]
    assert [len(b["include_aliases"]["external_id"]) for b in bodies] == [2000, 2000, 500]
    assert [x for b in bodies for x in b["include_aliases"]["external_id"]] == ids
    assert all(b["contents"] == {"en": "Sale"} and b["app_id"] == APP_ID for b in bodies)
    keys = [b["idempotency_key"] for b in bodies]
    assert len(set(keys)) == 3 and all(uuid.UUID(k) for k in keys)
    assert [(r.ok, r.response.id, r.response.recipients, r.idempotency_key) for r in results] == [
        (True, f"notif-{i}", 10 + i, keys[i]) for i in range(3)]
    assert [r.external_ids for r in results] == [ids[:2000], ids[2000:4000], ids[4000:]]
    assert "include_aliases" not in notification and "idempotency_key" not in notification


def test_a_failing_batch_does_not_hide_the_others(server: LoopbackServer, api: DefaultApi) -> None:
    server.answer(200, {"id": "a", "recipients": 2})
    server.answer(400, {"errors": ["Message Notifications must have English language content"]})
    server.answer(200, {"id": "c", "recipients": 1})

    results = api.create_notification_batched({"app_id": APP_ID, "contents": {"en": "x"}},
                                              external_ids=["u1", "u2", "u3", "u4", "u5"], batch_size=2)

    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, onesignal.BadRequestException)
    assert results[1].error.errors == ["Message Notifications must have English language content"]
    assert results[1].error.idempotency_key == results[1].idempotency_key
    assert results[1].external_ids == ["u3", "u4"]
    assert results[2].response.id == "c"


def test_batch_keys_derive_from_the_callers_key_and_the_ids(server: LoopbackServer, api: DefaultApi) -> None:
    notification = {"app_id": APP_ID, "contents": {"en": "x"}, "idempotency_key": "campaign-7"}
    first = api.create_notification_batched(notification, external_ids=["a", "b", "c"], batch_size=2)
    second = api.create_notification_batched(notification, external_ids=["a", "b", "c"], batch_size=2)
    regrouped = api.create_notification_batched(notification, external_ids=["a", "b", "c"], batch_size=1)

    expected = [batch_key("campaign-7", ["a", "b"]), batch_key("campaign-7", ["c"])]
    # derived, not random: a fixed function of the caller's key and the ids
    assert expected[1] == str(uuid.uuid5(uuid.NAMESPACE_URL, "onesignal-batch:campaign-7:"
                                         "2e7d2c03a9507ae265ecf5b5356885a53393a2029d241394997265a1a25aefc6"))
    assert [r.idempotency_key for r in first] == [r.idempotency_key for r in second] == expected
    assert len(set(expected)) == 2
    assert [r.idempotency_key for r in regrouped] == [batch_key("campaign-7", [x]) for x in "abc"]
    assert regrouped[2].idempotency_key == expected[1]  # the same audience keeps its key
    assert regrouped[0].idempotency_key not in expected  # a key never stands for another audience
    assert [r.json["idempotency_key"] for r in server.requests[:4]] == expected * 2
    assert uuid.UUID(batch_key(None, ["a"])).version == 4


def test_batched_send_takes_a_generator_of_ids(server: LoopbackServer, api: DefaultApi) -> None:
    results = api.create_notification_batched({"app_id": APP_ID, "contents": {"en": "x"}},
                                              external_ids=(f"c{i}" for i in range(3)), batch_size=2)
    assert [r.external_ids for r in results] == [["c0", "c1"], ["c2"]]
    assert [r.json["include_aliases"] for r in server.requests] == [
        {"external_id": ["c0", "c1"]}, {"external_id": ["c2"]}]


def test_a_batch_answered_without_an_id_is_not_ok(server: LoopbackServer, api: DefaultApi) -> None:
    server.answer(200, {"id": "", "recipients": 0, "errors": ["All included players are not subscribed"]})
    server.answer(200, {"id": "n2", "recipients": 1, "errors": {"invalid_external_user_ids": ["ghost"]}})
    server.answer(200, {"id": "n3", "recipients": 2})
    results = api.create_notification_batched({"app_id": APP_ID, "contents": {"en": "x"}},
                                              external_ids=["a", "b", "ghost", "c", "d"], batch_size=2)
    assert [(r.sent, r.ok) for r in results] == [(False, False), (True, False), (True, True)]
    assert results[0].errors == ["All included players are not subscribed"]
    assert results[1].errors.invalid_external_user_ids == ["ghost"]
    assert results[2].errors is None
    assert results[2].body == server.requests[2].json


@pytest.mark.parametrize("targeting", [
    {"included_segments": ["Subscribed Users"]},
    {"include_player_ids": ["p1"]},
    {"include_aliases": {"external_id": ["x"]}},
    {"filters": [{"field": "tag", "key": "vip", "relation": "exists"}]},
])
def test_a_batched_send_refuses_other_targeting(targeting: Dict[str, Any], server: LoopbackServer,
                                                api: DefaultApi) -> None:
    notification = dict({"app_id": APP_ID, "contents": {"en": "x"}}, **targeting)
    with pytest.raises(onesignal.ApiValueError) as info:
        api.create_notification_batched(notification, external_ids=["a"])
    assert str(info.value) == (f"notification: already targets recipients with {next(iter(targeting))}; a batched "
                               "send targets the external_ids alone")
    assert server.requests == []


@pytest.mark.parametrize("kwargs, message", [
    ({"external_ids": ["a"], "batch_size": 20_001}, r"^batch_size: must be from 1 to 20000, got 20001$"),
    ({"external_ids": b"ab"}, r"^external_ids: expected a sequence of str$"),
    ({"external_ids": "abc"}, r"^external_ids: expected a sequence of str$"),
    ({"external_ids": ["a", 7]}, r"^external_ids: expected a sequence of str$"),
])
def test_batched_send_refuses_bad_input_before_any_request(server: LoopbackServer, api: DefaultApi,
                                                           kwargs: Dict[str, Any], message: str) -> None:
    with pytest.raises((onesignal.ApiValueError, onesignal.ApiTypeError), match=message):
        api.create_notification_batched({"app_id": APP_ID, "contents": {"en": "x"}}, **kwargs)
    assert server.requests == []


def sample_slice() -> NotificationSlice:
    return NotificationSlice._from_wire({
        "total_count": 2, "offset": 0, "limit": 50,
        "notifications": [
            {"id": "n1", "contents": {"en": "Hi <b>"}, "successful": 3,
             "platform_delivery_stats": {"ios": {"successful": 2}, "android": {"successful": 1}}},
            {"id": "n2", "headings": {"en": "Title"}, "successful": 0},
        ]})


def test_slice_records_are_flat_rows_with_dotted_keys() -> None:
    assert sample_slice().to_records() == [
        {"id": "n1", "contents.en": "Hi <b>", "successful": 3,
         "platform_delivery_stats.ios.successful": 2, "platform_delivery_stats.android.successful": 1},
        {"id": "n2", "headings.en": "Title", "successful": 0},
    ]


def test_player_slice_records_keep_lists_and_mask_secrets() -> None:
    page = PlayerSlice._from_wire({"total_count": 1, "players": [
        {"id": "p1", "device_type": 11, "email_auth_hash": "hash-secret", "tags": {"vip": "1"}, "extra": [1, 2]}]})
    assert page.to_records() == [
        {"id": "p1", "device_type": 11, "email_auth_hash": "***", "tags.vip": "1", "extra": [1, 2]}]


def test_single_model_records_are_one_row() -> None:
    assert App(name="Shop", apns_env="sandbox").to_records() == [{"name": "Shop", "apns_env": "sandbox"}]


def test_slice_html_is_a_table_of_its_rows() -> None:
    page = sample_slice()._repr_html_()
    assert page.startswith("<div><strong>NotificationSlice</strong> total_count=2, offset=0, limit=50<table>")
    assert "<th>id</th><th>contents.en</th><th>successful</th>" in page
    assert "<td>n1</td><td>Hi &lt;b&gt;</td><td>3</td>" in page
    assert "<b>" not in page


def test_model_html_folds_nested_models_and_masks_secrets() -> None:
    app = App._from_wire({"id": "a1", "name": "Shop", "basic_auth_key": "very-secret-key"})
    page = app._repr_html_()
    assert "very-secret-key" not in page
    assert "<th style='text-align:left'>basic_auth_key</th><td style='text-align:left'>&#x27;***&#x27;</td>" in page
    nested = NotificationWithMeta._from_wire({"id": "n1", "contents": {"en": "Hi"}})._repr_html_()
    assert "<details><summary>StringMap</summary><table><tr><th style='text-align:left'>en</th>" in nested


class Printer:
    """The part of IPython's pretty printer that models use."""

    def __init__(self) -> None:
        self.parts: List[str] = []

    def text(self, value: str) -> None:
        self.parts.append(value)


def test_pretty_output_is_indented_and_complete() -> None:
    printer = Printer()
    NotificationWithMeta._from_wire({"id": "n1", "contents": {"en": "Hi"}, "buttons": [{"id": "b1"}]}) \
        ._repr_pretty_(printer, False)
    assert printer.parts == ["\n".join([
        "NotificationWithMeta(",
        "  id='n1',",
        "  contents=StringMap(",
        "    en='Hi',",
        "  ),",
        "  buttons=[",
        "    Button(",
        "      id='b1',",
        "    ),",
        "  ],",
        ")",
    ])]
    cycle = Printer()
    App(name="x")._repr_pretty_(cycle, True)
    assert cycle.parts == ["App(...)"]


def test_configuration_from_env_reads_keys_and_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESIGNAL_APP_KEY", "env-app-key")
    monkeypatch.setenv("ONESIGNAL_USER_KEY", "env-user-key")
    monkeypatch.setenv("ONESIGNAL_HOST", "http://127.0.0.1:9/")
    config = onesignal.Configuration.from_env()
    assert (config.app_key, config.user_key, config.host) == ("env-app-key", "env-user-key", "http://127.0.0.1:9")
    explicit = onesignal.Configuration.from_env(app_key="explicit", retries=0)
    assert (explicit.app_key, explicit.user_key, explicit.retries) == ("explicit", "env-user-key", 0)


def test_configuration_from_env_defaults_without_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ONESIGNAL_APP_KEY", "ONESIGNAL_USER_KEY", "ONESIGNAL_HOST"):
        monkeypatch.delenv(name, raising=False)
    config = onesignal.Configuration.from_env()
    assert (config.app_key, config.user_key, config.host) == (None, None, "https://api.onesignal.com")


def test_from_env_configuration_sends_the_environment_key(server: LoopbackServer,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONESIGNAL_APP_KEY", APP_KEY)
    monkeypatch.setenv("ONESIGNAL_HOST", server.host)
    server.answer(200, {"id": "p1", "device_type": 0})
    with onesignal.ApiClient(onesignal.Configuration.from_env()) as client:
        player = DefaultApi(client).get_player(APP_ID, "p1")
    assert player.id == "p1"
    assert server.last.headers["Authorization"] == f"Key {APP_KEY}"


@pytest.mark.parametrize("call, message", [
    (lambda api: api.iter_notifications(APP_ID, kind=2), "get_notifications.kind: 2 is not one of the allowed "
                                                         "values: 0, 1, 3"),
    (lambda api: api.iter_notifications(None), "get_notifications: the required argument 'app_id' is None"),
    (lambda api: api.iter_players(7), "get_players.app_id: expected str, got int"),
])
def test_paging_refuses_bad_arguments_when_called_not_when_iterated(call: Any, message: str, api: DefaultApi,
                                                                    server: LoopbackServer) -> None:
    with pytest.raises((onesignal.ApiValueError, onesignal.ApiTypeError)) as info:
        call(api)
    assert str(info.value) == message
    assert server.requests == []
