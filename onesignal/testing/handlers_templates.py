"""Templates of an app: create, view, list, update, delete, and copy to another app (organization key).

A template belongs to one app: asking for it with another app's id is a 404.
Its channel is email when ``isEmail`` is set, sms when ``isSMS`` is, else push;
``content`` keeps the texts and flags as they were sent.
"""

from __future__ import annotations

import copy
import json
from typing import Optional

from onesignal.testing import audit
from onesignal.testing.dates import iso_utc
from onesignal.testing.handlers_apps import org_app
from onesignal.testing.resources import Template
from onesignal.testing.state import App, new_id, now
from onesignal.testing.wire import (ApiError, Call, JsonObject, Reply, bool_field, one_of, required_string, string_list,
                                    text_map)

MAX_PER_PAGE = 50
MAX_BCC = 5
CHANNELS = ("push", "email", "sms")
TEXT_MAPS = ("contents", "headings", "subtitle")
TEXTS = ("email_subject", "email_body", "dynamic_content")
FLAGS = ("isEmail", "isSMS")


def template_view(template: Template) -> JsonObject:
    """A template in the TemplateResource shape."""
    return {
        "id": template.id,
        "name": template.name,
        "created_at": iso_utc(template.created_at),
        "updated_at": iso_utc(template.updated_at),
        "channel": template.channel,
        "content": copy.deepcopy(template.content),
    }


def _content(body: JsonObject) -> JsonObject:
    """The validated content fields present in a create or update body."""
    content: JsonObject = {}
    for key in TEXT_MAPS:
        if body.get(key) is not None:
            content[key] = text_map(body[key], key)
    for key in TEXTS:
        if key in body:
            if body[key] is not None and not isinstance(body[key], str):
                raise ApiError(400, f"{key} must be a string")
            content[key] = body[key]
    if isinstance(content.get("dynamic_content"), str):
        try:
            json.loads(content["dynamic_content"])
        except ValueError:
            raise ApiError(400, "dynamic_content must be a JSON document written as a string") from None
    if "email_bcc" in body:
        bcc = string_list(body, "email_bcc")
        if len(bcc) > MAX_BCC:
            raise ApiError(400, f"email_bcc takes at most {MAX_BCC} addresses, got {len(bcc)}")
        content["email_bcc"] = bcc
    for key in FLAGS:
        flag = bool_field(body, key)
        if flag is not None:
            content[key] = flag
    return content


def _channel(content: JsonObject) -> str:
    """The channel the flags select; both flags at once is a 400."""
    if content.get("isEmail") and content.get("isSMS"):
        raise ApiError(400, "a template is either an email (isEmail) or an SMS (isSMS) template, not both")
    return "email" if content.get("isEmail") else "sms" if content.get("isSMS") else "push"


def _template(app: App, template_id: str) -> Template:
    """The app's template with this id, or a 404 (templates of other apps included)."""
    found = app.templates.get(template_id)
    if found is None:
        raise ApiError(404, f"template {template_id} does not exist in app {app.id}")
    return found


def _store(app: App, name: str, content: JsonObject) -> Template:
    """Keep a new template in ``app``."""
    moment = now()
    template = Template(new_id(), app.id, name, _channel(content), content, moment, moment)
    app.templates[template.id] = template
    return template


def create_template(call: Call) -> Reply:
    body = call.json_object()
    name = required_string(body, "name")
    if body.get("contents") is None:
        raise ApiError(400, "contents is required")
    content = {"isEmail": False, "isSMS": False, **_content(body)}
    return Reply(200, template_view(_store(call.the_app, name, content)))


def view_template(call: Call) -> Reply:
    return Reply(200, template_view(_template(call.the_app, call.params["template_id"])))


def view_templates(call: Call) -> Reply:
    app = call.the_app
    limit = call.query_int("limit", MAX_PER_PAGE, MAX_PER_PAGE)
    offset = call.query_int("offset", 0)
    channel: Optional[str] = call.query_value("channel") or None
    if channel is not None:
        one_of(channel, "channel", CHANNELS)
    found = [template for template in app.templates.values() if channel is None or template.channel == channel]
    return Reply(200, {"templates": [template_view(template) for template in found[offset : offset + limit]]})


def update_template(call: Call) -> Reply:
    template = _template(call.the_app, call.params["template_id"])
    body = call.json_object()
    name = required_string(body, "name") if "name" in body else template.name
    content = {**template.content, **_content(body)}
    channel = _channel(content)
    template.name, template.content, template.channel, template.updated_at = name, content, channel, now()
    return Reply(200, template_view(template))


def delete_template(call: Call) -> Reply:
    app = call.the_app
    del app.templates[_template(app, call.params["template_id"]).id]
    return Reply(200, {"success": True})


def copy_template_to_app(call: Call) -> Reply:
    source_app = org_app(call)
    source = _template(source_app, call.params["template_id"])
    target_id = required_string(call.json_object(), "target_app_id")
    target_app = call.store.apps.get(target_id)
    if target_app is None:
        raise ApiError(404, f"app {target_id} does not exist")
    copied = _store(target_app, source.name, copy.deepcopy(source.content))
    metadata = {"source_app_id": source_app.id, "source_template_id": source.id}
    audit.record(call, "template.copied", target_app.id, audit.target("template", copied.id, copied.name), metadata)
    return Reply(200, template_view(copied))
