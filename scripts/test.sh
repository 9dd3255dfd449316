#!/bin/sh
# The whole test suite: ruff, mypy --strict, pytest. Needs only python3; builds .venv itself.
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip>=25.1" 2>/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e . --group dev 2>/dev/null
echo "== ruff"
.venv/bin/ruff check src tests benchmarks typing_tests
echo "== lint-imports (layers, no cycles)"
.venv/bin/lint-imports
echo "== mypy --strict"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest -q -m "not slow" "$@"
