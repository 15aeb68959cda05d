"""Clywed: a Welsh public broadcaster's player (iPhone) and radio, and its Tizen TV app.

The in-house team writes Welsh keys with their mutations (`safle`, `wedi_gwylio`,
`ei_ddyfais`, `hanes-gwylio`), the SDK layer English. The TV app reports playback
with the TV's serial and Wi-Fi MAC; Samsung's ad platform gets the TIFA.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, js

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.clywed.example"
UA = ios_ua("Clywed", "6.3.1")
TV_UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko)"
    " 94.0 TV Safari/537.36"
)
RHAGLENNI = ["Pobol y Cwm", "Y Gwyll", "Heno", "Rownd a Rownd", "Newyddion S4", "Sgorio"]
GORSAFOEDD = ["radio-cymru", "radio-cymru-2", "radio-wales"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "clywed", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "cy-GB,cy;q=0.9,en-GB;q=0.8")
    if device:
        b.header("x-clywed-dyfais", b.id("idfv_clywed", where="header x-clywed-dyfais"))
    return b


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "clywed-tizen", method, url, http_version="HTTP/1.1")
    b.header("user-agent", TV_UA)
    return b


def cynnydd_gwylio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/gwylio/cynnydd")
    b.view("json rhaglen_id + safle_eiliadau + wedi_gwylio")
    hyd = c.rng.randint(1500, 3600)
    b.json(
        {
            "rhaglen_id": f"p0{c.rng.randint(10000, 99999)}",
            "teitl": c.rng.choice(RHAGLENNI),
            "pennod": c.rng.randint(1, 40),
            "safle_eiliadau": c.rng.randint(10, hyd),
            "hyd_eiliadau": hyd,
            "wedi_gwylio": c.rng.random() < 0.2,
            "amser": iso(c),
        }
    )
    b.no_content()
    return b.build()


def parhau_i_wylio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/defnyddiwr/parhau-i-wylio?iaith=cy")
    b.header("authorization", "Bearer " + b.acct("clywed_user"))
    b.view("response json eitemau[].safle (continue watching)", direction="response")
    b.ok_json(
        {
            "eitemau": [
                {
                    "rhaglen_id": f"p0{c.rng.randint(10000, 99999)}",
                    "teitl": c.rng.choice(RHAGLENNI),
                    "safle": c.rng.randint(60, 2400),
                    "canran": c.rng.randint(3, 97),
                    "gwyliwyd_ddiwethaf": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def gwrando_radio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/radio/gwrando")
    b.view("json gorsaf + eiliadau_gwrando (radio listening heartbeat)")
    b.json(
        {
            "gorsaf": c.rng.choice(GORSAFOEDD),
            "digwyddiad": c.rng.choice(["chwarae", "saib", "curiad"]),
            "eiliadau_gwrando": c.rng.randint(30, 3600),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def curiad_cudd(c: Context) -> Flow:
    """The player's batched heartbeat: gzip then base64 under `d`, nothing readable."""
    b = _b(c, "POST", f"{API}/c", device=False)
    b.view("form d = base64(gzip(rows of programme, seconds, ts))", detectable=False)
    rows = [
        [f"p0{c.rng.randint(10000, 99999)}", c.rng.randint(0, 3000), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.form([("d", b64(gz(js(rows).encode()))), ("v", "3")])
    b.no_content()
    return b.build()


def tv_chwarae(c: Context) -> Flow:
    b = _tv(c, "POST", f"{API}/tv/v1/chwarae")
    b.view("json sianel + rhaglen + safle from the TV app")
    b.json(
        {
            "rhif_cyfresol": b.id("tv_serial", where="json rhif_cyfresol"),
            "mac": b.id("tv_mac", "lower", where="json mac"),
            "sianel": "S4C",
            "rhaglen": c.rng.choice(RHAGLENNI),
            "safle": c.rng.randint(0, 3000),
            "digwyddiad": c.rng.choice(["dechrau", "curiad", "diwedd"]),
        }
    )
    b.no_content()
    return b.build()


def tv_hysbyseb(c: Context) -> Flow:
    b = _tv(
        c,
        "GET",
        "https://config.samsungads.com/ads/v2/request?app=clywed&placement=preroll",
    )
    b.param("tifa", b.id("tifa", where="query tifa"))
    b.param("lmt", "0")
    b.ok_json({"ads": [], "ttl": 900})
    return b.build()


def tv_mewngofnodi(c: Context) -> Flow:
    b = _tv(c, "POST", f"{API}/tv/v1/dyfais/cofrestru")
    b.decoy("pairing code shown on the TV, short-lived")
    b.json(
        {
            "ei_ddyfais": {
                "rhif_cyfresol": b.id("tv_serial", where="json ei_ddyfais.rhif_cyfresol"),
                "model": "QE55Q80C",
                "mac_wifi": b.id("tv_mac", "nosep", where="json ei_ddyfais.mac_wifi"),
            },
            "cod_paru": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"statws": "iawn"})
    return b.build()


def catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalog/hafan?iaith=cy", device=False)
    b.decoy("catalogue rails with programme ids and durations (not viewing history)")
    b.ok_json(
        {
            "rheiliau": [
                {
                    "teitl": t,
                    "eitemau": [
                        {"rhaglen_id": f"p0{c.rng.randint(10000, 99999)}", "hyd": 1800}
                        for _ in range(4)
                    ],
                }
                for t in ("Poblogaidd", "Newydd", "Mwyaf gwylio'r wythnos")
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "clywed",
        "GET",
        f"https://ffrwd.clywed.example/vod/p0{c.rng.randint(10000, 99999)}/master.m3u8",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1280x720\n720.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def chwilio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/chwilio?q=rygbi&iaith=cy", device=False)
    b.decoy("search results (not viewing history)")
    b.ok_json({"canlyniadau": [{"rhaglen_id": rid(c.rng), "teitl": "Clwb Rygbi"}]})
    return b.build()
