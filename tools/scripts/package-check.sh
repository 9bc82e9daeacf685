#!/usr/bin/env bash
# publint and arethetypeswrong on the tarball a user would install (run from a package directory).
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
publint --strict
pnpm pack --pack-destination "$out" >/dev/null
attw "$out"/*.tgz --profile node16 --format table-flipped
