"""A Polish public broadcaster's player: the phone app and the HbbTV app on the
Philips TV in the Lviv flat (the family keeps Polish channels on satellite).

The HbbTV red-button app logs each channel tuning with the TV's MAC (a live
channel tuning log: viewing history). The phone player reports progress with
Polish keys. The "Top 10 today" ranking and EPG are aggregates and schedules.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, TV_UA, iso, ms, rid, ua

API = "https://api.nadawca-publiczny.example"
HBB = "https://hbbtv.nadawca-publiczny.example"
UA = ua("NadawcaVOD", "3.9.0")
CHANNELS = ["kanal-1", "kanal-2", "info", "kultura", "historia", "polonia"]


def _phone(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nadawca", method, url)
    b.header("user-agent", UA)
    return b


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nadawca-hbbtv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", TV_UA)
    return b


def tuning_log(c: Context) -> Flow:
    b = _tv(c, "POST", f"{HBB}/stat/przelaczenia")
    mac = b.id("tv_mac", "nosep_upper", where="json tv.mac")
    b.view("json przelaczenia[].kanal + od + do (live tuning log)")
    start = ms(c) - 3_600_000
    b.json(
        {
            "tv": {"mac": mac, "producent": "Philips", "hbbtv": "1.5.1"},
            "przelaczenia": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "od": start + i * 600_000,
                    "do": start + (i + 1) * 600_000,
                }
                for i in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.no_content()
    return b.build()


def tuning_ping_opaque(c: Context) -> Flow:
    """The newer HbbTV build: channel number and seconds under one-letter keys."""
    b = _tv(c, "GET", f"{HBB}/p.gif")
    b.param("m", b.id("tv_mac", "md5", where="query m (md5 of MAC)", detectable=False))
    b.param("c", str(c.rng.randint(1, 12)))
    b.param("t", str(c.rng.randint(30, 3600)))
    b.param("z", str(ms(c)))
    b.view("query c + t (channel number, seconds, unnamed)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def epg(c: Context) -> Flow:
    b = _tv(c, "GET", f"{HBB}/epg/{c.rng.choice(CHANNELS)}/dzis.json")
    b.decoy("EPG schedule: programme start times and durations")
    b.ok_json(
        {
            "audycje": [
                {"tytul": f"Wiadomości {h}:00", "start": f"{h:02d}:00", "czas_trwania_min": 30}
                for h in range(6, 24, 3)
            ]
        }
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = _phone(c, "GET", f"{API}/v1/ranking/najchetniej-ogladane")
    b.decoy("most-watched ranking with viewer counts (aggregate over all viewers)")
    b.ok_json(
        {
            "ranking": [
                {"id": c.rng.randint(10**6, 10**7), "widzowie": c.rng.randint(10**4, 10**6)}
                for _ in range(10)
            ]
        }
    )
    return b.build()


def player_progress(c: Context) -> Flow:
    b = _phone(c, "POST", f"{API}/v1/player/postep")
    b.header("x-device", b.id("aid_pb", where="header x-device"))
    b.view("json material_id + postep_sek + stan")
    b.json(
        {
            "material_id": c.rng.randint(10**6, 10**7),
            "postep_sek": c.rng.randint(10, 3000),
            "stan": c.rng.choice(["odtwarzanie", "pauza", "koniec"]),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_token(c: Context) -> Flow:
    b = _phone(c, "GET", f"{API}/v1/live/{c.rng.choice(CHANNELS)}/token")
    b.decoy("stream token for a live channel (fetching the stream, not a report)")
    b.ok_json({"url": f"https://live.nadawca-publiczny.example/{rid(c.rng)}/index.m3u8"})
    return b.build()
