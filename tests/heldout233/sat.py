"""The free-to-air satellite receiver in the Addis living room (a fictional
"Gojo" DVB-S2 box tuned to Nilesat 7°W and Ethiosat 57°E, where EBS, Kana,
Fana and EBC are broadcast), with the maker's online add-ons.

The box checks firmware with its serial and Ethernet MAC, syncs the channel
list and the EPG (content), and, with "help improve" on, uploads a zapping /
viewing log of channel and seconds per programme. An older firmware sends the
log as a hex-packed blob of fixed-size records and identifies itself with an
MD5 of the MAC. The conditional-access card number is a subscription card,
not the box.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

API = "http://api.gojo-sat.example"
UA = "GojoSat/2.3.7 (DVB-S2; HW GJ-4K-V2)"
CHANNELS = [
    ("EBS", 11305),
    ("Kana TV", 11258),
    ("Fana TV", 11555),
    ("EBC 1", 11595),
    ("OBN", 11555),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gojo-sat", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fw/check")
    b.param("sn", b.id("sat_serial", where="query sn"))
    b.param("mac", b.id("sat_mac", "nosep_upper", "query mac"))
    b.param("hw", "GJ-4K-V2")
    b.param("ver", "2.3.7")
    b.ok_json({"latest": "2.3.7", "update": False, "sha256": new_hex(c.rng, 64)})
    return b.build()


def activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/activate")
    b.json(
        {
            "serialNo": b.id("sat_serial", where="json serialNo"),
            "ethMac": b.id("sat_mac", where="json ethMac"),
            "caCardNo": b.acct("sat_ca_card"),
            "region": "ET-AA",
        }
    )
    b.ok_json({"activated": True})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stats/viewing")
    b.header("x-device-serial", b.id("sat_serial", where="header x-device-serial"))
    b.view("json viewing[] channel/programme/seconds")
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        ch, freq = c.rng.choice(CHANNELS)
        rows.append(
            {
                "channel": ch,
                "frequency": freq,
                "programme": c.rng.choice(["Zena", "Dana", "Seifu on EBS", "Kana Drama"]),
                "start": iso(c),
                "seconds": c.rng.randint(60, 5400),
            }
        )
    b.json({"viewing": rows})
    b.ok_json({"ok": 1})
    return b.build()


def watch_log_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s2")
    b.view("hex blob of fixed records (service id, start, seconds)", detectable=False)
    recs = "".join(
        f"{c.rng.randint(1, 60):04x}{ms(c) // 1000:08x}{c.rng.randint(60, 5400):04x}"
        for _ in range(c.rng.randint(2, 5))
    )
    b.form([("i", b.id("sat_mac", "md5", "form i", detectable=False)), ("d", recs)])
    b.ok_json({"ok": 1})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/channels/list?sat=nilesat,ethiosat")
    b.ok_json(
        {
            "channels": [
                {"name": n, "freq": f, "pol": "H", "sr": 27500, "sid": i + 1}
                for i, (n, f) in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/epg?channel={ch.replace(' ', '%20')}")
    b.decoy("EPG programme times and durations (content)")
    b.ok_json(
        {
            "programmes": [
                {"title": t, "start": iso(c), "duration": c.rng.choice([30, 60, 90])}
                for t in ("Zena", "Dana", "Sport", "Documentary")
            ]
        }
    )
    return b.build()


def weather_addon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/addons/weather?city=Addis%20Ababa")
    b.ok_json({"city": "Addis Ababa", "temp": c.rng.randint(12, 26), "sky": "cloudy"})
    return b.build()
