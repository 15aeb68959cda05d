"""The hotel's IPTV head-end ("Runinga"), as the operations app on Wanjiru's phone
sees it.

The channel plan (lineup positions, multicast groups), the per-floor room TV
status (power, input, volume, asset tag, model, firmware), the welcome message
and the lobby signage playlist carry no per-unit identifier and nobody's
viewing. Two rarer screens do: the inventory export lists each room TV's
serial and MAC (identifiers of the hotel's TVs, labelled as ids the generator
made), and the "now playing" board lists what each occupied room is watching
and since when (a guest's viewing, labelled viewing history).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import WB, iso, mac, rf, ua

HEADEND = "https://runinga.savannahcourt.example/headend/api/v1"
UA = ua("HoteliOps", "1.9.4")
CHANNELS = [
    "Citizen TV",
    "NTV",
    "KTN News",
    "K24",
    "BBC World",
    "Al Jazeera",
    "SuperSport 1",
    "CNN",
]


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "runinga-headend", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("staff_token"))
    return b


def _rooms(c: Context, n: int) -> list[str]:
    floor = c.rng.randint(1, 7)
    return [f"{floor}{r:02d}" for r in sorted(c.rng.sample(range(1, 30), n))]


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{HEADEND}/lineup?package=guest")
    b.decoy("channel lineup positions and multicast groups")
    b.ok_json(
        {
            "channels": [
                {"position": i + 1, "name": ch, "mcast": f"239.10.{i}.1:5000", "hd": i % 2 == 0}
                for i, ch in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def room_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{HEADEND}/rooms/status?floor={c.rng.randint(1, 7)}")
    b.decoy("room TV status: asset tag, model, firmware, power, input")
    b.ok_json(
        {
            "rooms": [
                {
                    "room": r,
                    "asset": f"TV-{r}",
                    "model": "43UR640S",
                    "firmware": "05.10.20",
                    "power": c.rng.choice(["on", "standby"]),
                    "input": c.rng.choice(["IPTV", "HDMI1", "CAST"]),
                    "volume": c.rng.randint(0, 40),
                    "lastSeen": iso(c),
                }
                for r in _rooms(c, 6)
            ]
        }
    )
    return b.build()


PROGRAMMES = {
    "Citizen TV": "Nipashe",
    "NTV": "The Fix",
    "KTN News": "Dira ya Wiki",
    "K24": "Punchline",
    "BBC World": "World News",
    "Al Jazeera": "Inside Story",
    "SuperSport 1": "Premier League: Arsenal v Chelsea",
    "CNN": "Quest Means Business",
}


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{HEADEND}/rooms/nowplaying?occupied=true")
    b.view("response json rooms[] channel + programme + since + minutes", direction="response")
    rooms = []
    for r in _rooms(c, 5):
        ch = c.rng.choice(CHANNELS)
        minutes = c.rng.randint(1, 180)
        since = datetime.fromtimestamp(c.now - minutes * 60, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        rooms.append(
            {
                "room": r,
                "channel": ch,
                "programme": PROGRAMMES[ch],
                "since": since,
                "minutes": minutes,
            }
        )
    b.ok_json({"rooms": rooms})
    return b.build()


def inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{HEADEND}/inventory/export?format=json")
    b.other_id("serial", "response json tvs[].serialNumber (room TVs)", direction="response")
    b.other_id("mac", "response json tvs[].mac (room TVs)", direction="response")
    b.ok_json(
        {
            "tvs": [
                {
                    "room": r,
                    "serialNumber": f"{c.rng.randint(300, 412)}KR{new_hex(c.rng, 6).upper()}",
                    "mac": mac(c.rng, "A8:23:FE"),
                    "model": "43UR640S",
                }
                for r in _rooms(c, 8)
            ]
        }
    )
    return b.build()


def welcome(c: Context) -> Flow:
    room = _rooms(c, 1)[0]
    b = _b(c, "PUT", f"{HEADEND}/rooms/{room}/welcome")
    b.json({"ujumbe": "Karibu Savannah Court! Wi-Fi: Savannah-Guest", "lugha": "sw"})
    b.ok_json({"sawa": True})
    return b.build()


def signage(c: Context) -> Flow:
    b = _b(c, "GET", f"{HEADEND}/signage/lobby/playlist")
    b.decoy("signage playlist: positions, durations, play counts")
    b.ok_json(
        {
            "items": [
                {
                    "position": i,
                    "clip": n,
                    "durationSec": c.rng.randint(10, 40),
                    "plays": c.rng.randint(10, 500),
                }
                for i, n in enumerate(["spa_offer.mp4", "nyama_choma_friday.mp4", "conference.mp4"])
            ],
            "brightness": rf(c.rng, 0.5, 1, 2),
        }
    )
    return b.build()


def channel_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{HEADEND}/reports/channels?period=yesterday")
    b.decoy("hotel-wide channel popularity (rooms and minutes summed, no room)")
    b.ok_json(
        {
            "period": "yesterday",
            "channels": [
                {
                    "channel": ch,
                    "vyumba": c.rng.randint(0, 60),
                    "dakika_jumla": c.rng.randint(0, 9000),
                }
                for ch in CHANNELS
            ],
        }
    )
    return b.build()
