"""Every API class in one place, as generated SDKs offer it: ``from onesignal.apis import DefaultApi``."""
from onesignal.api.default_api import DefaultApi

__all__ = ["DefaultApi"]
