"""Models that exist in both SDK lines, and the 2.x and 5.x names of one schema.

Where 2.x and 5.x give the same JSON two class names, the 2.x class is a subclass of the 5.x one: an answer
decodes to the subclass, so it is an instance of both and code of either line can use ``isinstance`` and the
attributes it knows; an instance of the 5.x class is accepted wherever the 2.x class is declared (it is rebuilt
as the 2.x class from its data). Models present in both lines hold the union of both lines' fields.
"""
from __future__ import annotations

import copy
from typing import Any, Iterator, List, Tuple

import pytest

import onesignal
import onesignal.models as M
from onesignal import ApiAttributeError, ApiTypeError
from onesignal.api.default_api import DefaultApi
from onesignal.model_utils import MapModel, check_value, fields_of, from_wire, parse_type, to_wire
from onesignal.testing import FakeOneSignal

APP_ID = "9a2f1c5e-1111-4222-8333-444455556666"

# (2.x class, 5.x class, a JSON answer of that schema)
SUBSCRIPTION_JSON = {"id": "sub-1", "type": "Email", "token": "ann@example.com", "enabled": True,
                     "notification_types": 1, "session_time": 30, "session_count": 2}
IDENTITY_JSON = {"identity": {"external_id": "u-1", "onesignal_id": "os-1"}}
PAIRS: List[Tuple[str, str, Any]] = [
    ("StringMap", "LanguageStringMap", {"en": "Hello", "zh-Hans": "Ni hao"}),
    ("SubscriptionObject", "Subscription", SUBSCRIPTION_JSON),
    ("FilterExpressions", "FilterExpression", {"field": "tag", "key": "level", "relation": ">", "value": "5"}),
    ("RateLimiterError", "RateLimitError", {"errors": ["API rate limit exceeded"], "limit": "Notifications"}),
    ("GetNotificationRequestBody", "GetNotificationHistoryRequestBody",
     {"events": "clicked", "email": "me@example.com", "app_id": APP_ID}),
    ("ExportPlayersRequestBody", "ExportSubscriptionsRequestBody",
     {"extra_fields": ["country"], "last_active_since": "1714000000", "segment_name": "Active Users"}),
    ("ExportPlayersSuccessResponse", "ExportSubscriptionsSuccessResponse",
     {"csv_file_url": "https://example.com/export.csv.gz"}),
    ("UserIdentityRequestBody", "UserIdentityBody", IDENTITY_JSON),
    ("InlineResponse200", "UserIdentityBody", IDENTITY_JSON),
    ("UserIdentityResponse", "UserIdentityBody", IDENTITY_JSON),
    ("CancelNotificationSuccessResponse", "GenericSuccessBoolResponse", {"success": True}),
    ("DeleteSegmentSuccessResponse", "GenericSuccessBoolResponse", {"success": True}),
    ("InlineResponse202", "PropertiesBody", {"properties": {"language": "fr", "tags": {"vip": "1"}}}),
    ("InlineResponse201", "SubscriptionBody", {"subscription": SUBSCRIPTION_JSON}),
    ("CreateSubscriptionRequestBody", "SubscriptionBody", {"subscription": SUBSCRIPTION_JSON}),
    ("UpdateSubscriptionRequestBody", "SubscriptionBody", {"subscription": SUBSCRIPTION_JSON}),
    ("PlayerNotificationTargetIncludeAliases", "IncludeAliases", {"external_id": ["u-1", "u-2"]}),
    # WebButton is the 5.x class here, and the subclass: a web button is a Button with a url
    ("WebButton", "Button", {"id": "open", "text": "Open", "url": "https://example.com"}),
]
PAIR_IDS = [f"{sub}-{base}" for sub, base, _ in PAIRS]


def cls(name: str) -> Any:
    return getattr(M, name)


# -- one schema, two names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sub, base, wire", PAIRS, ids=PAIR_IDS)
def test_the_2x_name_is_a_kind_of_the_5x_name_with_all_its_fields(sub: str, base: str, wire: Any) -> None:
    assert issubclass(cls(sub), cls(base))
    sub_fields = {f.wire for f in fields_of(cls(sub))}
    assert {f.wire for f in fields_of(cls(base))} <= sub_fields


@pytest.mark.parametrize("sub, base, wire", PAIRS, ids=PAIR_IDS)
def test_a_decoded_answer_is_an_instance_of_both_names(sub: str, base: str, wire: Any) -> None:
    answer = from_wire(copy.deepcopy(wire), sub)
    assert type(answer) is cls(sub)
    assert isinstance(answer, cls(sub)) and isinstance(answer, cls(base))
    assert to_wire(answer) == wire  # nothing the server sent is lost
    for key in wire:  # the attributes code of either line reads are there
        name = {"zh-Hans": "zh_hans"}.get(key, key)
        assert getattr(answer, name) is not None


