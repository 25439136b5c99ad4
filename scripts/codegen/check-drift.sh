#!/usr/bin/env bash
# Regenerates every generated file from spec/ (bypassing turbo's cache) and fails if the result
# differs from what is committed: a spec change must be committed with its regenerated output.
set -euo pipefail
cd "$(dirname "$0")/../.."

pnpm exec turbo run generate --force --output-logs=errors-only

GENERATED=(packages/spec/openapi.json packages/spec/openapi.yaml packages/spec/operation-model.json packages/spec/index.js packages/spec/index.d.ts packages/spec/schemas packages/*/src/generated packages/client/README.md)
changes=$(git status --porcelain --untracked-files=all -- "${GENERATED[@]}")
if [ -n "$changes" ]; then
  echo "error: generated files differ from what spec/ produces:" >&2
  echo "$changes" | sed 's/^/  /' >&2
  git --no-pager diff --stat -- "${GENERATED[@]}" >&2 || true
  echo "fix: run \`pnpm generate\` and commit the result." >&2
  exit 1
fi
echo "drift check: generated files match spec/"
