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
[ ! -e "$work/employee" ] || fail "the preview created the workspace folder"
"$tool" import "$work/employee" "$golden/backup-v3.json" --yes | grep -q "^Imported" || fail "import backup"
"$tool" export backup "$work/employee" "$work/again.json" >/dev/null || fail "export backup"
"$tool" check "$work/again.json" | grep -q "2 reflections" || fail "exported backup"
"$tool" export share "$work/employee" "$work/share.json" >/dev/null || fail "export share"
if grep -q "Pairing with" "$work/share.json"; then fail "private text in a share file"; fi
"$tool" import "$work/manager" "$work/share.json" --yes | grep -q "Team: Inès Ødegård" || fail "manager import"
"$tool" export response "$work/manager" "$work/response.json" >/dev/null || fail "export response"
"$tool" import "$work/employee" "$work/response.json" --yes | grep -q "^Imported" || fail "employee imports the response"
"$tool" agenda "$work/employee" | grep -q "^# One-on-one" || fail "agenda"

# Storage honesty: a damaged main file falls back to a backup, every command says so on stderr,
# and nothing is renamed or written until a save.
ws="$work/damaged"
"$tool" import "$ws" "$golden/backup-v5.json" --yes >/dev/null || fail "import for the damaged workspace"
"$tool" import "$ws" "$golden/response-v5.json" --yes >/dev/null || fail "a second save for the damaged workspace"
ls "$ws/backups" | grep -q "^save-" || fail "two saves leave a backup"
printf '\x85' | dd of="$ws/workspace.trellis" bs=1 seek=8 count=1 conv=notrunc 2>/dev/null   # schema 5, bit 7 flipped
cp "$ws/workspace.trellis" "$work/damaged.trellis"
(cd "$ws" && find . | sort) >"$work/listing.before"
unchanged() {
    cmp -s "$ws/workspace.trellis" "$work/damaged.trellis" || fail "$1 changed the damaged main file"
    (cd "$ws" && find . | sort) | cmp -s - "$work/listing.before" || fail "$1 renamed or wrote a file"
}
"$tool" agenda "$ws" >/dev/null 2>"$work/err" || fail "agenda on a damaged workspace"
grep -q "opened the newest backup" "$work/err" || fail "agenda says it fell back: $(cat "$work/err")"
if grep -q "newer Trellis" "$work/err"; then fail "a flipped schema byte read as a newer Trellis"; fi
unchanged agenda
"$tool" export backup "$ws" "$work/fallback.json" >/dev/null 2>"$work/err" || fail "export on a damaged workspace"
grep -q "opened the newest backup" "$work/err" || fail "export says it fell back"
unchanged export
"$tool" check "$work/fallback.json" >/dev/null || fail "the export from the backup checks"
"$tool" import "$ws" "$golden/backup-v3.json" >/dev/null 2>"$work/err" || fail "preview on a damaged workspace"
grep -q "opened the newest backup" "$work/err" || fail "the preview says it fell back"
unchanged "a preview"
if "$tool" import "$ws" "$golden/share-v4.json" >/dev/null 2>"$work/err"; then fail "importing one's own share"; fi
grep -q "opened the newest backup" "$work/err" || fail "a refused import says it fell back"
unchanged "a refused import"
"$tool" import "$ws" "$golden/response-v5.json" --yes >/dev/null 2>&1 || fail "a save on a damaged workspace"
cmp -s "$ws/workspace.damaged-1.trellis" "$work/damaged.trellis" || fail "the save keeps the damaged file aside, byte for byte"
"$tool" agenda "$ws" >/dev/null 2>"$work/err" || fail "agenda after the repair"
[ ! -s "$work/err" ] || fail "a repaired workspace opens without a notice: $(cat "$work/err")"
"$tool" agenda "$work/nowhere" >/dev/null 2>&1 || fail "agenda on a missing folder"
"$tool" export backup "$work/nowhere" "$work/empty.json" >/dev/null 2>&1 || fail "export from a missing folder"
"$tool" import "$work/nowhere" "$golden/share-v5.json" >/dev/null 2>&1 || fail "preview into a missing folder"
[ ! -e "$work/nowhere" ] || fail "a command that does not save created the workspace folder"
echo "cli: all passed"
