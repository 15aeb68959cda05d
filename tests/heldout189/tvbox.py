"""Tikls TV: a Latvian/Lithuanian telco's IPTV set-top box and its phone remote.

The family bought the box (it is theirs, not rented: its serial and MAC are the
household's device identifiers). The box logs live-channel tuning
(`kanala_parslegsana`: channel, from, seconds) and the phone app shows
"skatitais" (watched) recordings. The box's old middleware sends tuning rows as
comma-separated numbers under `q`. The EPG, channel list and the telco's
public-screen playout (the shop window TVs) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

MW = "https://mw.tikls-tv.example"
STB_UA = "TiklsSTB/11.4 (Linux; Android TV 12; KSTB6077)"
KANALI = ["LTV1", "LTV7", "TV3", "LNT", "LRT TV", "TV3 Sport", "Первый Балтийский", "Eurosport 1"]


def _stb(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tikls-stb", method, url)
    b.header("user-agent", STB_UA)
    return b


def parslegsana(c: Context) -> Flow:
    b = _stb(c, "POST", f"{MW}/stb/v3/kanala-parslegsana")
    b.view("json parslegsanas[] (kanals, no, skatits_s)")
    b.json(
        {
            "stb_serija": b.id("stb_serial", where="json stb_serija"),
            "parslegsanas": [
                {"kanals": c.rng.choice(KANALI), "no": iso(c), "skatits_s": c.rng.randint(5, 5400)}
                for _ in range(c.rng.randint(2, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def tuning_rows(c: Context) -> Flow:
    b = _stb(c, "GET", f"{MW}/l")
    b.view("query q = rows of numbers (channel index, epoch, seconds)", detectable=False)
    rows = [
        f"{c.rng.randint(1, 80)},{int(c.now) - c.rng.randint(0, 9000)},{c.rng.randint(5, 3600)}"
        for _ in range(3)
    ]
    b.param("q", ";".join(rows))
    b.param("m", b.id("stb_mac", "nosep", "query m (MAC without separators)", detectable=False))
    b.respond(200, "text/plain", b"OK")
    return b.build()


def skatitais(c: Context) -> Flow:
    b = FB(c, "tikls-app", "GET", f"{MW}/app/v2/ieraksti/skatitais")
    b.header("user-agent", "TiklsTV/6.0.3 (Android 14)")
    b.header("x-stb", b.id("stb_serial", where="header x-stb"))
    b.view("response json skatitais[] (raidijums, skatits_lidz_s)", direction="response")
    b.ok_json(
        {
            "skatitais": [
                {
                    "raidijums": r,
                    "kanals": c.rng.choice(KANALI),
                    "skatits_lidz_s": c.rng.randint(60, 3000),
                    "datums": iso(c),
                }
                for r in ("Panorāma", "Degpunktā", "Bez Tabu")
            ]
        }
    )
    return b.build()


def stb_boot(c: Context) -> Flow:
    b = _stb(c, "POST", f"{MW}/stb/v3/autentifikacija")
    b.json(
        {
            "serial": b.id("stb_serial", where="json serial"),
            "mac": b.id("stb_mac", where="json mac"),
            "firmware": "11.4.2",
            "ipasums": "klienta",
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "ttl": 86400})
    return b.build()


def stb_keepalive(c: Context) -> Flow:
    """Keepalive carrying SHA-256 (first 16 hex) of the serial under `h`."""
    b = _stb(c, "GET", f"{MW}/k")
    b.param("h", b.id("stb_serial", "sha256_trunc16", "query h", detectable=False))
    b.param("u", str(int(c.now)))
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _stb(c, "GET", f"{MW}/stb/v3/epg?kanals={c.rng.choice(KANALI)}")
    b.decoy("programme guide with start times and durations (content fetch)")
    b.ok_json(
        {
            "raidijumi": [
                {"nosaukums": f"Raidījums {i}", "sakums": iso(c), "ilgums_min": 30}
                for i in range(8)
            ]
        }
    )
    return b.build()


def kanali(c: Context) -> Flow:
    b = _stb(c, "GET", f"{MW}/stb/v3/kanali")
    b.ok_json(
        {"kanali": [{"nr": i + 1, "nosaukums": k, "hd": i % 2 == 0} for i, k in enumerate(KANALI)]}
    )
    return b.build()


def shop_screens(c: Context) -> Flow:
    b = FB(c, "tikls-app", "GET", f"{MW}/app/v2/veikali/ekrani")
    b.header("user-agent", "TiklsTV/6.0.3 (Android 14)")
    b.decoy(
        "telco shop-window screens: playout log and the screens' MACs (business's public "
        "equipment, not the family's device)"
    )
    b.ok_json(
        {
            "ekrani": [
                {
                    "veikals": v,
                    "ekrana_mac": "70:B3:D5:"
                    + ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(3)),
                    "atskanots": [{"klips": "promo_tv3", "no": iso(c)}],
                }
                for v in ("Origo", "Akropole")
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _stb(c, "GET", f"https://img.tikls-tv.example/epg/{c.rng.randint(1, 10**6)}.jpg")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def speedtest(c: Context) -> Flow:
    b = _stb(c, "GET", f"{MW}/stb/v3/diag?kbps={c.rng.randint(20000, 90000)}")
    b.ok_json({"jitter_ms": rf(c.rng, 0, 5, 2), "ts": ms(c)})
    return b.build()
