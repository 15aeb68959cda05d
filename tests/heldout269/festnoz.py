"""Festival Kan ar Bobl / Fest-noz Bras: ticketing, the public stage streams and
the gate scanners (all the festival's own).

Tickets are bought in the festival app (order number, QR payload); the gate
scanners (the festival's handhelds, serial and MAC) validate QR codes; the
stage cameras ("kamera leurenn") stream publicly in HLS, and the app fetches
the playlists and segments of the live stream everyone sees; a crowd counter
reports head counts per zone (counts, no faces); the programme lists bands
with start times on each stage ("leurenn"). Nothing here is a person's
viewing, a face or a person's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no

from .phone import FB, inst_mac, inst_serial, iso, ms, rf, rid

API = "https://api.festnoz-bras.example"
LIVE = "https://live.festnoz-bras.example"
BANDS = ["Startijenn", "Plantec", "Kalffa", "Ebel Elektrik", "Les Ramoneurs de Menhirs"]


def _b(c: Context, method: str, url: str, agent: str = "FestNoz/1.6 (Android 14)") -> FB:
    b = FB(c, "festnoz", method, url)
    b.header("user-agent", agent)
    return b


def tickets(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tikedennou/prenañ")
    b.decoy("ticket order number and QR payload")
    b.json({"seurt": "tremen-3-devezh", "niver": c.rng.randint(1, 4), "rid": rid(c.rng)})
    b.ok_json(
        {"urzh": order_no(c.rng), "qr": "FNB|" + new_hex(c.rng, 32), "priz": rf(c.rng, 20, 90, 2)}
    )
    return b.build()


def gate_scan(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dor/skan", agent="GateScanner/2.1 (Zebra TC21)")
    b.decoy("gate scanner serial/MAC (the festival's handheld) and ticket QR")
    b.json(
        {
            "skanner": {"sn": inst_serial(c.rng, "TC21"), "mac": inst_mac(c.rng)},
            "dor": c.rng.choice(["Dor A", "Dor B", "Dor ar Sevenadurioù"]),
            "qr": "FNB|" + new_hex(c.rng, 32),
            "amzer": iso(c),
        }
    )
    b.ok_json({"mat": True})
    return b.build()


def stage_playlist(c: Context) -> Flow:
    cam = c.rng.randint(1, 4)
    b = _b(
        c,
        "GET",
        f"{LIVE}/leurenn-{c.rng.randint(1, 3)}/kamera{cam}/index.m3u8",
        "ExoPlayerLib/2.19.1",
    )
    b.decoy("public stage camera live playlist (fetch)")
    seq = c.rng.randint(1000, 9000)
    text = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n" + "".join(
        f"#EXTINF:4.0,\nseg{seq + i}.ts\n" for i in range(3)
    )
    b.respond(
        200, "application/vnd.apple.mpegurl", (f"#EXT-X-MEDIA-SEQUENCE:{seq}\n" + text).encode()
    )
    return b.build()


def stage_segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{LIVE}/leurenn-{c.rng.randint(1, 3)}/kamera{c.rng.randint(1, 4)}"
        f"/seg{c.rng.randint(1000, 9000)}.ts",
        "ExoPlayerLib/2.19.1",
    )
    b.decoy("public stage camera segment (fetch)")
    b.respond(200, "video/mp2t", b"G@" + bytes(c.rng.getrandbits(8) for _ in range(600)))
    return b.build()


def crowd_count(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/engroez", agent="CrowdCounter/3.0")
    b.decoy("crowd head counts per zone from the stage cameras (counts, no faces)")
    b.json(
        {
            "kamera": f"leurenn-{c.rng.randint(1, 3)}-kamera{c.rng.randint(1, 4)}",
            "takadoù": {z: c.rng.randint(0, 3000) for z in ("dirak", "kreiz", "a-dreñv")},
            "stankter": rf(c.rng, 0, 4, 2),
            "amzer": iso(c),
        }
    )
    b.no_content()
    return b.build()


def programme(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/programm?deiz={c.rng.randint(1, 3)}")
    b.decoy("band programme with start times per stage")
    b.ok_json(
        {
            "leurennoù": [
                {"leurenn": f"Leurenn {i}", "strollad": band, "kregin": f"{20 + i}:30"}
                for i, band in enumerate(c.rng.sample(BANDS, 3))
            ]
        }
    )
    return b.build()


def bar_tokens(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/jetonoù", agent="CashlessTerm/1.2")
    b.decoy("cashless account top-up (account number)")
    b.json(
        {"kont": f"FNB-{c.rng.randint(10**6, 10**7)}", "sammad": rf(c.rng, 5, 50, 0), "t": ms(c)}
    )
    b.ok_json({"saldo": rf(c.rng, 0, 80, 2)})
    return b.build()
