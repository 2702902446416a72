#!/usr/bin/env bash
# Set up (first run only) and run the whole test suite (the command CI runs).
# Starts a throwaway PostgreSQL on 127.0.0.1 for the store tests (installing Debian's package when
# missing and run as root); without one those tests are skipped with a message.
# Exit code 5 (no tests collected) counts as failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
# Debian's Chromium for the browser tests (never a browser download); skipped with a message without it
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }) \
    || echo "test.sh: could not install chromium; the browser tests will be skipped" >&2
fi
if [ -z "${KINOLENS_TEST_PG:-}" ]; then
  pgdir=$(mktemp -d "${TMPDIR:-/tmp}/kinolens-pg.XXXXXX")
  chmod 755 "$pgdir"
  export KINOLENS_PG_PORT=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if url=$(bash scripts/pg.sh start "$pgdir/data" 2>"$pgdir/start.log"); then
    export KINOLENS_TEST_PG=$url
    trap 'bash scripts/pg.sh stop "$pgdir/data"; rm -rf "$pgdir"' EXIT
  else
    echo "test.sh: PostgreSQL not started ($(tail -1 "$pgdir/start.log")); its tests will be skipped" >&2
    rm -rf "$pgdir"
  fi
fi
.venv/bin/python -m pytest "$@"
code=$?
if [ "$code" -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
  exit 1
fi
exit "$code"
