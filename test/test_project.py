"""Checks on the project as a whole: generated docs are current, typing is strict-clean, imports stay lazy."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import gen_docs  # noqa: E402


def test_docs_match_the_code() -> None:
    stale = gen_docs.stale_pages(ROOT / "docs")
    assert stale == [], f"run `python3 tools/gen_docs.py`; stale pages: {stale}"


def test_every_model_and_the_api_have_a_page() -> None:
    from onesignal.models import MODEL_MODULES
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert {f"{name}.md" for name in MODEL_MODULES} | {"DefaultApi.md", "Models.md"} <= pages
    assert len(MODEL_MODULES) == 76


def test_mypy_strict_passes_on_the_package() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "onesignal"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_package_ships_py_typed() -> None:
    assert (ROOT / "onesignal" / "py.typed").exists()


def test_import_loads_no_model_module() -> None:
    code = ("import sys, onesignal; from onesignal.api import default_api; import onesignal.models; "
            "print(sorted(m for m in sys.modules if m.startswith('onesignal.model.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_runtime_imports_only_the_declared_dependencies() -> None:
    code = ("import sys; before = set(sys.modules); import onesignal; from onesignal.api import default_api; "
            "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
            "import sysconfig; std = set(sys.stdlib_module_names); "
            "print(sorted(new - std - {'onesignal', 'urllib3', 'dateutil', 'certifi', 'six'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
