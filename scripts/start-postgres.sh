#!/usr/bin/env bash
# Start Debian's PostgreSQL cluster on 127.0.0.1:5432 and create the test role and database.
set -euo pipefail
ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$ver main"; then
  pg_createcluster "$ver" main >/dev/null
fi
pg_ctlcluster "$ver" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q"; then break; fi
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='eventscribe'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE eventscribe LOGIN PASSWORD 'eventscribe' SUPERUSER\""
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='eventscribe_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O eventscribe eventscribe_test"
