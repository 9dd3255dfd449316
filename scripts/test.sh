#!/bin/sh
# The whole test suite: ruff, mypy --strict, pytest. Needs only python3; builds .venv itself.
set -eu
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

# Run an install step quietly; when it fails, show pip's own output and say why we stopped.
install() {
    log=$(mktemp)
    if ! "$@" >"$log" 2>&1; then
        echo "scripts/test.sh: this install step failed: $*" >&2
        sed 's/^/  | /' "$log" >&2
        echo "scripts/test.sh: pip needs a package index (PyPI, or a mirror named in pip.conf" \
            "or PIP_INDEX_URL) to install the dev dependencies; nothing was tested" >&2
        rm -f "$log"
        exit 1
    fi
    rm -f "$log"
}

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv || {
        echo "scripts/test.sh: '$PY -m venv .venv' failed (on Debian: apt-get install python3-venv)" >&2
        exit 1
    }
fi
install .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip>=25.1"
install .venv/bin/python -m pip install -q --disable-pip-version-check -e . --group dev
echo "== ruff"
.venv/bin/ruff check src tests benchmarks typing_tests
echo "== lint-imports (layers, no cycles)"
.venv/bin/lint-imports
echo "== mypy --strict"
.venv/bin/mypy
echo "== pytest"
.venv/bin/pytest -q -m "not slow" "$@"
