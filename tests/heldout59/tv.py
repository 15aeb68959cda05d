"""The TCL Google TV in the living room in São Paulo.

- The TV maker's content-recognition service (the "viewing information" of
  smart-TV ACR as the FTC described it in FTC v. VIZIO, 2017): the TV posts
  audio/video fingerprints to `/acr/v1/fingerprints` and the matched programme
  list (canal, programa, início, duração) to `/acr/v1/matches`, with its serial
  and Wi-Fi MAC. A third report is a bare gzip blob with no keys.
- A FAST-channel app on the TV asks Google Ad Manager for ads through the IMA
  SDK: GET pubads.g.doubleclick.net/gampad/ads with `rdid`, `idtype=adid`,
  `is_lat` (Google Ad Manager "VAST ad tag URL parameters", support.google.com
  /admanager/answer/10678356), carrying the TV's own advertising id.
- The TV's check-in and the launcher's rows are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, rid

ACR = "https://acr-br.tcl-smarttv.com"
UA = "Mozilla/5.0 (Linux; Android 12; Smart TV 55C735 Build/STT1.230323.001) TCLTV/5.2"
CANAIS = ["Globo", "SBT", "Record", "Band", "Netflix", "YouTube", "Globoplay"]
PROGRAMAS = ["Jornal Nacional", "Domingão com Huck", "Programa do Ratinho", "Round 6"]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def acr_fingerprints(c: Context) -> Flow:
    b = _b(c, "tcl-acr", "POST", f"{ACR}/acr/v1/fingerprints")
    b.view("json fingerprints[] of on-screen content (ACR)")
    b.json(
        {
            "sn": b.id("tv_serial", where="json sn"),
            "fingerprints": [
                {"t": ms(c) + i * 500, "a": new_hex(c.rng, 16), "v": new_hex(c.rng, 24)}
                for i in range(6)
            ],
            "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
        },
        encoding="gzip",
    )
    b.ok_json({"accepted": 6})
    return b.build()


def acr_matches(c: Context) -> Flow:
    b = _b(c, "tcl-acr", "POST", f"{ACR}/acr/v1/matches")
    b.view("json matches[] canal/programa/inicio/duracao")
    b.json(
        {
            "mac": b.id("tv_mac", where="json mac"),
            "matches": [
                {
                    "canal": c.rng.choice(CANAIS),
                    "programa": c.rng.choice(PROGRAMAS),
                    "inicio": iso(c),
                    "duracao": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_blob(c: Context) -> Flow:
    b = _b(c, "tcl-acr", "POST", f"{ACR}/r")
    b.view("gzip binary, no keys", detectable=False)
    b.set_body(
        gz(jsb([[c.rng.randint(1, 7), ms(c), c.rng.randint(60, 900)]])), "application/octet-stream"
    )
    b.no_content()
    return b.build()


def fast_ad(c: Context) -> Flow:
    b = _b(c, "ima-tv", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.param("iu", "/21775744923/fast_br/canal_novelas")
    b.param("sz", "1920x1080")
    b.param("env", "vp")
    b.param("output", "vast")
    b.param("rdid", b.id("tv_adid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("correlator", str(c.rng.randint(10**15, 10**16)))
    b.respond(200, "application/xml", b'<VAST version="4.0"/>')
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "tcl-tv", "POST", "https://api-br.tcl-smarttv.com/tv/v2/checkin")
    b.json(
        {
            "deviceSerial": b.id("tv_serial", where="json deviceSerial"),
            "wifiMac": b.id("tv_mac", how="upper", where="json wifiMac"),
            "firmware": "V8-R51MT05-LF1V412",
            "region": "BR",
        }
    )
    b.ok_json({"upgrade": False, "nonce": rid(c.rng)})
    return b.build()


def launcher_rows(c: Context) -> Flow:
    b = _b(c, "tcl-tv", "GET", "https://api-br.tcl-smarttv.com/launcher/v1/rows?lang=pt-BR")
    b.decoy("recommendation rows (catalogue)")
    b.ok_json({"rows": [{"title": p, "poster": rid(c.rng)} for p in PROGRAMAS]})
    return b.build()
