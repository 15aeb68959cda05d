"""Chalchitra: a Hindi / Marathi OTT with regional films, series and live cricket.

Its in-house team writes Hinglish keys (`dekha_gaya_samay`, `jaari_rakhein`).
Live cricket answers carry tens of millions of concurrent viewers: an aggregate
over everyone, not what this person watched. The QoE beacon packs its rows
gzip+base64 under `e`, with no readable key for the title or the position.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from . import trackers
from .phone import FB, iso, ms, rid, ua

API = "https://api.chalchitra.example"
UA = ua("Chalchitra", "24.11.3")
TITLES = [
    ("CH-MR-00812", "Baipan Bhari Deva"),
    ("CH-HI-01977", "Gullak S4 E3"),
    ("CH-MR-00455", "Jhimma 2"),
    ("CH-HI-02210", "Panchayat S3 E5"),
    ("CH-LV-IPL-41", "MI vs CSK (Live)"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "chalchitra", method, url)
    b.header("user-agent", UA)
    b.header("x-platform", "android")
    if device:
        b.header("x-device-id", b.id("aid_ott", where="header x-device-id"))
    return b


def heartbeat(c: Context) -> Flow:
    cid, name = c.rng.choice(TITLES[:4])
    b = _b(c, "POST", f"{API}/playback/v3/heartbeat")
    b.view("json dekha_gaya_samay / content_id")
    total = c.rng.randint(1500, 9000)
    b.json(
        {
            "content_id": cid,
            "title": name,
            "dekha_gaya_samay": c.rng.randint(30, total),
            "kul_avadhi": total,
            "bhasha": c.rng.choice(["marathi", "hindi"]),
            "event": c.rng.choice(["play", "pause", "resume", "heartbeat"]),
            "session_id": rid(c.rng),
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True, "next_hb_sec": 60})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/home/v2/tray/jaari-rakhein?lang=mr")
    b.view("response json jaari_rakhein[].ruka_hua_samay", direction="response")
    b.ok_json(
        {
            "tray": "Jaari Rakhein Dekhna",
            "jaari_rakhein": [
                {
                    "content_id": cid,
                    "title": name,
                    "ruka_hua_samay": c.rng.randint(60, 5000),
                    "pragati_pct": c.rng.randint(3, 97),
                    "aakhri_baar_dekha": iso(c),
                }
                for cid, name in c.rng.sample(TITLES[:4], 3)
            ],
        }
    )
    return b.build()


def qoe_beacon_opaque(c: Context) -> Flow:
    """Rows [content, position, bitrate, ts] gzipped and base64'd under `e`."""
    b = _b(c, "POST", f"{API}/q/v1/b", device=False)
    b.view("form e (gzip+base64 rows of title, position)", detectable=False)
    rows = [[c.rng.choice(TITLES)[0], c.rng.randint(10, 5000), 2800, ms(c)] for _ in range(3)]
    blob = b64(gzip.compress(js(rows).encode(), mtime=0))
    b.form([("v", "3"), ("e", blob)])
    b.no_content()
    return b.build()


def live_score_concurrency(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/match/IPL-41/state", device=False)
    b.decoy("live cricket concurrency: viewers of everyone (aggregate), ball-by-ball score")
    b.ok_json(
        {
            "match": "MI vs CSK",
            "score": f"{c.rng.randint(80, 210)}/{c.rng.randint(1, 9)}",
            "overs": f"{c.rng.randint(8, 19)}.{c.rng.randint(0, 5)}",
            "live_darshak": c.rng.randint(18_000_000, 59_000_000),
            "concurrent_viewers_peak": 59_200_000,
            "dekh_rahe_hain": "5.2 crore dekh rahe hain",
        }
    )
    return b.build()


def trending_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/home/v2/tray/sabse-zyada-dekhe-gaye?lang=hi", device=False)
    b.decoy("most-watched rail with all-viewer watch counts (aggregate, not this person's)")
    b.ok_json(
        {
            "tray": "Sabse Zyada Dekhe Gaye",
            "items": [
                {"content_id": cid, "title": n, "kul_views": c.rng.randint(10**5, 10**8)}
                for cid, n in TITLES
            ],
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = FB(c, "chalchitra", "GET", f"https://vod.chalchitra.example/{cid}/master.mpd")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch (not a report of watching)")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"/>')
    return b.build()


def poster(c: Context) -> Flow:
    cid = c.rng.choice(TITLES)[0]
    b = FB(c, "chalchitra", "GET", f"https://img.chalchitra.example/poster/{cid}/w360.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/search/v1?q=marathi+comedy&page=1", device=False)
    b.decoy("search results with durations")
    b.ok_json(
        {"results": [{"content_id": cid, "title": n, "avadhi_sec": 7200} for cid, n in TITLES[:3]]}
    )
    return b.build()


def clevertap_watched(c: Context) -> Flow:
    cid, name = c.rng.choice(TITLES)
    props = {
        "Content ID": cid,
        "Title": name,
        "Watch Duration (sec)": c.rng.randint(60, 4000),
        "Language": "Marathi",
        "Is Live": cid.startswith("CH-LV"),
    }
    return trackers.clevertap(
        c,
        "chalchitra",
        "aid_ott",
        ("Video Watched", props),
        view="json [1].evtData 'Watch Duration (sec)'",
    )


def clevertap_page(c: Context) -> Flow:
    return trackers.clevertap(c, "chalchitra", "aid_ott")


def subscribe(c: Context) -> Flow:
    return trackers.appsflyer(c, "chalchitra", "aid_ott", in_app="af_subscribe")
