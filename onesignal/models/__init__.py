"""Every model class of the SDK, importable from here and loaded only when first used.

``from onesignal.models import Notification`` imports just the module that declares ``Notification``
(and the modules it builds on); ``import onesignal.models`` alone imports none of them.
"""
from __future__ import annotations

import importlib
from typing import Any, List

from onesignal.model import MODEL_MODULES as MODEL_MODULES

__all__ = sorted(MODEL_MODULES)


def __getattr__(name: str) -> Any:
    module = MODEL_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'onesignal.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"onesignal.model.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(list(globals()) + __all__)