@pytest.mark.parametrize("sub, base, wire", PAIRS, ids=PAIR_IDS)
def test_an_instance_of_the_other_name_is_accepted_where_the_subclass_is_declared(sub: str, base: str,
                                                                                  wire: Any) -> None:
    known = {f.wire for f in fields_of(cls(base))}
    data = {k: v for k, v in copy.deepcopy(wire).items() if k in known or cls(base)._extra_allowed}
    given = cls(base)._from_input(data, [base])
    assert type(given) is cls(base)
    stored = check_value(parse_type(sub), None, given, ["body"])
    assert type(stored) is cls(sub) and isinstance(stored, cls(base))
    assert to_wire(stored) == to_wire(given) == data


def test_nested_answers_decode_to_the_subclass() -> None:
    sent = from_wire({
        "id": "n-1", "app_id": APP_ID, "contents": {"en": "Hi"}, "headings": {"en": "Title"},
        "web_buttons": [{"id": "b", "text": "Go", "url": "https://example.com"}],
        "filters": [{"field": "tag", "key": "vip", "relation": "=", "value": "1"}, {"operator": "OR"}],
        "include_aliases": {"external_id": ["u-1"]}, "include_subscription_ids": ["sub-1"], "successful": 3,
    }, "NotificationWithMeta")
    assert isinstance(sent.contents, M.StringMap) and isinstance(sent.contents, M.LanguageStringMap)
    assert sent.contents.en == "Hi" and sent.headings.en == "Title"
    assert type(sent.web_buttons[0]) is M.WebButton and isinstance(sent.web_buttons[0], M.Button)
    assert sent.web_buttons[0].url == "https://example.com"
    assert all(isinstance(f, (M.FilterExpressions, M.FilterExpression, M.Filter, M.Operator)) for f in sent.filters)
    assert sent.filters[0].relation == "=" and sent.filters[1].operator == "OR"
    assert isinstance(sent.include_aliases, M.PlayerNotificationTargetIncludeAliases)
    assert isinstance(sent.include_aliases, M.IncludeAliases) and sent.include_aliases.external_id == ["u-1"]
    assert sent.include_subscription_ids == ["sub-1"] and sent.successful == 3

    user = from_wire({"identity": {"external_id": "u-1", "onesignal_id": "os-1"},
                      "subscriptions": [SUBSCRIPTION_JSON]}, "User")
    assert isinstance(user.subscriptions[0], M.SubscriptionObject)
    assert isinstance(user.subscriptions[0], M.Subscription)
    body = from_wire({"subscription": SUBSCRIPTION_JSON}, "SubscriptionBody")  # the 5.x answer name
    assert isinstance(body.subscription, M.SubscriptionObject) and isinstance(body.subscription, M.Subscription)
    segment = from_wire({"name": "VIPs", "filters": [{"field": "tag", "key": "vip", "relation": "exists"}]},
                        "Segment")
    assert isinstance(segment.filters[0], M.FilterExpressions) and isinstance(segment.filters[0], M.FilterExpression)


def test_5x_instances_are_accepted_in_the_fields_of_either_line() -> None:
    n = M.Notification(
        app_id=APP_ID,
        contents=M.LanguageStringMap(en="Hi"),
        web_buttons=[M.Button(id="b1", text="Old style"), M.WebButton(id="b2", url="https://example.com")],
        include_aliases=M.IncludeAliases(external_id=["u-1"]),
        filters=[M.Filter(field="tag", key="vip", relation="=", value="1"), M.Operator(operator="OR"),
                 M.FilterExpression(field="language", relation="=", value="fr")],
    )
    assert type(n.contents) is M.StringMap and n.contents.en == "Hi"
    assert [type(b) for b in n.web_buttons] == [M.WebButton, M.WebButton]
    assert type(n.include_aliases) is M.PlayerNotificationTargetIncludeAliases
    assert [type(f) for f in n.filters] == [M.FilterExpressions] * 3
    assert to_wire(n) == {
        "app_id": APP_ID, "contents": {"en": "Hi"},
        "web_buttons": [{"id": "b1", "text": "Old style"}, {"id": "b2", "url": "https://example.com"}],
        "include_aliases": {"external_id": ["u-1"]},
        "filters": [{"field": "tag", "key": "vip", "relation": "=", "value": "1"}, {"operator": "OR"},
                    {"field": "language", "relation": "=", "value": "fr"}],
    }
    user = M.User(identity=M.IdentityObject(external_id="u-1"),
                  subscriptions=[M.Subscription(type="Email", token="ann@example.com")])
    assert type(user.subscriptions[0]) is M.SubscriptionObject
    created = M.CreateSubscriptionRequestBody(subscription=M.Subscription(type="SMS", token="+15551234567"),
                                              retain_previous_owner=True)
    assert type(created.subscription) is M.SubscriptionObject
    assert to_wire(created) == {"subscription": {"type": "SMS", "token": "+15551234567"},
                                "retain_previous_owner": True}
    update = M.UpdateLiveActivityRequest(name="contents", event="update", event_updates={"score": "2-1"},
                                         contents=M.LanguageStringMap(en="Goal!"), stale_date=1714590000)
    assert type(update.contents) is M.StringMap


