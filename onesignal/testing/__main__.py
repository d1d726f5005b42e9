"""``python -m onesignal.testing``: run FakeOneSignal until Ctrl-C, printing its host, ids and keys.

Fixed keys and app id (``--app-key``/``--rest-api-key``, ``--user-key``/``--organization-api-key``,
``--app-id``) keep the same values across restarts, so scripts and ``.env`` files need no editing. The output
ends with ``export`` lines for a shell, each key under both its names.
"""

from __future__ import annotations

import argparse
import shlex
import threading
from typing import Callable, Dict, List, Optional

from onesignal.exceptions import OpenApiException
from onesignal.testing.fake import FakeOneSignal
from onesignal.validation import clean_key

PROG = "python -m onesignal.testing"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return port


def _key(name: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        try:
            key = clean_key(text, name)
        except OpenApiException as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        if key is None:
            raise argparse.ArgumentTypeError(f"{name}: must not be empty")
        return key
    return parse


def _app_id(text: str) -> str:
    if not text or any(ch.isspace() or ch in "/?#%" for ch in text):
        raise argparse.ArgumentTypeError(f"expected an id without spaces or '/?#%', got {text!r}")
    return text


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Serve a fake OneSignal API on 127.0.0.1.")
    parser.add_argument("--port", type=_port, default=0, help="port on 127.0.0.1 (default: any free port)")
    parser.add_argument("--app-id", type=_app_id, help="id of the app (default: a new UUID)")
    parser.add_argument("--app-key", "--rest-api-key", dest="app_key", type=_key("app_key"),
                        help="the app's REST API key (default: a new random key)")
    parser.add_argument("--user-key", "--organization-api-key", dest="user_key", type=_key("user_key"),
                        help="the organization (user auth) key (default: a new random key)")
    return parser


def export_lines(fake: FakeOneSignal) -> List[str]:
    """``export NAME=value`` lines that point ``Configuration.from_env()`` and the examples at ``fake``."""
    values: Dict[str, str] = {
        "ONESIGNAL_HOST": fake.host,
        "ONESIGNAL_APP_ID": fake.app_id,
        "ONESIGNAL_APP_KEY": fake.app_key,
        "ONESIGNAL_REST_API_KEY": fake.app_key,
        "ONESIGNAL_USER_KEY": fake.user_key,
        "ONESIGNAL_ORGANIZATION_API_KEY": fake.user_key,
    }
    return [f"export {name}={shlex.quote(value)}" for name, value in values.items()]


def main(argv: Optional[List[str]] = None) -> None:
    options = parser().parse_args(argv)
    fake = FakeOneSignal(options.port)
    fake.app_id = options.app_id or fake.app_id
    fake.app_key = options.app_key or fake.app_key
    fake.user_key = options.user_key or fake.user_key
    fake.reset()  # the first app, made again with the ids and keys chosen above
    try:
        fake.start()
    except OSError as error:
        reason = error.strerror or str(error)
        parser().exit(1, f"{PROG}: cannot listen on 127.0.0.1:{options.port}: {reason}; choose another --port "
                         "(0 picks a free one)\n")
    try:
        print(f"FakeOneSignal listening on {fake.host}")
        print(f"  app id:   {fake.app_id}")
        print(f"  app key:  {fake.app_key}")
        print(f"  user key: {fake.user_key}")
        print("In a shell:")
        for line in export_lines(fake):
            print(f"  {line}")
        try:  # Ctrl-C may come as soon as the last line is out, before print returns
            print("Press Ctrl-C to stop.", flush=True)
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped")
    finally:
        fake.stop()


if __name__ == "__main__":
    main()
