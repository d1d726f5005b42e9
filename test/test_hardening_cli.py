"""Issue 9 item 8: ``python -m onesignal.testing`` as a new user meets it: fixed keys under either SDK line's
names, ready-made ``export`` lines that ``Configuration.from_env()`` reads, and a one-line error for a busy port.
The fake is started as a new user starts it, in a process of its own; the refusals are checked in this process."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import pytest

import onesignal
from onesignal.api.default_api import DefaultApi
from onesignal.testing.__main__ import main

REPO = Path(__file__).resolve().parents[1]
APP_ID = "3f1c2b7e-0000-4000-8000-00000000c0de"
APP_KEY = "fixed-app-key-for-the-demo"
USER_KEY = "fixed-user-key-for-the-demo"


def command(*arguments: str) -> List[str]:
    return [sys.executable, "-m", "onesignal.testing", *arguments]


def environment() -> Dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO))


@contextlib.contextmanager
def running(*arguments: str) -> Iterator[List[str]]:
    """Start the fake, yield the lines it printed up to "Press Ctrl-C to stop.", stop it with Ctrl-C."""
    process = subprocess.Popen(command(*arguments), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=REPO, env=environment())
    try:
        assert process.stdout is not None
        lines: List[str] = []
        for _ in range(30):  # the banner is about a dozen lines
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
            if line == "Press Ctrl-C to stop.\n":
                break
        assert lines and lines[-1] == "Press Ctrl-C to stop.", (lines, process.stderr and process.stderr.read())
        yield lines
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        assert process.stdout.read() == "stopped\n"
    finally:
        process.kill()
        process.wait()


def exports(lines: List[str]) -> Dict[str, str]:
    found = {}
    for line in lines:
        if line.strip().startswith("export "):
            name, _, value = line.strip()[len("export "):].partition("=")
            found[name] = value
    return found


@pytest.mark.parametrize("flags", [
    ("--app-id", APP_ID, "--app-key", APP_KEY, "--user-key", USER_KEY),
    ("--app-id", APP_ID, "--rest-api-key", APP_KEY, "--organization-api-key", USER_KEY),
], ids=["2.x names", "5.x names"])
def test_fixed_keys_and_export_lines(flags: List[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with running("--port", "0", *flags) as lines:
        host = lines[0].split()[-1]
        assert lines[1:4] == [f"  app id:   {APP_ID}", f"  app key:  {APP_KEY}", f"  user key: {USER_KEY}"]
        assert exports(lines) == {
            "ONESIGNAL_HOST": host, "ONESIGNAL_APP_ID": APP_ID,
            "ONESIGNAL_APP_KEY": APP_KEY, "ONESIGNAL_REST_API_KEY": APP_KEY,
            "ONESIGNAL_USER_KEY": USER_KEY, "ONESIGNAL_ORGANIZATION_API_KEY": USER_KEY,
        }
        for name, value in exports(lines).items():
            monkeypatch.setenv(name, value)
        with onesignal.ApiClient(onesignal.Configuration.from_env()) as client:
            api = DefaultApi(client)
            app = api.get_app(os.environ["ONESIGNAL_APP_ID"])
            assert (app.id, app.basic_auth_key) == (APP_ID, APP_KEY)
            assert api.get_notifications(APP_ID).total_count == 0  # the app key opens the app


def run_main(arguments: List[str], capsys: pytest.CaptureFixture[str]) -> Tuple[object, str, str]:
    """``python -m onesignal.testing`` with ``arguments``, in this process: its exit code, stdout and stderr.
    (Each error path ends in ``SystemExit``: an exception of any other kind would be a traceback.)"""
    with pytest.raises(SystemExit) as exited:
        main(arguments)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_a_busy_port_is_one_line_on_stderr_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run_main(["--port", str(port)], capsys)
    assert (code, out) == (1, "")
    assert err == (f"python -m onesignal.testing: cannot listen on 127.0.0.1:{port}: Address already in "
                   "use; choose another --port (0 picks a free one)\n")


@pytest.mark.parametrize("flags, message", [
    (("--app-key", "Key abc123"), "argument --app-key/--rest-api-key: app_key: starts with 'Key'"),
    (("--user-key", " "), "argument --user-key/--organization-api-key: user_key: must not be empty"),
    (("--app-id", "a b"), "argument --app-id: expected an id without spaces"),
    (("--port", "70000"), "argument --port: expected a port number from 0 to 65535, got '70000'"),
])
def test_bad_flags_are_refused_in_a_line(flags: List[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(list(flags), capsys)
    assert (code, out) == (2, "")
    assert f"python -m onesignal.testing: error: {message}" in err.splitlines()[-1]
