"""Ordinary user code, in the styles of the README and of both SDK lines' docs: it must type-check cleanly."""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import onesignal
from onesignal.api import default_api
from onesignal.api_client import AsyncResult
from onesignal.helpers import is_message_sent
from onesignal.model.button import Button
from onesignal.model.create_notification_success_response import CreateNotificationSuccessResponse
from onesignal.model.filter import Filter
from onesignal.model.language_string_map import LanguageStringMap
from onesignal.model.notification import Notification
from onesignal.model.notification_slice import NotificationSlice
from onesignal.model.operator import Operator
from onesignal.model.string_map import StringMap
from onesignal.model.subscription import Subscription
from onesignal.model.subscription_body import SubscriptionBody
from onesignal.model.user import User


def send(api: default_api.DefaultApi, app_id: str) -> Optional[str]:
    notification = Notification(
        app_id=app_id,
        contents=StringMap(en="Your order has shipped"),
        headings=LanguageStringMap(en="Shipped"),
        subtitle={"en": "Order 1042"},
        include_aliases={"external_id": ["customer-1042"]},
        target_channel="push",
        buttons=[Button(id="track", text="Track it"), {"id": "help", "text": "Help"}],
        filters=[Filter("tag", "=", key="tier", value="gold"), Operator(operator="OR"), {"field": "language"}],
        data={"order": 1042, "items": ["a", "b"]},
        ttl=3600,
        priority=10,
    )
    response = api.create_notification(notification)
    if is_message_sent(response):
        return response.id
    return None


def options(api: default_api.DefaultApi, notification: Notification) -> None:
    thread: AsyncResult[CreateNotificationSuccessResponse] = api.create_notification(notification, async_req=True)
    answer: CreateNotificationSuccessResponse = thread.get()
    data, status, headers = api.create_notification(notification, _return_http_data_only=False)
    full: Tuple[CreateNotificationSuccessResponse, int, Dict[str, str]] = (data, status, headers)
    raw = api.get_notifications("app-id", _preload_content=False)
    body: bytes = raw.data
    page: NotificationSlice = api.get_notifications("app-id", limit=10, kind=1, _request_timeout=(2, 5))
    print(answer.id, full, body, page.total_count, api.get_app("app-id", _host_index=None).name)


def generated_sdk_styles(api: default_api.DefaultApi) -> List[str]:
    Notification({"app_id": "app-id", "contents": {"en": "hi"}})  # a dict of fields, by position
    user: User = api.get_user("app-id", "external_id", "u-1")
    api.create_subscription("app-id", "external_id", "u-1",
                            subscription_body=SubscriptionBody(subscription=Subscription(type="Email",
                                                                                        token="a@b.co")))
    api.create_subscription("app-id", "external_id", "u-1", {"subscription": {"type": "SMS", "token": "+15551234"}})
    identity = api.fetch_user_identity("app-id", "external_id", "u-1").identity
    return [str(user.identity), str(identity)]


def configure() -> onesignal.Configuration:
    configuration = onesignal.Configuration(rest_api_key="key", organization_api_key="org")
    configuration.app_key = "other"
    with onesignal.ApiClient(configuration) as api_client:
        default_api.DefaultApi(api_client)
    return configuration
