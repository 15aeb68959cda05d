"""BoxTV: a satellite / IPTV decoder (Polsat Box / Canal+ box-like) in the
Warsaw living room.

The box activates with its Ethernet MAC, the serial on its sticker and the
operator's STB id; every call carries the serial in a header. It logs channel
zapping with watch time (`kanal`, `czas_oglądania` with a Polish letter,
`poczatek`) to the operator, and an older firmware sends a quality probe of
positional fields in the query (the MAC without separators, the channel number
and the seconds on it). The EPG, the channel list and the firmware check are
content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

API = "https://stb.boxtv-operator.example"
UA = "BoxTV-STB/3.9.2 (Linux; ST40; BX-4K-200)"
KANALY = [
    "TVP1",
    "TVP2",
    "Polsat",
    "TVN",
    "TVN24",
    "Polsat News",
    "Canal+ Sport",
    "Eleven Sports 1",
]


def _b(c: Context, method: str, url: str, serial: bool = True) -> FB:
    b = FB(c, "boxtv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if serial:
        b.header("x-stb-serial", b.id("box_serial", where="header x-stb-serial"))
    return b


def aktywacja(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/stb/aktywacja", serial=False)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "numerSeryjny": b.id("box_serial", where="json numerSeryjny"),
            "stbId": b.id("box_stb_id", where="json stbId"),
            "model": "BX-4K-200",
            "firmware": "3.9.2",
        }
    )
    b.ok_json({"token": b.acct("box_token"), "pakiet": "Familijny HD"})
    return b.build()


def zapping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/stb/statystyki/ogladanie")
    b.view("json kanal + czas_oglądania + poczatek")
    b.json(
        {
            "zdarzenia": [
                {
                    "kanal": c.rng.choice(KANALY),
                    "poczatek": iso(c),
                    "czas_oglądania": c.rng.randint(20, 5400),
                    "zrodlo": c.rng.choice(["DVB-S2", "IPTV"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    b.no_content()
    return b.build()


def qos_probe(c: Context) -> Flow:
    """Old firmware: q?a=<MAC no separators>&b=<channel no>&c=<seconds>&d=<ts>."""
    b = _b(c, "GET", f"{API}/q", serial=False)
    b.params += [
        ("a", b.id("box_mac", "nosep_upper", "query a", detectable=False)),
        ("b", str(c.rng.randint(1, 120))),
        ("c", str(c.rng.randint(30, 3600))),
        ("d", str(ms(c) // 1000)),
    ]
    b.view("query b/c (channel number, seconds on it)", detectable=False)
    b.no_content()
    return b.build()


def nagrania(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/stb/nagrania/zaplanowane")
    b.decoy("scheduled recordings list (future programmes, not watched)")
    b.ok_json(
        {
            "nagrania": [
                {"kanal": c.rng.choice(KANALY), "tytul": "Mecz Ekstraklasy", "start": iso(c)}
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/epg?kanal={c.rng.randint(1, 120)}&dzien=0")
    b.decoy("EPG start times and durations")
    b.ok_json(
        {
            "audycje": [
                {"tytul": t, "start": iso(c), "czasTrwania": c.rng.choice([30, 45, 60])}
                for t in ("Wiadomości", "Fakty", "M jak miłość", "Sport")
            ]
        }
    )
    return b.build()


def lista_kanalow(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kanaly?pakiet=familijny")
    b.ok_json({"kanaly": [{"nr": i + 1, "nazwa": k} for i, k in enumerate(KANALY)]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/firmware/sprawdz?model=BX-4K-200&wersja=3.9.2")
    b.decoy("firmware build hash")
    b.ok_json({"aktualna": True, "build": new_hex(c.rng, 40), "wydanie": rid(c.rng)})
    return b.build()
