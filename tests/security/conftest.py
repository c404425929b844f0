"""Fixtures and the reporting plugin of the adversarial suite (tests/security, T1–T17).

Reporting: every test may call `record_security(id, n, **figures)` with its trial count and key
figures (hits, accepted, corrupt, lost, …). When `SAFECASE_SECURITY_RESULTS` names a file, those
records and every test's outcome are appended to it as JSON lines; `tests/security/report.py`
(`make security-report`) runs the suite with the large counts and prints one table from them.

Quick and stress twins: a test parametrized with `security_helpers.counts(quick, stress)` runs
its quick variant in `make test` and its stress variant (marked `stress`) in `make stress`; in
report mode (`SAFECASE_SECURITY_REPORT=1`) the quick twins (id "quick-…") are deselected so N
counts once.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from security_helpers import QUICK_ID, REPORT_MODE, RecordSecurity

from safecase.gui.application import Application
from safecase.gui.background import BackgroundRunner
from safecase.gui.settings import Settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS_ENV = "SAFECASE_SECURITY_RESULTS"
_TEST_ID = re.compile(r"test_t(\d\d)_")


def test_id_of(nodeid: str) -> str:
    match = _TEST_ID.search(Path(nodeid.split("::", maxsplit=1)[0]).name)
    return f"T{int(match.group(1))}" if match else "units"


def _append(record: dict[str, object]) -> None:
    target = os.environ.get(RESULTS_ENV)
    if not target:
        return
    with open(target, "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=True) + "\n")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not REPORT_MODE:
        return
    kept, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        quick = callspec is not None and QUICK_ID in callspec.id
        if "tests/security/" in item.nodeid and quick:
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # Called through the item's ihook, so only for tests below this directory.
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _append(
            {
                "kind": "outcome",
                "nodeid": report.nodeid,
                "id": test_id_of(report.nodeid),
                "outcome": report.outcome,
                "wasxfail": str(getattr(report, "wasxfail", "")),
                "duration": round(report.duration, 2),
            }
        )


@pytest.fixture
def record_security(request: pytest.FixtureRequest) -> RecordSecurity:
    """record_security("T2", n=200, accepted=0): the test's trials and key figures."""

    def record(test_id: str, n: int, **figures: int | str) -> None:
        _append(
            {
                "kind": "figures",
                "nodeid": request.node.nodeid,
                "id": test_id,
                "n": int(n),
                "figures": figures,
            }
        )

    return record


# -- GUI fixtures (the same as tests/gui, which this directory cannot see) ---------------------


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return Application


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["safecase-security-tests"]


@pytest.fixture
def app(qapp: QApplication) -> Application:
    assert isinstance(qapp, Application)
    return qapp


@pytest.fixture
def runner(app: Application) -> Iterator[BackgroundRunner]:
    runner = BackgroundRunner()
    yield runner
    runner.wait_for_done(15_000)
    app.processEvents()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.open_in(tmp_path / "config")
