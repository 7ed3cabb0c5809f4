#!/usr/bin/env bash
# Start the machine's PostgreSQL and RabbitMQ when they are not answering on
# loopback, and wait until they do. Idempotent; used by `make test` and CI.
set -euo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  local name=$1 port=$2
  for _ in $(seq 1 120); do
    port_open "$port" && return 0
    sleep 0.5
  done
  echo "ensure_services: $name did not open 127.0.0.1:$port" >&2
  return 1
}

if [ "${1:-}" != "--amqp-only" ] && ! port_open 5432; then
  echo "ensure_services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
fi
[ "${1:-}" = "--amqp-only" ] || wait_port PostgreSQL 5432

if ! port_open 5672; then
  echo "ensure_services: starting RabbitMQ"
  rabbitmq-server -detached
fi
wait_port RabbitMQ 5672
