#!/usr/bin/env bash
# A short fuzzing budget on every decoder of received data, through the real command (worker
# threads, hang watchdog), then the saved regression cases. The long runs (10 million inputs
# per UPER edition) are `npm run fuzz -- --target uper-j2735-2020 --iterations 1e7`.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run -s fuzz -- --target all --iterations "${FUZZ_CI_ITERATIONS:-20000}" --seed "${FUZZ_CI_SEED:-$(date +%Y%m%d)}" --no-save
npm run -s fuzz -- --replay
