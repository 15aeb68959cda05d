"""Tanghali TV: a news and noontime-show app with a live channel.

The live player logs channel tuning (`channel_tune` with `istasyon` and
`oras_simula` / `oras_tapos`) and sends GA4-style `video_progress` events with
`video_percent`. News articles (reading is not watching), the programme guide
and the studio's contest text votes are ordinary traffic. One heartbeat uses
numeric keys only (`1`..`4`): opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.tanghalitv.example"
CHANNELS = ["TTV-2", "TTV-NEWS", "TTV-DZRT"]
SHOWS = ["eat-bulaga-kunwari", "saksi-ngayon", "tanghaling-tapat", "balitang-bisaya"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tanghali", method, url)
    b.header("user-agent", android_ua("TanghaliTV", "3.14.0"))
    return b


def tune_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/v1/tune-log")
    b.view("json mga_lipat[] istasyon + oras_simula/oras_tapos (live channel tuning)")
    start = ms(c) - c.rng.randint(600_000, 3_600_000)
    b.json(
        {
            "did": b.id("aid_tanghali", where="json did (ANDROID_ID)"),
            "mga_lipat": [
                {
                    "istasyon": ch,
                    "oras_simula": start + i * 900_000,
                    "oras_tapos": start + (i + 1) * 900_000,
                }
                for i, ch in enumerate(c.rng.sample(CHANNELS, 2))
            ],
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def video_progress(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://app-measurement.com/a")
    b.header("user-agent", android_ua("TanghaliTV", "3.14.0"))
    b.view("json events[video_progress] video_title + video_percent")
    b.json(
        {
            "app_instance_id": b.id("fb_instance", where="json app_instance_id (Firebase)"),
            "events": [
                {
                    "name": "video_progress",
                    "params": {
                        "video_title": c.rng.choice(SHOWS),
                        "video_percent": c.rng.choice([10, 25, 50, 75]),
                    },
                    "ts": ms(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def heartbeat_numeric(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/hb")
    b.view("query 1=show 2=position 3=state (numeric keys only)", detectable=False)
    for k, v in (
        ("1", c.rng.choice(SHOWS)),
        ("2", str(c.rng.randint(0, 7200))),
        ("3", "p"),
        ("4", str(ms(c))),
    ):
        b.param(k, v)
    b.no_content()
    return b.build()


def balita(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/news/v2/balita?seksyon=nasyonal&page={c.rng.randint(1, 4)}")
    b.decoy("news article list with read counts (reading is not viewing history)")
    b.ok_json(
        {
            "mga_balita": [
                {
                    "id": rid(c.rng),
                    "pamagat": "Bagyong Kristine lumakas",
                    "nabasa": c.rng.randint(100, 90000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/iskedyul?istasyon={c.rng.choice(CHANNELS)}")
    b.decoy("programme guide with start/end times (schedule, nobody's viewing)")
    b.ok_json({"iskedyul": [{"palabas": s, "simula": iso(c)} for s in SHOWS]})
    return b.build()


def text_vote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/contest/v1/boto")
    b.decoy("contest vote with a session token")
    b.json({"kalahok": c.rng.randint(1, 8), "sesyon": b64(rid(c.rng))})
    b.ok_json({"salamat": True})
    return b.build()
