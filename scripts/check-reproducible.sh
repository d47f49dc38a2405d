#!/usr/bin/env bash
# Builds the reactor twice from clean (offline, tests skipped) and compares every jar byte for
# byte. Prints the jars that differ and exits 1 if any does, 0 if all are identical.
#
#   scripts/check-reproducible.sh                 # whole reactor
#   scripts/check-reproducible.sh -pl crm-core -am # a part of it (extra arguments go to mvn)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

build() {
  mvn -B -o -q clean package -DskipTests -Dmaven.test.skip.exec=true "$@" >"$out/mvn.log" 2>&1 || {
    cat "$out/mvn.log"
    echo "build failed" >&2
    exit 2
  }
}

list_jars() {
  find . -path ./scripts -prune -o -path '*/target/*' -name '*.jar' -print | grep -v '/target/.*/' | sort
}

build "$@"
mkdir -p "$out/first"
list_jars | while read -r jar; do
  mkdir -p "$out/first/$(dirname "$jar")"
  cp "$jar" "$out/first/$jar"
done
sleep 2 # a clock-dependent entry would now differ by at least one DOS time unit (2 s)
build "$@"

differ=0
count=0
while read -r jar; do
  count=$((count + 1))
  if [[ ! -f "$out/first/$jar" ]]; then
    echo "only in the second build: $jar"
    differ=1
  elif ! cmp -s "$jar" "$out/first/$jar"; then
    echo "DIFFERS: $jar"
    differ=1
  fi
done < <(list_jars)
if [[ $differ -eq 0 ]]; then
  echo "reproducible: $count jars identical in two builds"
else
  echo "NOT reproducible (of $count jars)"
fi
exit $differ
