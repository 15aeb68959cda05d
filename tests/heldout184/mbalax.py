"""Sabar Sound: a mbalax, afro and Galsen hip-hop music app. Its API speaks
Wolof where the Dakar team found it natural: `woy` (song), `dégg` (listen),
`jeex` (finished), `waxtu` (time).

Listen reports and the "deggal ma" history are viewing history (listening); a
compact batch with numeric keys from the offline-sync worker is opaque. Charts
with play counts, lyrics and covers are not. AppsFlyer carries the advertising
id and its own uid.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.sabarsound.example"
UA = ua("SabarSound", "2.4.0")
TRACKS = [
    ("Youssou Ndour", "Birima"),
    ("Wally Seck", "Bouba Ndour"),
    ("Viviane Chidid", "Ndaanaan"),
    ("Pape Diouf", "Yaay Boy"),
    ("Dip Doundou Guiss", "Dokhandéme"),
    ("Ngaaka Blindé", "Wakh Dëgg"),
    ("Omar Pene", "Climat"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sabar-sound", method, url)
    b.header("user-agent", UA)
    return b


def _woy(c: Context) -> dict[str, object]:
    artist, title = c.rng.choice(TRACKS)
    return {"woy_id": f"w{c.rng.randint(10000, 99999)}", "tur": title, "artiste": artist}


def degg(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/degg")
    b.header("x-device", b.id("aid_mbalax", where="header x-device"))
    b.view("json woy + degg_sec + jeex (song listen report)")
    b.json(
        {
            "woy": _woy(c),
            "degg_sec": c.rng.randint(20, 320),
            "jeex": c.rng.random() < 0.6,
            "waxtu": iso(c),
            "jonge": c.rng.choice(["playlist", "album", "radio"]),
        }
    )
    b.no_content()
    return b.build()


def deggal_ma(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/man/deggal-ma?limit=20")
    b.view(
        "response json woy_yi_ma_degg[] with degg_waxtu (listening history)", direction="response"
    )
    b.ok_json(
        {
            "woy_yi_ma_degg": [
                {**_woy(c), "degg_waxtu": iso(c), "yoon": c.rng.randint(1, 9)} for _ in range(6)
            ]
        }
    )
    return b.build()


def sync_opaque(c: Context) -> Flow:
    """Offline-sync worker: rows {"1": track, "2": seconds, "3": epoch ms}."""
    b = _b(c, "POST", f"{API}/s1")
    b.view("json q[] numeric-keyed rows", detectable=False)
    rows = [
        {"1": c.rng.randint(10000, 99999), "2": c.rng.randint(20, 320), "3": ms(c)}
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"q": rows})
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=sn.sabarsound&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("mbalax_af_uid", where="json uid"),
            "appsflyerKey": "hK3pX9qLm2TzRv8WcY4aBn",
            "counter": str(c.rng.randint(2, 60)),
            "model": "TECNO CK7n",
            "brand": "TECNO",
            "lang": "français",
            "operator": "Orange SN",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/duggu")
    b.json(
        {
            "email": b.id("email", where="json email"),
            "mot_de_passe_hash": "$2b$10$" + rid(c.rng).replace("-", ""),
            "lakk": "wo",
        }
    )
    b.ok_json({"jeton": rid(c.rng), "user": b.acct("mbalax_user")})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?dekk=dakar&semaine=48")
    b.decoy("weekly chart with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "top": [
                {**_woy(c), "nb_ecoutes": c.rng.randint(5000, 900000), "rang": i}
                for i in range(1, 21)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    artist, title = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v1/baat?woy=w{c.rng.randint(10000, 99999)}")
    b.decoy("synchronised lyrics with timestamps (content, not listening)")
    b.ok_json(
        {
            "tur": title,
            "artiste": artist,
            "lignes": [{"t_ms": i * 4200, "txt": "Sama gaal gi, sama gaal gi"} for i in range(6)],
        }
    )
    return b.build()


def stream_file(c: Context) -> Flow:
    b = FB(c, "sabar-sound", "GET", f"https://cdn.sabarsound.example/a/{rid(c.rng)}.m4a")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
