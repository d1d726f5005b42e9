"""The public face of the fake: :class:`FakeOneSignal`."""

from __future__ import annotations

import copy
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Type

from onesignal.testing import handlers_notifications, handlers_players, handlers_users
from onesignal.testing.audit import event_view
from onesignal.testing.faults import DELAY, DROP, FAIL, Fault
from onesignal.testing.limits import LimitRule, RateLimits, documented_limits, single_limit
from onesignal.testing.handlers_email import unsubscribe_token
from onesignal.testing.handlers_journeys import journey_view
from onesignal.testing.handlers_templates import template_view
from onesignal.testing.resources import CustomEvent
from onesignal.testing.server import Dispatcher, FakeHTTPServer, LoggedRequest
from onesignal.testing.state import (
    SUBSCRIPTION_TYPES,
    App,
    Device,
    LiveActivity,
    NotificationRecord,
    Store,
    new_id,
    new_key,
    now,
)
from onesignal.testing.views import player_view, user_view
from onesignal.testing.wire import ApiError, Call, Handler, JsonObject

if TYPE_CHECKING:
    from onesignal.configuration import Configuration

KIND_DASHBOARD = 0


class FakeOneSignal:
    """A stateful stand-in for the OneSignal REST API, served over HTTP on 127.0.0.1.

    Use it as a context manager (or call :meth:`start` / :meth:`stop`)::

        with FakeOneSignal() as fake:
            configuration = fake.configuration()
            ...
            assert fake.notifications[0].recipient_ids == [subscription_id]

    One app (:attr:`app_id`, :attr:`app_key`) of one organization
    (:attr:`organization_id`) exists from the start; the :attr:`user_key`
    (5.x: the organization API key) opens the organization endpoints (apps,
    API keys, template copies, audit logs). Helpers named ``add_*`` seed state
    without HTTP and raise ValueError on bad input.

    Behaving like the API under load:

    * ``latency``: seconds added to every answer (requests are served in threads, so a slow answer does not
      hold up the others);
    * ``rate_limit=N``: at most N requests a second per app (bursts of up to N pass at once); a request over
      the limit is answered 429 with the API's body ``{"errors": ["API rate limit exceeded."]}`` and a
      ``Retry-After`` in whole seconds, and is not processed. ``rate_limit_per_second`` is its older name;
    * ``rate_limits=True``: the documented limits of each family of endpoints instead: sending and cancelling
      notifications 150/s per app, changes to users and subscriptions 1,000/s per app and 1/s per user or
      subscription, reading messages, templates and users 1/s per app;
    * ``export_delay``: an export's file answers 404 for that many seconds after the export call.

    ``clock`` is where the rate limits and export delays read the time (``time.monotonic`` by default): a test
    can pass a clock it moves itself, so that neither needs real waiting.
    """

    def __init__(
        self,
        port: int = 0,
        *,
        latency: float = 0.0,
        rate_limit: Optional[float] = None,
        rate_limits: bool = False,
        export_delay: float = 0.0,
        rate_limit_per_second: Optional[float] = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app_id = new_id()
        self.app_key = new_key()
        self.user_key = new_key()
        self.organization_id = new_id()
        self._port = port
        self._export_delay = _seconds(export_delay, "export_delay")
        if not callable(clock):
            raise ValueError(f"clock must be a function giving seconds, got {type(clock).__name__}")
        self._clock = clock
        limits = RateLimits(_limit_rules(rate_limit, rate_limits, rate_limit_per_second), clock)
        self._dispatcher = Dispatcher(self._fresh_store(), limits, _seconds(latency, "latency"))
        self._server: Optional[FakeHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    def _fresh_store(self) -> Store:
        return Store(self.user_key, self.app_id, self.app_key, self.organization_id, export_delay=self._export_delay,
                     clock=self._clock)

    # -- lifecycle -------------------------------------------------------

    def start(self) -> FakeOneSignal:
        """Bind the port and serve in a background thread; a second call does nothing."""
        if self._server is None:
            server = FakeHTTPServer(self._port, self._dispatcher)
            self._dispatcher.host = f"http://127.0.0.1:{server.server_address[1]}"
            self._thread = threading.Thread(target=server.serve, name="FakeOneSignal", daemon=True)
            self._server = server
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and free the port; returns at once."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.wake_to_stop()
        thread.join()
        server.close_connections()
        server.server_close()
        self._server = self._thread = None

    def __enter__(self) -> FakeOneSignal:
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.stop()

    @property
    def host(self) -> str:
        """Base URL such as ``http://127.0.0.1:54321`` (the server must be started)."""
        if not self._dispatcher.host:
            raise RuntimeError("FakeOneSignal is not started yet")
        return self._dispatcher.host

    @property
    def rest_api_key(self) -> str:
        """The first app's REST API key under its 5.x name (same as :attr:`app_key`)."""
        return self.app_key

    @property
    def organization_api_key(self) -> str:
        """The organization API key under its 5.x name (same as :attr:`user_key`)."""
        return self.user_key

    def configuration(self) -> Configuration:
        """An SDK configuration aimed at this fake with both keys set."""
        from onesignal.configuration import Configuration

        return Configuration(host=self.host, app_key=self.app_key, user_key=self.user_key)

    def reset(self) -> None:
        """Back to the initial state: one empty app with the same id and keys, no log, no faults."""
        self._dispatcher.store = self._fresh_store()
        self._dispatcher.faults.clear()
        self._dispatcher.limits.reset()
        self._dispatcher.clear_log()

    # -- inspection ------------------------------------------------------

    @property
    def notifications(self) -> List[NotificationRecord]:
        """Copies of every created notification, oldest first, with ``recipient_ids``."""
        store = self._dispatcher.store
        with store.lock:
            moment = now()
            for record in store.sent:
                record.settle(moment)
            return copy.deepcopy(store.sent)

    @property
    def requests(self) -> List[LoggedRequest]:
        """Every request received, oldest first, with ``Authorization`` redacted."""
        return self._dispatcher.log

    @property
    def live_activities(self) -> List[LiveActivity]:
        """Copies of the Live Activities of all apps: registered tokens and updates."""
        store = self._dispatcher.store
        with store.lock:
            return [copy.deepcopy(a) for app in store.apps.values() for a in app.live_activities.values()]

    @property
    def custom_events(self) -> List[CustomEvent]:
        """Copies of the custom events recorded in all apps, oldest first within each app."""
        store = self._dispatcher.store
        with store.lock:
            return [copy.deepcopy(event) for app in store.apps.values() for event in app.custom_events]

    @property
    def templates(self) -> List[JsonObject]:
        """The templates of all apps in the API's TemplateResource shape, each with its ``app_id``."""
        store = self._dispatcher.store
        with store.lock:
            return [
                {**template_view(template), "app_id": app.id}
                for app in store.apps.values()
                for template in app.templates.values()
            ]

    @property
    def journeys(self) -> List[JsonObject]:
        """The journeys of all apps in the API's Journey shape, oldest first."""
        store = self._dispatcher.store
        with store.lock:
            found = [journey for app in store.apps.values() for journey in app.journeys.values()]
            return [journey_view(journey) for journey in sorted(found, key=lambda journey: journey.sequence)]

    @property
    def audit_logs(self) -> List[JsonObject]:
        """Every audit log event in the API's AuditLogEvent shape, oldest first."""
        store = self._dispatcher.store
        with store.lock:
            return [event_view(store, event) for event in store.audit_events]

    def unsubscribe_token(self, notification_id: str, subscription_id: str) -> str:
        """The token an e-mail recipient uses to unsubscribe (the ``{{subscription.unsubscribe_token}}``)."""
        return unsubscribe_token(self._dispatcher.store, notification_id, subscription_id)

    def app_key_for(self, app_id: str) -> str:
        """The REST API key of any app of this fake (for apps created with ``POST /apps``)."""
        return self._app(app_id).key

    def find_user(self, alias_label: str, alias_id: str, *, app_id: Optional[str] = None) -> Optional[JsonObject]:
        """The user holding an alias, in the API's User shape, or None."""
        store = self._dispatcher.store
        with store.lock:
            app = self._app(app_id)
            user = app.find_user(alias_label, alias_id)
            return None if user is None else user_view(app, user)

    def find_player(self, player_id: str, *, app_id: Optional[str] = None) -> Optional[JsonObject]:
        """A device in the API's Player shape, or None."""
        store = self._dispatcher.store
        with store.lock:
            app = self._app(app_id)
            device = app.devices.get(player_id)
            return None if device is None else player_view(app, device)

    # -- seeding ---------------------------------------------------------

    def add_user(
        self,
        *,
        external_id: Optional[str] = None,
        aliases: Optional[Dict[str, str]] = None,
        properties: Optional[JsonObject] = None,
        subscriptions: Optional[List[JsonObject]] = None,
        app_id: Optional[str] = None,
    ) -> str:
        """Create (or extend) a user as ``POST .../users`` would; returns its onesignal_id."""
        identity = dict(aliases or {})
        if external_id is not None:
            identity["external_id"] = external_id
        body = {"identity": identity, "properties": properties or {}, "subscriptions": subscriptions or []}
        answer = self._invoke(handlers_users.create_user, body, app_id)
        return str(answer["identity"]["onesignal_id"])

    def add_users(
        self, external_ids: Iterable[str], *, subscription_type: Optional[str] = "Email", app_id: Optional[str] = None
    ) -> int:
        """Seed many users at once (a large app for exports and bulk runs); returns how many were added.

        Each external id gets a user and, unless ``subscription_type`` is None, one subscription of that type
        whose token is ``<id>@example.com`` for Email and the id itself otherwise. Much faster than
        :meth:`add_user` in a loop; an id already held by a user, or given twice, is a ValueError (nothing is
        added then).
        """
        if subscription_type is not None and subscription_type not in SUBSCRIPTION_TYPES:
            raise ValueError(f"unknown subscription type {subscription_type!r}")
        store = self._dispatcher.store
        with store.lock:
            app = self._app(app_id)
            ids = list(external_ids)
            if not all(isinstance(external_id, str) and external_id for external_id in ids):
                raise ValueError("every external id must be a non-empty string")
            if len(set(ids)) != len(ids) or any(app.find_user("external_id", i) is not None for i in ids):
                raise ValueError("external ids must be new and given once each")
            for external_id in ids:
                user = app.add_user()
                app.set_aliases(user, {"external_id": external_id})
                if subscription_type is not None:
                    token = f"{external_id}@example.com" if subscription_type == "Email" else external_id
                    device = Device(new_id(), user.onesignal_id, subscription_type, {"token": token})
                    app.devices[device.id] = device
        return len(ids)

    def add_player(self, device_type: int = 1, *, app_id: Optional[str] = None, **fields: Any) -> str:
        """Add a device as ``POST /players`` would (fields use Player names); returns its id."""
        answer = self._invoke(handlers_players.create_player, {**fields, "device_type": device_type}, app_id)
        return str(answer["id"])

    def add_notification(self, body: JsonObject, *, kind: int = KIND_DASHBOARD, app_id: Optional[str] = None) -> str:
        """Create a notification as if sent from the dashboard (kind 0) or an automation (kind 3).

        Returns its id, which is "" when nobody subscribed was targeted.
        """
        store = self._dispatcher.store
        with store.lock:
            try:
                answer = handlers_notifications.send(store, self._app(app_id), body, kind)
            except ApiError as error:
                raise ValueError(error.message) from None
        return str(answer["id"])

    def add_in_app_message(self, message: JsonObject, *, app_id: Optional[str] = None) -> None:
        """Offer an in-app message to every subscription of the app."""
        store = self._dispatcher.store
        with store.lock:
            self._app(app_id).in_app_messages.append(copy.deepcopy(message))

    def add_outcome(self, name: str, value: float = 1, *, app_id: Optional[str] = None) -> None:
        """Record one occurrence of an outcome, as read by ``GET .../outcomes``."""
        store = self._dispatcher.store
        with store.lock:
            self._app(app_id).outcomes.setdefault(name, []).append(value)

    # -- fault injection -------------------------------------------------

    def fail_next(
        self,
        status: int = 429,
        *,
        retry_after: Optional[float] = None,
        times: int = 1,
        path: Optional[str] = None,
        method: Optional[str] = None,
        body: Any = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status`` and an API error body.

        ``retry_after`` adds a Retry-After header (whole seconds, rounded up); ``path`` matches requests whose
        path starts with it; ``body`` replaces the default ``{"errors": [...]}``.
        """
        fault = Fault(FAIL, times, path, method, status=status, retry_after=retry_after, body=body)
        self._dispatcher.faults.arm(fault)

    @property
    def faults_pending(self) -> int:
        """How many more requests the armed faults (``fail_next``, ``drop_next``, ``delay_next``) will take."""
        return self._dispatcher.faults.pending()

    def drop_next(self, times: int = 1, path: Optional[str] = None, *, method: Optional[str] = None) -> None:
        """Close the connection of the next ``times`` matching requests without answering."""
        self._dispatcher.faults.arm(Fault(DROP, times, path, method))

    def delay_next(
        self, seconds: float, times: int = 1, path: Optional[str] = None, *, method: Optional[str] = None
    ) -> None:
        """Wait ``seconds`` before answering the next ``times`` matching requests normally."""
        self._dispatcher.faults.arm(Fault(DELAY, times, path, method, seconds=seconds))

    # -- internals -------------------------------------------------------

    def _app(self, app_id: Optional[str]) -> App:
        app = self._dispatcher.store.apps.get(app_id or self.app_id)
        if app is None:
            raise ValueError(f"FakeOneSignal has no app {app_id}")
        return app

    def _invoke(self, handler: Handler, body: JsonObject, app_id: Optional[str]) -> Any:
        """Run an endpoint handler directly and return its JSON answer; errors become ValueError."""
        store = self._dispatcher.store
        with store.lock:
            app = self._app(app_id)
            try:
                reply = handler(Call(store, app, {"app_id": app.id}, body=body, host=self._dispatcher.host))
            except ApiError as error:
                raise ValueError(error.message) from None
        if reply.status >= 400:
            raise ValueError(f"rejected with status {reply.status}: {reply.body}")
        return reply.body


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < float("inf"):
        raise ValueError(f"{name} must be a number of seconds, not negative")
    return float(value)


def _limit_rules(
    rate_limit: Optional[float], documented: bool, per_second: Optional[float]
) -> List[LimitRule]:
    """The limits the options ask for: one per app, the documented ones, or none."""
    if rate_limit is not None and per_second is not None:
        raise ValueError("rate_limit_per_second is the older name of rate_limit: give one of them")
    single = rate_limit if rate_limit is not None else per_second
    if single is not None and documented:
        raise ValueError("give rate_limit (one limit per app) or rate_limits=True (the API's own), not both")
    if single is not None:
        return single_limit(single)
    return documented_limits() if documented else []
