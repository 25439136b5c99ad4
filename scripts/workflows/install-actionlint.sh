#!/usr/bin/env bash
# Installs the pinned actionlint with `go install` (the Go module proxy) into $(go env GOPATH)/bin,
# unless that version is there already. Needs Go 1.25 or newer. CI runs it (.ci/run and
# .github/workflows/ci.yml); contributors run `pnpm actionlint:install`.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source-path=SCRIPTDIR
source ./actionlint-version.sh

command -v go >/dev/null || { echo "error: installing actionlint needs Go (go install github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION)" >&2; exit 1; }
bin=$(actionlint_bin)
if [ -x "$bin" ] && [ "$("$bin" -version | sed -n 1p)" = "$ACTIONLINT_VERSION" ]; then
  echo "actionlint $ACTIONLINT_VERSION is installed: $bin"
  exit 0
fi
# With the Go that is installed: too old a Go fails here, saying so, instead of fetching another.
GOTOOLCHAIN=local go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
echo "installed actionlint $("$bin" -version | sed -n 1p): $bin"
