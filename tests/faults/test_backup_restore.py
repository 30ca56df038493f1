"""The backup routine of the README, run for real: back up the test database and its documents with
deploy/backup.sh, restore into a new database with deploy/restore.sh, and find the same rows there."""

import os
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from marketplace import services
from marketplace.models import Attachment, TechnologyNeed
from tests.factories import NeedFactory
from tests.uploads import PDF

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


def _url(name: str) -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{name}"


def test_a_backup_restores_into_an_empty_database_with_its_documents(enterprise, enterprise_user, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    need = NeedFactory(organization=enterprise, title="Cần máy sấy — sao lưu")
    attachment = services.attachment_add(post=need, upload=SimpleUploadedFile("hs.pdf", PDF), by=enterprise_user)
    source = connection.settings_dict["NAME"]
    restored = f"{source}_restored"
    env = {**os.environ, "DATABASE_URL": _url(source), "MEDIA_ROOT": settings.MEDIA_ROOT}
    backup = subprocess.run(
        ["sh", str(ROOT / "deploy/backup.sh"), str(tmp_path / "backups")], env=env, capture_output=True, text=True
    )
    assert backup.returncode == 0, backup.stderr
    folder = backup.stdout.strip().splitlines()[-1]

    with psycopg.connect(_url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        admin.execute(f'CREATE DATABASE "{restored}"')
    try:
        restore_media = tmp_path / "restored-media"
        env = {**os.environ, "DATABASE_URL": _url(restored), "MEDIA_ROOT": str(restore_media)}
        restore = subprocess.run(
            ["sh", str(ROOT / "deploy/restore.sh"), folder], env=env, capture_output=True, text=True
        )
        assert restore.returncode == 0, restore.stderr
        with psycopg.connect(_url(restored)) as db:
            title = db.execute(f"SELECT title FROM {TechnologyNeed._meta.db_table} WHERE id = %s", [need.pk]).fetchone()
            stored = db.execute(
                f"SELECT file FROM {Attachment._meta.db_table} WHERE id = %s", [attachment.pk]
            ).fetchone()
        assert title == ("Cần máy sấy — sao lưu",)
        assert (restore_media / stored[0]).read_bytes() == PDF
    finally:
        with psycopg.connect(_url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored}"')
