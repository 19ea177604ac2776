#!/usr/bin/env bash
# Runs every test: the fast suite, then the slow end-to-end tests, then the integration tests against
# PostgreSQL and Redis (started here on 127.0.0.1 and stopped after), then ruff and mypy.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/services.sh
start_services
trap stop_services EXIT

status=0
step() {
  local name=$1; shift
  echo "== $name"
  "$@"; local rc=$?
  # pytest exits 5 when a selection holds no tests: that is not a failure.
  if [ $rc -ne 0 ] && [ $rc -ne 5 ]; then echo "== $name failed ($rc)"; status=1; fi
}
# The fast suite runs in parallel (pytest-xdist), one worker per core up to four; GOFER_TEST_WORKERS overrides
# (0 runs it in this process).
workers=${GOFER_TEST_WORKERS:-$(.venv/bin/python -c 'import os; print(min(4, len(os.sched_getaffinity(0))))')}
step "fast tests" .venv/bin/pytest -q -p no:cacheprovider -n "$workers"
step "slow end-to-end tests" .venv/bin/pytest -q -p no:cacheprovider -m slow
step "integration tests (PostgreSQL, Redis)" .venv/bin/pytest -q -p no:cacheprovider -m integration
step "ruff" .venv/bin/ruff check gofer tests bench
step "mypy" .venv/bin/mypy
exit $status
