#!/usr/bin/env bash
# copydesk's GitHub Action (action.yml), also runnable by hand: check the
# articles changed between two commits (added, copied, modified, or renamed
# and edited), once, and report the findings twice: SARIF for code scanning
# and workflow commands for annotations on the pull request. The second
# report is answered from the cache the first run wrote: nothing is linted
# twice. Exit code: copydesk's (0 clean, 1 errors, 2 failure).
#
# Environment:
#   COPYDESK_BASE     the commit to compare with (required)
#   COPYDESK_HEAD     the commit checked (default HEAD)
#   COPYDESK_COMMAND  how to run copydesk (default: npx --no-install copydesk)
#   COPYDESK_ARGS     more options, e.g. --max-warnings 0 (split on spaces)
#   COPYDESK_OUTPUT   folder for the file list, the cache and copydesk.sarif
#                     (default: $RUNNER_TEMP, else a new temporary folder)
#   GITHUB_OUTPUT     where the `sarif` and `exit-code` outputs are written
set -euo pipefail

base=${COPYDESK_BASE:?COPYDESK_BASE: the commit to compare with}
head=${COPYDESK_HEAD:-HEAD}
out=${COPYDESK_OUTPUT:-${RUNNER_TEMP:-$(mktemp -d)}}
read -r -a command <<< "${COPYDESK_COMMAND:-npx --no-install copydesk}"
read -r -a extra <<< "${COPYDESK_ARGS:-}"
mkdir -p "$out"

# NUL-separated, so any file name travels as it is; git follows renames.
git diff -z --name-only --diff-filter=ACMR "$base...$head" > "$out/copydesk-files"

common=(--files-from "$out/copydesk-files" --cache-location "$out/copydesk-cache" "${extra[@]}")
status=0
"${command[@]}" "${common[@]}" --format sarif --output-file "$out/copydesk.sarif" || status=$?
if [ "$status" -le 1 ]; then
  # The same findings as annotations, from the cache.
  "${command[@]}" "${common[@]}" --format github || status=$?
fi

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    [ -f "$out/copydesk.sarif" ] && echo "sarif=$out/copydesk.sarif"
    echo "exit-code=$status"
  } >> "$GITHUB_OUTPUT"
fi
exit "$status"
