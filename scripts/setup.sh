#!/usr/bin/env bash
# Set NeedScout up: Python 3.10 venv, pinned packages, the project, the trained model.
# Idempotent and quick the second time: installs and training are skipped when their
# inputs (requirements.txt/pyproject.toml; domain, config, training data) are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

find_python310() {
  local candidates=(python3.10)
  if command -v pyenv >/dev/null 2>&1; then
    candidates+=("$(pyenv root)/versions/3.10.13/bin/python3.10")
    for p in "$(pyenv root)"/versions/3.10.*/bin/python3.10; do candidates+=("$p"); done
  fi
  candidates+=(/usr/bin/python3.10 /usr/local/bin/python3.10)
  for p in "${candidates[@]}"; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
      command -v "$p"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
  PY=$(find_python310) || {
    echo "NeedScout needs Python 3.10 (Rasa 3.6.21 supports no newer Python), and none was found." >&2
    echo "Install it, for example:  pyenv install 3.10.13   or   apt-get install python3.10 python3.10-venv" >&2
    exit 1
  }
  say "Creating the Python 3.10 virtual environment in .venv ($PY)"
  rm -rf .venv
  "$PY" -m venv .venv
fi

stamp=.venv/.needscout-installed
want=$(cat requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "Installing pinned packages (first run takes a few minutes)"
  .venv/bin/python -m pip install --disable-pip-version-check -q --upgrade "pip<25" >/dev/null
  .venv/bin/python -m pip install --disable-pip-version-check --progress-bar on -r requirements.txt
  .venv/bin/python -m pip install --disable-pip-version-check -q --no-deps -e .
  echo "$want" > "$stamp"
else
  say "Packages up to date"
fi

mkdir -p var
say "Checking the trained model"
.venv/bin/needscout train
if .venv/bin/python -c 'import store.cli' 2>/dev/null; then
  say "Upgrading the database schema"
  .venv/bin/needscout db-upgrade
fi
