#!/usr/bin/env sh
# Restore a backup made by deploy/backup.sh into an EMPTY database (create it first), then the documents.
#   DATABASE_URL=postgres://.../tsx_restored MEDIA_ROOT=/app/media deploy/restore.sh /backups/tsx-20260101-020000
# Stop the web tier and the workers first; afterwards run `python manage.py migrate` (a no-op when the code matches).
set -eu
src="${1:?usage: restore.sh BACKUP_DIR}"
pg_restore --exit-on-error --no-owner --no-privileges --single-transaction \
  --dbname="${DATABASE_URL:?set DATABASE_URL}" "$src/db.dump"
if [ -f "$src/media.tar.gz" ] && [ -n "${MEDIA_ROOT:-}" ]; then
  mkdir -p "$MEDIA_ROOT"
  tar -C "$MEDIA_ROOT" -xzf "$src/media.tar.gz"
fi
echo "restored from $src"
