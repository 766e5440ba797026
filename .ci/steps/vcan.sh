#!/usr/bin/env bash
# The SocketCAN tier on real vcan: natively where the kernel has vcan, else in a User-Mode
# Linux guest (installed by .ci/run). A missing User-Mode Linux is a skip that says why; with
# the packages installed (root), a skip would hide a broken tier, so it fails instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" = 0 ]; then export VCAN_REQUIRED=1; fi
export VCAN_TIMEOUT=${VCAN_TIMEOUT:-240}
npm run test:vcan
