#!/usr/bin/env bash
# trellis-file on the golden files: check, import with and without --yes, export, agenda.
# usage: cli_test.sh TRELLIS_FILE GOLDEN_DIR WORK_DIR
set -euo pipefail
tool=$1 golden=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }

"$tool" check "$golden/share-v3.json" | grep -q "^A share file from Inès Ødegård" || fail "check share"
"$tool" check "$golden/backup-v3.json" | grep -q "2 reflections" || fail "check backup"
"$tool" check "$golden/share-v4.json" | grep -q "^A share file from Inès Ødegård" || fail "check share v4"
"$tool" check "$golden/backup-v4.json" | grep -q "2 reflections" || fail "check backup v4"
"$tool" check "$golden/share-v5.json" | grep -q "^A share file from Inès Ødegård" || fail "check share v5"
"$tool" check "$golden/response-v5.json" | grep -q "5 comments" || fail "check response v5"
if "$tool" check "$golden/workspace-v2.json" >"$work/out" 2>&1; then fail "a workspace file passed check"; fi
grep -q "not a file made to share" "$work/out" || fail "the refusal says why"
printf '\x89PNG\r\n' >"$work/picture.json"
if "$tool" check "$work/picture.json" 2>"$work/out"; then fail "a picture passed check"; fi
[ "$(wc -l <"$work/out")" -eq 1 ] || fail "one line for a refusal"

"$tool" import "$work/employee" "$golden/backup-v3.json" | grep -q "run again with --yes" || fail "preview only"
[ ! -e "$work/employee/workspace.trellis" ] || fail "the preview saved something"
"$tool" import "$work/employee" "$golden/backup-v3.json" --yes | grep -q "^Imported" || fail "import backup"
"$tool" export backup "$work/employee" "$work/again.json" >/dev/null || fail "export backup"
"$tool" check "$work/again.json" | grep -q "2 reflections" || fail "exported backup"
"$tool" export share "$work/employee" "$work/share.json" >/dev/null || fail "export share"
if grep -q "Pairing with" "$work/share.json"; then fail "private text in a share file"; fi
"$tool" import "$work/manager" "$work/share.json" --yes | grep -q "Team: Inès Ødegård" || fail "manager import"
"$tool" export response "$work/manager" "$work/response.json" >/dev/null || fail "export response"
"$tool" import "$work/employee" "$work/response.json" --yes | grep -q "^Imported" || fail "employee imports the response"
"$tool" agenda "$work/employee" | grep -q "^# One-on-one" || fail "agenda"
echo "cli: all passed"
