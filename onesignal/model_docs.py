"""What ``help()``, editors and ``inspect.signature`` show of a model class, made from its declarations.

The class docstring gets a list of the fields (name, type, required or not, what it holds); the signature
has the fields a generated SDK takes by position first, then every other field as a keyword.
"""
from __future__ import annotations

import inspect
import textwrap
from typing import Any, List, Optional

from onesignal.model_utils import Field, ListModel, fields_of, required_fields


def field_line(f: Field, required: bool) -> List[str]:
    """One field as help() lists it: ``name (type, required): doc``, folded under its name."""
    notes = [f.annotation[len("Optional["):-1] if f.annotation.startswith("Optional[") else f.annotation]
    if required:
        notes.append("required")
    if f.nullable:
        notes.append("may be None")
    if f.enum is not None:
        notes.append("one of " + ", ".join(repr(v) for v in f.enum))
    if f.wire != f.name:
        notes.append(f"JSON name {f.wire!r}")
    head = f"{f.name} ({'; '.join(notes)}):"
    return textwrap.wrap(f"{head} {f.doc}".rstrip(), 100, subsequent_indent="    ", break_on_hyphens=False)


def class_doc(cls: Any, own: Optional[str]) -> str:
    """The class's own docstring followed by its fields."""
    text = inspect.cleandoc(own or cls.__name__)
    fields = fields_of(cls)
    if not fields:
        return text + ("\n\nFree-form: any key is accepted." if getattr(cls, "_extra_allowed", False) else "")
    required = {f.name for f in required_fields(cls)}
    lines = [text, "", "Fields (attribute names; the constructor takes them as keywords):"]
    for f in fields:
        lines += ["    " + line for line in field_line(f, f.name in required)]
    if getattr(cls, "_extra_allowed", False):
        lines += ["", "Keys beyond these fields are accepted too."]
    return "\n".join(lines)


def constructor_signature(cls: Any) -> inspect.Signature:
    """``Button(id, *, text=None, icon=None)``: positional fields first, then the others as keywords."""
    if issubclass(cls, ListModel):
        return inspect.Signature([inspect.Parameter("value", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=())])
    fields = fields_of(cls)
    tables = cls._tables_
    positional = list(tables.positional)
    params = [inspect.Parameter(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=f.annotation,
                                default=inspect.Parameter.empty if f in tables.required else None)
              for f in positional]
    params += [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=f.annotation)
               for f in fields if f not in positional]
    if getattr(cls, "_extra_allowed", False):
        params.append(inspect.Parameter("fields", inspect.Parameter.VAR_KEYWORD))
    return inspect.Signature(params)
