"""Declaration of the ``BasicNotificationAllOf`` model."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from onesignal.model_utils import Limits, Model, declare


class BasicNotificationAllOf(Model):
    """Fields of a notification besides its audience: content, scheduling and per-channel, per-platform options.

    Together with NotificationTarget it makes BasicNotification, the base of the body of create_notification
    (Notification) and of the answer of get_notification (NotificationWithMeta). It has the fields of both SDK
    lines; contents, headings and subtitle are StringMaps, which are also 5.x LanguageStringMaps.
    """

    id: Optional[str] = declare(doc="ID (UUID) of the notification, as OneSignal reports it in answers.")
    value: Optional[int] = declare(
        read_only=True, doc="Read-only number reported by the server; undocumented, apparently an outcome total.")
    name: Optional[str] = declare(
        nullable=True,
        doc="Internal label to find the message in the dashboard and exports, never shown to users; required for SMS.")
    aggregation: Optional[str] = declare(
        enum=('sum', 'count'), read_only=True,
        doc="Read-only: how 'value' is aggregated, 'sum' or 'count'; undocumented, apparently outcome data.")
    is_ios: Optional[bool] = declare(
        'isIos', nullable=True, doc="Send to every subscriber of the app's Apple iOS platform.")
    is_android: Optional[bool] = declare(
        'isAndroid', nullable=True, doc="Send to every subscriber of the app's Google Android platform.")
    is_huawei: Optional[bool] = declare(
        'isHuawei', nullable=True, doc="Send to every subscriber of the app's Huawei Android platform.")
    is_any_web: Optional[bool] = declare(
        'isAnyWeb', nullable=True,
        doc="Send to all web push subscribers (Chrome, Firefox, Safari); same as the three web flags together.")
    is_chrome_web: Optional[bool] = declare(
        'isChromeWeb', nullable=True,
        doc="Send to all subscribers of the Chrome & Firefox web push platform, Chrome on Android included.")
    is_firefox: Optional[bool] = declare(
        'isFirefox', nullable=True, doc="Send to all Firefox desktop subscribers of the Firefox web push platform.")
    is_safari: Optional[bool] = declare(
        'isSafari', nullable=True,
        doc="Send to all Safari desktop subscribers of the Safari web push platform; iOS Safari is not covered.")
    is_wp_wns: Optional[bool] = declare(
        'isWP_WNS', nullable=True, doc="Send to every subscriber of the app's Windows platform.")
    is_adm: Optional[bool] = declare(
        'isAdm', nullable=True, doc="Send to every subscriber of the app's Amazon Fire platform.")
    is_chrome: Optional[bool] = declare(
        'isChrome', nullable=True,
        doc="Send to every install of the Chrome Apps & Extensions platform; not for web push (see is_chrome_web).")
    channel_for_external_user_ids: Optional[str] = declare(
        doc=("Channel to use, 'push', 'email' or 'sms', "
             "when targeted external user IDs have subscriptions on several channels."))
    app_id: Optional[str] = declare(
        doc="ID (UUID) of the OneSignal app, shown on the Keys & IDs page; required to create a notification.")
    external_id: Optional[str] = declare(
        nullable=True,
        doc="Deprecated (see idempotency_key): UUID making a repeat within 30 days return the first result unsent.")
    idempotency_key: Optional[str] = declare(
        nullable=True,
        doc="UUID making the request idempotent: a repeat within 30 days sends nothing and returns the first result.")
    contents: Optional[StringMap] = declare(
        doc=("Message text without the title, keyed by language code ('en' required); "
             "required unless content_available or template_id is set."))
    headings: Optional[StringMap] = declare(
        doc="Title of the message, keyed by language code, e.g. {'en': 'Hello'}; inline substitutions allowed.")
    subtitle: Optional[StringMap] = declare(
        doc="Subtitle of the message, keyed by language code, e.g. {'en': 'Sale'}; inline substitutions allowed.")
    data: Optional[Dict[str, Any]] = declare(
        nullable=True,
        doc=("Push: custom key-value payload handed to your app (the "
             "dashboard's 'Additional Data'); 2048 bytes at most."))
    huawei_msg_type: Optional[str] = declare(
        nullable=True, doc="Push, Huawei only: kind of message sent, 'data' or 'message'.")
    url: Optional[str] = declare(
        nullable=True,
        doc="Push, all platforms: URL opened on click; iOS needs https; leave out when web_url or app_url is set.")
    web_url: Optional[str] = declare(
        nullable=True,
        doc="Push, web browsers only: like url, but sent only to web push subscribers (Chrome, Firefox, Safari...).")
    app_url: Optional[str] = declare(
        nullable=True,
        doc="Push, apps only: like url, but sent only to app platforms (iOS, Android, macOS, Windows, Chrome Apps...).")
    ios_attachments: Optional[Dict[str, Any]] = declare(
        nullable=True,
        doc="Push, iOS 10+: media attachments as {media id: bundled file name or URL}, seen on long press.")
    template_id: Optional[str] = declare(
        nullable=True, doc="ID (UUID) of a template made in the dashboard whose content this message uses.")
    content_available: Optional[bool] = declare(
        nullable=True,
        doc="Push, iOS: true wakes the app in the background (content-available=1); not if it was force-quit.")
    mutable_content: Optional[bool] = declare(
        doc="Push, iOS 10+: lets the app's notification service extension edit the content; always true.")
    target_content_identifier: Optional[str] = declare(
        nullable=True, doc="Push, iOS 13+: App Clip experience or window of a multi-scene app to target.")
    big_picture: Optional[str] = declare(
        nullable=True, doc="Push, Android: image of the expanded view, as a drawable resource name or a URL.")
    huawei_big_picture: Optional[str] = declare(
        nullable=True, doc="Push, Huawei: image of the expanded view, as a drawable resource name or a URL.")
    adm_big_picture: Optional[str] = declare(
        nullable=True, doc="Push, Amazon: image of the expanded view, as a drawable resource name or a URL.")
    chrome_big_picture: Optional[str] = declare(
        nullable=True, doc="Push, Chrome Apps: large image under the notification text; must be a local URL.")
    chrome_web_image: Optional[str] = declare(
        nullable=True, doc="Push, Chrome 56+ (web): large image shown under the title and text of the notification.")
    global_image: Optional[str] = declare(
        nullable=True,
        doc="Push, every platform able to show one: URL of an image; a platform's own image field wins over it.")
    buttons: Optional[List[Button]] = declare(
        nullable=True,
        doc="Push, iOS 8+, Android 4.1+, Amazon: action buttons, shown in reverse order; icons work on Android only.")
    web_buttons: Optional[List[WebButton]] = declare(
        nullable=True,
        doc="Push, Chrome 48+ (web): action buttons of the notification; each needs an id and may open a url.")
    ios_category: Optional[str] = declare(
        nullable=True,
        doc="Push, iOS: APS category; on iOS 10+ it picks the content extension registered with that ID.")
    android_channel_id: Optional[str] = declare(
        nullable=True, doc="Push, Android: ID of the OneSignal notification category (Android 8+ channel) to use.")
    huawei_channel_id: Optional[str] = declare(
        nullable=True, doc="Push, Huawei: ID of the OneSignal notification category (Android 8+ channel) to use.")
    existing_android_channel_id: Optional[str] = declare(
        nullable=True, doc="Push, Android: ID of a notification channel that your app's own code defines.")
    huawei_existing_channel_id: Optional[str] = declare(
        nullable=True, doc="Push, Huawei: ID of a notification channel that your app's own code defines.")
    android_background_layout: Optional[BasicNotificationAllOfAndroidBackgroundLayout] = declare(
        doc="Push, Android: background image and text colors of the notification.")
    small_icon: Optional[str] = declare(
        nullable=True,
        doc="Push, Android: status bar icon; defaults to ic_stat_onesignal_default if the app has it, else a bell.")
    huawei_small_icon: Optional[str] = declare(
        nullable=True,
        doc="Push, Huawei: status bar icon as a resource path, e.g. '/drawable/small_icon'; defaults to the app icon.")
    large_icon: Optional[str] = declare(
        nullable=True, doc="Push, Android: large icon, as a drawable resource name or a URL.")
    huawei_large_icon: Optional[str] = declare(
        nullable=True, doc="Push, Huawei: large icon, as a drawable resource name or a URL.")
    adm_small_icon: Optional[str] = declare(
        nullable=True,
        doc="Push, Amazon: status bar icon; defaults to ic_stat_onesignal_default if the app has it, else a bell.")
    adm_large_icon: Optional[str] = declare(
        nullable=True,
        doc="Push, Amazon: large icon, as a drawable resource name or a URL; small_icon is used when empty.")
    chrome_web_icon: Optional[str] = declare(
        nullable=True,
        doc=("Push, Chrome (web): icon image URL, 256x256 advised (80x80 at least), "
             "GIFs do not animate; Firefox uses it too."))
    chrome_web_badge: Optional[str] = declare(
        nullable=True, doc="Push, Chrome (web): icon shown for the notification in the Android notification shade.")
    firefox_icon: Optional[str] = declare(
        nullable=True,
        doc=("Push, Firefox: icon image URL for Firefox only, "
             "256x256 advised (80x80 at least); chrome_web_icon usually suffices."))
    chrome_icon: Optional[str] = declare(
        nullable=True,
        doc="Push, Chrome Apps: local URL of the icon, app icon when empty; not for web push (see chrome_web_icon).")
    ios_sound: Optional[str] = declare(
        nullable=True,
        doc=("Push, iOS: bundled sound file played instead of the default, "
             "e.g. 'notification.wav'; nil turns off sound and vibration."))
    android_sound: Optional[str] = declare(
        nullable=True,
        doc=("Push, Android (deprecated, ignored on Android 8+): "
             "bundled sound name without extension, e.g. 'notification'; nil mutes it."))
    huawei_sound: Optional[str] = declare(
        nullable=True,
        doc=("Push, Huawei (deprecated, EMUI 5 and older only): "
             "full path of a bundled sound without extension, e.g. '/res/raw/notification'."))
    adm_sound: Optional[str] = declare(
        nullable=True,
        doc=("Push, Amazon (deprecated, ignored on Android 8+): "
             "bundled sound name without extension, e.g. 'notification'; nil mutes it."))
    wp_wns_sound: Optional[str] = declare(
        nullable=True, doc="Push, Windows: bundled sound file played instead of the default, e.g. 'notification.wav'.")
    android_led_color: Optional[str] = declare(
        nullable=True,
        doc="Push, Android (deprecated, ignored on Android 8+): LED color in ARGB hex, e.g. 'FF0000FF' (blue).")
    huawei_led_color: Optional[str] = declare(
        nullable=True,
        doc="Push, Huawei (deprecated, EMUI 5 and older only): LED color in RGB hex, e.g. '0000FF' (blue).")
    android_accent_color: Optional[str] = declare(
        nullable=True,
        doc="Push, Android 5.0+ (API 21+): ARGB hex color of the circle left of the text, e.g. 'FFFF0000'.")
    huawei_accent_color: Optional[str] = declare(
        nullable=True,
        doc=("Push, Huawei: RGB hex accent color of action buttons and group count, "
             "e.g. '#9900FF'; the theme color by default."))
    android_visibility: Optional[int] = declare(
        nullable=True,
        doc=("Push, Android (deprecated, ignored on Android 8+): "
             "lock screen visibility, 1 public (default), 0 private, -1 secret."))
    huawei_visibility: Optional[int] = declare(
        nullable=True,
        doc=("Push, Huawei (deprecated, EMUI 5 and older only): "
             "lock screen visibility, 1 public (default), 0 private, -1 secret."))
    ios_badge_type: Optional[str] = declare(
        'ios_badgeType', nullable=True,
        doc="Push, iOS: how ios_badgeCount changes the app badge: 'None' (unchanged), 'SetTo' or 'Increase'.")
    ios_badge_count: Optional[int] = declare(
        'ios_badgeCount', nullable=True,
        doc="Push, iOS: badge number to set, or to add with 'Increase' (a negative number subtracts).")
    collapse_id: Optional[str] = declare(
        doc="Push, iOS 10+ and Android: a newer notification with the same ID replaces it; 64 characters at most.")
    web_push_topic: Optional[str] = declare(
        nullable=True, doc="Push, web browsers: topic; notifications with different topics are displayed side by side.")
    apns_alert: Optional[Dict[str, Any]] = declare(
        nullable=True,
        doc="Push, iOS 10+: APNs alert parameters such as loc-key, to localize the message on the device.")
    delayed_option: Optional[str] = declare(
        nullable=True,
        doc=("All channels: per-user delivery time, 'timezone' (set time of day "
             "in each user's zone) or 'last-active'; applies after send_after."))
    delivery_time_of_day: Optional[str] = declare(
        nullable=True, doc="All channels: time of day used with delayed_option 'timezone', e.g. '9:00AM' or '21:45'.")
    ttl: Optional[int] = declare(
        nullable=True,
        doc=("Push: seconds before the notification expires for an offline device; "
             "default 259200 (3 days), at most 2419200 (28 days)."))
    priority: Optional[int] = declare(
        nullable=True,
        doc=("Push, Android and Chrome: 10 means high priority, "
             "other values normal (Android default); high wakes Android 6+ from doze."))
    apns_push_type_override: Optional[str] = declare(
        doc="Push, iOS: apns-push-type header to force; only 'voip' is accepted (others are automatic).")
    throttle_rate_per_minute: Optional[str] = declare(
        nullable=True,
        doc=("All channels: delivery throttle for this message, "
             "overriding the app's setting (used when absent); '0' turns throttling off."))
    android_group: Optional[str] = declare(
        nullable=True, doc="Push, Android: group key; notifications sharing it are stacked together.")
    android_group_message: Optional[str] = declare(
        nullable=True,
        doc=("Push, Android 6 and older: summary of a stack keyed by language code, "
             "$[notif_count] gives the count; default '# new messages'."))
    adm_group: Optional[str] = declare(
        nullable=True, doc="Push, Amazon: group key; notifications sharing it are stacked together.")
    adm_group_message: Optional[Dict[str, Any]] = declare(
        nullable=True,
        doc=("Push, Amazon: summary of a stack keyed by language code ('en' required), "
             "$[notif_count] gives the count; default '# new messages'."))
    thread_id: Optional[str] = declare(
        nullable=True, doc="Push, iOS 12+: thread identifier; notifications sharing it are grouped together.")
    summary_arg: Optional[str] = declare(
        doc="Push, iOS 12+: sender name shown in a thread group summary ('N more notifications from ...').")
    summary_arg_count: Optional[int] = declare(
        doc="Push, iOS 12+: how many notifications this one adds to the count of its thread group summary.")
    ios_relevance_score: Optional[float] = declare(
        nullable=True,
        doc="Push, iOS 15+: number from 0 to 1 that ranks this notification within its group summary.")
    ios_interruption_level: Optional[str] = declare(
        nullable=True,
        doc=("Push, iOS 15+: how urgently the notification may break through Focus modes: 'active' (default), "
             "'passive', 'time_sensitive' or 'critical'."))
    email_subject: Optional[str] = declare(nullable=True, doc="Email: subject line; required for email.")
    email_body: Optional[str] = declare(
        doc=("Email: HTML body, sent as is; must hold [unsubscribe_url] in an <a> link; "
             "required unless template_id is set."))
    email_from_name: Optional[str] = declare(
        nullable=True, doc="Email: sender name; defaults to the 'from name' of the app's email settings.")
    email_from_address: Optional[str] = declare(
        nullable=True, doc="Email: sender address; defaults to the 'from email' of the app's email settings.")
    email_reply_to_address: Optional[str] = declare(
        nullable=True, doc="Email: address that replies go to; the sender address when left out.")
    email_preheader: Optional[str] = declare(
        nullable=True, doc="Email: preview text shown after the subject in the inbox; none by default.")
    disable_email_click_tracking: Optional[bool] = declare(
        nullable=True, doc="Email: true sends the links as written, without click tracking; false by default.")
    include_unsubscribed: Optional[bool] = declare(
        nullable=True,
        doc=("Email: true also sends to unsubscribed addresses (transactional mail); "
             "default false, taken from the template when template_id is set."))
    email_bcc: Optional[List[str]] = declare(
        limits=Limits(max_items=5),
        nullable=True,
        doc="Email: up to 5 addresses that get a blind copy; only when OneSignal itself delivers the email.")
    email_sender_domain: Optional[str] = declare(
        nullable=True,
        doc="Email: sender domain for this message instead of the app's; only when OneSignal itself delivers it.")
    kind: Optional[str] = declare(
        nullable=True, enum=('warmup',),
        doc=("Email: 'warmup' makes this an Auto Warm Up campaign, sent gradually over several days by the stages "
             "of email_warm_up (then required); not combined with send_after."))
    email_warm_up: Optional[EmailWarmUpRequest] = declare(
        doc="Email: the stages (and optionally the strategy) of an Auto Warm Up campaign; needs kind 'warmup'.")
    sms_from: Optional[str] = declare(
        nullable=True, doc="SMS: sender phone number, registered with Twilio, in E.164 format.")
    sms_media_urls: Optional[List[str]] = declare(
        nullable=True, doc="SMS: URLs of media files to attach; 10 at most, 5 MB in total.")
    filters: Optional[List[FilterExpressions]] = declare(
        nullable=True, doc="Filter conditions, joined by AND/OR operators, that select the recipients.")
    custom_data: Optional[Dict[str, Any]] = declare(
        nullable=True,
        doc=("All channels: JSON data for tag variable substitution; "
             "up to 2048 bytes for push and SMS, 10000 for email."))
    huawei_badge_class: Optional[str] = declare(
        nullable=True, doc="Push, Huawei: full class path of the app's entry activity, needed to set its badge.")
    huawei_badge_add_num: Optional[int] = declare(
        nullable=True, doc="Push, Huawei: number from 1 to 99 added to the app's badge.")
    huawei_badge_set_num: Optional[int] = declare(
        nullable=True, doc="Push, Huawei: number from 0 to 99 the app's badge is set to.")
    huawei_category: Optional[str] = declare(
        nullable=True,
        enum=('IM', 'VOIP', 'SUBSCRIPTION', 'TRAVEL', 'HEALTH', 'WORK', 'ACCOUNT', 'EXPRESS', 'FINANCE',
              'DEVICE_REMINDER', 'MAIL', 'MARKETING'),
        doc="Push, Huawei: kind of message, as Huawei Mobile Services classifies it (e.g. 'IM', 'MARKETING').")
    huawei_bi_tag: Optional[str] = declare(
        nullable=True, doc="Push, Huawei: tag attached to the message for Huawei's business analytics.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.basic_notification_all_of_android_background_layout import (  # noqa: E402
    BasicNotificationAllOfAndroidBackgroundLayout,
)
from onesignal.model.button import Button  # noqa: E402
from onesignal.model.email_warm_up_request import EmailWarmUpRequest  # noqa: E402
from onesignal.model.filter_expressions import FilterExpressions  # noqa: E402
from onesignal.model.string_map import StringMap  # noqa: E402
from onesignal.model.web_button import WebButton  # noqa: E402
