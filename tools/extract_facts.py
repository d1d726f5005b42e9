"""Write a facts-only extract of OneSignal's OpenAPI descriptions to ``test/facts/``.

    python3 tools/extract_facts.py [REFERENCE_DIR]   # default: ../shared/reference beside the repo

Only facts are kept (operation ids, methods, paths, parameter names and places, keys, schema and field names,
types, enums, required and nullable flags, limits), never descriptions or examples. The tests compare the
endpoint table and the model declarations with these files, so the SDK cannot drift from the API unnoticed.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
SPECS = ("onesignal-openapi-1.4.1.yaml", "onesignal-openapi-5.12.0.yaml")
FIELD_LIMITS = ("minimum", "maximum", "maxItems", "maxLength", "minProperties", "maxProperties")


def class_name(schema: str) -> str:
    """The SDK's class name for a schema name: ``BasicNotification_allOf`` -> ``BasicNotificationAllOf``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"_", schema) if part)


def ref_name(ref: str) -> str:
    return class_name(ref.rsplit("/", 1)[-1])


def type_of(schema: Dict[str, Any]) -> str:
    """A schema as the SDK's annotation language: str, int, float, bool, datetime, date, List[..],
    Dict[str, ..], Any or a class name."""
    if "$ref" in schema:
        return ref_name(schema["$ref"])
    for combined in ("allOf", "oneOf", "anyOf"):
        if combined in schema:
            options = [type_of(s) for s in schema[combined]]
            return options[0] if len(options) == 1 else "Union[" + ", ".join(options) + "]"
    kind = schema.get("type")
    if kind == "string":
        return {"date-time": "datetime", "date": "date"}.get(schema.get("format", ""), "str")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        return f"List[{type_of(schema.get('items', {}))}]"
    if kind == "object" and "properties" not in schema:
        extra = schema.get("additionalProperties")
        return f"Dict[str, {type_of(extra)}]" if isinstance(extra, dict) and extra else "Dict[str, Any]"
    return "Any"


NULLABLE_SCHEMAS: set = set()  # schemas that are nullable themselves: a field of their type may be null


def field_facts(schema: Dict[str, Any]) -> Dict[str, Any]:
    facts: Dict[str, Any] = {"type": type_of(schema)}
    if schema.get("nullable") or facts["type"] in NULLABLE_SCHEMAS:
        facts["nullable"] = True
    if "enum" in schema:
        facts["enum"] = schema["enum"]
    elif schema.get("type") == "array" and "enum" in schema.get("items", {}):
        facts["item_enum"] = schema["items"]["enum"]
    for limit in FIELD_LIMITS:
        if limit in schema:
            facts[limit] = schema[limit]
    return facts


def schema_facts(schema: Dict[str, Any]) -> Dict[str, Any]:
    facts: Dict[str, Any] = {}
    required = list(schema.get("required", []))
    for combined in ("allOf", "anyOf", "oneOf"):
        if combined in schema:
            facts[combined] = [type_of(s) for s in schema[combined] if "$ref" in s]
            # an inline part of a composition only adds constraints (``- required: [app_id]``)
            required += [name for s in schema[combined] if "$ref" not in s for name in s.get("required", [])]
    if schema.get("type") == "array":
        facts["items"] = type_of(schema.get("items", {}))
    if "properties" in schema:
        facts["fields"] = {name: field_facts(s) for name, s in schema["properties"].items()}
    if required:
        facts["required"] = required
    if schema.get("additionalProperties") not in (None, False):
        facts["free_form"] = True
    return facts


def body_of(operation: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    body = operation.get("requestBody")
    if not body:
        return None
    schema = body.get("content", {}).get("application/json", {}).get("schema", {})
    return {"type": type_of(schema), "required": bool(body.get("required"))}


def answer_of(operation: Dict[str, Any]) -> Dict[str, str]:
    answers = {}
    for status, response in operation.get("responses", {}).items():
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        answers[str(status)] = type_of(schema) if schema else "-"
    return answers


def operation_facts(method: str, path: str, operation: Dict[str, Any], shared: List[Any]) -> Dict[str, Any]:
    params = []
    for param in shared + operation.get("parameters", []):
        entry = {"name": param["name"], "in": param["in"], "required": bool(param.get("required")),
                 "type": type_of(param.get("schema", {}))}
        if "enum" in param.get("schema", {}):
            entry["enum"] = param["schema"]["enum"]
        params.append(entry)
    keys = sorted({name for requirement in operation.get("security", []) for name in requirement})
    return {"method": method.upper(), "path": path, "keys": keys, "params": params, "body": body_of(operation),
            "answers": answer_of(operation)}


def extract(spec: Dict[str, Any]) -> Dict[str, Any]:
    operations = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                operations[operation["operationId"]] = operation_facts(method, path, operation,
                                                                      item.get("parameters", []))
    NULLABLE_SCHEMAS.clear()
    NULLABLE_SCHEMAS.update(class_name(name) for name, s in spec["components"]["schemas"].items() if s.get("nullable"))
    schemas = {class_name(name): schema_facts(s) for name, s in spec["components"]["schemas"].items()}
    return {"version": spec["info"]["version"], "operations": dict(sorted(operations.items())),
            "schemas": dict(sorted(schemas.items()))}


def load_yaml(path: Path) -> Any:
    import yaml

    class Loader(yaml.SafeLoader):
        """PyYAML's safe loader, plus the ``=`` value tag one enum item of these files needs."""

    Loader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader)  # noqa: S506 - a SafeLoader subclass


def main(argv: List[str]) -> int:
    reference = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "reference"
    out = ROOT / "test" / "facts"
    out.mkdir(exist_ok=True)
    for name in SPECS:
        facts = extract(load_yaml(reference / name))
        target = out / name.replace(".yaml", ".json")
        target.write_text(json.dumps(facts, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {len(facts['operations'])} operations, {len(facts['schemas'])} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