def test_the_subclass_keeps_the_wider_2x_types() -> None:
    # SubscriptionObject takes the floats of 2.x where Subscription (5.x) says int
    assert M.SubscriptionObject(notification_types=3.5).notification_types == 3.5
    with pytest.raises(ApiTypeError, match=r"^Subscription\.notification_types: expected int, got float$"):
        M.Subscription(notification_types=3.5)
    # RateLimiterError takes the error objects of 2.x and the plain messages of 5.x
    err = M.RateLimiterError(errors=[{"code": "429", "title": "Too many"}, "slow down"])
    assert type(err.errors[0]) is M.GenericErrorErrorsInner and err.errors[1] == "slow down"
    answer = from_wire({"errors": [{"code": "429", "title": "Too many"}]}, "RateLimiterError")
    assert answer.errors[0].title == "Too many"


# -- models of both lines hold the union of the fields -----------------------------------------------------------

def test_notification_takes_the_targeting_fields_of_both_lines() -> None:
    fields = {
        "include_player_ids": ["p-1"], "include_external_user_ids": ["e-1"],  # 2.x only
        "include_subscription_ids": ["s-1"], "email_to": ["ann@example.com"],  # 5.x only
        "include_email_tokens": ["bob@example.com"], "include_phone_numbers": ["+15551234567"],
        "include_aliases": {"external_id": ["u-1"]}, "target_channel": "email",
        "included_segments": ["Active Users"], "excluded_segments": ["Dormant"],
    }
    n = M.Notification(app_id=APP_ID, **fields)
    assert to_wire(n) == {"app_id": APP_ID, **fields}
    for part in (M.NotificationTarget, M.SegmentNotificationTarget, M.PlayerNotificationTarget,
                 M.SubscriptionNotificationTarget, M.BasicNotificationAllOf):
        assert isinstance(n, part)
    assert M.Notification._from_wire(to_wire(n)) == n


def test_notification_takes_the_content_fields_of_both_lines() -> None:
    n = M.Notification(
        app_id=APP_ID, channel_for_external_user_ids="email",  # 2.x only
        email_subject="Hi", email_body="<p>Hi</p>", email_reply_to_address="help@example.com",
        email_bcc=["audit@example.com"], email_sender_domain="mail.example.com", disable_email_click_tracking=True,
        global_image="https://example.com/a.png", ios_interruption_level="time_sensitive", ios_relevance_score=0.5,
        huawei_category="MARKETING", huawei_badge_add_num=1, android_channel_id=None, include_unsubscribed=None,
    )
    assert n.email_bcc == ["audit@example.com"] and n.huawei_category == "MARKETING"
    assert n.android_channel_id is None and "android_channel_id" in n  # set to null, which 5.x allows
    with pytest.raises(onesignal.ApiValueError, match=r"^Notification\.huawei_category: 'OTHER' is not one of"):
        M.Notification(app_id=APP_ID, huawei_category="OTHER")


def test_answers_with_fields_of_both_lines() -> None:
    page = from_wire({"total_count": 1, "offset": 0, "limit": 50, "time_offset": "abc", "next_time_offset": "def",
                      "notifications": [{"id": "n-1", "canceled": True, "bcc_sent": 2}]}, "NotificationSlice")
    assert (page.time_offset, page.next_time_offset) == ("abc", "def")
    assert page.notifications[0].canceled is True and page.notifications[0].bcc_sent == 2
    live = from_wire({"id": "n-2"}, "UpdateLiveActivitySuccessResponse")
    assert live.id == "n-2"
    live_2x = from_wire({"notification_id": "n-3"}, "UpdateLiveActivitySuccessResponse")
    assert live_2x.notification_id == "n-3"
    error = from_wire({"errors": ["bad"], "success": False, "reference": ["x"]}, "GenericError")
    assert (error.errors, error.success, error.reference) == (["bad"], False, ["x"])
    assert M.Filter(field="tag", key="colors", relation="in_array", value="red,blue").relation == "in_array"


# -- identity maps read by attribute -------------------------------------------------------------------------------

