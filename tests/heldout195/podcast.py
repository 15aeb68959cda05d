"""Pocketwave: the manager's podcast app (Punjabi and English shows).

Listening sync sends episode guid with played-up-to seconds; the listening
history comes back on a fresh install (response). Episode downloads, the feed
and the charts are not history. The app's install id rides in a header.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav

from .phone import FB, iso, rf, rid, ua

API = "https://sync.pocketwave.example"
EPISODES = ["pw-ep-9f2a1", "pw-ep-0c7d3", "pw-ep-51e88", "pw-ep-a4410"]


def _b(c: Context, method: str, url: str, install: bool = False) -> FB:
    b = FB(c, "pocketwave", method, url)
    b.header("user-agent", ua("Pocketwave", "7.9.1"))
    if install:
        b.header("x-pw-install", b.id("pod_install", where="header x-pw-install"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices", install=True)
    b.json(
        {"android_id": b.id("aid_pod", where="json android_id"), "os": "android", "locale": "pa-IN"}
    )
    b.ok_json({"ok": True})
    return b.build()


def listen_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/plays", install=True)
    b.view("json plays[].episodeGuid with playedUpTo")
    b.json(
        {
            "plays": [
                {
                    "episodeGuid": c.rng.choice(EPISODES),
                    "playedUpTo": c.rng.randint(10, 3600),
                    "completed": c.rng.random() < 0.3,
                    "at": iso(c),
                }
                for _ in range(2)
            ]
        }
    )
    b.ok_json({"synced": 2})
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/listening-history?limit=25")
    b.view("response json history[] of episodes with listenedSec", direction="response")
    b.ok_json(
        {
            "history": [
                {"episodeGuid": e, "listenedSec": c.rng.randint(60, 3000), "at": iso(c)}
                for e in EPISODES
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts?country=CA&genre=news")
    b.decoy("podcast chart: aggregate ranks and play counts over all listeners")
    b.ok_json(
        {
            "chart": [
                {
                    "showId": f"pw-show-{c.rng.randint(100, 999)}",
                    "rank": i + 1,
                    "plays7d": c.rng.randint(1000, 90000),
                }
                for i in range(20)
            ]
        }
    )
    return b.build()


def download(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.pocketwave.example/audio/{c.rng.choice(EPISODES)}.mp3?r={rid(c.rng)[:8]}",
    )
    b.respond(200, "audio/mpeg", b"ID3\x04\x00" + fake_wav(c.rng.randint(0, 10**9), 800)[44:])
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/feeds/pw-show-{c.rng.randint(100, 999)}?since={iso(c)}")
    b.ok_json(
        {
            "episodes": [
                {"guid": e, "durationSec": c.rng.randint(900, 4000), "rating": rf(c.rng, 3, 5, 1)}
                for e in EPISODES
            ]
        }
    )
    return b.build()
