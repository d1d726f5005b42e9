"""Speed of the SDK relative to raw urllib3 + ``json.loads`` fetching the same answers from one loopback server.

    python3 benchmarks/bench.py [--seconds 2]

The server runs in a child process (so it does not share the GIL with the client) and serves prebuilt answers:
a page of 50 fully populated notifications, a page of 300 fully populated players, and a create_notification
answer. For each case the two clients run in interleaved trials (raw, SDK, raw, SDK, ...) so that noise on the
machine hits both alike; the ratio is the median of the per-pair ratios SDK / raw. Then: the cost of decoding
the two pages on top of ``json.loads`` (answers convert nested values on first use), the cost of walking every
attribute of the notifications page, against converting everything at once and then walking it (what an
eager decoder did), building a 45-field Notification and serializing it as a request body (``to_json``, what
the SDK sends; and through ``to_wire`` + ``json.dumps``, the public plain-dict form), and the package's own
import time, measured in fresh processes that have already imported urllib3, dateutil and certifi.
"""
from __future__ import annotations

import argparse
import json
import os
import multiprocessing
import statistics
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import urllib3  # noqa: E402

import onesignal  # noqa: E402
from onesignal.api.default_api import DefaultApi  # noqa: E402
from onesignal.model_utils import Field, fields_of, from_wire, resolve_model, to_json, to_wire  # noqa: E402

APP_ID = "5eb5a37e-b458-11e3-ac11-000c2940e62c"


def sample(f: Field, depth: int = 0) -> Any:
    """A realistic value for a field, nested models filled in full."""
    if f.enum:
        return f.enum[0]
    return sample_type(f.type.name, f.name, depth)


def sample_type(name: str, label: str, depth: int) -> Any:
    if name.startswith("List["):
        return [sample_type(name[5:-1], label, depth) for _ in range(2)]
    if name.startswith("Dict["):
        return {"plan": "gold", "level": 7}
    if " | " in name:
        return sample_type(name.split(" | ")[0], label, depth)
    simple = {"str": f"{label}-value", "int": 42, "float": 12.5, "bool": True, "datetime": "2024-05-01T10:00:00Z",
              "date": "2024-05-01", "Any": 5}
    if name in simple:
        return simple[name]
    cls = resolve_model(name)
    if hasattr(cls, "_item_spec"):
        return [sample_type(cls._item_spec().item.name, label, depth + 1)]
    return {f.wire: sample(f, depth + 1) for f in fields_of(cls)} if depth < 4 else {}


def full(model_name: str) -> Dict[str, Any]:
    return {f.wire: sample(f) for f in fields_of(resolve_model(model_name))}


def answers() -> Dict[Tuple[str, str], bytes]:
    notifications = [dict(full("NotificationWithMeta"), id=f"n-{i}") for i in range(50)]
    players = [dict(full("Player"), id=f"p-{i}") for i in range(300)]
    return {
        ("GET", "/notifications"): json.dumps(
            {"total_count": 50, "offset": 0, "limit": 50, "notifications": notifications}).encode(),
        ("GET", "/players"): json.dumps({"total_count": 300, "offset": 0, "limit": 300, "players": players}).encode(),
        ("POST", "/notifications"): json.dumps(
            {"id": "b98881cc-1e94-4366-bbd9-db8f3429292b", "recipients": 3, "external_id": None}).encode(),
    }


def serve(port_queue: Any) -> None:
    bodies = answers()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            body = bodies[(self.command, self.path.split("?")[0])]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


def rate(call: Callable[[], Any], seconds: float) -> float:
    """Calls per second over about ``seconds``."""
    count, start = 0, time.perf_counter()
    while True:
        call()
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return count / elapsed


def compare(name: str, raw: Callable[[], Any], sdk: Callable[[], Any], seconds: float, pairs: int = 21) -> float:
    """Interleaved trials of the two clients; the ratio is the median of the per-pair ratios."""
    raw(), sdk()
    raw_rates: List[float] = []
    sdk_rates: List[float] = []
    for _ in range(pairs):
        raw_rates.append(rate(raw, seconds / pairs))
        sdk_rates.append(rate(sdk, seconds / pairs))
    ratio = statistics.median(s / r for s, r in zip(sdk_rates, raw_rates))
    print(f"{name:<34} raw {statistics.median(raw_rates):8.0f}/s   sdk {statistics.median(sdk_rates):8.0f}/s   "
          f"ratio {ratio:.2f}x")
    return ratio


def walk(value: Any) -> int:
    """Read every attribute of a decoded answer, nested models and lists included; returns how many."""
    if isinstance(value, list):
        return sum(walk(v) for v in value)
    if not hasattr(value, "_tables_") or not hasattr(value, "_d"):
        return 1
    count = 0
    for f in fields_of(type(value)):
        count += walk(getattr(value, f.name))
    return count


def convert_everything(value: Any) -> Any:
    """Convert every nested value of a decoded answer at once, as an eager decoder does."""
    if isinstance(value, list):
        for v in value:
            convert_everything(v)
    elif hasattr(value, "_data"):
        for v in value._data().values():
            convert_everything(v)
    return value


