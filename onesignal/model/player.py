"""Declaration of the ``Player`` model."""
from __future__ import annotations

from typing import Any, Dict, Optional

from onesignal.model_utils import Model, declare


class Player(Model):
    """A device record (player) of an app: a push, email or SMS recipient.

    Body of create_player and update_player, answer of get_player; get_players returns pages of them.
    """

    id: Optional[str] = declare(read_only=True, doc="OneSignal ID of the device record, assigned by the server.")
    invalid_identifier: Optional[bool] = declare(
        read_only=True, doc="True when the device can no longer be reached, which amounts to being unsubscribed.")
    app_id: Optional[str] = declare(doc="ID of the OneSignal app the device belongs to.")
    device_type: int = declare(
        required=True,
        doc="Platform: 0 iOS, 1 Android, 2 Amazon, 5 Chrome web, 7 Safari, 8 Firefox, 9 macOS, 11 email, 14 SMS, etc.")
    external_user_id: Optional[str] = declare(nullable=True, doc="Your own user ID, linked to this device.")
    external_user_id_auth_hash: Optional[str] = declare(
        secret=True,
        doc="Identity Verification hash; needed only when that feature is on and device_type is not 11 (email).")
    email_auth_hash: Optional[str] = declare(
        secret=True,
        doc="Email: Identity Verification hash; needed only when that feature is on and device_type is 11.")
    identifier: Optional[str] = declare(
        nullable=True,
        doc=("Push token from Google or Apple (Apple's stripped to alphanumerics), or the email address when "
             "device_type is 11."))
    language: Optional[str] = declare(
        doc="Language code, mostly two lower-case letters such as 'en'; Chinese needs 'zh-Hans' or 'zh-Hant'.")
    timezone: Optional[int] = declare(nullable=True, doc="Offset from UTC in seconds, e.g. -28800.")
    game_version: Optional[str] = declare(nullable=True, doc="Version of your app, e.g. '1.1'.")
    device_model: Optional[str] = declare(nullable=True, doc="Make and model of the device, e.g. 'iPhone5,1'.")
    device_os: Optional[str] = declare(nullable=True, doc="Version of the device's operating system, e.g. '7.0.4'.")
    ad_id: Optional[str] = declare(
        nullable=True,
        doc=("Platform ad ID: Advertising Id on Android, identifierForVendor on iOS, DeviceUniqueId/AdvertisingId on "
             "WP8.0/8.1."))
    sdk: Optional[str] = declare(nullable=True, doc="Name and version of the SDK or plugin making the call, if any.")
    session_count: Optional[int] = declare(doc="Number of sessions the user has had in the app; 1 when not given.")
    tags: Optional[Dict[str, Any]] = declare(
        nullable=True,
        doc="Custom flat string or integer key-value tags; a null or empty value deletes a tag; at most 100 per call.")
    amount_spent: Optional[float] = declare(doc="Total the user has spent, in USD, with at most two decimals.")
    created_at: Optional[int] = declare(doc="Unix time (seconds) when the device record joined the app.")
    playtime: Optional[int] = declare(doc="Time the app has been running on the device, in seconds.")
    badge_count: Optional[int] = declare(
        doc="iOS: badge number shown on the app icon; not supported for apps created after June 2018.")
    last_active: Optional[int] = declare(doc="Unix time (seconds) of the device's last activity.")
    notification_types: Optional[int] = declare(
        doc="1 subscribed, -2 unsubscribed; set by the iOS SDK; setting it on Android clashes with setSubscription.")
    test_type: Optional[int] = declare(
        nullable=True,
        doc=("iOS: provisioning profile of the build, which picks the sandbox or production certificate: 1 "
             "development, 2 ad-hoc; omit for App Store."))
    long: Optional[float] = declare(doc="Longitude of the device, for location-based segments.")
    lat: Optional[float] = declare(doc="Latitude of the device, for location-based segments.")
    country: Optional[str] = declare(doc="Country code in ISO 3166-1 alpha-2 form, e.g. 'US'.")
