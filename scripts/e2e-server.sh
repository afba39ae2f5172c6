#!/usr/bin/env bash
# Serves a copy of the built app for end-to-end tests, on a fresh embedded database. The copy lets a
# test publish a "new version" (edit sw.js) without touching dist/.
set -euo pipefail
root=.e2e
rm -rf "$root"
mkdir -p "$root"
cp -r dist "$root/static"
export DATA_DIR="$root/data" STATIC_DIR="$root/static"
exec npx tsx server/main.ts
