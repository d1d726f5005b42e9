"""The checks that run other programs (mypy, pyright, a package build, scripts that need a fresh interpreter),
started as soon as the tests are collected so that they run on another core while the other tests run; a test
waits for the one it reads.

Only the checks some collected test asks for are started (``CHECKS`` names each and what starts it). A test
module adds its own fresh-process scripts with ``define``.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Mapping, NamedTuple, Optional

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "test" / "typing_samples"
SAMPLE_FILES = [SAMPLES / "user_code.py", SAMPLES / "user_mistakes.py"]
_WORK = Path(tempfile.mkdtemp(prefix="onesignal-checks-"))


class Program(NamedTuple):
    command: List[str]
    env: Optional[Mapping[str, str]] = None  # None: this process's environment


class Finished(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def _mypy() -> Optional[Program]:
    import importlib.util
    if importlib.util.find_spec("mypy") is None:
        return None
    return Program([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(_WORK / "mypy-cache"), "onesignal",
                    *(str(p.relative_to(ROOT)) for p in SAMPLE_FILES)])


def _pyright() -> Optional[Program]:
    command = shutil.which("pyright")
    if command is None:
        return None
    config = _WORK / "pyrightconfig.json"
    config.write_text(json.dumps({"extraPaths": [str(ROOT)], "typeCheckingMode": "strict",
                                  "pythonVersion": f"{sys.version_info[0]}.{sys.version_info[1]}"}))
    return Program([command, "-p", str(config), "--outputjson", *map(str, SAMPLE_FILES)])


def _wheel() -> Optional[Program]:
    """pip's build of the package, offline (setuptools comes from test-requirements.txt; no index, no check
    for a newer pip) and from a copy of the sources, so that nothing is written into the repository."""
    source = _WORK / "source"
    shutil.copytree(ROOT / "onesignal", source / "onesignal", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("setup.py", "pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    return Program([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                    "--disable-pip-version-check", "-q", "-w", str(_WORK / "wheel"), str(source)])


CHECKS: Dict[str, Callable[[], Optional[Program]]] = {"mypy": _mypy, "pyright": _pyright, "wheel": _wheel}


def define(name: str, *arguments: str, env: Optional[Mapping[str, str]] = None) -> None:
    """Name a run of this Python with ``arguments`` (``"-c", script`` or a file), in the repository, that a test
    needs in a fresh interpreter; it starts after collection when a collected test is marked
    ``@pytest.mark.background(name)``."""
    if name in CHECKS:
        raise ValueError(f"a background check named {name!r} exists already")
    CHECKS[name] = lambda: Program([sys.executable, *arguments], env)


_running: Dict[str, subprocess.Popen] = {}  # type: ignore[type-arg]
_finished: Dict[str, Finished] = {}


def start(name: str) -> None:
    """Start a check in the background, once."""
    if name in _running or name in _finished:
        return
    program = CHECKS[name]()
    if program is None:
        _finished[name] = Finished(-1, "", f"{name} is not installed")
        return
    process = subprocess.Popen(program.command, cwd=ROOT, env=program.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    if hasattr(os, "setpriority"):  # yield the CPU to the test process, whose tests are the critical path
        try:
            os.setpriority(os.PRIO_PROCESS, process.pid, 10)
        except OSError:
            pass  # it has ended already
    _running[name] = process


def result(name: str) -> Finished:
    """Wait for a check (starting it if nothing did) and give its exit status and output."""
    start(name)
    if name not in _finished:
        process = _running.pop(name)
        stdout, stderr = process.communicate(timeout=600)
        _finished[name] = Finished(process.returncode, stdout, stderr)
    return _finished[name]


def succeeded(name: str) -> Finished:
    """``result(name)`` of a check that must end well: a failing one fails the test with its stderr."""
    finished = result(name)
    assert finished.returncode == 0, finished.stderr[-2000:]
    return finished


def wheel_dir() -> Path:
    return _WORK / "wheel"


def stop_all() -> None:
    for process in _running.values():
        process.kill()
        process.communicate()
    _running.clear()
    shutil.rmtree(_WORK, ignore_errors=True)