def notification_45() -> Dict[str, Any]:
    """The arguments of a Notification with 45 fields set, as a backend sending a rich notification writes."""
    from onesignal.model_utils import Field
    skip = {"id", "value", "aggregation", "name", "isIos", "isAndroid", "isHuawei", "isAnyWeb", "isChromeWeb",
            "isFirefox", "isSafari", "isWP_WNS", "isAdm", "isChrome", "external_id", "idempotency_key"}
    chosen: Dict[str, Any] = {}
    for f in fields_of(resolve_model("Notification")):
        if f.wire in skip or f.name.startswith("include_") or f.name in ("filters", "email_to", "kind"):
            continue
        chosen[f.name] = {"en": "Your order shipped", "es": "Tu pedido salió"} if "StringMap" in f.annotation \
            else sample(f)
        if len(chosen) == 44:
            break
    chosen["include_aliases"] = {"external_id": ["user-1", "user-2"]}
    assert len(chosen) == 45 and isinstance(next(iter(chosen.values())), object) and Field
    return chosen


def import_time(runs: int = 15) -> float:
    """Median milliseconds to import the package and DefaultApi after urllib3, dateutil and certifi.

    The package is byte-compiled first, as an installed package is, so the time is not compile time.
    """
    import compileall
    compileall.compile_dir(str(ROOT / "onesignal"), quiet=1)
    code = ("import urllib3, dateutil, certifi, time; t = time.perf_counter(); import onesignal; "
            "from onesignal.api import default_api; print((time.perf_counter() - t) * 1000)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = [float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                  check=True, env=env).stdout) for _ in range(runs)]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="measuring time per case and client")
    args = parser.parse_args()
    ports: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(ports,), daemon=True)
    server.start()
    host = f"http://127.0.0.1:{ports.get(timeout=10)}"
    try:
        pool = urllib3.PoolManager(maxsize=4)
        headers = {"Authorization": "Key bench-key", "Accept": "application/json"}
        post_headers = dict(headers, **{"Content-Type": "application/json"})
        body = {"app_id": APP_ID, "contents": {"en": "Hello"}, "include_aliases": {"external_id": ["user-1"]}}
        config = onesignal.Configuration(host=host, app_key="bench-key", user_key="bench-user-key")
        with onesignal.ApiClient(config) as client:
            api = DefaultApi(client)
            print(f"Python {sys.version.split()[0]}, urllib3 {urllib3.__version__}, {args.seconds:.1f} s per client")
            compare(
                "get_notifications (50, full)",
                lambda: json.loads(pool.request("GET", f"{host}/notifications?app_id={APP_ID}&limit=50",
                                                headers=headers).data),
                lambda: api.get_notifications(APP_ID, limit=50), args.seconds)
            compare(
                "get_players (300, full)",
                lambda: json.loads(pool.request("GET", f"{host}/players?app_id={APP_ID}&limit=300",
                                                headers=headers).data),
                lambda: api.get_players(APP_ID, limit=300), args.seconds)
            compare(
                "create_notification",
                lambda: json.loads(pool.request("POST", f"{host}/notifications", headers=post_headers,
                                                body=json.dumps(body).encode()).data),
                lambda: api.create_notification(body), args.seconds)
        for key, model in ((("GET", "/notifications"), "NotificationSlice"), (("GET", "/players"), "PlayerSlice")):
            page = answers()[key]
            parse = 1000 / rate(lambda: json.loads(page), 0.5)
            decode = 1000 / rate(lambda: from_wire(json.loads(page), model), 0.5)
            print(f"{'decode ' + model:<34} json.loads {parse:.2f} ms, + decoding {decode - parse:.2f} ms "
                  f"({len(page) // 1024} kB)")
        page = answers()[("GET", "/notifications")]
        lazy_walk = 1000 / rate(lambda: walk(from_wire(json.loads(page), "NotificationSlice")), 1.0)
        eager_walk = 1000 / rate(lambda: walk(convert_everything(from_wire(json.loads(page), "NotificationSlice"))),
                                 1.0)
        print(f"{'full walk of the 50 notifications':<34} {lazy_walk:.2f} ms converting on first use, "
              f"{eager_walk:.2f} ms converting everything first ({walk(from_wire(json.loads(page), 'NotificationSlice'))}"
              f" values)")
        from onesignal.model.notification import Notification
        fields = notification_45()
        built = rate(lambda: to_json(Notification(**fields)), 1.0)
        via_dicts = rate(lambda: json.dumps(to_wire(Notification(**fields))), 1.0)
        print(f"{'build + serialize Notification':<34} {built:,.0f}/s (45 fields; the body as the SDK sends it, "
              f"to_json; {via_dicts:,.0f}/s through to_wire and json.dumps)")
        print(f"{'import onesignal + default_api':<34} {import_time():.2f} ms (median of fresh processes)")
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
