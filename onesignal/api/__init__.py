"""The API class: ``from onesignal.api.default_api import DefaultApi``."""
