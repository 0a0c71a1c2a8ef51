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
  command -v redis-server >/dev/null || { echo "redis-server not found on PATH" >&2; exit 1; }
  # A port something else already listens on would have us report its server as ours.
  for named in "PG_PORT $pg_port" "REDIS_PORT $redis_port"; do
    set -- $named
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then
      echo "port $2 ($1) on 127.0.0.1 is already in use: stop what listens there or choose another $1" >&2
      exit 1
    fi
  done
  rm -f "$dir/postgres.log" "$dir/redis.log" "$dir/redis.pid"
  if ! as_postgres "$pgbin/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2; then
    echo "PostgreSQL could not start on 127.0.0.1:$pg_port (could it bind the port?):" >&2
    tail -n 20 "$dir/postgres.log" >&2 2>/dev/null || true
    exit 1
  fi
  as_postgres "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres factcheck 2>/dev/null || true
  redis_up=""
  if redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"; then
    for _ in $(seq 50); do
      # Ours answers: its pid file names a live process (a bind failure leaves none).
      if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null \
        && redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
        redis_up=yes
        break
      fi
      sleep 0.1
    done
  fi
  if [ -z "$redis_up" ]; then
    echo "redis-server could not start on 127.0.0.1:$redis_port (could it bind the port?):" >&2
    tail -n 20 "$dir/redis.log" >&2 2>/dev/null || true
    as_postgres "$pgbin/pg_ctl" -D "$dir/pgdata" -m immediate stop >/dev/null 2>&1 || true
    exit 1
  fi
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$pg_port/factcheck"
  echo "export CELERY_BROKER_URL=redis://127.0.0.1:$redis_port/0"
  echo "export FACTCHECK_PG_CTL='$pgbin/pg_ctl' FACTCHECK_PGDATA='$dir/pgdata' FACTCHECK_REDIS_PORT=$redis_port"
  ;;
stop)
  # By port, not by pid file: a test that stops and restarts Redis leaves a server the pid
  # file does not name.
  [ -d "$dir" ] && timeout 10 redis-cli -p "$redis_port" shutdown nosave </dev/null >/dev/null 2>&1 || true
  [ -d "$dir/pgdata" ] && as_postgres "$pgbin/pg_ctl" -D "$dir/pgdata" -m immediate stop >/dev/null 2>&1 || true
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
