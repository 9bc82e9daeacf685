#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (CI runs as root). Idempotent: does nothing
# when everything is present. Used by .ci/run; developers may run it too.
set -euo pipefail
packages=(
  python3-autobahn python3-msgpack python3-cbor2 python3-ubjson python3-flatbuffers python3-nacl python3-trie
  python3-twisted openssl chromium
  flatbuffers-compiler  # flatc: packages/serializers checks its generated FlatBuffers code against it
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "all Debian packages present"
  exit 0
fi
echo "installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
/usr/bin/python3 -c 'import autobahn; print("autobahn", autobahn.__version__)'
flatc --version
