"""Naghma: a music streaming app on the iPhone (Dubai-based service, Khaleeji
and Mahraganat catalogue). Plays are scrobbled in English with an Arabic-script
context block; the iOS client identifies by IDFV. Charts and a lyrics fetch are
content, an artist's play count is an aggregate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, ios_ua, iso, ms

API = "https://api.naghma.example"
UA = ios_ua("Naghma", "4.21.0", "ae.naghma.app; build:4210")
TRACKS = ["Enta Omri", "Ya Msafer", "Bent El Giran", "Ma Tegi Hena", "3 Daqat"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "naghma", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("idfv_naghma", where="header x-device-id (IDFV)"))
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/events/plays")
    b.view("json plays[].trackId + msPlayed")
    b.json(
        {
            "plays": [
                {
                    "trackId": f"trk_{c.rng.randint(10**6, 10**7)}",
                    "title": c.rng.choice(TRACKS),
                    "msPlayed": c.rng.randint(5000, 240000),
                    "endReason": c.rng.choice(["trackdone", "fwdbtn"]),
                    "ts": iso(c),
                    "السياق": {"النوع": "قائمة", "الاسم": "طرب"},
                }
            ]
        }
    )
    b.ok_json({"accepted": 1})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/recently-played?limit=20")
    b.view("response json items[].track + played_at", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "track": {"id": f"trk_{c.rng.randint(10**6, 10**7)}", "title": t},
                    "played_at": iso(c),
                }
                for t in TRACKS[: c.rng.randint(2, 5)]
            ]
        }
    )
    return b.build()


def offline_sync_opaque(c: Context) -> Flow:
    """Offline plays synced as a base64 blob under `p`: nothing readable outside it."""
    b = FB(c, "naghma", "POST", f"{API}/v2/s")
    b.header("user-agent", UA)
    b.view("json p = base64(json [track, ms, ts] rows)", detectable=False)
    rows = [[c.rng.randint(10**6, 10**7), c.rng.randint(5000, 240000), ms(c)] for _ in range(4)]
    b.json({"p": b64(js(rows)), "n": 4})
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/top-50?region=AE")
    b.decoy("top-50 chart with play counts (aggregate)")
    b.ok_json({"tracks": [{"title": t, "plays": c.rng.randint(10**5, 10**7)} for t in TRACKS]})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tracks/trk_{c.rng.randint(10**6, 10**7)}/lyrics")
    b.decoy("synced lyrics with timestamps (content, not playback)")
    b.ok_json({"lines": [{"startMs": i * 4200, "text": "يا مسافر وحدك"} for i in range(6)]})
    return b.build()
