#!/usr/bin/env sh
# Back up the database (pg_dump custom format) and the uploaded documents into one dated folder.
#   DATABASE_URL=postgres://... MEDIA_ROOT=/app/media deploy/backup.sh /backups
# Restore with deploy/restore.sh. Run it daily (cron) and copy the folder off the machine.
set -eu
target="${1:?usage: backup.sh TARGET_DIR}"
stamp="$(date +%Y%m%d-%H%M%S)"
out="$target/tsx-$stamp"
mkdir -p "$out"
pg_dump --format=custom --no-owner --no-privileges --file="$out/db.dump" "${DATABASE_URL:?set DATABASE_URL}"
if [ -d "${MEDIA_ROOT:-}" ]; then
  tar -C "$MEDIA_ROOT" -czf "$out/media.tar.gz" .
fi
pg_restore --list "$out/db.dump" >/dev/null  # the dump is readable, or the backup fails here
echo "$out"
