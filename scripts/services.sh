# Sourced by scripts/test.sh: start PostgreSQL and Redis on 127.0.0.1 for the integration tests, and stop them.
# Exports GOFER_TEST_POSTGRES_URL and GOFER_TEST_REDIS_URL when the servers are up.

_free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

start_services() {
  SERVICES_DIR=$(mktemp -d /tmp/gofer-services.XXXXXX)
  chmod 755 "$SERVICES_DIR"
  local pg_bin
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    local run_as=""
    if [ "$(id -u)" -eq 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
      chown postgres "$SERVICES_DIR"
      run_as="runuser -u postgres --"
    fi
    PG_PORT=$(_free_port)
    if $run_as "$pg_bin/initdb" -D "$SERVICES_DIR/pg" -U gofer --auth=trust >"$SERVICES_DIR/initdb.log" 2>&1 &&
       $run_as "$pg_bin/pg_ctl" -D "$SERVICES_DIR/pg" -l "$SERVICES_DIR/pg.log" -w \
         -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$SERVICES_DIR -c fsync=off" \
         start >/dev/null 2>&1; then
      $run_as "$pg_bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U gofer gofer_test >/dev/null 2>&1
      export GOFER_TEST_POSTGRES_URL="postgresql+asyncpg://gofer@127.0.0.1:$PG_PORT/gofer_test"
      PG_STOP="$run_as $pg_bin/pg_ctl -D $SERVICES_DIR/pg -m fast stop"
      echo "services: PostgreSQL on 127.0.0.1:$PG_PORT"
    else
      echo "services: PostgreSQL did not start (see $SERVICES_DIR/*.log); its tests will be skipped" >&2
    fi
  fi
  if command -v redis-server >/dev/null 2>&1; then
    REDIS_PORT=$(_free_port)
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize yes \
      --dir "$SERVICES_DIR" --pidfile "$SERVICES_DIR/redis.pid" --logfile "$SERVICES_DIR/redis.log" >/dev/null
    for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
    export GOFER_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
    echo "services: Redis on 127.0.0.1:$REDIS_PORT"
  fi
}

stop_services() {
  [ -n "${PG_STOP:-}" ] && $PG_STOP >/dev/null 2>&1
  [ -f "${SERVICES_DIR:-/nonexistent}/redis.pid" ] && kill "$(cat "$SERVICES_DIR/redis.pid")" 2>/dev/null
  [ -n "${SERVICES_DIR:-}" ] && rm -rf "$SERVICES_DIR"
  return 0
}
