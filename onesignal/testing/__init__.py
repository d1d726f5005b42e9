"""An embedded, stateful OneSignal API for tests and demos: :class:`FakeOneSignal`."""

from onesignal.testing.fake import FakeOneSignal

__all__ = ["FakeOneSignal"]
