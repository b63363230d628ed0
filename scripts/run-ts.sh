#!/bin/sh
# Runs a TypeScript script on Node 20 (no type stripping there) by bundling it with esbuild first.
set -e
script="$1"; shift
out="$(mktemp -d)/script.mjs"
node_modules/.bin/esbuild "$script" --bundle --platform=node --format=esm --target=node20 --log-level=warning \
  --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" --outfile="$out"
node "$out" "$@"
