"""The README's demo runs end to end against the embedded fake when no real keys are set."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import background

ROOT = Path(__file__).resolve().parent.parent


background.define("quickstart", str(ROOT / "examples" / "quickstart.py"),
                  env={**{k: v for k, v in os.environ.items() if not k.startswith("ONESIGNAL_")},
                       "PYTHONPATH": str(ROOT)})


@pytest.mark.background("quickstart")
def test_quickstart_runs_on_the_embedded_fake() -> None:
    result = background.succeeded("quickstart")
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"ONESIGNAL_APP_ID/ONESIGNAL_APP_KEY not set: using the embedded FakeOneSignal at "
                        r"http://127\.0\.0\.1:\d+\.", lines[0])
    assert re.fullmatch(r"Created user quickstart-[0-9a-f]{8} \(onesignal_id [0-9a-f-]{36}\): "
                        r"Email [0-9a-f-]{36}, AndroidPush [0-9a-f-]{36}", lines[1])
    sent = re.fullmatch(r"Sent notification ([0-9a-f-]{36}) to 1 recipient\(s\)", lines[2])
    assert sent
    assert lines[3] == "Read it back: 'Hello from the onesignal quick start', successful=1, remaining=0, canceled=False"
    assert lines[4] == "Recent notifications of the app (1 in all):"
    assert re.fullmatch(rf"  {sent.group(1)}  queued \S+  successful=1  'Hello from the onesignal quick start'",
                        lines[5])
    assert len(lines) == 6


def test_readme_testing_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your code", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)
    assert code is not None
    namespace: dict = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    namespace["test_order_shipped_notifies_the_customer"]()
