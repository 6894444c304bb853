#!/usr/bin/env bash
# Start or stop a private OpenLink Virtuoso (Debian's virtuoso-opensource) for defence-kg.
#
#   scripts/virtuoso.sh start DIR [HTTP_PORT [SQL_PORT]]   prints the SPARQL endpoint URL
#   scripts/virtuoso.sh stop DIR
#
# The database, its ini file and its log live in DIR. Both ports listen on
# 127.0.0.1 only (free ports are chosen when none are given). The anonymous
# SPARQL user gets SPARQL_UPDATE, so `kg --store URL build` can write without
# a password: fine on 127.0.0.1, not on a shared network (there use
# /sparql-auth with --store-user/--store-password).
set -euo pipefail

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

write_ini() {  # DIR HTTP_PORT SQL_PORT
  local dir=$1
  cat >"$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $dir/db/virtuoso.db
ErrorLogFile       = $dir/db/virtuoso.log
LockFile           = $dir/db/virtuoso.lck
TransactionFile    = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/db/virtuoso-temp.db
TransactionFile    = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$3
DisableUnixSocket        = 1
MaxClientConnections     = 20
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
AllowOSCalls             = 0
DirsAllowed              = ., /usr/share/virtuoso-opensource-7/vad
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 10
; about 800 MB of page buffers: enough for a 10,000-article graph on a 2-core, 24 GB machine
NumberOfBuffers          = 100000
MaxDirtyBuffers          = 75000
MaxQueryMem              = 1G
VADInstallDir            = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort                  = 127.0.0.1:$2
ServerRoot                  = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections        = 20
ServerThreads               = 20
MaxKeepAlives               = 20
KeepAliveTimeout            = 10
Charset                     = UTF-8
EnabledGzipContent          = 1

[SPARQL]
; Virtuoso cuts longer results without an error (kg reports a cut, and reads dumps in pages)
ResultSetMaxRows           = 5000000
; Virtuoso refuses a query whose guessed cost exceeds this many seconds; its guess comes from
; statistics that lag behind writes and misjudged a 50 ms named query at 734 s while a build ran:
; 0 turns the guess off, and MaxQueryExecutionTime still bounds every query.
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 600
EOF
}

start() {
  local dir http sql
  dir=$(realpath -m "$1")
  http=${2:-$(free_port)}
  sql=${3:-$(free_port)}
  mkdir -p "$dir/db"
  write_ini "$dir" "$http" "$sql"
  (cd "$dir" && virtuoso-t +configfile "$dir/virtuoso.ini" +wait) >"$dir/start.log" 2>&1 || {
    cat "$dir/start.log" "$dir/db/virtuoso.log" >&2 2>/dev/null
    exit 1
  }
  isql-vt "127.0.0.1:$sql" dba dba exec='GRANT SPARQL_UPDATE TO "SPARQL";' >>"$dir/start.log" 2>&1
  echo "$sql" >"$dir/sql-port"
  for _ in $(seq 50); do
    if python3 - "$http" <<'EOF'
import sys, urllib.request, urllib.parse
url = f"http://127.0.0.1:{sys.argv[1]}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
urllib.request.urlopen(url, timeout=2).read()
EOF
    then
      echo "http://127.0.0.1:$http/sparql"
      return 0
    fi
    sleep 0.2
  done
  echo "Virtuoso started but its SPARQL endpoint does not answer; see $dir/db/virtuoso.log" >&2
  exit 1
}

stop() {
  local dir sql
  dir=$(realpath -m "$1")
  sql=$(cat "$dir/sql-port" 2>/dev/null) || { echo "no Virtuoso started in $dir" >&2; exit 1; }
  isql-vt "127.0.0.1:$sql" dba dba exec='shutdown;' >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start DIR [HTTP_PORT [SQL_PORT]] | stop DIR" >&2; exit 2 ;;
esac
