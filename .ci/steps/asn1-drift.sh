#!/usr/bin/env bash
# The committed generated codecs must equal a fresh generation from the standards' modules
# in ../shared/asn1 (a notice, not a failure, when they are not there).
set -euo pipefail
npm run --silent gen:asn1 -- --check
