#!/usr/bin/env bash
# The tests read their data from test/fixtures, never from ../shared: a clone with nothing
# beside it runs the suites that use the vectors, the recorded CAN log and the receiver logs
# (the two that compile the standards' modules skip with a notice there).
set -euo pipefail
root="$(pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone -q "$root" "$tmp/alone"
ln -s "$root/node_modules" "$tmp/alone/node_modules"
cd "$tmp/alone"
test ! -e ../shared
npx vitest run test/asn1 test/transport test/vehicle test/gnss/framing.test.ts test/gnss/nmea.test.ts test/gnss/ubx.test.ts test/gnss/epoch.test.ts test/gnss/replay.test.ts
