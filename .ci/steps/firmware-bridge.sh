#!/usr/bin/env bash
# Firmware bridge: the generated code must be what the generator makes from the committed
# contract (firmware-bridge/proto/v1/bridge.proto). Regenerates the protobufjs static code
# (pbjs/pbts) and the nanopb C files into a temporary folder and fails on any difference.
# A missing tool (nanopb_generator.py, protoc) is reported and its part skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsx firmware-bridge/scripts/gen.ts --check
