"""Slukhai: a Ukrainian audiobook and podcast app on the mother's Pixel 8 in Lviv.

Keys are Ukrainian transliteration (`proslukhano` = listened, `knyha`,
`rozdil` = chapter, `epizod`, `pozytsiia`). Listening progress, finished
podcast episodes and the "recently listened" shelf carry what she listened to
and for how long; a batched sync packs [book, chapter, second, ts] rows under
a one-letter key. The app registers with its ANDROID_ID and advertising id
(audio ads), its ad config call puts the advertising id in the query, and the
licence check sends an MD5 of the ANDROID_ID under the form field `k`. The
catalogue, chapter lists with durations, charts with listen counts, search and
the audio chunks are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.slukhai.example"
UA = ua("Slukhai", "3.8.4", "mama")
KNYHY = [
    ("b501", "Intermezzo — Михайло Коцюбинський", 14),
    ("b517", "Тіні забутих предків", 11),
    ("b522", "Марія — Улас Самчук", 22),
    ("b538", "Felix Austria — Софія Андрухович", 19),
    ("b546", "Ворошиловград — Сергій Жадан", 24),
]
PODKASTY = [
    ("p11", "Історія без міфів"),
    ("p14", "Говоримо українською"),
    ("p19", "Гроші на каві"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "slukhai", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_audio", where="header x-device-id"))
    return b


def reiestratsiia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prystrii", device=False)
    b.json(
        {
            "androidId": b.id("aid_audio", where="json androidId"),
            "advertisingId": b.id("gaid_mama", where="json advertisingId"),
            "model": "Pixel 8",
            "mova": "uk",
            "misto": "Львів",
        }
    )
    b.ok_json({"ok": True, "korystuvach": b.acct("audio_user")})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/reklama/konfih", device=False)
    b.param("adid", b.id("gaid_mama", where="query adid"))
    b.param("placement", "audio_preroll")
    b.ok_json({"enabled": True, "freqCapMin": 20})
    return b.build()


def licence_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/l", device=False)
    b.form(
        [
            ("k", b.id("aid_audio", "md5", "form k", detectable=False)),
            ("v", "384"),
            ("t", str(ms(c))),
        ]
    )
    b.ok_json({"s": 1})
    return b.build()


def proslukhano(c: Context) -> Flow:
    bid, title, chapters = c.rng.choice(KNYHY)
    b = _b(c, "POST", f"{API}/v1/proslukhovuvannia/prohres")
    b.view("json knyhaId/rozdil/pozytsiia (listening progress)")
    b.json(
        {
            "knyhaId": bid,
            "nazva": title,
            "rozdil": c.rng.randint(1, chapters),
            "pozytsiiaSek": c.rng.randint(10, 3600),
            "shvydkist": c.rng.choice([1.0, 1.25, 1.5]),
            "chas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def epizod_zaversheno(c: Context) -> Flow:
    pid, title = c.rng.choice(PODKASTY)
    b = _b(c, "POST", f"{API}/v1/podkasty/{pid}/epizod-zaversheno")
    b.view("json epizod + proslukhanoSek (podcast episode finished)")
    b.json(
        {
            "podkast": title,
            "epizod": c.rng.randint(1, 120),
            "proslukhanoSek": c.rng.randint(900, 4200),
            "zaversheno": True,
            "chas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ostanni(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/polytsia/ostanni")
    b.view("response json ostanniProslukhani[] (recently listened)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        bid, title, chapters = c.rng.choice(KNYHY)
        rows.append(
            {
                "knyhaId": bid,
                "nazva": title,
                "rozdil": c.rng.randint(1, chapters),
                "proslukhanoVidsotkiv": c.rng.randint(3, 99),
                "ostanniiRaz": iso(c),
            }
        )
    b.ok_json({"ostanniProslukhani": rows})
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("json z[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(KNYHY)[0][1:]), c.rng.randint(1, 20), c.rng.randint(0, 3600), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"z": rows}, "gzip")
    b.no_content()
    return b.build()


def kataloh(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kataloh?zhanr=klasyka", device=False)
    b.decoy("book catalogue with durations (content fetch)")
    b.ok_json(
        {
            "knyhy": [
                {"knyhaId": bid, "nazva": t, "rozdiliv": n, "tryvalistKhv": n * 38}
                for bid, t, n in KNYHY
            ]
        }
    )
    return b.build()


def rozdily(c: Context) -> Flow:
    bid, title, n = c.rng.choice(KNYHY)
    b = _b(c, "GET", f"{API}/v1/knyhy/{bid}/rozdily", device=False)
    b.decoy("chapter list with durations (content fetch)")
    b.ok_json(
        {
            "nazva": title,
            "rozdily": [
                {"nomer": i + 1, "tryvalistSek": c.rng.randint(900, 3600)} for i in range(n)
            ],
        }
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?period=tyzhden", device=False)
    b.decoy("listen counts per title (aggregate)")
    b.ok_json(
        {"top": [{"nazva": t, "proslukhovuvan": c.rng.randint(1000, 90000)} for _, t, _ in KNYHY]}
    )
    return b.build()


def poshuk(c: Context) -> Flow:
    q = c.rng.choice(["жадан", "коцюбинський", "історія"])
    b = _b(c, "GET", f"{API}/v1/poshuk?q={quote(q)}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"rezultaty": [{"knyhaId": bid, "nazva": t} for bid, t, _ in KNYHY[:2]]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    bid = c.rng.choice(KNYHY)[0]
    b = FB(
        c,
        "slukhai",
        "GET",
        f"https://cdn.slukhai.example/a/{bid}/{new_hex(c.rng, 12)}/ch{c.rng.randint(1, 20)}.m4a",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
