"""Python client for the OneSignal REST API.

``Configuration`` holds the keys and connection settings, ``ApiClient`` sends requests, and
``onesignal.api.default_api.DefaultApi`` has one method per API operation. Models live in
``onesignal.model.<name>`` (and lazily in ``onesignal.models``); they are imported on first use only.
"""
from __future__ import annotations

import importlib
from typing import Any, List

__version__ = "1.4.1"

from onesignal.configuration import Configuration  # noqa: E402
from onesignal.exceptions import (  # noqa: E402
    ApiAttributeError, ApiConnectionError, ApiException, ApiKeyError, ApiTimeoutError, ApiTypeError, ApiValueError,
    BadRequestException, ConflictException, ForbiddenException, NotFoundException, OpenApiException,
    RateLimitException, ServiceException, UnauthorizedException,
)
from onesignal.api_client import ApiClient  # noqa: E402
from onesignal.log import enable_from_environment  # noqa: E402

enable_from_environment()

__all__ = [
    "ApiAttributeError", "ApiClient", "ApiConnectionError", "ApiException", "ApiKeyError", "ApiTimeoutError",
    "ApiTypeError", "ApiValueError", "BadRequestException", "ConflictException", "Configuration",
    "ForbiddenException", "NotFoundException", "OpenApiException", "RateLimitException", "ServiceException",
    "UnauthorizedException", "__version__",
]


def __getattr__(name: str) -> Any:
    """``onesignal.DefaultApi`` and ``onesignal.<Model>`` load their modules on first use."""
    if name == "DefaultApi":
        from onesignal.api.default_api import DefaultApi
        return DefaultApi
    models = importlib.import_module("onesignal.models")
    if name in models.MODEL_MODULES:
        return getattr(models, name)
    raise AttributeError(f"module 'onesignal' has no attribute {name!r}")


def __dir__() -> List[str]:
    """The public names: the exported classes, ``DefaultApi``, the models and the subpackages."""
    from onesignal.model import MODEL_MODULES
    return sorted(set(__all__) | set(MODEL_MODULES) | {"DefaultApi", "api", "errors", "helpers", "model", "models",
                                                     "testing"})
