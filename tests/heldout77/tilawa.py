"""Tilawa: a Quran recitation and nasheed audio app (Egypt-made, used in the Gulf).

Listening progress goes to its API twice: an English `listening/progress` sync
(surah, reciter, position) and an Arabizi `estima3` log (`estima3` = listening,
`qare2` = reciter, `mawqe3` = position, `mada` = duration) for nasheeds. The
mushaf reading bookmark (page / ayah read as text) is NOT viewing history by the
conventions, nor are prayer times, qibla bearing or page images: the decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from . import engage, sdks
from .phone import FB, ms, rf, ua

API = "https://api.tilawa.app"
RECITERS = ["mishary_alafasy", "abdulbasit", "sudais", "minshawi"]
NASHEEDS = [("n-204", "طلع البدر علينا"), ("n-318", "حسبي ربي"), ("n-77", "Ya Adheeman")]


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("Tilawa", "4.0.6"))


def listening_progress(c: Context) -> Flow:
    b = FB(c, "tilawa", "POST", f"{API}/v1/listening/progress")
    _hdr(b)
    b.view("body.listening")
    body = {
        "listening": {
            "surah": c.rng.randint(1, 114),
            "reciter": c.rng.choice(RECITERS),
            "positionMs": c.rng.randint(1000, 900000),
            "listenedMs": c.rng.randint(1000, 900000),
        },
        "at": ms(c),
    }
    if c.rng.random() < 0.3:
        body["androidId"] = b.id("aid_tilawa", where="body.androidId")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def nasheed_log(c: Context) -> Flow:
    nid, _ = c.rng.choice(NASHEEDS)
    b = FB(c, "tilawa", "POST", f"{API}/v1/nasheed/estima3")
    _hdr(b)
    b.view("body.estima3")
    b.form(
        [
            ("estima3[id]", nid),
            ("estima3[mawqe3]", str(c.rng.randint(0, 300))),
            ("estima3[mada]", str(c.rng.randint(10, 300))),
            ("estima3[khalas]", c.rng.choice(["1", "0"])),
        ]
    )
    b.no_content()
    return b.build()


def recent_listens(c: Context) -> Flow:
    b = FB(c, "tilawa", "GET", f"{API}/v1/me/recently-played")
    _hdr(b)
    b.view("response.items", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "surah": c.rng.randint(1, 114),
                    "reciter": c.rng.choice(RECITERS),
                    "lastPositionMs": c.rng.randint(0, 900000),
                    "playedAt": ms(c) - i * 3600000,
                }
                for i in range(3)
            ]
        }
    )
    return b.build()


def moengage_played(c: Context) -> Flow:
    nid, name = c.rng.choice(NASHEEDS)
    attrs = {"track": name, "track_id": nid, "seconds_played": c.rng.randint(5, 300)}
    return engage.moengage(c, "tilawa", "Audio Played", attrs, view="body.viewsInfo[0].EVENT_ATTRS")


def reading_bookmark(c: Context) -> Flow:
    b = FB(c, "tilawa", "PUT", f"{API}/v1/mushaf/bookmark")
    _hdr(b)
    b.decoy("mushaf reading position (text read, not audio listened)")
    b.json(
        {
            "lastReadPage": c.rng.randint(1, 604),
            "surah": c.rng.randint(1, 114),
            "ayah": c.rng.randint(1, 200),
            "updatedAt": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 21.3, 24.9), rf(c.rng, 39.1, 46.8)
    b = FB(
        c,
        "tilawa",
        "GET",
        f"{API}/v1/prayer-times",
        [("lat", str(lat)), ("lng", str(lon)), ("method", "4")],
    )
    _hdr(b)
    b.decoy("prayer times for coordinates; qibla bearing")
    b.ok_json(
        {
            "fajr": "04:58",
            "dhuhr": "11:49",
            "asr": "15:02",
            "maghrib": "17:21",
            "isha": "18:51",
            "qibla": rf(c.rng, 200, 300, 2),
        }
    )
    return b.build()


def page_image(c: Context) -> Flow:
    b = FB(
        c,
        "tilawa",
        "GET",
        f"https://cdn.tilawa.app/mushaf/madani/page{c.rng.randint(1, 604):03d}.jpg",
    )
    b.decoy("mushaf page image fetch")
    b.respond(200, "image/jpeg", fake_jpeg(int(c.now) + 7))
    return b.build()


def adjust(c: Context) -> Flow:
    return sdks.adjust_session(c, "tilawa")
