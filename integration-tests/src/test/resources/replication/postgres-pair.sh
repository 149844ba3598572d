#!/usr/bin/env bash
# A PostgreSQL 15 primary and a streaming replica of it (pg_basebackup -R), each a cluster of
# its own under DIR, for ReplicaReadsTest. The shared server on 5432 is never touched. Run as
# root (as CI runs), the servers run as the postgres user (initdb refuses root) and DIR is handed
# to that user; run as anyone else, as that user.
#
#   postgres-pair.sh start  DIR PRIMARY_PORT REPLICA_PORT   fresh clusters, replica streaming
#   postgres-pair.sh stop   DIR                             SIGINT (fast shutdown) to both PIDs
#   postgres-pair.sh kill-replica  DIR                      SIGQUIT (immediate stop) to the replica's PID
#   postgres-pair.sh start-replica DIR                      starts the replica again
#
# Every statement is logged (log_statement = all) to DIR/NAME.log, which the test reads to see
# where statements ran. The test user is app (trust), owner of database shop.
set -euo pipefail

cmd=$1 dir=$2
bin=/usr/lib/postgresql/15/bin

as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

sql() { # port, database, then psql arguments
  local port=$1 db=$2; shift 2
  as_postgres "$bin/psql" -X -q -A -t -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

# Polls every 50 ms until the check succeeds (at most 30 s).
await() { # description, command...
  local what=$1; shift
  for _ in $(seq 1 600); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  echo "postgres-pair: $what did not answer within 30 s" >&2
  return 1
}

pid_of() { head -n 1 "$dir/$1/postmaster.pid"; }

port_of() { cat "$dir/$1.port"; }

launch() { # name
  # No -w: readiness is checked below by a query.
  as_postgres "$bin/pg_ctl" -D "$dir/$1" -l "$dir/$1.log" -o "-p $(port_of "$1")" start >/dev/null
}

stop_all() {
  for name in replica primary; do
    if [[ -f "$dir/$name/postmaster.pid" ]]; then
      pid=$(pid_of "$name")
      kill -INT "$pid" 2>/dev/null || true
      await "$name exit" bash -c "! kill -0 $pid"
    fi
  done
}

case $cmd in
  start)
    primary_port=$3 replica_port=$4
    # A pair left running by an interrupted build is stopped first, by its PIDs.
    if [[ -d "$dir" ]]; then stop_all; fi
    rm -rf "$dir" && mkdir -p "$dir"
    if [[ $(id -u) == 0 ]]; then chown postgres: "$dir"; fi
    echo "$primary_port" >"$dir/primary.port"
    echo "$replica_port" >"$dir/replica.port"
    # initdb takes about half of the start-up time, so its fresh cluster is kept next to DIR and
    # copied: once per build, not once per pair.
    template="$(dirname "$dir")/postgres-template"
    if [[ ! -d "$template" ]]; then
      rm -rf "$template.tmp" && mkdir -p "$template.tmp"
      if [[ $(id -u) == 0 ]]; then chown postgres: "$template.tmp"; fi
      as_postgres "$bin/initdb" -D "$template.tmp" -U postgres -A trust --no-sync >"$dir/initdb.out"
      mv "$template.tmp" "$template"
    fi
    cp -a "$template" "$dir/primary"
    cat >>"$dir/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
full_page_writes = off
shared_buffers = 16MB
log_statement = 'all'
log_line_prefix = '%m [%p] %u@%d '
CONF
    launch primary
    await "primary on $primary_port" sql "$primary_port" postgres -c "SELECT 1"
    sql "$primary_port" postgres -c "CREATE ROLE app LOGIN" -c "CREATE DATABASE shop OWNER app"
    as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres \
      -D "$dir/replica" -R -X stream -c fast --no-sync
    launch replica
    await "replica on $replica_port" sql "$replica_port" postgres -c "SELECT 1"
    await "streaming to $replica_port" test "$(sql "$primary_port" postgres -c \
      "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1
    ;;
  stop)
    if [[ -d "$dir" ]]; then stop_all; fi
    ;;
  kill-replica)
    pid=$(pid_of replica)
    kill -QUIT "$pid"
    await "replica exit" bash -c "! kill -0 $pid"
    ;;
  start-replica)
    launch replica
    await "replica" sql "$(port_of replica)" postgres -c "SELECT 1"
    ;;
  *)
    echo "usage: $0 start|stop|kill-replica|start-replica DIR [PRIMARY_PORT REPLICA_PORT]" >&2
    exit 2
    ;;
esac
