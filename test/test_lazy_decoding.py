"""Answers decode nested values on first use: the same values as building the model from the same data, for
every model, in any order of access, and under threads that read the same attribute first at once."""
from __future__ import annotations

import copy
import datetime as dt
import pickle
import threading
from typing import Any, List

import pytest

from onesignal.model_utils import ListModel, Model, fields_of, from_wire, resolve_model, to_wire
from test_models import OBJECT_MODELS, build, model_cls


def lazy_fields(cls: Any) -> List[str]:
    return sorted(cls._lazy_wires_ or ())


@pytest.mark.parametrize("name", OBJECT_MODELS)
def test_lazy_values_equal_those_of_the_built_model(name: str) -> None:
    cls = model_cls(name)
    built, as_dict, wire = build(name)
    decoded = cls._from_wire(copy.deepcopy(wire))
    # nothing was converted yet: the JSON values are still in place
    assert decoded._raw == cls._lazy_wires_
    for f in reversed(fields_of(cls)):  # an order unlike the declaration's
        value = getattr(decoded, f.name)
        assert value == getattr(built, f.name), f.name
        assert type(value) is type(getattr(built, f.name)), f.name
    assert decoded._raw is None
    assert decoded == built and decoded.to_dict() == built.to_dict() == as_dict
    assert repr(decoded) == repr(built)


@pytest.mark.parametrize("name", [n for n in OBJECT_MODELS if lazy_fields(model_cls(n))])
def test_whole_object_operations_see_converted_values(name: str) -> None:
    cls = model_cls(name)
    built, as_dict, wire = build(name)
    fresh = lambda: cls._from_wire(copy.deepcopy(wire))  # noqa: E731
    assert fresh() == built and built == fresh()
    assert fresh().to_dict() == as_dict
    assert to_wire(fresh()) == to_wire(built)
    assert repr(fresh()) == repr(built)
    assert pickle.loads(pickle.dumps(fresh())) == built
    assert copy.deepcopy(fresh()) == built
    assert fresh().to_records() == built.to_records()
    first = lazy_fields(cls)[0]
    assert fresh()[first] == built[first] and fresh().get(first) == built.get(first)


def notifications_page(count: int) -> Any:
    _, _, item = build("NotificationWithMeta")
    data = {"total_count": count, "offset": 0, "limit": count,
            "notifications": [dict(copy.deepcopy(item), id=f"n-{i}") for i in range(count)]}
    return from_wire(data, "NotificationSlice")


def test_reading_one_notification_converts_only_what_is_read() -> None:
    page = notifications_page(50)
    assert page._raw == frozenset({"notifications"})
    first = page.notifications[0]
    assert first.id == "n-0" and page._raw is None
    assert type(first).__name__ == "NotificationWithMeta"
    # the other notifications were wrapped, but nothing inside them was converted
    assert all(n._raw == type(n)._lazy_wires_ for n in page.notifications[1:])
    assert type(first._d["platform_delivery_stats"]) is dict  # not read yet: still the JSON object
    stats = first.platform_delivery_stats
    assert type(stats).__name__ == "PlatformDeliveryData" and first._d["platform_delivery_stats"] is stats


def test_a_field_set_before_it_is_read_keeps_the_new_value() -> None:
    page = notifications_page(2)
    page.notifications = []
    assert page.notifications == [] and page._raw is None
    n = notifications_page(1).notifications[0]
    del n["buttons"]
    assert n.buttons is None and "buttons" not in n.to_dict()


def test_dates_convert_on_first_read_and_bad_ones_stay_text() -> None:
    stage = resolve_model("EmailWarmUpStage")._from_wire({"start": "2026-01-02T03:04:05Z", "end": "soon"})
    assert type(stage._d["start"]) is str
    assert stage.start == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert stage.end == "soon"
    assert stage.start is stage.start  # converted once, kept


@pytest.mark.parametrize("attempt", range(20))
def test_threads_reading_one_attribute_first_get_equal_converted_values(attempt: int) -> None:
    pages = [notifications_page(3) for _ in range(10)]
    threads = 8
    barrier = threading.Barrier(threads)
    seen: List[List[Any]] = [[] for _ in range(threads)]

    def read(slot: int) -> None:
        barrier.wait()
        for page in pages:
            notification = page.notifications[1]
            seen[slot].append((notification, notification.platform_delivery_stats, notification.buttons))

    workers = [threading.Thread(target=read, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    for index in range(len(pages)):
        results = [seen[slot][index] for slot in range(threads)]
        notification, stats, buttons = results[0]
        assert type(stats).__name__ == "PlatformDeliveryData"
        assert all(isinstance(b, Model) for b in buttons)
        for other in results[1:]:
            assert other[0] == notification and other[1] == stats and other[2] == buttons


def test_list_answers_convert_their_items_at_once() -> None:
    apps = from_wire([{"id": "a1", "name": "One"}], "Apps")
    assert isinstance(apps, ListModel) and type(apps[0]).__name__ == "App" and apps[0].name == "One"
