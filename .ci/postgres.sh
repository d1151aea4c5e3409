#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the suite's PostgreSQL pass (tests/TestKit/TestDatabase.cs): Debian's server
# (installed with apt-get when no /usr/lib/postgresql/*/bin/initdb is there), a cluster in a fresh temp folder owned by
# the postgres user, password authentication over TCP on 127.0.0.1, the first free port from 55432, and no fsync: a
# crash loses nothing the suite needs. Needs root (or sudo) for apt-get and runuser.
#
# Sourced (as .ci/run does):
#   source .ci/postgres.sh
#   postgres_start      # exports PLATFORM_TEST_POSTGRES (the administrator's connection string) and PLATFORM_PG_DIR
#   postgres_stop       # stops the cluster and deletes its folder; safe to call twice or before a start
# Run on its own:
#   eval "$(.ci/postgres.sh start)"    # prints the two export lines
#   .ci/postgres.sh stop "$PLATFORM_PG_DIR"

postgres_start() {
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi

  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing PostgreSQL from Debian for the PostgreSQL pass..." >&2
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
          --no-install-recommends postgresql >/dev/null; }; then
      echo "error: could not install PostgreSQL with apt-get; install postgresql and run again." >&2
      return 2
    fi
  fi

  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PLATFORM_PG_DIR=$(mktemp -d /tmp/platform-pg.XXXXXX)
  export PLATFORM_PG_DIR
  echo "$pgbin" >"$PLATFORM_PG_DIR/bin"
  $sudo chown postgres: "$PLATFORM_PG_DIR"
  $sudo chmod 700 "$PLATFORM_PG_DIR"

  local password
  password=$(head -c 24 /dev/urandom | base64 | tr -dc A-Za-z0-9)
  printf '%s\n' "$password" | $sudo tee "$PLATFORM_PG_DIR/pw" >/dev/null
  $sudo chown postgres: "$PLATFORM_PG_DIR/pw"

  # Local (socket) connections trust the postgres user; TCP asks for the password, so a wrong one is really refused.
  if ! $sudo runuser -u postgres -- "$pgbin/initdb" -D "$PLATFORM_PG_DIR/data" -U postgres \
        --pwfile="$PLATFORM_PG_DIR/pw" --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 \
        --locale=C.UTF-8 >"$PLATFORM_PG_DIR/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2
    cat "$PLATFORM_PG_DIR/initdb.log" >&2
    return 1
  fi
  $sudo rm -f "$PLATFORM_PG_DIR/pw"

  local port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

  if ! $sudo runuser -u postgres -- "$pgbin/pg_ctl" -D "$PLATFORM_PG_DIR/data" -l "$PLATFORM_PG_DIR/log" -w start \
        -o "-p $port -k $PLATFORM_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=400 -c shared_buffers=256MB" >/dev/null; then
    echo "error: the PostgreSQL server did not start:" >&2
    $sudo cat "$PLATFORM_PG_DIR/log" >&2
    return 1
  fi

  PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
  export PLATFORM_TEST_POSTGRES
  echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PLATFORM_PG_DIR)." >&2
}

postgres_stop() {
  local dir=${1:-${PLATFORM_PG_DIR:-}}
  [[ -n $dir && -d $dir ]] || return 0
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  local pgbin
  pgbin=$($sudo cat "$dir/bin" 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [[ -d $dir/data ]]; then
    $sudo runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  $sudo rm -rf "$dir"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  case ${1:-} in
    start)
      postgres_start
      printf 'export PLATFORM_TEST_POSTGRES=%q\nexport PLATFORM_PG_DIR=%q\n' "$PLATFORM_TEST_POSTGRES" "$PLATFORM_PG_DIR"
      ;;
    stop)
      postgres_stop "${2:-}"
      ;;
    *)
      echo "usage: $0 start | stop DIR" >&2
      exit 2
      ;;
  esac
fi
