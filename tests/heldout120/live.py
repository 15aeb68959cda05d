"""Abay TV Live: a broadcaster's live app on the phone and on the family's Hisense TV.

The TV build reports which channel was tuned and for how long (a live-channel
tuning log, with the TV's MAC and serial); the phone build sends heartbeats while
watching the live stream. Both are viewing history. The EPG (programme guide) and
the station's own playout log for its lobby screens are not: the first is a
schedule, the second a business's proof-of-play.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, ua

API = "https://live.abaytv.example"
TV_UA = "AbayTV-VIDAA/3.2 (Hisense 55A6K; Android TV 11)"
CHANNELS = ["abay-amharic", "abay-oromiffa", "abay-sport", "abay-kids"]


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "abaytv-tv", method, url)
    b.header("user-agent", TV_UA)
    return b


def tuning_log(c: Context) -> Flow:
    b = _tv(c, "POST", f"{API}/tv/v1/chaanaalii-galmee")
    b.view("json galmee[] chaanaalii / yeroo_daqiiqaa (Oromo: channel tuned, minutes)")
    b.json(
        {
            "meeshaa_mac": b.id("tv_mac", where="json meeshaa_mac (Oromo 'device MAC')"),
            "lakk_meeshaa": b.id("tv_serial", where="json lakk_meeshaa (Oromo 'device number')"),
            "galmee": [
                {
                    "chaanaalii": ch,
                    "jalqaba": iso(c),
                    "yeroo_daqiiqaa": c.rng.randint(2, 95),
                }
                for ch in c.rng.sample(CHANNELS, 2)
            ],
        }
    )
    b.no_content()
    return b.build()


def tuning_protobuf(c: Context) -> Flow:
    b = _tv(c, "POST", f"{API}/tv/v1/t")
    b.view("protobuf fields 2/3/4 (channel slug, start ms, seconds): no names", detectable=False)
    b.id("tv_install", how="protobuf", where="protobuf field 1 (TV install id)", detectable=False)
    body = (
        pb_bytes(1, c.phone.tv_install)
        + pb_bytes(2, c.rng.choice(CHANNELS))
        + pb_varint(3, ms(c))
        + pb_varint(4, c.rng.randint(60, 5000))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def phone_heartbeat(c: Context) -> Flow:
    b = FB(c, "abaytv", "POST", f"{API}/app/v2/heartbeat")
    b.header("user-agent", ua("AbayTV", "4.0.8"))
    b.view("json event=live_heartbeat channel watched_sec")
    b.json(
        {
            "device_id": b.id("aid_live", where="json device_id"),
            "event": "live_heartbeat",
            "channel": c.rng.choice(CHANNELS),
            "watched_sec": c.rng.choice([30, 60, 90, 120]),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "abaytv", "GET", f"{API}/app/v2/epg?channel={c.rng.choice(CHANNELS)}&date=today")
    b.header("user-agent", ua("AbayTV", "4.0.8"))
    b.decoy("programme guide with start times and durations: a schedule, nobody's viewing")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "duration_min": 30}
                for t in ["ዜና", "Oduu", "ስፖርት", "Documentary"]
            ]
        }
    )
    return b.build()


def lobby_playout(c: Context) -> Flow:
    b = FB(c, "abaytv", "GET", f"{API}/app/v2/lobby-screens/playout?site=bole")
    b.header("user-agent", ua("AbayTV", "4.0.8"))
    b.decoy("the station's lobby-screen playout log: a business's proof-of-play, not a person's")
    b.ok_json({"screen": "bole-lobby-2", "played": [{"spot": "ad-114", "at": iso(c), "sec": 30}]})
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", f"{API}/tv/v1/register")
    b.json(
        {
            "serial_number": b.id("tv_serial", where="json serial_number"),
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "install_id": b.id("tv_install", where="json install_id"),
            "model": "55A6K",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
