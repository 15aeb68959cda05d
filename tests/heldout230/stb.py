"""The cable operator's set-top box in Bucharest (a fictional CabluNet HD box on
the operator's IPTV / hybrid-DVB middleware).

The box boots against the middleware with its MAC, serial and the
conditional-access smart card number (`nrCardCA`), then keeps a session
token. Channel changes are logged to the operator's audience service
(`jurnal/zapping`: channel, start, seconds), and the recordings list
(`inregistrari`) comes back with what was recorded and how far it was watched.
The return-path audience probe of the older firmware sends rows
[channel, s, ts] keyed by an MD5 of the MAC. The channel list, the EPG, the
stream URL fetch and the firmware check are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

MW = "https://mw.cablunet.example/stb/v2"
AUD = "https://audienta.cablunet.example/v1"
UA = "CabluNetSTB/5.3.2 (Linux; STB HD-4200; Broadcom BCM7271)"
CANALE = [
    (101, "TVR 1"),
    (102, "PRO TV"),
    (103, "Antena 1"),
    (104, "Kanal D"),
    (110, "Digi24"),
    (131, "Digi Sport 1"),
    (145, "Prima TV"),
    (160, "National TV"),
]


def _b(c: Context, method: str, url: str, mac: bool = True) -> FB:
    b = FB(c, "cablunet-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if mac:
        b.header("x-stb-mac", b.id("stb_mac", where="header x-stb-mac"))
    return b


def boot(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/pornire", mac=False)
    b.json(
        {
            "adresaMac": b.id("stb_mac", where="json adresaMac"),
            "numarSerie": b.id("stb_serial", where="json numarSerie"),
            "nrCardCA": b.id("stb_ca_card", where="json nrCardCA"),
            "model": "HD-4200",
            "firmware": "5.3.2",
        }
    )
    b.ok_json({"abonat": b.acct("stb_account"), "token": new_hex(c.rng, 32), "regiune": "B"})
    return b.build()


def zapping(c: Context) -> Flow:
    ch, name = c.rng.choice(CANALE)
    b = _b(c, "POST", f"{AUD}/jurnal/zapping")
    b.view("json canal + secundeVizionate (channel change log)")
    b.json(
        {
            "idCanal": ch,
            "canal": name,
            "inceput": iso(c),
            "secundeVizionate": c.rng.randint(5, 3600),
            "sursa": c.rng.choice(["DVB-C", "IPTV"]),
        }
    )
    b.no_content()
    return b.build()


def inregistrari(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/inregistrari")
    b.view("response json inregistrari[] with pozitieVizionare", direction="response")
    _ch, name = c.rng.choice(CANALE)
    b.ok_json(
        {
            "inregistrari": [
                {
                    "titlu": t,
                    "canal": name,
                    "inregistratLa": iso(c),
                    "pozitieVizionare": c.rng.randint(0, 3000),
                    "durata": 3600,
                }
                for t in ("Las Fierbinți", "Vocea României")
            ]
        }
    )
    return b.build()


def sonda_audienta(c: Context) -> Flow:
    b = FB(c, "cablunet-audienta", "POST", f"{AUD}/p")
    b.header("user-agent", "cnprobe/2.0")
    key = b.id("stb_mac", "md5_of_nosep", "json i", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.choice(CANALE)[0], c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"i": key, "r": rows})
    b.no_content()
    return b.build()


def lista_canale(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/canale?pachet=extra")
    b.decoy("channel list (catalogue)")
    b.ok_json(
        {"canale": [{"id": ch, "nume": n, "pozitie": i + 1} for i, (ch, n) in enumerate(CANALE)]}
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CANALE)
    b = _b(c, "GET", f"{MW}/epg?canal={ch}&ore=6")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "programe": [
                {"titlu": n, "inceput": t0 + i * 3600, "durata": 3600}
                for i, n in enumerate(["Știri", "Film", "Sport", "Divertisment"])
            ]
        }
    )
    return b.build()


def link_flux(c: Context) -> Flow:
    ch, _ = c.rng.choice(CANALE)
    b = _b(c, "GET", f"{MW}/flux?canal={ch}")
    b.decoy("stream URL fetch for a channel (content fetch)")
    b.ok_json({"url": f"https://live.cablunet.example/{ch}/index.m3u8?t={new_hex(c.rng, 24)}"})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/firmware/verificare?versiune=5.3.2", mac=False)
    b.decoy("firmware image hash")
    b.ok_json({"actualizare": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
