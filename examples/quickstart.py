"""Quick start: create a user, send them a notification, read it back, list recent notifications.

    python3 examples/quickstart.py

With ONESIGNAL_APP_ID and ONESIGNAL_APP_KEY in the environment it talks to the OneSignal API; without them it
starts the embedded FakeOneSignal on 127.0.0.1, so it runs anywhere with no account and no network.
"""
from __future__ import annotations

import contextlib
import os
import uuid
from datetime import datetime, timezone

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.model.notification import Notification
from onesignal.model.subscription_object import SubscriptionObject
from onesignal.model.user import User


def main() -> None:
    with contextlib.ExitStack() as stack:
        app_id = os.environ.get("ONESIGNAL_APP_ID")
        if app_id and os.environ.get("ONESIGNAL_APP_KEY"):
            configuration = onesignal.Configuration.from_env()
            print(f"Using the OneSignal API at {configuration.host} (app {app_id}).")
        else:
            from onesignal.testing import FakeOneSignal
            fake = stack.enter_context(FakeOneSignal())
            app_id, configuration = fake.app_id, fake.configuration()
            print(f"ONESIGNAL_APP_ID/ONESIGNAL_APP_KEY not set: using the embedded FakeOneSignal at {fake.host}.")
        api = DefaultApi(stack.enter_context(onesignal.ApiClient(configuration)))

        external_id = f"quickstart-{uuid.uuid4().hex[:8]}"
        user = api.create_user(app_id, User(
            identity={"external_id": external_id},
            properties={"language": "en", "tags": {"source": "quickstart"}},
            subscriptions=[
                SubscriptionObject(type="Email", token=f"{external_id}@example.com"),
                SubscriptionObject(type="AndroidPush", token=f"token-{external_id}", enabled=True,
                                   notification_types=1),
            ],
        ))
        kinds = ", ".join(f"{s.type} {s.id}" for s in user.subscriptions or [])
        print(f"Created user {external_id} (onesignal_id {user.identity.get('onesignal_id')}): {kinds}")

        sent = api.create_notification(Notification(
            app_id=app_id,
            headings={"en": "Welcome"},
            contents={"en": "Hello from the onesignal quick start"},
            include_aliases={"external_id": [external_id]},
            target_channel="push",
        ))
        if not sent.id:
            print(f"Nothing was sent: {sent.errors}")
            return
        print(f"Sent notification {sent.id} to {sent.recipients} recipient(s)")

        notification = api.get_notification(app_id, sent.id)
        print(f"Read it back: {notification.contents.en!r}, successful={notification.successful}, "
              f"remaining={notification.remaining}, canceled={notification.get('canceled')}")

        page = api.get_notifications(app_id, limit=5)
        print(f"Recent notifications of the app ({page.total_count} in all):")
        for item in page.notifications or []:
            queued = datetime.fromtimestamp(item.queued_at, timezone.utc).isoformat() if item.queued_at else "-"
            text = item.contents.en if item.contents else ""
            print(f"  {item.id}  queued {queued}  successful={item.successful}  {text!r}")


if __name__ == "__main__":
    main()
