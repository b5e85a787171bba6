#!/usr/bin/env bash
# Set everything up, start a real PostgreSQL, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if [ -x scripts/postgres.sh ] || [ -f scripts/postgres.sh ]; then
  printf '\033[1m==> %s\033[0m\n' "Starting PostgreSQL for the storage tests"
  NEEDSCOUT_TEST_PG_URL=$(bash scripts/postgres.sh start | tail -n 1)
  export NEEDSCOUT_TEST_PG_URL
  trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
fi

printf '\033[1m==> %s\033[0m\n' "Running the test suite"
export TF_CPP_MIN_LOG_LEVEL=3
.venv/bin/python -m pytest "$@"
