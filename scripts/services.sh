#!/usr/bin/env bash
# Start (or stop) throwaway PostgreSQL 15 and Redis servers on loopback for the
# integration tests, the benchmarks and CI. Usage:
#   eval "$(scripts/services.sh start DIR)"   # prints the export lines for DATABASE_URL, CELERY_BROKER_URL
#   scripts/services.sh stop DIR
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a working folder}
pg_port=${PG_PORT:-55432}
redis_port=${REDIS_PORT:-56379}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

as_postgres() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  mkdir -p "$dir"
  [ -n "$pgbin" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql" >&2; exit 1; }
  if [ ! -d "$dir/pgdata" ]; then
    mkdir -p "$dir/pgdata"
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir" && chmod 755 "$dir"
    if ! as_postgres "$pgbin/initdb" -D "$dir/pgdata" -U postgres -A trust --no-sync >"$dir/initdb.log" 2>&1; then
      echo "initdb failed (is every folder above $dir readable by the postgres user?):" >&2
      cat "$dir/initdb.log" >&2
      exit 1
    fi
  fi
  as_postgres "$pgbin/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w \
    -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
  as_postgres "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres factcheck 2>/dev/null || true
  redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$pg_port/factcheck"
  echo "export CELERY_BROKER_URL=redis://127.0.0.1:$redis_port/0"
  echo "export FACTCHECK_PG_CTL='$pgbin/pg_ctl' FACTCHECK_PGDATA='$dir/pgdata' FACTCHECK_REDIS_PORT=$redis_port"
  ;;
stop)
  [ -f "$dir/redis.pid" ] && redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  [ -d "$dir/pgdata" ] && as_postgres "$pgbin/pg_ctl" -D "$dir/pgdata" -m immediate stop >/dev/null 2>&1 || true
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
