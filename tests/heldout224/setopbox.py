"""The cable operator's set-top box in the Budapest living room (a fictional
Kábelnet operator; a Horizon-class DVB-C hybrid box with IP middleware).

The box logs in to the middleware with its serial, its Ethernet MAC and the
conditional-access (CA) card number; every middleware call carries the CA
number in a header. When a channel starts, the box reports the tune event
(`csatornavaltas` with `csatornaId`, `csatornaNev`, `kezdes`) and, on leaving
it, the seconds watched. Return-path data (RPD) for audience measurement is a
binary protobuf with the CA number and rows of [channel, seconds, ts], no
field names. The EPG, the on-demand catalogue and the firmware check are
content / housekeeping (the firmware check names the serial).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

MW = "https://mw.kabelnet.example/stb/v3"
RPD = "https://rpd.kabelnet.example/gyujto"
UA = "KabelnetSTB/5.18.2 (Linux; DVB-C; KN-HZ4)"
CSATORNAK = [
    (101, "M1 HD"),
    (102, "Duna HD"),
    (103, "RTL HD"),
    (104, "TV2 HD"),
    (105, "M4 Sport HD"),
    (106, "Viasat3"),
    (107, "Film Café"),
    (108, "Spektrum"),
    (109, "Minimax"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kabelnet-stb", method, f"{MW}/{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-ca-kartya", b.id("stb_ca_id", where="header x-ca-kartya"))
    return b


def bejelentkezes(c: Context) -> Flow:
    b = _b(c, "POST", "eszkoz/bejelentkezes")
    b.json(
        {
            "sorozatszam": b.id("stb_serial", where="json sorozatszam"),
            "macCim": b.id("stb_mac", where="json macCim"),
            "caKartya": b.id("stb_ca_id", where="json caKartya"),
            "tipus": "KN-HZ4",
            "firmware": "5.18.2",
            "elofizeto": b.acct("stb_subscriber"),
        }
    )
    b.ok_json({"munkamenet": new_hex(c.rng, 32), "regio": "BP-DEL"})
    return b.build()


def csatornavaltas(c: Context) -> Flow:
    ch, name = c.rng.choice(CSATORNAK)
    b = _b(c, "POST", "nezettseg/csatornavaltas")
    b.view("json csatornaId/csatornaNev + nezettMasodperc (channel watched)")
    b.json(
        {
            "csatornaId": ch,
            "csatornaNev": name,
            "kezdes": iso(c),
            "nezettMasodperc": c.rng.randint(5, 5400),
            "elozoCsatorna": c.rng.choice(CSATORNAK)[0],
        }
    )
    b.no_content()
    return b.build()


def rpd_opaque(c: Context) -> Flow:
    b = FB(c, "kabelnet-rpd", "POST", RPD, http_version="HTTP/1.1")
    b.header("user-agent", "rpd-agent/1.2")
    ca = b.id("stb_ca_id", "protobuf", "protobuf field 1", detectable=False)
    b.view("protobuf field 3 rows", detectable=False)
    rows = b"".join(
        pb_msg(
            3,
            [
                pb_varint(1, c.rng.choice(CSATORNAK)[0]),
                pb_varint(2, c.rng.randint(5, 3600)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    )
    b.set_body(pb_bytes(1, ca) + pb_varint(2, 7) + rows, "application/x-protobuf")
    b.respond(204, None)
    return b.build()


def musorujsag(c: Context) -> Flow:
    ch, _ = c.rng.choice(CSATORNAK)
    b = _b(c, "GET", f"epg?csatorna={ch}&nap=0")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "musorok": [
                {"cim": n, "kezdes": t0 + i * 3600, "idotartam": 3600, "csatornaId": ch}
                for i, n in enumerate(["Híradó", "Magyar népmesék", "Film", "Sporthírek"])
            ]
        }
    )
    return b.build()


def csatornalista(c: Context) -> Flow:
    b = _b(c, "GET", "csatornak?csomag=alap")
    b.decoy("channel line-up (catalogue)")
    b.ok_json({"csatornak": [{"id": i, "nev": n, "sorszam": i - 100} for i, n in CSATORNAK]})
    return b.build()


def vod_katalogus(c: Context) -> Flow:
    b = _b(c, "GET", "vod/katalogus?mufaj=film&oldal=1")
    b.decoy("on-demand catalogue with durations (content fetch)")
    b.ok_json(
        {
            "filmek": [
                {"id": f"vod{c.rng.randint(1000, 9999)}", "cim": t, "hossz": c.rng.randint(80, 150)}
                for t in ("Valami Amerika", "Kontroll", "Hab", "Saul fia")
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "kabelnet-stb", "GET", "https://fw.kabelnet.example/frissites/ellenorzes")
    b.header("user-agent", UA)
    b.param("tipus", "KN-HZ4")
    b.param("sorozatszam", b.id("stb_serial", where="query sorozatszam"))
    b.param("verzio", "5.18.2")
    b.ok_json({"ujVerzio": None, "ellenorizve": iso(c)})
    return b.build()


def eletjel(c: Context) -> Flow:
    b = _b(c, "GET", "eletjel")
    b.ok_json({"ok": True, "uzenetek": 0})
    return b.build()
