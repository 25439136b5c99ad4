#!/usr/bin/env bash
# Lints every workflow in .github/workflows with the pinned actionlint, which also runs shellcheck on
# each `run:` script when shellcheck is installed. Zero findings allowed. Part of `pnpm lint`.
#
# In CI (CI set) a missing actionlint or shellcheck fails. On a contributor's machine a missing
# actionlint skips the lint with a message saying how to install it.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source-path=SCRIPTDIR
source ./actionlint-version.sh
root=$(git rev-parse --show-toplevel)

missing() {
  if [ -n "${CI:-}" ]; then
    echo "error: $1" >&2
    exit 1
  fi
  echo "workflow lint skipped: $1 (CI fails on this)"
  exit 0
}

command -v go >/dev/null || missing "Go is not installed, so actionlint $ACTIONLINT_VERSION is not either; install Go, then run \`pnpm actionlint:install\`"
bin=$(actionlint_bin)
[ -x "$bin" ] || missing "actionlint $ACTIONLINT_VERSION is not installed: run \`pnpm actionlint:install\`"
found=$("$bin" -version | sed -n 1p)
[ "$found" = "$ACTIONLINT_VERSION" ] || missing "$bin is actionlint $found, not the pinned $ACTIONLINT_VERSION: run \`pnpm actionlint:install\`"
if ! command -v shellcheck >/dev/null; then
  [ -z "${CI:-}" ] || { echo "error: shellcheck is not installed (apt-get install shellcheck); actionlint needs it to check run: scripts" >&2; exit 1; }
  echo "note: shellcheck is not installed, so the run: scripts are not checked (apt-get install shellcheck)"
fi

cd "$root"
workflows=(.github/workflows/*.yml)
"$bin" -no-color "${workflows[@]}"
echo "actionlint $ACTIONLINT_VERSION: ${#workflows[@]} workflows, no findings"
