"""Session-wide hooks."""

from __future__ import annotations

import os
import sys

import pytest

_sessions: list[pytest.Session] = []


def pytest_sessionstart(session: pytest.Session) -> None:
    _sessions.append(session)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without interpreter finalisation once the results are reported.

    Third-party daemon threads outlive the tests (schemathesis's ASGI portal and its AnyIO
    worker, py4j's callback threads). At finalisation CPython ends such a thread with
    pthread_exit when it next takes the GIL; inside a C++ frame (DuckDB) that unwinding is
    caught and the process aborts ("FATAL: exception not rethrown") after every test has
    passed, seen once in CI. The summary is printed and every other plugin is unconfigured
    by now, so exiting here changes nothing but that.
    """
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter._tw.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(_sessions[-1].exitstatus) if _sessions else 0)
