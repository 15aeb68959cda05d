"""Sjón & Rás: the Faroese broadcaster's TV and radio app on the father's
Galaxy S24 in Tórshavn.

The backend speaks Faroese: `hyggja` (a viewing), `hugt` (watched), `eind`
(device), `tíð` (time), `støða` (position), `rás` (channel), `sending`
(programme), `lurtað` (listened). The player sends its
own heartbeat (`hjartaslag`) every 30 s naming the programme and the
position; the radio player reports `lurtað` seconds per channel; "halda
fram" (continue watching) and "søga" (history) answers list what the father
watched. A newer build packs `rás|sending|støða|tíð` rows into base64 under
`q`, the device id only as a SHA-256 in a terse header. The catalogue, the
EPG (`sendiskrá`), search, the most-watched list and HLS segments are
content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.sjonogras.example"
HB = "https://hb.sjonogras.example"
UA = ua("SjonOgRas", "4.8.2", "papi")
SENDINGAR = [
    ("s101", "Dagur og vika", 1500),
    ("s117", "Mikudagsløtan", 2700),
    ("s130", "Grindadráp – heimildarfilmur", 3300),
    ("s142", "Barnatími: Lítli Kjartan", 900),
    ("s155", "Ítróttur: Betri deildin", 5400),
    ("s168", "Jólakonsert í Norðurlandahúsinum", 4200),
]
RASIR = ["Sjón 1", "Sjón 2", "Rás 1", "Rás 2", "Rás Klassisk"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sjonogras", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _s(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(SENDINGAR)


def skraseta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/eind/skraseta")
    b.json(
        {
            "eind": {
                "android_id": b.id("aid_sjon", where="json eind.android_id"),
                "innlegging": b.id("sjon_install", where="json eind.innlegging (install id)"),
                "slag": "SM-S921B",
                "stýriskipan": "Android 14",
            },
            "brúkari": b.acct("sjon_user"),
            "mál": "fo",
        }
    )
    b.ok_json(
        {
            "skrásett": True,
            "eindId": b.id("sjon_install", where="response json eindId", direction="response"),
        }
    )
    return b.build()


def hjartaslag(c: Context) -> Flow:
    sid, heiti, longd = _s(c)
    b = _b(c, "POST", f"{HB}/v1/hjartaslag")
    b.view("json sending/støða/hugt_sek (player heartbeat)")
    b.json(
        {
            "eind": b.id("aid_sjon", where="json eind"),
            "sending": {"id": sid, "heiti": heiti, "longd": longd},
            "støða": c.rng.randint(0, longd),
            "hugt_sek": 30,
            "rás": c.rng.choice(RASIR[:2]),
            "tíð": iso(c),
        }
    )
    b.no_content()
    return b.build()


def beint_hyggja(c: Context) -> Flow:
    b = _b(c, "POST", f"{HB}/v1/beinleidis")
    b.view("json rás + hugt_sek + byrjaði (live channel viewing)")
    b.json(
        {
            "rás": c.rng.choice(RASIR[:2]),
            "hugt_sek": c.rng.choice([60, 120, 300]),
            "byrjaði": iso(c),
            "góðska": c.rng.choice(["720p", "1080p"]),
        }
    )
    b.ok_json({"interval": 60})
    return b.build()


def lurtad(c: Context) -> Flow:
    b = _b(c, "POST", f"{HB}/v1/utvarp/lurtad")
    b.view("form rás/lurtað_sek/tíð (radio listening)")
    b.form(
        [
            ("ras", c.rng.choice(RASIR[2:])),
            ("lurtað_sek", str(c.rng.choice([60, 300, 900]))),
            ("tíð", iso(c)),
            ("sending", c.rng.choice(["Morgunútvarpið", "Kvøldtónar", "Tíðindi"])),
        ]
    )
    b.no_content()
    return b.build()


def halda_fram(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/brukari/halda-fram?mest=10")
    b.view("response json haldaFram[] sending/støða (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, heiti, longd = _s(c)
        rows.append(
            {
                "sendingId": sid,
                "heiti": heiti,
                "støða": c.rng.randint(60, longd - 60),
                "longd": longd,
                "seinast_hugt": iso(c),
            }
        )
    b.ok_json({"haldaFram": rows})
    return b.build()


def soga(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/brukari/hyggjusoga?sida=1")
    b.view("response json hyggjusøga[] (watch history)", direction="response")
    b.ok_json(
        {
            "hyggjusøga": [
                {"sendingId": s, "heiti": h, "hugt": iso(c), "liðugt": c.rng.random() < 0.5}
                for s, h, _ in (_s(c) for _ in range(6))
            ]
        }
    )
    return b.build()


def kompakt(c: Context) -> Flow:
    """Build 4.8: rows `rás|sending|støða|tíð` in base64 under `q`, a hashed device header."""
    b = FB(c, "sjonogras", "POST", f"{HB}/k")
    b.header("user-agent", "sr/4")
    b.header("x-e", b.id("aid_sjon", "sha256", "header x-e", detectable=False))
    b.view("form q (base64 of |-separated rows)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        sid, _, longd = _s(c)
        rows.append(f"{c.rng.randint(1, 5)}|{sid[1:]}|{c.rng.randint(0, longd)}|{ms(c)}")
    b.form([("q", b64("\n".join(rows))), ("v", "2")])
    b.no_content()
    return b.build()


def eind_status(c: Context) -> Flow:
    """Token refresh; the device id only as SHA-256 in a header."""
    b = _b(c, "POST", f"{API}/v2/lykil/endurnyggja")
    b.header("x-e", b.id("aid_sjon", "sha256", "header x-e", detectable=False))
    b.decoy("refresh token and expiry")
    b.json({"refresh": new_hex(c.rng, 48)})
    b.ok_json({"lykil": new_hex(c.rng, 40), "gildir_til": ms(c) + 3600000})
    return b.build()


def skra(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/skra?bolkur=heimildarfilmar")
    b.decoy("catalogue with programme lengths (longd)")
    b.ok_json(
        {
            "sendingar": [
                {"id": s, "heiti": h, "longd": d, "mynd": f"/m/{s}.jpg"} for s, h, d in SENDINGAR
            ]
        }
    )
    return b.build()


def sendiskra(c: Context) -> Flow:
    ras = c.rng.choice(RASIR)
    b = _b(c, "GET", f"{API}/v2/sendiskra?" + urlencode({"ras": ras, "dagur": "i dag"}))
    b.decoy("EPG (sendiskrá): start times and lengths, a content fetch")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "rás": ras,
            "skrá": [
                {"heiti": h, "byrjar": t0 + i * 3600, "longd": d}
                for i, (_, h, d) in enumerate(SENDINGAR[:4])
            ],
        }
    )
    return b.build()


def mest_hugt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mest-hugt?skeid=7d")
    b.decoy("aggregate view counts over all viewers (hyggjarar)")
    b.ok_json(
        {"listi": [{"heiti": h, "hyggjarar": c.rng.randint(500, 30000)} for _, h, _ in SENDINGAR]}
    )
    return b.build()


def leita(c: Context) -> Flow:
    q = c.rng.choice(["grind", "fótbóltur", "jól", "barnatími"])
    b = _b(c, "GET", f"{API}/v2/leita?" + urlencode({"q": q}))
    b.decoy("search results (content fetch)")
    b.ok_json({"úrslit": [{"id": s, "heiti": h} for s, h, _ in SENDINGAR[:3]]})
    return b.build()


def hls(c: Context) -> Flow:
    sid = _s(c)[0]
    b = FB(
        c,
        "sjonogras",
        "GET",
        f"https://vod.sjonogras.example/{sid}/{new_hex(c.rng, 8)}/1080p/"
        f"seg_{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", c.rng.randbytes(376))
    return b.build()


def bodsending(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/frabodanir/evni")
    b.decoy("push topic subscription (no viewing)")
    b.json({"evni": ["tidindi", "itrottur"], "token": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
