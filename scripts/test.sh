#!/usr/bin/env bash
# Installs credstack with its test dependencies into .venv and runs the whole suite on SQLite,
# then every storage-touching test again on a throwaway PostgreSQL server on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
bash scripts/system-deps.sh
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/pip" install -q torch==2.13.0
"$VENV/bin/pip" install -q -e '.[test]'
export PATH="$PWD/$VENV/bin:$PATH"
export CREDSTACK_CACHE_DIR="${CREDSTACK_CACHE_DIR:-$PWD/.cache/credstack}"
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TOKENIZERS_PARALLELISM=false

echo "== lint"
ruff check server tests bench resume_templates
npm install --no-audit --no-fund --silent
npx eslint extension tests/js eslint.config.js

echo "== extension unit tests (node --test)"
node --test tests/js/

echo "== tests on SQLite"
pytest -q "$@"

echo "== benchmarks (smoke: a few iterations; figures are printed, not asserted)"
python bench/postings_bench.py --smoke | tail -n 8
python bench/skills_bench.py --smoke
python bench/stack_bench.py --smoke
python bench/catalog_report.py --smoke | tail -n 1
python bench/resume_bench.py --smoke
python bench/api_bench.py --smoke

echo "== storage tests on PostgreSQL"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PGDATA=$(mktemp -d /tmp/credstack-pg.XXXXXX)
PGPORT=${PGPORT:-54329}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_pg "$PGBIN/initdb" -D "$PGDATA" -A trust -U credstack >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=on" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDATA"' EXIT
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U credstack credstack_test
export CREDSTACK_TEST_DATABASE_URL="postgresql://credstack@127.0.0.1:$PGPORT/credstack_test"
pytest -q -m db "$@"
