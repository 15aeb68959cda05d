"""Kebero Sound: the companion app of the family's Bluetooth speaker.

Registering the speaker sends its Bluetooth MAC and serial (`btMac`,
`serialNo`); firmware checks put the serial in the query; a daily usage ping
carries only a SHA-1 of the MAC under `k`. EQ presets (float gains), battery
history and the "party mode" link to a friend's speaker (the friend's device,
not the family's) are not sensitive. The speaker also relays what it played:
a Bluetooth "now playing" report (track title, seconds) is listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.kebero-sound.example"
UA = ua("KeberoSound", "1.8.4")


def _b(c: Context, method: str, url: str, ident: bool = False) -> FB:
    """The app sends its ANDROID_ID only on the calls tied to the user's library."""
    b = FB(c, "kebero", method, url)
    b.header("user-agent", UA)
    if ident:
        b.header("x-app-aid", b.id("aid_speaker", where="header x-app-aid"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/speakers/register", ident=True)
    b.json(
        {
            "btMac": b.id("spk_mac", where="json btMac"),
            "serialNo": b.id("spk_serial", where="json serialNo"),
            "model": "KB-Party 2",
            "fw": "1.4.2",
            "owner": b.id("email", where="json owner"),
        }
    )
    b.ok_json({"registered": True, "warrantyUntil": "2027-03-01"})
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest", ident=True)
    b.param("serial", b.id("spk_serial", where="query serial"))
    b.param("model", "KB-Party 2")
    b.ok_json({"version": "1.4.2", "sha256": new_hex(c.rng, 64), "mandatory": False})
    return b.build()


def usage_ping(c: Context) -> Flow:
    b = FB(c, "kebero", "POST", f"{API}/v1/u")
    b.header("user-agent", UA)
    b.json(
        {
            "k": b.id("spk_mac", "sha1", "json k (sha1 of BT MAC)", detectable=False),
            "b": c.rng.randint(5, 100),
        }
    )
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/speakers/now-playing", ident=True)
    b.view("json nowPlaying{title, artist, positionSec} (what the speaker played)")
    b.json(
        {
            "nowPlaying": {
                "title": c.rng.choice(["ሰላም", "Tizita", "Ambassel", "Guayla Mix"]),
                "artist": c.rng.choice(["Teddy Afro", "Helen Meles", "Aster Aweke"]),
                "source": "bluetooth",
                "positionSec": c.rng.randint(0, 300),
                "startedAt": iso(c),
            },
            "serialNo": b.id("spk_serial", where="json serialNo"),
        }
    )
    b.no_content()
    return b.build()


def eq_preset(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/eq")
    b.decoy("10-band EQ gains (float array, not biometric)")
    b.json({"preset": "kebero-bass", "gainsDb": [rf(c.rng, -6, 6, 1) for _ in range(10)]})
    b.no_content()
    return b.build()


def battery_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/battery?days=7")
    b.ok_json({"levels": [[ms(c) - i * 3600000, c.rng.randint(5, 100)] for i in range(24)]})
    return b.build()


def party_link(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/party/join")
    b.decoy("friend's speaker MAC and serial (another person's device)")
    b.json(
        {
            "hostBtMac": "E8:5D:86:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3)),
            "hostSerial": "KBS" + new_hex(c.rng, 10).upper(),
            "hostName": "Dawit's speaker",
            "volume": rf(c.rng, 0.2, 1, 2),
        }
    )
    b.ok_json({"joined": True})
    return b.build()
