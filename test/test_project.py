"""Checks on the project as a whole: generated docs are current, typing is strict-clean, imports stay lazy."""
from __future__ import annotations

import ast
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import background  # noqa: E402
import gen_code  # noqa: E402
import gen_docs  # noqa: E402


def test_generated_code_matches_the_declarations() -> None:
    stale = gen_code.stale_files()
    assert stale == [], f"run `python3 tools/gen_code.py`; stale files: {stale}"


def test_docs_match_the_code() -> None:
    stale = gen_docs.stale_pages(ROOT / "docs")
    assert stale == [], f"run `python3 tools/gen_docs.py`; stale pages: {stale}"


def test_every_model_and_the_api_have_a_page() -> None:
    from onesignal.model import MODEL_MODULES
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert {f"{name}.md" for name in MODEL_MODULES} | {"DefaultApi.md", "Models.md"} <= pages
    modules = {p.stem for p in (ROOT / "onesignal" / "model").glob("*.py")} - {"__init__"}
    assert sorted(MODEL_MODULES.values()) == sorted(modules)


@pytest.mark.background("mypy")
def test_mypy_strict_passes_on_the_package() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed: pip install -r test-requirements.txt")
    result = background.result("mypy")  # the package and the typing samples, in one run
    problems = [line for line in result.stdout.splitlines() if line.startswith("onesignal")]
    assert problems == [], result.stdout + result.stderr
    assert "error" not in result.stderr.lower(), result.stderr


def test_package_ships_py_typed() -> None:
    assert (ROOT / "onesignal" / "py.typed").exists()


background.define("import loads no model", "-c", (
    "import sys, onesignal; from onesignal.api import default_api; import onesignal.models; "
    "print(sorted(m for m in sys.modules if m.startswith('onesignal.model.')))"))


@pytest.mark.background("import loads no model")
def test_import_loads_no_model_module() -> None:
    out = background.succeeded("import loads no model")
    assert out.stdout.strip() == "[]"


background.define("third-party imports", "-c", (
    "import sys, sysconfig\n"
    "before = set(sys.modules)\n"
    "import onesignal\n"
    "from onesignal.api import default_api\n"
    "onesignal.ApiClient().close()\n"  # the transport loads with the first client
    "from onesignal.model.notification import Notification\n"
    "onesignal.ApiClient.sanitize_for_serialization(Notification(app_id='a', send_after='2026-01-01'))\n"
    "stdlib = sysconfig.get_paths()['stdlib']\n"
    "def third_party(name):\n"
    "    path = getattr(sys.modules[name], '__file__', None) or ''\n"
    "    return 'site-packages' in path or not path.startswith(stdlib) and path != ''\n"
    "print(sorted({m.split('.')[0] for m in set(sys.modules) - before if third_party(m)}))\n"
))


@pytest.mark.background("third-party imports")
def test_runtime_imports_only_the_declared_dependencies() -> None:
    out = background.succeeded("third-party imports")
    assert set(ast.literal_eval(out.stdout)) <= {"onesignal", "urllib3", "dateutil", "certifi", "six"}
    assert "onesignal" in out.stdout and "urllib3" in out.stdout


@pytest.mark.background("wheel")
def test_the_built_package_ships_the_type_stubs() -> None:
    """What pip installs carries py.typed and every stub, so a user's type checker sees the typed API."""
    built = background.result("wheel")
    assert built.returncode == 0, built.stderr
    [wheel] = background.wheel_dir().glob("onesignal-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    stubs = {f"onesignal/{p.relative_to(ROOT / 'onesignal').as_posix()}" for p in (ROOT / "onesignal").rglob("*.pyi")}
    assert "onesignal/py.typed" in names and len(stubs) > 150 and stubs <= names
