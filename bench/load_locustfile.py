"""The users bench/load.py simulates (locust): browsing, searching, posting, registering, API calls.
Each simulated user takes one of the accounts bench/load.py prepared (a session cookie and an API token)."""

import json
import os
import random
from itertools import count

from locust import HttpUser, between, task

with open(os.environ["LOAD_ACCOUNTS"]) as accounts:
    ACCOUNTS = json.load(accounts)
_next = count()
SEARCHES = ["máy sấy dừa", "SAY DUA", "xử lý nước thải", "tôm", "năng lượng mặt trời", "chế biến"]


class Participant(HttpUser):
    wait_time = between(0.5, 2.0)

    def on_start(self):
        self.account = ACCOUNTS["users"][next(_next) % len(ACCOUNTS["users"])]
        self.client.cookies.set("sessionid", self.account["session"])
        self.api = {"Authorization": f"Token {self.account['token']}"}
        self.posted = 0

    @task(6)
    def browse(self):
        self.client.get(random.choice(["/", "/offers/", "/needs/", "/workshops/"]), name="browse")
        offer = random.choice(ACCOUNTS["offers"])
        self.client.get(f"/offers/{offer}/", name="/offers/[id]/")

    @task(4)
    def search(self):
        self.client.get("/offers/", params={"q": random.choice(SEARCHES)}, name="/offers/?q=")

    @task(3)
    def api_calls(self):
        self.client.get("/api/v1/needs/", headers=self.api, name="api needs")
        self.client.get("/api/v1/notifications/", headers=self.api, name="api notifications")

    @task(1)
    def post_need(self):
        self.posted += 1
        body = {
            "organization": self.account["organization"],
            "title": f"Cần dây chuyền sấy dừa {self.account['organization']}-{self.posted}",
            "summary": "Thay lò sấy thủ công",
            "problem": "Sấy thủ công làm cơm dừa ám khói.",
            "sectors": [ACCOUNTS["sector"]],
            "transfer_modes": ["turnkey"],
            "budget_min": 100_000_000,
            "budget_max": 500_000_000,
            "submit": True,
        }
        self.client.post("/api/v1/needs/", json=body, headers=self.api, name="api post need")

    @task(1)
    def register(self):
        url = f"/api/v1/workshops/{ACCOUNTS['workshop']}/register/"
        with self.client.post(url, json={"role": "both"}, headers=self.api, catch_response=True, name="register") as r:
            if r.status_code in (201, 400):  # 400: already registered, a normal answer
                r.success()
