#!/usr/bin/env bash
# Measures the event database (issue 8): end-to-end ingest throughput over a synthetic folder of 1,000
# real-length articles into SQLite and PostgreSQL, and HTTP API latency (median, p99) of filtered queries
# over 100,000 stored events on each backend. Writes everything under bench/out/ (not committed).
# PostgreSQL runs need a local server (source .ci/postgres.sh first) and root, to create throwaway databases.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build -c Release src/Vigil.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Vigil.StoreBench -v q -nologo >/dev/null
cli() { nice -n 10 dotnet src/Vigil.Cli/bin/Release/net10.0/Vigil.Cli.dll "$@"; }
storebench() { nice -n 10 dotnet bench/Vigil.StoreBench/bin/Release/net10.0/Vigil.StoreBench.dll "$@"; }
out=bench/out
mkdir -p "$out"
[ -d "$out/corpus" ] || storebench corpus --out "$out/corpus" --count 1000

with_postgres=false
if [ -n "${VIGIL_TEST_POSTGRES:-}" ] && [ "$(id -u)" = 0 ]; then with_postgres=true; fi
fresh_postgres() { # prints a connection string to a new empty database named $1
  su postgres -c "dropdb --if-exists $1 && createdb -O vigil $1" >/dev/null
  echo "Host=127.0.0.1;Database=$1;Username=vigil;Password=vigil"
}

echo "== ingest: $(ls "$out/corpus" | wc -l) articles, $(cat "$out"/corpus/*.txt | wc -w) words"
rm -f "$out"/ingest.db*
cli ingest "$out/corpus" --db "$out/ingest.db" --published 2026-01-05
if $with_postgres; then cli ingest "$out/corpus" --postgres "$(fresh_postgres vigil_bench_ingest)" --published 2026-01-05; fi

queries=(
  "country=MX&from=2021-01-01&to=2021-12-31&plover=ASSAULT&limit=100"
  "from=2023-01-01&to=2023-03-31&limit=100"
  "bbox=-10,35,30,60&min_fatalities=5&limit=100"
  "text=shelled&country=IN&limit=100"
)
latency() { # $1: --db FILE or --postgres CONN, $2: its value
  # Started directly (not through the cli function) so that $! is the server itself and kill stops it.
  nice -n 10 dotnet src/Vigil.Cli/bin/Release/net10.0/Vigil.Cli.dll serve "$1" "$2" --urls http://127.0.0.1:5099 >"$out/serve.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 100); do curl -sf http://127.0.0.1:5099/api/totals >/dev/null && break; sleep 0.2; done
  for q in "${queries[@]}"; do storebench latency --url "http://127.0.0.1:5099/api/events?$q" --requests 1000 --warmup 50; done
  kill "$server"; wait "$server" 2>/dev/null || true
}

echo "== API latency over 100,000 events: SQLite"
rm -f "$out"/seed.db*
storebench seed --db "$out/seed.db" --events 100000
latency --db "$out/seed.db"
if $with_postgres; then
  echo "== API latency over 100,000 events: PostgreSQL"
  pg=$(fresh_postgres vigil_bench_seed)
  storebench seed --postgres "$pg" --events 100000
  latency --postgres "$pg"
fi
