"""Dome360: a 180/360-degree video player on the Quest 3 with watch history.

In-house API with its own key names: a history list, playback heartbeats that
also carry where the head points (yaw/pitch: part of playback, not a face),
the aggregated viewport heatmap a video page fetches (a look-alike), a device
registration with the headset's serial and Wi-Fi MAC, and a scrambled analytics
beacon.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, quest_ua, rf

API = "https://api.dome360.tv"
VIDEOS = [
    ("v_3a91f2", "Northern Lights Timelapse 8K", "360_mono"),
    ("v_77c0de", "Front Row: Jazz Trio", "180_sbs"),
    ("v_1b44e9", "Shark Reef Dive", "360_tb"),
    ("v_5d02aa", "Courtside Warmups", "180_sbs"),
]


def _ua() -> str:
    return quest_ua("Dome360/4.3.0")


def history(c: Context) -> Flow:
    b = FB(c, "dome360", "POST", f"{API}/v1/history")
    b.view("body:items[].videoId+watchedAt+progressPct")
    items = [
        {
            "videoId": v[0],
            "title": v[1],
            "projection": v[2],
            "watchedAt": iso(c),
            "progressPct": c.rng.randint(3, 100),
            "lastPositionSec": c.rng.randint(5, 1500),
        }
        for v in c.rng.sample(VIDEOS, c.rng.randint(1, 3))
    ]
    b.header("user-agent", _ua())
    b.json({"user": b.acct("dome_user"), "items": items})
    b.ok_json({"stored": len(items)})
    return b.build()


def heartbeat(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "dome360", "POST", f"{API}/v1/playback/heartbeat")
    b.view("body:videoId+positionSec+state")
    body: dict[str, object] = {
        "videoId": vid,
        "positionSec": c.rng.randint(0, 1500),
        "state": c.rng.choice(["playing", "playing", "paused"]),
        "headYaw": rf(c.rng, -180, 180, 2),
        "headPitch": rf(c.rng, -60, 60, 2),
        "fovDeg": 96,
        "bitrateKbps": c.rng.choice([18000, 35000, 60000]),
    }
    if c.rng.random() < 0.5:
        body["deviceId"] = b.id("aid_dome", where="body:deviceId")
    b.header("user-agent", _ua())
    b.json(body)
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = FB(c, "dome360", "POST", f"{API}/v1/e")
    b.view("body:d (scrambled)", detectable=False)
    b.header("user-agent", _ua())
    b.json({"d": b64(c.rng.randbytes(150)), "k": 7})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "dome360", "POST", f"{API}/v1/device/register")
    body = {
        "serialNumber": b.id("quest_serial", where="body:serialNumber"),
        "wifiMac": b.id("quest_mac", where="body:wifiMac"),
        "installId": b.id("dome_install", where="body:installId"),
        "model": "Quest 3",
    }
    b.header("user-agent", _ua())
    b.json(body)
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def viewport_heatmap(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "dome360", "GET", f"{API}/v1/videos/{vid}/heatmap")
    b.decoy("aggregate viewport heatmap (yaw, pitch, dwell) of all viewers, fetched")
    cells = [
        [rf(c.rng, -180, 180, 1), rf(c.rng, -60, 60, 1), rf(c.rng, 0, 1, 3)] for _ in range(24)
    ]
    b.ok_json({"videoId": vid, "cells": cells})
    return b.build()


def segment(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(
        c,
        "dome360",
        "GET",
        f"https://media.dome360.tv/{vid}/8k/seg_{c.rng.randint(1, 400):05d}.mp4",
    )
    b.decoy("video segment fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 1000))
    return b.build()


def thumb(c: Context) -> Flow:
    vid = c.rng.choice(VIDEOS)[0]
    b = FB(c, "dome360", "GET", f"https://media.dome360.tv/{vid}/poster.jpg")
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 600))
    return b.build()
