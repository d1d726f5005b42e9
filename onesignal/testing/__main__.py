"""``python -m onesignal.testing [--port N]``: run FakeOneSignal until Ctrl-C."""

from __future__ import annotations

import argparse
import threading
from typing import List, Optional

from onesignal.testing.fake import FakeOneSignal


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m onesignal.testing", description="Serve a fake OneSignal API.")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    arguments = parser.parse_args(argv)
    with FakeOneSignal(arguments.port) as fake:
        print(f"FakeOneSignal listening on {fake.host}")
        print(f"  app id:   {fake.app_id}")
        print(f"  app key:  {fake.app_key}")
        print(f"  user key: {fake.user_key}")
        try:  # Ctrl-C may come as soon as the last line is out, before print returns
            print("Press Ctrl-C to stop.", flush=True)
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped")


if __name__ == "__main__":
    main()
