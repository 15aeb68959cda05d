"""Quarto TV: the hotel's in-room TV platform and its casting bridge, seen from the
manager's console.

The room TVs, their MACs and serials, and the guests' phones paired for casting
belong to the hotel and to guests: not the tester's devices (decoys). Channel
line-ups, VOD catalogue, a room TV's power state and the hotel-wide "most
watched" chart (an aggregate) are not viewing history. The per-room tuning log
the platform exports for the night report (room, channel, from, seconds) is a
guest's live-channel tuning log: viewing history, written as bare rows under
one-letter keys (not readable). The console's "now playing" view per room is
readable viewing history in the response.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, hotel_mac, iso, ms, rid, room, ua

API = "https://tv.miradouro.example/quarto/api"
CAST = "https://cast.miradouro.example/bridge"
UA = ua("QuartoConsole", "3.9.1")
CHANNELS = ["RTP1", "SIC", "TVI", "CNN Portugal", "BBC World", "TV5Monde", "Sport TV1"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "quarto-tv", method, url)
    b.header("user-agent", UA)
    b.header("x-api-key", new_hex(c.rng, 8) + "-console")
    return b


def tv_fleet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tvs?floor={c.rng.randint(1, 7)}")
    b.decoy("room TV fleet status: the hotel's TV MACs and serials (not the tester's devices)")
    b.ok_json(
        {
            "tvs": [
                {
                    "room": room(c.rng),
                    "mac": hotel_mac(c.rng, "A8:23:FE"),
                    "serial": "4K" + new_hex(c.rng, 10).upper(),
                    "power": c.rng.choice(["on", "standby"]),
                    "firmware": "T-KTM2-1470.3",
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def channel_lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/lineup?lang=pt")
    b.decoy("channel line-up with logical channel numbers")
    b.ok_json({"channels": [{"lcn": i + 1, "name": n} for i, n in enumerate(CHANNELS)]})
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/vod/catalogue?page={c.rng.randint(1, 4)}")
    b.decoy("VOD catalogue rail with durations and prices")
    b.ok_json(
        {
            "titles": [
                {"id": f"vod{c.rng.randint(100, 999)}", "durationMin": c.rng.randint(85, 170),
                 "price": 9.9, "poster": f"/img/{new_hex(c.rng, 12)}.jpg"}
                for _ in range(10)
            ]
        }
    )  # fmt: skip
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/stats/top-channels?period=24h")
    b.decoy("hotel-wide most-watched channels: aggregate shares over all rooms")
    b.ok_json({"top": [{"channel": ch, "sharePct": c.rng.randint(2, 30)} for ch in CHANNELS]})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rooms/{room(c.rng)}/now-playing")
    b.view("response json nowPlaying (channel, since, watchedSec)", direction="response")
    b.ok_json(
        {
            "nowPlaying": {
                "source": "live",
                "channel": c.rng.choice(CHANNELS),
                "since": iso(c),
                "watchedSec": c.rng.randint(60, 5400),
            }
        }
    )
    return b.build()


def tuning_export(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/x/nr")
    b.view("json d[] rows [room, lcn, epoch ms, seconds]", detectable=False)
    rows = [
        [room(c.rng), c.rng.randint(1, 7), ms(c), c.rng.randint(30, 4000)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"v": 2, "d": rows})
    b.no_content()
    return b.build()


def cast_sessions(c: Context) -> Flow:
    b = FB(c, "quarto-cast", "GET", f"{CAST}/v2/sessions?active=1")
    b.header("user-agent", UA)
    b.decoy("casting sessions: guests' phone names and the room dongles' MACs (not the tester's)")
    b.ok_json(
        {
            "sessions": [
                {
                    "room": room(c.rng),
                    "dongleMac": hotel_mac(c.rng, "54:60:09"),
                    "guestDevice": c.rng.choice(["iPhone de Ana", "Pixel 7", "Galaxy A54"]),
                    "pairedAt": iso(c),
                    "sessionId": rid(c.rng),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def cast_reset(c: Context) -> Flow:
    b = FB(c, "quarto-cast", "POST", f"{CAST}/v2/rooms/{room(c.rng)}/reset")
    b.header("user-agent", UA)
    b.decoy("checkout reset of a room's cast dongle (hotel equipment)")
    b.json({"reason": "checkout", "wipePairings": True})
    b.ok_json({"ok": True})
    return b.build()
