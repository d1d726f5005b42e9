"""docs/Notebook.md runs, cell by cell, on a fresh FakeOneSignal (the cell that reads real keys aside)."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any, Dict, List

DOC = Path(__file__).resolve().parent.parent / "docs" / "Notebook.md"


def cells() -> List[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_notebook_walk_through_runs_on_a_fresh_fake() -> None:
    code = cells()
    assert "Configuration.from_env()" in code[0] and "FakeOneSignal().start()" in code[1]
    namespace: Dict[str, Any] = {}
    has_pandas = importlib.util.find_spec("pandas") is not None
    try:
        for cell in code[1:]:
            if "pandas" in cell or "frame" in cell:
                if has_pandas:
                    exec(cell, namespace)  # noqa: S102 - the documentation's own code
                continue
            exec(cell, namespace)  # noqa: S102
        page = namespace["page"]
        assert page.total_count == 3 and len(namespace["players"]) == 3
        rows = namespace["api"].get_notifications(namespace["APP_ID"], limit=50).to_records()
        # what the pandas cells select is there, without pandas
        assert len(rows) == 3 and all({"id", "successful", "failed", "converted"} <= set(row) for row in rows)
    finally:
        if "client" in namespace:
            namespace["client"].close()
        if "fake" in namespace:
            namespace["fake"].stop()
