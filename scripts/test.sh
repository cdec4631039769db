#!/usr/bin/env bash
# The test command: install warta with its dev tools into .venv (if needed), start the services
# the tests use (PostgreSQL on 127.0.0.1), then run ruff, mypy and pytest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip >/dev/null
python -m pip install -q -e ".[dev,spark]"

# PostgreSQL for the store/API tests that run against it (skipped when this fails).
if url="$(bash scripts/ci_postgres.sh 2>/tmp/warta-ci-postgres.log | tail -n 1)" && [ -n "$url" ]; then
  export WARTA_TEST_PG="$url"
else
  echo "test.sh: PostgreSQL not available; its tests will be skipped (see /tmp/warta-ci-postgres.log)" >&2
fi
if [ -x scripts/ci_browser.sh ]; then
  bash scripts/ci_browser.sh >/tmp/warta-ci-browser.log 2>&1 || echo "test.sh: no browser; dashboard tests will be skipped" >&2
fi

ruff check src tests scripts benchmarks
mypy
pytest "$@"
