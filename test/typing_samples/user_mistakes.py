"""Typical mistakes: the type checkers must flag each line with an error comment, and only those."""
from __future__ import annotations

from onesignal.api.default_api import DefaultApi
from onesignal.model.button import Button
from onesignal.model.notification import Notification


def mistakes(api: DefaultApi) -> None:
    Notification(app_id="app-id", contnets={"en": "x"})  # error: a misspelled field
    Notification(app_id="app-id", ttl="soon")  # error: a field of the wrong type
    Notification(app_id="app-id", buttons=[Button(idd="x")])  # error: a nested model's unknown field
    api.get_notifications("app-id", limit="ten")  # error: an argument of the wrong type
    api.get_notification("app-id")  # error: a required argument left out
    thread = api.create_notification(Notification(app_id="app-id"), async_req=True)
    print(thread.id)  # error: an AsyncResult used as the answer
    answer = api.create_notification(Notification(app_id="app-id"))
    print(answer.recipient)  # error: a misspelled attribute of the answer
    api.get_apps(_request_timeout="soon")  # error: an option of the wrong type
