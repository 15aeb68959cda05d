"""Sori Music: a streaming app on the Galaxy with a Galaxy Watch companion.

Streaming logs go to the in-house `jaesaeng-log` service (Revised Romanization
mixed with English); the watch sync reports offline plays with the watch's
serial and Bluetooth MAC. Airbridge (AB180) is its attribution SDK. Charts and
lyrics are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import builder, galaxy_ua, kst, ms, rid

API = "https://api.sorimusic.example"
UA = galaxy_ua("SoriMusic", "7.1.4")
WUA = "SoriMusicWear/2.0 (Wear OS 4; SM-R930N)"
SONGS = [
    "Supernova",
    "Magnetic",
    "How Sweet",
    "밤양갱",
    "Love wins all",
    "첫 만남은 계획대로 되지 않아",
]


def _song(c: Context) -> dict[str, object]:
    return {"gokId": c.rng.randint(30000000, 39999999), "gokMyeong": c.rng.choice(SONGS)}


def stream_log(c: Context) -> Flow:
    b = builder(c, "sorimusic", "POST", f"{API}/jaesaeng-log/v1/stream", UA)
    b.view("json gok + deureun_sigan (listened seconds) + playTime")
    b.json(
        {
            **_song(c),
            "deureun_sigan": c.rng.randint(30, 240),
            "playTime": kst(c),
            "wanju": c.rng.random() < 0.6,
            "danmal_id": b.id("aid_music", where="json danmal_id"),
        }
    )
    b.no_content()
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = builder(c, "sorimusic-wear", "POST", f"{API}/v1/wear/offline-plays", WUA)
    b.view("json offlinePlays[] (songs played on the watch, seconds)")
    b.json(
        {
            "watchSerial": b.id("watch_serial", where="json watchSerial"),
            "btAddr": b.id("watch_bt_mac", where="json btAddr (watch Bluetooth MAC)"),
            "offlinePlays": [
                {**_song(c), "sec": c.rng.randint(30, 240), "at": ms(c)} for _ in range(3)
            ],
        }
    )
    b.ok_json({"synced": 3})
    return b.build()


def recent_list(c: Context) -> Flow:
    b = builder(c, "sorimusic", "GET", f"{API}/v1/me/choegeun-deureun-gok", UA)
    b.view("response json choegeunDeureunGok[] (recently listened)", direction="response")
    b.ok_json({"choegeunDeureunGok": [{**_song(c), "deureunSigak": kst(c)} for _ in range(5)]})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """Offline-cache batch: numeric keys only (1 song, 2 seconds, 3 epoch)."""
    b = builder(c, "sorimusic", "POST", f"{API}/b/7", UA)
    b.view("json rows with numeric keys 1/2/3 (song, seconds, time)", detectable=False)
    b.json(
        {
            "r": [
                {"1": c.rng.randint(30000000, 39999999), "2": c.rng.randint(30, 240), "3": ms(c)}
                for _ in range(4)
            ]
        }
    )
    b.no_content()
    return b.build()


def airbridge(c: Context) -> Flow:
    b = builder(
        c,
        "airbridge",
        "POST",
        "https://core.airbridge.io/api/v4/apps/sorimusic/events/mobile-app/9161",
        UA,
    )
    b.json(
        {
            "device": {
                "deviceUUID": b.id("airbridge_uuid", where="json device.deviceUUID"),
                "gaid": b.id("gaid", where="json device.gaid"),
                "osName": "Android",
                "locale": "ko-KR",
            },
            "eventData": {"goal": {"category": "airbridge.subscribe"}},
            "eventTimestamp": ms(c),
        }
    )
    b.ok_json({"resultMessage": "ok"})
    return b.build()


def chart(c: Context) -> Flow:
    b = builder(c, "sorimusic", "GET", f"{API}/v1/chart/top100?t=realtime", UA)
    b.decoy("real-time top-100 chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {**_song(c), "rank": i + 1, "jaesaengSu": c.rng.randint(10**4, 10**6)}
                for i in range(10)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = builder(c, "sorimusic", "GET", f"{API}/v1/gasa/{c.rng.randint(30000000, 39999999)}", UA)
    b.decoy("synced lyrics with timestamps (content, not playback)")
    b.ok_json({"gasa": [{"t": i * 4200, "line": "..."} for i in range(8)], "reqId": rid(c.rng)})
    return b.build()
