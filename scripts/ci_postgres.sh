#!/usr/bin/env bash
# Install Debian's PostgreSQL, start a cluster on 127.0.0.1:5432, create a test database and
# user, and print its postgresql:// URL on the last line of stdout (CI exports it as
# WARTA_TEST_PG). Idempotent: rerunning on a machine where it already ran just prints the URL.
set -euo pipefail

PGUSER_NAME="${WARTA_PG_USER:-warta}"
PGPASS="${WARTA_PG_PASSWORD:-warta}"
PGDB="${WARTA_PG_DB:-warta_test}"
PORT="${WARTA_PG_PORT:-5432}"

log() { echo "ci_postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
VERSION="$(basename "$(dirname "$PGBIN")")"

if command -v pg_lsclusters >/dev/null 2>&1; then
  # Debian's wrapper: create the main cluster if the package did not, then start it.
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$VERSION main$"; then
    pg_createcluster "$VERSION" main -p "$PORT" >&2
  fi
  if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$VERSION" main start >&2 || true
  fi
else
  # No wrapper: a private cluster owned by the postgres user.
  DATA=/var/lib/postgresql/warta-ci
  if [ ! -d "$DATA" ]; then
    install -d -o postgres -g postgres "$DATA"
    su postgres -c "$PGBIN/initdb -D $DATA -A trust" >&2
  fi
  su postgres -c "$PGBIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/log -w start" >&2 || true
fi

for _ in $(seq 1 30); do
  if su postgres -c "psql -h 127.0.0.1 -p $PORT -d postgres -tAc 'select 1'" >/dev/null 2>&1 \
     || su postgres -c "psql -p $PORT -d postgres -tAc 'select 1'" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

psql_su() { su postgres -c "psql -p $PORT -d postgres -v ON_ERROR_STOP=1 -tAc \"$1\""; }
if [ "$(psql_su "select 1 from pg_roles where rolname='$PGUSER_NAME'")" != "1" ]; then
  psql_su "create role $PGUSER_NAME login password '$PGPASS'" >&2
fi
if [ "$(psql_su "select 1 from pg_database where datname='$PGDB'")" != "1" ]; then
  psql_su "create database $PGDB owner $PGUSER_NAME" >&2
fi

echo "postgresql://$PGUSER_NAME:$PGPASS@127.0.0.1:$PORT/$PGDB"
