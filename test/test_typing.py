"""What editors and type checkers see: user code in the documented styles type-checks cleanly, typical mistakes
are flagged at their lines by mypy and pyright, and help() / get_type_hints() / dir() show the declarations."""
from __future__ import annotations

import inspect
import json
import pydoc
import re
import shutil
import typing
from pathlib import Path
from typing import Any, Dict, List, Set

import pytest

import background
import onesignal
from onesignal.api import endpoints as E
from onesignal.api.default_api import DefaultApi
from onesignal.endpoint import CALL_OPTIONS, CallOptions, Endpoint
from onesignal.model import MODEL_MODULES
from onesignal.model_utils import ListModel, fields_of, resolve_model

ROOT = Path(__file__).resolve().parent.parent
USER_CODE, MISTAKES = background.SAMPLE_FILES


def marked_lines(path: Path) -> Set[int]:
    """The lines a sample marks with ``# error``."""
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if "# error" in line}


def mypy_errors(path: Path) -> Dict[int, List[str]]:
    """The errors mypy --strict reports in one sample (the samples and the package are checked in one run)."""
    pytest.importorskip("mypy", reason="mypy is not installed: pip install -r test-requirements.txt")
    result = background.result("mypy")
    found: Dict[int, List[str]] = {}
    for match in re.finditer(rf"^{re.escape(str(path.relative_to(ROOT)))}:(\d+): error: (.*)$", result.stdout,
                             re.M):
        found.setdefault(int(match.group(1)), []).append(match.group(2))
    return found


def pyright_errors(path: Path) -> Dict[int, List[str]]:
    if shutil.which("pyright") is None:
        pytest.skip("pyright is not installed (pip install -r test-requirements.txt installs it)")
    report = json.loads(background.result("pyright").stdout)
    found: Dict[int, List[str]] = {}
    for item in report["generalDiagnostics"]:
        if item["severity"] == "error" and Path(item["file"]).resolve() == path:
            found.setdefault(item["range"]["start"]["line"] + 1, []).append(item["message"])
    return found


@pytest.mark.background("mypy")
def test_user_code_passes_mypy_strict() -> None:
    assert mypy_errors(USER_CODE) == {}


@pytest.mark.background("mypy")
def test_mypy_flags_each_mistake_at_its_line() -> None:
    assert set(mypy_errors(MISTAKES)) == marked_lines(MISTAKES)


@pytest.mark.background("pyright")
def test_user_code_passes_pyright_strict() -> None:
    assert pyright_errors(USER_CODE) == {}


@pytest.mark.background("pyright")
def test_pyright_flags_each_mistake_at_its_line() -> None:
    assert set(pyright_errors(MISTAKES)) == marked_lines(MISTAKES)


# -- help(), signatures and type hints, checked against the declarations -----------------------------------------

MODEL_NAMES = sorted(MODEL_MODULES)


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_help_of_a_model_lists_its_fields_with_type_and_doc(name: str) -> None:
    cls = resolve_model(name)
    own = inspect.cleandoc(cls.__dict__["__doc__"])
    shown = " ".join(pydoc.render_doc(cls, renderer=pydoc.plaintext).replace("|", " ").split())
    assert " ".join(own.split()) in shown
    if issubclass(cls, ListModel):
        return
    doc = str(cls.__doc__)
    flat = " ".join(doc.split())
    required = {f.name for f in cls._tables_.required}
    for f in fields_of(cls):
        assert getattr(cls, f.name).__doc__ == f.doc  # the attribute's own help
        kind = f.annotation[len("Optional["):-1] if f.annotation.startswith("Optional[") else f.annotation
        entry = re.search(rf"^    {re.escape(f.name)} \(([^:]*)\):\s", doc, re.M)
        assert entry is not None, f.name
        assert entry.group(1).startswith(kind) and ("required" in entry.group(1)) == (f.name in required), f.name
        assert " ".join(f.doc.split()) in flat, f.name


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_signature_of_a_model_is_its_fields(name: str) -> None:
    cls = resolve_model(name)
    signature = inspect.signature(cls)
    if issubclass(cls, ListModel):
        assert list(signature.parameters)[0] == "value"
        return
    positional = [f.name for f in cls._tables_.positional]
    parameters = signature.parameters
    assert [p for p in parameters if parameters[p].kind == inspect.Parameter.POSITIONAL_OR_KEYWORD] == positional
    keywords = [p for p in parameters if parameters[p].kind == inspect.Parameter.KEYWORD_ONLY]
    assert sorted(positional + keywords) == sorted(f.name for f in fields_of(cls))


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_type_hints_resolve_on_every_model(name: str) -> None:
    cls = resolve_model(name)
    hints = typing.get_type_hints(cls)
    for f in fields_of(cls):
        assert f.name in hints


ALL_ENDPOINTS = sorted((e for e in vars(E).values() if isinstance(e, Endpoint)), key=lambda e: e.name)


@pytest.mark.parametrize("endpoint", ALL_ENDPOINTS, ids=lambda e: e.name)
def test_help_of_a_method_gives_its_arguments_key_answer_and_errors(endpoint: Endpoint) -> None:
    doc = " ".join(inspect.getdoc(getattr(DefaultApi, endpoint.name)).split())  # type: ignore[union-attr]
    assert doc.startswith(" ".join(endpoint.doc.split()))
    for param in endpoint.params:
        assert f"{param.name}: {' '.join(param.doc.split())}" in doc
        for alias in param.aliases:
            assert f"also ``{alias.name}=``" in doc
    assert ("REST API key" if endpoint.auth == "app_key" else "organization key") in doc
    assert f"Returns: ``{endpoint.returns}``" in doc if endpoint.returns else "Returns: nothing" in doc
    assert "Raises: ``ApiException``" in doc


def test_type_hints_resolve_on_default_api() -> None:
    assert typing.get_type_hints(DefaultApi) == {}
    assert typing.get_type_hints(onesignal.Configuration.__init__)["timeout"] is not None


def test_the_options_are_listed_once() -> None:
    assert CALL_OPTIONS == set(typing.get_type_hints(CallOptions))
    assert {"async_req", "_return_http_data_only", "_preload_content", "_host_index", "_content_type",
            "_spec_property_naming", "_request_timeout", "_check_input_type", "_check_return_type"} <= CALL_OPTIONS


def test_dir_shows_only_the_public_api() -> None:
    names = dir(onesignal)
    assert not {"Any", "List", "annotations", "importlib", "enable_from_environment"} & set(names)
    assert {"ApiClient", "Configuration", "DefaultApi", "ApiException", "Notification", "helpers"} <= set(names)
    assert all(hasattr(onesignal, name) for name in names if name[0].isupper())


def test_unknown_fields_of_an_answer_are_items_and_attributes_at_run_time() -> None:
    answer: Any = resolve_model("App")._from_wire({"id": "a", "future_field": 1})
    assert answer["future_field"] == 1 and answer.future_field == 1
