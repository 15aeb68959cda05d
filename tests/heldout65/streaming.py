"""A Showmax / DStv-like streaming app ("Kykmax", South Africa): in-house watch
logs with Afrikaans, isiZulu and English key names, a continue-watching sync,
catalogue, artwork and DASH segments. The backend is the app's own (fictional);
its key names are ours, in the ways South African developers name things.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kykmax.co.za"
TITLES = ["Die Byl", "Shaka iLembe", "Trompie", "Skeem Saam", "Gomora", "Kelders van Geheime"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kykmax", method, API + path)
    b.header("user-agent", ua("Kykmax", "7.4.0"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _asset(c: Context) -> str:
    return f"ep_{c.rng.randint(10000, 99999)}"


def hartklop(c: Context) -> Flow:
    """Afrikaans heartbeat every 30 s while playing."""
    b = _b(c, "POST", "/v2/kyk/hartklop")
    dur = c.rng.choice([1320, 2640, 3000])
    b.json(
        {
            "profielId": c.phone.stream_user + "-1",
            "inhoudId": _asset(c),
            "titel": c.rng.choice(TITLES),
            "posisieSek": c.rng.randint(0, dur),
            "duurSek": dur,
            "gebeurtenis": c.rng.choice(["speel", "pouse", "hartklop"]),
            "tydstempel": ms(c),
        }
    )
    b.view("body.inhoudId+posisieSek")
    b.no_content()
    return b.build()


def umlando(c: Context) -> Flow:
    """isiZulu-named watch log batch: only a reader of isiZulu sees what it is."""
    b = _b(c, "POST", "/v2/umlando")
    rows = [
        {
            "isihloko": c.rng.choice(TITLES),
            "isikhathi": c.rng.randint(60, 2900),
            "usuku": iso(c)[:10],
        }
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"okubukiwe": rows, "iphrofayela": "1"})
    b.view("body.okubukiwe[]", detectable=False)
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v1/profiles/{c.phone.stream_user}-1/continue-watching")
    items = [
        {
            "assetId": _asset(c),
            "progressPct": rf(c.rng, 0.05, 0.95, 2),
            "lastWatchedAt": iso(c),
            "seriesTitle": c.rng.choice(TITLES),
        }
        for _ in range(3)
    ]
    b.json({"items": items})
    b.view("body.items[].progressPct")
    b.ok_json({"updated": 3})
    return b.build()


def watched_response(c: Context) -> Flow:
    """The app fetches its own watch history back (response direction)."""
    b = _b(c, "GET", "/v1/me/history")
    b.param("limit", "20")
    b.ok_json(
        {
            "history": [
                {
                    "contentId": _asset(c),
                    "watchedSeconds": c.rng.randint(30, 2600),
                    "completed": c.rng.random() < 0.4,
                    "watchedOn": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    b.view("response.history[]", direction="response")
    return b.build()


def toestel_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "deviceId": b.id("aid_stream", where="body.deviceId"),
            "platform": "android",
            "model": "SM-A556E",
            "drmLevel": "L1",
            "naam": "Thandi se foon",
        }
    )
    b.ok_json({"registered": True, "slots": 2})
    return b.build()


def playback_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/playback/session")
    b.header("x-device-id", b.id("aid_stream", where="header.x-device-id"))
    b.json({"assetId": _asset(c), "quality": "HD", "audio": "af"})
    b.ok_json(
        {
            "manifest": f"https://vod.kykmax.co.za/{new_hex(c.rng, 16)}/manifest.mpd",
            "sessionToken": new_hex(c.rng, 48),
        }
    )
    b.decoy("playback start (no progress)")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/catalogue/rails")
    b.param("genre", c.rng.choice(["drama", "reality", "sport", "kids"]))
    b.ok_json(
        {
            "rails": [
                {"title": t, "assetId": _asset(c), "runtime": c.rng.randint(1200, 3600)}
                for t in TITLES[:4]
            ]
        }
    )
    b.decoy("catalogue with asset ids and runtimes")
    return b.build()


def artwork(c: Context) -> Flow:
    b = FB(c, "kykmax", "GET", f"https://img.kykmax.co.za/{new_hex(c.rng, 24)}/landscape_480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    b.decoy("thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 900)
    b = FB(c, "kykmax", "GET", f"https://vod.kykmax.co.za/{new_hex(c.rng, 16)}/video/4/seg-{n}.m4s")
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 10**9), 600))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/search")
    b.param("q", c.rng.choice(["gomora", "rugby", "kykNET", "die byl"]))
    b.param("requestId", rid(c.rng))
    b.ok_json({"hits": [{"assetId": _asset(c), "score": rf(c.rng, 0, 1)} for _ in range(5)]})
    b.decoy("search query and results")
    return b.build()
