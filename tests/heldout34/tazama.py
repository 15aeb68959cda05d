"""Tazama+ (a Showmax-like streaming app, Kenya): in-house watch logs.

The backend is fictional and its key names are my own: a mix of English and
Swahili as Nairobi developers write them (kipindi = programme, sehemu =
episode, muda = time, nafasi = position, urefu = length, historia = history,
endelea kutazama = continue watching). Heartbeats follow the shape of the
playback-session heartbeats that OTT players send (session id, content id,
position, duration, event), as in the public Bitmovin / ExoPlayer analytics
collectors; the opaque beacon is AES-then-base64 like many in-house players.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.tazamaplus.co.ke"
SHOWS = ["mali-s3", "kina-s2", "selina-s4", "real-housewives-nairobi", "premier-league-live"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tazama", method, API + path)
    b.header("user-agent", ua("TazamaPlus", "3.18.2"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _ep(c: Context) -> tuple[str, int, int]:
    show = c.rng.choice(SHOWS)
    return show, c.rng.randint(1, 12), c.rng.choice([1320, 2580, 2700, 5400])


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/playback/heartbeat")
    show, ep, dur = _ep(c)
    b.view("body.kipindi/sehemu/nafasi (position heartbeat)")
    b.header("x-tz-install", b.id("tazama_install", where="header x-tz-install"))
    b.json(
        {
            "sessionId": rid(c.rng),
            "kipindi": show,
            "sehemu": ep,
            "nafasi": c.rng.randint(10, dur),
            "urefu": dur,
            "tukio": c.rng.choice(["inacheza", "imesimama", "heartbeat"]),
            "bitrate": c.rng.choice([450, 900, 1800]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/historia/kutazama")
    b.view("body.items[] (watched episodes with muda_uliotazama)")
    items = []
    for _ in range(c.rng.randint(1, 4)):
        show, ep, dur = _ep(c)
        items.append(
            {
                "kipindi_id": f"{show}-e{ep}",
                "muda_uliotazama": c.rng.randint(60, dur),
                "urefu": dur,
                "imekamilika": c.rng.random() < 0.4,
                "saa": iso(c),
            }
        )
    b.json({"mtumiaji": b.acct("tazama_user"), "items": items})
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/profiles/main/endelea-kutazama")
    show, ep, dur = _ep(c)
    b.view("body (continue-watching upsert: asset + resume point)")
    b.json(
        {
            "assetId": f"{show}-e{ep}",
            "resumeAt": c.rng.randint(30, dur),
            "duration": dur,
            "updatedAt": iso(c),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def deviceinfo(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices/register")
    b.json(
        {
            "installId": b.id("tazama_install", where="body.installId"),
            "androidId": b.id("aid_tazama", where="body.androidId"),
            "model": "TECNO CK6n",
            "os": "HiOS 13.1",
            "drm": "widevine-L3",
        }
    )
    b.ok_json({"deviceSlot": 2, "maxDevices": 4})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/t")
    b.view("body.p (AES blob of the player's watch events)", detectable=False)
    b.json({"v": 3, "p": b64(bytes(c.rng.getrandbits(8) for _ in range(192)))})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/catalogue/rails?section=home&lang=sw")
    b.decoy("catalogue rail with episode numbers and runtimes")
    rails = [
        {
            "title": s,
            "episodes": c.rng.randint(6, 13),
            "runtime": c.rng.choice([24, 45]),
            "poster": f"https://img.tazamaplus.co.ke/p/{new_hex(c.rng, 12)}.jpg",
        }
        for s in SHOWS
    ]
    b.ok_json({"rails": rails})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["mali", "nollywood", "kina", "movie za kiswahili"])
    b = _b(c, "GET", "/v2/search")
    b.param("q", q)
    b.decoy("search query and results")
    b.ok_json({"results": [{"id": s, "score": round(c.rng.random(), 3)} for s in SHOWS[:3]]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "tazama", "GET", f"https://img.tazamaplus.co.ke/p/{new_hex(c.rng, 12)}.jpg")
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segment(c: Context) -> Flow:
    show, ep, _ = _ep(c)
    n = c.rng.randint(1, 900)
    b = FB(c, "tazama", "GET", f"https://vod.tazamaplus.co.ke/{show}/e{ep}/1080p/seg_{n:05d}.ts")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(256)))
    return b.build()
