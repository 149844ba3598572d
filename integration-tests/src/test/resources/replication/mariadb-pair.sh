#!/usr/bin/env bash
# A MariaDB primary and a GTID replica of it, each a mariadbd of its own with its own datadir,
# for ReplicaReadsTest. Never touches the shared server on 3306: every mariadbd and client here
# runs with --no-defaults / --defaults-file, so /etc/mysql/my.cnf (its socket, pid file and
# datadir) is never read.
#
#   mariadb-pair.sh start  DIR PRIMARY_PORT REPLICA_PORT   fresh datadirs, both servers, replication running
#   mariadb-pair.sh stop   DIR                             SIGTERM to both PIDs, waits for them to exit
#   mariadb-pair.sh kill-replica  DIR                      kill -9 of the replica's PID
#   mariadb-pair.sh start-replica DIR                      starts the replica again on its datadir
#
# Readiness is asked of the servers (a query), never assumed after a sleep. The test user is
# app/app with every privilege on database shop only, so the replica's read_only refuses its
# writes (error 1290), as on a real replica.
set -euo pipefail

cmd=$1 dir=$2

client() { # port, then mariadb arguments
  local port=$1; shift
  mariadb --no-defaults --protocol=TCP -h 127.0.0.1 -P "$port" -u root "$@"
}

# Polls every 50 ms until the query answers (at most 30 s).
await() { # description, command...
  local what=$1; shift
  for _ in $(seq 1 600); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  echo "mariadb-pair: $what did not answer within 30 s" >&2
  return 1
}

config() { # name, port, server id, extra lines
  local name=$1 port=$2 id=$3 extra=$4
  cat > "$dir/$name.cnf" <<CNF
[mariadbd]
datadir=$dir/$name
port=$port
bind-address=127.0.0.1
socket=$dir/$name.sock
pid-file=$dir/$name.pid
log-error=$dir/$name.err
general-log=1
general-log-file=$dir/$name.log
server-id=$id
skip-name-resolve
user=root
innodb-buffer-pool-size=32M
innodb-log-file-size=8M
innodb-flush-log-at-trx-commit=2
sync-binlog=0
performance-schema=OFF
innodb-doublewrite=0
innodb-flush-method=nosync
innodb-data-file-path=ibdata1:10M:autoextend
innodb-undo-tablespaces=0
$extra
CNF
}

launch() { # name
  mariadbd --defaults-file="$dir/$1.cnf" >>"$dir/$1.out" 2>&1 &
}

pid_of() { cat "$dir/$1.pid"; }

port_of() { sed -n 's/^port=//p' "$dir/$1.cnf"; }

stop_all() {
  for name in replica primary; do
    if [[ -f "$dir/$name.pid" ]]; then
      pid=$(pid_of "$name")
      kill "$pid" 2>/dev/null || true
      await "$name exit" bash -c "! kill -0 $pid"
      rm -f "$dir/$name.pid"
    fi
  done
}

case $cmd in
  start)
    primary_port=$3 replica_port=$4
    # A pair left running by an interrupted build is stopped first, by its PIDs.
    stop_all
    rm -rf "$dir" && mkdir -p "$dir"
    config primary "$primary_port" 1 "log-bin=$dir/primary-bin
binlog-format=ROW"
    config replica "$replica_port" 2 "read-only=1
relay-log=$dir/replica-relay"
    # mariadb-install-db takes most of the start-up time, so its fresh datadir is kept next to
    # DIR and copied: once per build, not once per pair.
    template="$(dirname "$dir")/mariadb-template"
    if [[ ! -d "$template" ]]; then
      rm -rf "$template.tmp"
      sed "s#^datadir=.*#datadir=$template.tmp#" "$dir/primary.cnf" >"$dir/install.cnf"
      mariadb-install-db --defaults-file="$dir/install.cnf" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.out" 2>&1
      mv "$template.tmp" "$template"
    fi
    # The replica starts from a copy of the same fresh datadir: both begin at an empty GTID
    # position, and the primary's binlog (everything after its start) brings the replica along.
    cp -a "$template" "$dir/primary"
    cp -a "$template" "$dir/replica"
    launch primary
    launch replica
    await "primary on $primary_port" client "$primary_port" -e "SELECT 1"
    await "replica on $replica_port" client "$replica_port" -e "SELECT 1"
    client "$primary_port" -e "CREATE USER repl@'127.0.0.1' IDENTIFIED BY 'repl';
      GRANT REPLICATION SLAVE ON *.* TO repl@'127.0.0.1';
      CREATE DATABASE shop;
      CREATE USER app@'%' IDENTIFIED BY 'app';
      GRANT ALL ON shop.* TO app@'%';"
    client "$replica_port" -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port,
      MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos; START SLAVE;"
    # Caught up: the replica has applied the primary's position as it is now.
    position=$(client "$primary_port" -N -e "SELECT @@gtid_binlog_pos")
    await "replication to $replica_port" test "$(client "$replica_port" -N -e \
      "SELECT MASTER_GTID_WAIT('$position', 1)")" = 0
    ;;
  stop)
    stop_all
    ;;
  kill-replica)
    pid=$(pid_of replica)
    kill -9 "$pid"
    await "replica exit" bash -c "! kill -0 $pid"
    rm -f "$dir/replica.pid"
    ;;
  start-replica)
    launch replica
    await "replica" client "$(port_of replica)" -e "SELECT 1"
    ;;
  *)
    echo "usage: $0 start|stop|kill-replica|start-replica DIR [PRIMARY_PORT REPLICA_PORT]" >&2
    exit 2
    ;;
esac
