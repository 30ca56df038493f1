"""Fault injection: a Redis of our own (never the shared one on 6379) that a test stops and starts again,
and real Celery workers that a test may kill with SIGKILL."""

import os
import shutil
import socket
import subprocess
import time

import pytest

REDIS_SERVER = shutil.which("redis-server")


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


class ThrowawayRedis:
    """redis-server on a port of its own, without persistence: stop() loses everything queued, as a crash would."""

    def __init__(self, port: int):
        self.port = port
        self.proc = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 10
        while not _port_open(self.port):
            if time.time() > deadline:
                raise RuntimeError(f"redis-server did not start on {self.port}")
            time.sleep(0.05)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


@pytest.fixture
def throwaway_redis():
    if not REDIS_SERVER:
        pytest.skip("redis-server is not installed")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    port = 6391 + (int(worker[2:]) if worker[2:].isdigit() else 0)
    if _port_open(port):
        pytest.skip(f"port {port} is taken")
    redis = ThrowawayRedis(port)
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture
def broker_at():
    """broker_at(url): this test process publishes to that broker until the test ends."""
    from config.celery import app

    before = (app.conf.broker_url, app.conf.task_always_eager)

    def switch(url: str):
        app.conf.broker_url = url
        app._after_fork()  # drop pooled connections to the previous broker
        app.conf.task_always_eager = False

    yield switch
    app.conf.broker_url, app.conf.task_always_eager = before
    app._after_fork()
