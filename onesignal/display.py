"""How models show themselves in Jupyter (HTML), in IPython (pretty text) and as flat records for pandas.

Everything here works from ``Model._shown_items()``, so secret fields stay masked in every view. A model that
names a list field in ``_rows_field`` (``NotificationSlice``, ``PlayerSlice``) renders that list as a table.
"""
from __future__ import annotations

import html
from typing import Any, Dict, List

MAX_TABLE_ROWS = 100
MAX_TABLE_COLUMNS = 12


def flatten(value: Any, prefix: str = "") -> Dict[str, Any]:
    """A model or dict as one flat row: nested keys joined with dots, lists kept as values."""
    items = value._shown_items() if hasattr(value, "_shown_items") else list(value.items())
    row: Dict[str, Any] = {}
    for key, item in items:
        name = f"{prefix}{key}"
        if hasattr(item, "_shown_items") or isinstance(item, dict):
            row.update(flatten(item, name + "."))  # an empty map adds no column
        elif isinstance(item, list):
            row[name] = [plain(v) for v in item]
        else:
            row[name] = item
    return row


def plain(value: Any) -> Any:
    """Models inside lists become dicts (with secrets masked), so a record holds only plain data."""
    if hasattr(value, "_shown_items"):
        return {k: plain(v) for k, v in value._shown_items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def records(model: Any) -> List[Dict[str, Any]]:
    """Rows for ``pandas.DataFrame``: one per item of the model's row list, or the model itself as one row."""
    rows = _rows(model)
    return [flatten(item) if isinstance(item, dict) or hasattr(item, "_shown_items") else {"value": item}
            for item in (rows if rows is not None else [model])]


def _rows(model: Any) -> Any:
    if isinstance(model, list):
        return model
    field = getattr(type(model), "_rows_field", None)
    return model.get(field) or [] if field else None


def to_html(model: Any) -> str:
    """HTML for Jupyter: the fields that are set, nested models folded; slices as a table of their rows."""
    rows = _rows(model)
    title = html.escape(type(model).__name__)
    if rows is not None:
        summary = ", ".join(f"{html.escape(k)}={html.escape(repr(v))}" for k, v in _scalar_items(model))
        return f"<div><strong>{title}</strong> {summary}{_table(records(model))}</div>"
    return f"<div><strong>{title}</strong>{_fields_html(model)}</div>"


def _scalar_items(model: Any) -> List[Any]:
    if isinstance(model, list):
        return [("items", len(model))]
    return [(k, v) for k, v in model._shown_items() if not isinstance(v, (list, dict)) and not hasattr(v, "_d")]


def _fields_html(model: Any) -> str:
    cells = "".join(f"<tr><th style='text-align:left'>{html.escape(str(k))}</th><td style='text-align:left'>"
                    f"{_value_html(v)}</td></tr>" for k, v in model._shown_items())
    return f"<table>{cells}</table>"


def _value_html(value: Any) -> str:
    if hasattr(value, "_shown_items"):
        return (f"<details><summary>{html.escape(type(value).__name__)}</summary>"
                f"{_fields_html(value)}</details>")
    if isinstance(value, list) and any(hasattr(v, "_shown_items") for v in value):
        return "".join(_value_html(v) for v in value)
    return html.escape(repr(value))


def _table(rows: List[Dict[str, Any]]) -> str:
    columns: Dict[str, None] = {}
    for row in rows[:MAX_TABLE_ROWS]:
        columns.update(dict.fromkeys(row))
    shown = list(columns)[:MAX_TABLE_COLUMNS]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in shown)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(row.get(c)))}</td>" for c in shown) + "</tr>"
                   for row in rows[:MAX_TABLE_ROWS])
    notes = []
    if len(rows) > MAX_TABLE_ROWS:
        notes.append(f"{len(rows)} rows, first {MAX_TABLE_ROWS} shown")
    if len(columns) > len(shown):
        notes.append(f"{len(columns)} columns, first {len(shown)} shown; to_records() has all")
    note = f"<p><em>{html.escape('; '.join(notes))}</em></p>" if notes else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def pretty_lines(model: Any, indent: int = 0, label: str = "") -> List[str]:
    """Indented text for IPython: one field per line, nested models opened below their field name."""
    pad = "  " * indent
    lines = [f"{pad}{label}{type(model).__name__}("]
    items = enumerate(model) if isinstance(model, list) else model._shown_items()
    for key, value in items:
        name = "" if isinstance(model, list) else f"{key}="
        if hasattr(value, "_shown_items"):
            lines += pretty_lines(value, indent + 1, name)
        elif isinstance(value, list) and value and all(hasattr(v, "_shown_items") for v in value):
            lines.append(f"{pad}  {name}[")
            for nested in value:
                lines += pretty_lines(nested, indent + 2)
            lines.append(f"{pad}  ],")
        else:
            lines.append(f"{pad}  {name}{value!r},")
    lines.append(f"{pad}){',' if indent else ''}")
    return lines
