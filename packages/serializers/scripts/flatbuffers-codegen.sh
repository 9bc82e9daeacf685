#!/usr/bin/env bash
# Generates src/flatbuffers/generated/wamp_generated.ts from Autobahn|Python's WAMP-FlatBuffers
# schema with flatc (Debian's flatbuffers-compiler 2.0.8; tools/scripts/install-system-deps.sh
# installs it). The output is committed so building needs neither flatc nor the schema; the test
# test/flatbuffers-codegen.test.ts regenerates it and fails when the committed file differs, so
# the file is only ever flatc's output. Never edit it by hand: change the schema and rerun this.
#
#   bash scripts/flatbuffers-codegen.sh            # regenerate
#   bash scripts/flatbuffers-codegen.sh --check    # compare only
#
# The schema is read from ../shared/vectors/flatbuffers-schema/ (override with WAMP_FBS_SCHEMA_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
schema_dir="${WAMP_FBS_SCHEMA_DIR:-../../../shared/vectors/flatbuffers-schema}"
out_dir=src/flatbuffers/generated
command -v flatc >/dev/null || { echo "flatc not found: apt-get install flatbuffers-compiler" >&2; exit 1; }
[ -f "$schema_dir/wamp.fbs" ] || { echo "no $schema_dir/wamp.fbs" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# --ts-flat-files: one self-contained file (no relative imports, which NodeNext would need with .js).
flatc --ts --gen-all --ts-flat-files -o "$tmp" "$schema_dir/wamp.fbs"
if [ "${1:-}" = "--check" ]; then
  diff -u "$out_dir/wamp_generated.ts" "$tmp/wamp_generated.ts" >&2 || { echo "$out_dir is stale or edited: rerun scripts/flatbuffers-codegen.sh" >&2; exit 1; }
  echo "$out_dir/wamp_generated.ts is flatc's output ($(flatc --version))"
else
  mkdir -p "$out_dir"
  cp "$tmp/wamp_generated.ts" "$out_dir/wamp_generated.ts"
  echo "wrote $out_dir/wamp_generated.ts ($(flatc --version))"
fi
