"""The slow checks that run other programs (mypy, pyright, a package build), started as soon as the tests are
collected so that they run on another core while the other tests run; a test waits for the one it reads.

Only the checks some collected test asks for are started (``CHECKS`` names each and what starts it).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "test" / "typing_samples"
SAMPLE_FILES = [SAMPLES / "user_code.py", SAMPLES / "user_mistakes.py"]
_WORK = Path(tempfile.mkdtemp(prefix="onesignal-checks-"))


class Finished(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def _mypy() -> Optional[List[str]]:
    import importlib.util
    if importlib.util.find_spec("mypy") is None:
        return None
    return [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(_WORK / "mypy-cache"), "onesignal",
            *(str(p.relative_to(ROOT)) for p in SAMPLE_FILES)]


def _pyright() -> Optional[List[str]]:
    command = shutil.which("pyright")
    if command is None:
        return None
    config = _WORK / "pyrightconfig.json"
    config.write_text(json.dumps({"extraPaths": [str(ROOT)], "typeCheckingMode": "strict",
                                  "pythonVersion": f"{sys.version_info[0]}.{sys.version_info[1]}"}))
    return [command, "-p", str(config), "--outputjson", *map(str, SAMPLE_FILES)]


def _wheel() -> Optional[List[str]]:
    return [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(_WORK / "wheel"), str(ROOT)]


CHECKS = {"mypy": _mypy, "pyright": _pyright, "wheel": _wheel}
_running: Dict[str, subprocess.Popen] = {}  # type: ignore[type-arg]
_finished: Dict[str, Finished] = {}


def start(name: str) -> None:
    """Start a check in the background, once."""
    if name in _running or name in _finished:
        return
    command = CHECKS[name]()
    if command is None:
        _finished[name] = Finished(-1, "", f"{name} is not installed")
        return
    _running[name] = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def result(name: str) -> Finished:
    """Wait for a check (starting it if nothing did) and give its exit status and output."""
    start(name)
    if name not in _finished:
        process = _running.pop(name)
        stdout, stderr = process.communicate()
        _finished[name] = Finished(process.returncode, stdout, stderr)
    return _finished[name]


def wheel_dir() -> Path:
    return _WORK / "wheel"


def stop_all() -> None:
    for process in _running.values():
        process.kill()
        process.communicate()
    _running.clear()
    shutil.rmtree(_WORK, ignore_errors=True)
