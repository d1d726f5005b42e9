"""App API keys (organization key): create, list, update, rotate and delete.

A new key opens its app at once, next to the app's original key. Rotating
gives the key a new secret and the old one is refused from then on; deleting
refuses the key at once. With ``ip_allowlist_mode`` "explicit" the key works
only from the listed addresses or networks.
"""

from __future__ import annotations

import ipaddress
from typing import List

from onesignal.testing import audit
from onesignal.testing.dates import iso_utc
from onesignal.testing.handlers_apps import org_app
from onesignal.testing.resources import IP_ALLOWLIST_MODES, ApiKey, new_formatted_token
from onesignal.testing.state import App, new_id, now
from onesignal.testing.wire import ApiError, Call, JsonObject, Reply, one_of, required_string, string_list

MAX_NAME = 255


def token_view(token: ApiKey) -> JsonObject:
    """A key in the ApiKeyToken shape (the secret is never shown again)."""
    return {
        "token_id": token.token_id,
        "name": token.name,
        "created_at": iso_utc(token.created_at),
        "updated_at": iso_utc(token.updated_at),
        "ip_allowlist_mode": token.ip_allowlist_mode,
        "ip_allowlist": list(token.ip_allowlist),
    }


def _allowlist(body: JsonObject) -> List[str]:
    """Addresses or networks (CIDR) of ``ip_allowlist``."""
    entries = string_list(body, "ip_allowlist")
    for entry in entries:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ApiError(400, f"ip_allowlist entry {entry!r} is not an IP address or network") from None
    return entries


def _token(app: App, token_id: str) -> ApiKey:
    found = app.api_keys.get(token_id)
    if found is None:
        raise ApiError(404, f"API key {token_id} does not exist in app {app.id}")
    return found


def _secret_answer(token: ApiKey) -> JsonObject:
    """The CreateApiKeyResponse shape: the id and the secret to use."""
    return {"token_id": token.token_id, "formatted_token": token.secret}


def _audit(call: Call, action: str, token: ApiKey) -> None:
    audit.record(call, action, token.app_id, audit.target("api_key", token.token_id, token.name))


def create_api_key(call: Call) -> Reply:
    app = org_app(call)
    body = call.json_object()
    name = required_string(body, "name", MAX_NAME)
    mode = one_of(body.get("ip_allowlist_mode", "disabled"), "ip_allowlist_mode", IP_ALLOWLIST_MODES)
    moment = now()
    token = ApiKey(new_id(), app.id, name, new_formatted_token(), mode, _allowlist(body), moment, moment)
    app.api_keys[token.token_id] = token
    _audit(call, "api_key.created", token)
    return Reply(200, _secret_answer(token))


def view_api_keys(call: Call) -> Reply:
    return Reply(200, {"tokens": [token_view(token) for token in org_app(call).api_keys.values()]})


def update_api_key(call: Call) -> Reply:
    token = _token(org_app(call), call.params["token_id"])
    body = call.json_object()
    name = required_string(body, "name", MAX_NAME) if "name" in body else token.name
    mode = token.ip_allowlist_mode
    if "ip_allowlist_mode" in body:
        mode = one_of(body["ip_allowlist_mode"], "ip_allowlist_mode", IP_ALLOWLIST_MODES)
    allowlist = _allowlist(body) if "ip_allowlist" in body else token.ip_allowlist
    token.name, token.ip_allowlist_mode, token.ip_allowlist, token.updated_at = name, mode, allowlist, now()
    _audit(call, "api_key.updated", token)
    return Reply(200, token_view(token))


def rotate_api_key(call: Call) -> Reply:
    token = _token(org_app(call), call.params["token_id"])
    token.secret, token.updated_at = new_formatted_token(), now()
    _audit(call, "api_key.rotated", token)
    return Reply(200, _secret_answer(token))


def delete_api_key(call: Call) -> Reply:
    app = org_app(call)
    token = app.api_keys.pop(_token(app, call.params["token_id"]).token_id)
    _audit(call, "api_key.deleted", token)
    return Reply(200, {"success": True})
