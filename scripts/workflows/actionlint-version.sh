# The actionlint release the workflows are linted with, from the Go module proxy
# (github.com/rhysd/actionlint). Sourced by install-actionlint.sh and lint-workflows.sh.
# shellcheck shell=bash disable=SC2034
ACTIONLINT_VERSION=v1.7.12
# Where `go install` puts it.
actionlint_bin() {
  printf '%s/bin/actionlint' "$(go env GOPATH)"
}
