"""Declaration of the ``App`` model."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from onesignal.model_utils import Model, declare


class App(Model):
    """A OneSignal app with its per-platform messaging settings.

    Body and answer of create_app and update_app, answer of get_app; get_apps returns a list of them.
    """

    id: Optional[str] = declare(read_only=True, doc="OneSignal ID of the app, assigned by the server.")
    name: Optional[str] = declare(doc="Name of the app as listed in the dashboard; it can be changed later.")
    players: Optional[int] = declare(
        read_only=True, doc="Total number of device records (players) registered for the app.")
    messageable_players: Optional[int] = declare(
        read_only=True, doc="Number of registered devices that can currently be sent messages.")
    updated_at: Optional[datetime] = declare(read_only=True, doc="Date and time of the app's last change.")
    created_at: Optional[datetime] = declare(read_only=True, doc="Date and time the app was created.")
    android_gcm_sender_id: Optional[str] = declare(
        doc="Android: Google project number, also called sender ID; sent to the server, not returned.")
    gcm_key: Optional[str] = declare(nullable=True, secret=True, doc="Android: Google push messaging auth key.")
    chrome_web_origin: Optional[str] = declare(
        nullable=True,
        doc="Web push (not Safari): URL of your site; must be set to enable web push and its other settings.")
    chrome_key: Optional[str] = declare(
        nullable=True, secret=True, doc="Chrome Apps/Extensions only (not web push): Google push messaging auth key.")
    chrome_web_default_notification_icon: Optional[str] = declare(
        nullable=True,
        doc="Web push (not Safari): default notification icon URL; 256x256 pixels advised, at least 80x80.")
    chrome_web_sub_domain: Optional[str] = declare(
        nullable=True, doc="Web push (not Safari): subdomain you pick so that web push works on a site without HTTPS.")
    apns_env: Optional[str] = declare(
        nullable=True, enum=('sandbox', 'production'),
        doc="iOS: APNs environment the app pushes to, 'sandbox' or 'production'.")
    apns_p12: Optional[str] = declare(
        secret=True, doc="iOS: APNs p12 certificate file, Base64-encoded into a string; sent, not returned.")
    apns_p12_password: Optional[str] = declare(
        secret=True, doc="iOS: password of the apns_p12 certificate; needed when a p12 certificate is used.")
    apns_certificates: Optional[str] = declare(
        nullable=True, read_only=True,
        doc="iOS: APNs certificate information stored for the app, reported by the server.")
    safari_apns_certificates: Optional[str] = declare(
        read_only=True, doc="Safari: web push certificate information stored for the app, reported by the server.")
    safari_apns_p12: Optional[str] = declare(
        secret=True,
        doc="Safari: p12 certificate for Safari web push, Base64-encoded into a string; sent, not returned.")
    safari_apns_p12_password: Optional[str] = declare(
        secret=True, doc="Safari: password of the safari_apns_p12 certificate.")
    apns_key_id: Optional[str] = declare(
        nullable=True, doc="iOS, needed with p8 auth: identifier of the p8 authentication key.")
    apns_team_id: Optional[str] = declare(
        nullable=True, doc="iOS, needed with p8 auth: team ID Apple gave your developer account.")
    apns_bundle_id: Optional[str] = declare(
        nullable=True, doc="iOS, needed with p8 auth: bundle ID of your app at Apple.")
    apns_p8: Optional[str] = declare(
        nullable=True, secret=True, doc="iOS, needed with p8 auth: the p8 key, Base64-encoded.")
    safari_site_origin: Optional[str] = declare(
        nullable=True, doc="Safari (recommended): host name of your site with its 'http://' or 'https://' prefix.")
    safari_push_id: Optional[str] = declare(
        nullable=True, read_only=True, doc="Safari: web push ID of the app, assigned by the server.")
    safari_icon_16_16: Optional[str] = declare(
        read_only=True, doc="Safari: URL of the 16x16 notification icon, made by the server.")
    safari_icon_32_32: Optional[str] = declare(
        read_only=True, doc="Safari: URL of the 32x32 notification icon, made by the server.")
    safari_icon_64_64: Optional[str] = declare(
        read_only=True, doc="Safari: URL of the 64x64 notification icon, made by the server.")
    safari_icon_128_128: Optional[str] = declare(
        read_only=True, doc="Safari: URL of the 128x128 notification icon, made by the server.")
    safari_icon_256_256: Optional[str] = declare(
        doc="Safari: URL of a 256x256 PNG notification icon; the one Safari icon you have to supply.")
    site_name: Optional[str] = declare(
        nullable=True,
        doc="Web push (all browsers): site name; setting it needs both chrome_web_origin and safari_site_origin.")
    basic_auth_key: Optional[str] = declare(
        nullable=True, read_only=True, secret=True,
        doc="Key for authenticating REST calls on this app, reported by the server; keep it private.")
    organization_id: Optional[str] = declare(
        doc="ID of the organization the new app should belong to; sent, not returned.")
    additional_data_is_root_payload: Optional[bool] = declare(
        doc="iOS: if true, additional data goes at the root of the APNs payload; only for code reading that payload.")
