"""The sitting room in Nairobi: a Zuku-like pay-TV box ("Kuona box") and a smart
TV with automatic content recognition (ACR).

The box authenticates to its operator's middleware with its MAC and serial in
the query (`mac`, `sn`), fetches the EPG and channel line-up, and reports
channel zapping (`chaneli`, `ilianza`, `sekunde`) in a play log; a watchdog call
carries the serial base64-encoded under `d`. The TV's ACR client posts
fingerprint matches with the recognised programme and the seconds watched, and
registers with its Wi-Fi MAC and serial (`psid` is the maker's install id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

BOX = "https://mw.kuonatv.example"
TV = "https://acr.skyview-tv.example"
CH = ["Citizen TV", "NTV", "KTN Home", "Zuku Sports", "Zuku Swahili", "Maisha Magic East"]
SHOWS = ["Nairobi Diaries", "Tahidi High", "Zora", "Bunge la Mwananchi", "Habari Saa Kumi"]
BOX_UA = "Mozilla/5.0 (Linux; Android 9; KB-4K) KuonaSTB/5.2"
TV_UA = "SkyViewTV/OS 6.1 (ACR 3.4)"


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kuona-box", method, url, http_version="HTTP/1.1")
    b.header("user-agent", BOX_UA)
    return b


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv-acr", method, url, http_version="HTTP/1.1")
    b.header("user-agent", TV_UA)
    return b


def box_auth(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stb/v2/auth")
    b.param("mac", b.id("box_mac", where="query mac"))
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("kadi", b.acct("box_smartcard"))
    b.ok_json({"token": new_hex(c.rng, 32), "muda": 86400})
    return b.build()


def box_playlog(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/stb/v2/playlog")
    b.view("json matukio[] chaneli/ilianza/sekunde (zapping log)")
    b.json(
        {
            "sn": b.id("box_serial", where="json sn"),
            "matukio": [
                {"chaneli": c.rng.choice(CH), "ilianza": iso(c), "sekunde": c.rng.randint(30, 3600)}
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.ok_json({"sawa": True})
    return b.build()


def box_watchdog(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stb/wd")
    b.param("d", b.id("box_serial", "b64", "query d", detectable=False))
    b.param("u", str(c.rng.randint(1000, 900000)))
    b.ok_json({"ok": 1})
    return b.build()


def box_epg(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stb/v2/epg?chaneli={c.rng.randint(1, 6)}&siku=1")
    b.decoy("EPG start times and durations (content fetch)")
    b.ok_json({"programu": [{"jina": s, "inaanza": iso(c), "dakika": 30} for s in SHOWS]})
    return b.build()


def box_channels(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stb/v2/chaneli")
    b.ok_json({"chaneli": [{"namba": i + 101, "jina": n} for i, n in enumerate(CH)]})
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TV}/v1/device/register")
    b.json(
        {
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "psid": b.id("tv_psid", where="json psid"),
            "model": "43S5400KE",
            "country": "KE",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TV}/v1/acr/matches")
    b.view("json matches[] programme + watchedSec (ACR)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "matches": [
                {
                    "programme": c.rng.choice(SHOWS),
                    "channel": c.rng.choice(CH),
                    "watchedSec": c.rng.randint(15, 900),
                    "matchedAt": iso(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TV}/v1/f")
    b.view("octet-stream of fingerprint hashes + content ids", detectable=False)
    data = b"".join(
        bytes.fromhex(new_hex(c.rng, 16)) + c.rng.randint(1, 99999).to_bytes(4, "big")
        for _ in range(4)
    )
    b.set_body(ms(c).to_bytes(8, "big") + data, "application/octet-stream")
    b.no_content()
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TV}/v1/status")
    b.param("mac", b.id("tv_mac", "nosep", "query mac"))
    b.param("fw", "6.1.0412")
    b.ok_json({"update": False})
    return b.build()


def tv_home(c: Context) -> Flow:
    b = _tv(c, "GET", "https://home.skyview-tv.example/v1/rails?region=KE")
    b.decoy("trending programmes with view counts")
    b.ok_json({"rails": [{"title": s, "views": c.rng.randint(1000, 500000)} for s in SHOWS]})
    return b.build()


def tv_remote(c: Context) -> Flow:
    b = _tv(c, "POST", "https://home.skyview-tv.example/v1/remote")
    b.json({"key": c.rng.choice(["VOL_UP", "CH_DOWN", "HOME", "OK"]), "req": rid(c.rng)})
    b.no_content()
    return b.build()
