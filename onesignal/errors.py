"""The literal error messages the OneSignal API sends, to compare with ``ApiException.error_messages``::

    try:
        api.create_notification(notification)
    except onesignal.ApiException as error:
        if OneSignalErrors.NO_TARGETING_SPECIFIED in error.error_messages:
            ...

A create_notification that reaches nobody is not an error: it answers 200 with an empty ``id`` and the
reason in the answer's ``errors`` (``NO_SUBSCRIBERS``); ``onesignal.helpers.is_message_sent`` tells.
"""
from __future__ import annotations


class OneSignalErrors:
    """Messages the API is known to send, word for word (status: when)."""

    # 403, any endpoint: the key is missing, unknown or of the wrong kind (two spaces after "denied.")
    INVALID_API_KEY = ("Access denied.  Please include an 'Authorization: ...' header with a valid API key "
                       "(https://documentation.onesignal.com/docs/en/keys-and-ids#api-keys).")
    # 400 or 404: the notification id names no notification of the app
    NOTIFICATION_NOT_FOUND = "Notification not found"
    # 200 on create_notification, with an empty id: nobody in the audience could receive it
    NO_SUBSCRIBERS = "All included players are not subscribed"
    # 400 on create_notification: the body names no audience
    NO_TARGETING_SPECIFIED = ("You must include which players, segments, or tags you wish to send this "
                              "notification to.")
    # 503, any endpoint: a passing failure of the service; the SDK retries it where that is safe
    SERVICE_UNAVAILABLE = "Service temporarily unavailable"
    # 429, any endpoint: too many requests; the answer's Retry-After says when to try again
    RATE_LIMIT_EXCEEDED = "API rate limit exceeded."
