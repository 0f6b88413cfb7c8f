#!/usr/bin/env bash
# Regenerates docs/samples/ with the real code: runs the built app with the traffic simulator back-filling the seed
# campaign (seed 2027) up to a frozen business clock, takes the HQ snapshot through the API as a leader would, and
# downloads every export. Needs chromium and fonts-wqy-zenhei for the PNG and PDF (see .ci/run).
#   tools/snapshot-samples.sh [output-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/samples}
data=$(mktemp -d)
port=${SAMPLES_PORT:-5097}
token=samples-leader-token-0123456789
base=http://127.0.0.1:$port

dotnet build src/WarRoom.Web -c Release -warnaserror -v q -nologo

export ASPNETCORE_ENVIRONMENT=Production
export WarRoom__DataDirectory=$data WarRoom__Sqlite__Path=$data/warroom.db
export WarRoom__Clock__Now=2027-02-22T08:30:00+08:00
export WarRoom__Simulator__Enabled=true WarRoom__Simulator__Backfill=true WarRoom__Simulator__Seed=2027
# The slowest live stream the simulator allows: the figures are the back-fill's, give or take an event.
export WarRoom__Simulator__EventsPerSecond=0.1
export WarRoom__Snapshots__Weekly__Enabled=false
export WarRoom__Auth__Tokens__samples__Token=$token WarRoom__Auth__Tokens__samples__Role=leader WarRoom__Auth__Tokens__samples__Scope=HQ

dotnet src/WarRoom.Web/bin/Release/net10.0/WarRoom.Web.dll --urls "$base" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 600); do
  grep -q "back-filled" "$data/app.log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$data/app.log" >&2; exit 1; }
  sleep 1
done
grep -q "back-filled" "$data/app.log" || { echo "the simulator did not finish its back-fill" >&2; exit 1; }

auth=(-H "Authorization: Bearer $token")
curl -sSf "${auth[@]}" -H 'Content-Type: application/json' -d '{"scope":"HQ","label":"2027-W08 周例会"}' "$base/api/v1/snapshots" >"$data/snapshot.json"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$data/snapshot.json")

mkdir -p "$out"
for format in xlsx csv pdf png; do
  curl -sSf "${auth[@]}" -w "$format: %{time_total}s\n" -o "$out/snapshot-HQ-2027-W08.$format" "$base/api/v1/snapshots/$id/export?format=$format"
done
ls -l "$out"
