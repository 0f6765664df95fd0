#!/usr/bin/env bash
# Pilotboard performance benchmark. Usage: bench/perf/run.sh [demo|national|stress|all ...]
# (default: $BENCH_SCALES, else all). Needs Java 17, PostgreSQL on 127.0.0.1:5432 (user postgres),
# psql, pgbench, wrk and nginx; wrk and nginx (and pgbench) are installed with apt when missing and
# running as root. See bench/perf/README.md for what it does and prints.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v pgbench >/dev/null || missing+=(postgresql-contrib)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bench: missing tools; install them first, e.g.: sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
fi
export PATH="$PATH:/usr/sbin"
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 2; }
exec python3 bench/perf/bench.py "$@"