@pytest.mark.parametrize("type_name", ["UserIdentityResponse", "UserIdentityBody", "InlineResponse200"])
def test_identity_of_a_transfer_subscription_answer_reads_by_attribute(type_name: str) -> None:
    answer = from_wire({"identity": {"external_id": "dave", "onesignal_id": "os-dave"}}, type_name)
    identity = answer.identity
    assert isinstance(identity, M.IdentityObject) and isinstance(identity, MapModel)
    assert identity.onesignal_id == "os-dave" and identity.external_id == "dave"
    assert identity["onesignal_id"] == "os-dave" and identity.get("missing") is None
    assert identity == {"external_id": "dave", "onesignal_id": "os-dave"}  # still reads like the dict
    assert dict(identity.items()) == {"external_id": "dave", "onesignal_id": "os-dave"}
    assert sorted(identity) == ["external_id", "onesignal_id"] and len(identity) == 2
    with pytest.raises(ApiAttributeError):
        identity.facebook_id  # noqa: B018 (an alias the user does not have)


def test_identity_fields_accept_a_dict_or_an_identity_object_and_check_the_values() -> None:
    for model in (M.User, M.UserIdentityBody, M.UserIdentityRequestBody, M.TransferSubscriptionRequestBody):
        by_dict = model(identity={"external_id": "u-1"})
        by_object = model(identity=M.IdentityObject(external_id="u-1"))
        assert by_dict == by_object and by_dict.identity.external_id == "u-1"
        assert to_wire(by_dict) == {"identity": {"external_id": "u-1"}}
        with pytest.raises(ApiTypeError, match=rf"^{model.__name__}\.identity\.external_id: expected str, got int$"):
            model(identity={"external_id": 42})


# -- include_aliases ---------------------------------------------------------------------------------------------

def test_include_aliases_refuses_a_string_where_a_list_is_wanted() -> None:
    with pytest.raises(ApiTypeError) as err:
        M.Notification(app_id=APP_ID, include_aliases={"external_id": "u-1"})
    assert str(err.value) == "Notification.include_aliases.external_id: expected list, got str"
    assert err.value.path_to_item == ["Notification", "include_aliases", "external_id"]
    with pytest.raises(ApiTypeError, match=r"^Notification\.include_aliases\.external_id\[1\]: expected str, "
                                           r"got int$"):
        M.Notification(app_id=APP_ID, include_aliases={"external_id": ["u-1", 2]})
    with pytest.raises(ApiTypeError, match=r"^IncludeAliases\.external_id: expected list, got str$"):
        M.IncludeAliases(external_id="u-1")
    aliases = M.IncludeAliases(external_id=["u-1"])
    with pytest.raises(ApiTypeError, match=r"^IncludeAliases\.crm_id: expected list, got str$"):
        aliases["crm_id"] = "c-1"
    with pytest.raises(ApiTypeError, match=r"^PlayerNotificationTargetIncludeAliases\.crm_id: expected list"):
        M.PlayerNotificationTargetIncludeAliases(crm_id="c-1")


# -- through the API, against the fake server --------------------------------------------------------------------

@pytest.fixture
def api(fake: FakeOneSignal) -> Iterator[DefaultApi]:
    config = fake.configuration()
    config.backoff_factor = 0.01
    config.timeout = (2, 5)
    with onesignal.ApiClient(config) as client:
        yield DefaultApi(client)


def test_5x_style_calls_to_operations_of_both_lines(fake: FakeOneSignal, api: DefaultApi) -> None:
    carol = api.create_user(fake.app_id, M.User(
        identity=M.IdentityObject(external_id="carol"),
        subscriptions=[M.Subscription(type="AndroidPush", token="android-token-carol")]))
    assert carol.identity is not None and carol.subscriptions is not None
    assert carol.identity.external_id == "carol" and carol.identity.onesignal_id
    assert isinstance(carol.subscriptions[0], M.Subscription)
    dave = api.create_user(fake.app_id, M.User(identity={"external_id": "dave"}))

    created = api.create_subscription(fake.app_id, "external_id", "carol", M.SubscriptionBody(
        subscription=M.Subscription(type="ChromePush", token="chrome-token-carol", enabled=True)))
    assert isinstance(created, M.InlineResponse201) and isinstance(created, M.SubscriptionBody)
    assert isinstance(created.subscription, M.Subscription) and created.subscription.type == "ChromePush"

    moved = api.transfer_subscription(fake.app_id, created.subscription.id, M.TransferSubscriptionRequestBody(
        identity=M.IdentityObject(external_id="dave")))
    assert isinstance(moved, M.UserIdentityBody) and moved.identity is not None and dave.identity is not None
    assert moved.identity.onesignal_id == dave.identity.onesignal_id
    assert moved.identity.external_id == "dave"
    stored = fake.find_user("external_id", "dave")
    assert stored is not None
    assert [s["id"] for s in stored["subscriptions"]] == [created.subscription.id]
