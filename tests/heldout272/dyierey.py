"""Дьиэрэй: a throat-singing (хабарга ырыата / дьиэрэтии), khomus and olonkho
music app from Yakutsk on the mother's Redmi Note 13, with Buryat songs too.

Listening is reported in Sakha Cyrillic (`ырыа` song, `истибит_кэм` listened
time, `тэрил` device), in romanised Sakha on the olonkho chapters (`olonkho`,
`tuhee`, `kem`), and in Buryat for the Buryat catalogue (`дуун` song, `сай`
time). The "кэлин истибиттэрим" list comes back in a response. An obfuscated
batch hides rows in base64. Audio chunks, lyrics (`тыллара`), the top list
(aggregate plays), olonkho text and the radio's now-playing are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, ua

API = "https://api.dyierey.example"
CDN = "https://audio.dyierey.example"
UA = ua("Dyierey", "2.4.0", "iye")
YRYA = [
    ("y-101", "Хомус тойуга", "Иван Алексеев"),
    ("y-233", "Дьиэрэтии ырыа", "Степан Ефремов"),
    ("y-418", "Алгыс", "Саргылана Иванова"),
    ("b-077", "Баргажанай дуун", "Намгар"),
    ("b-150", "Хөөмэй Байгал", "Буряад хор"),
]
OLONKHO = ["nyurgun-bootur", "er-sogotokh", "kulun-kullustuur"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dyierey", method, url)
    b.header("user-agent", UA)
    return b


def audio_chunk(c: Context) -> Flow:
    k = c.rng.choice(YRYA)[0]
    b = _b(c, "GET", f"{CDN}/aac/{k}/{c.rng.randint(0, 40)}.aac")
    b.decoy("an audio chunk fetch")
    b.respond(200, "audio/aac", b"\xff\xf1" + c.rng.randbytes(500))
    return b.build()


def tyllara(c: Context) -> Flow:
    k, t, _ = c.rng.choice(YRYA)
    b = _b(c, "GET", f"{API}/v1/tyllara/{k}")
    b.decoy("song lyrics with line timings (song time, not listening time)")
    b.ok_json({"ырыа": t, "устуруокалар": [{"кэм": i * 4.5, "тыл": "…"} for i in range(4)]})
    return b.build()


def top(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?region=sakha")
    b.decoy("top list with aggregate play counts")
    b.ok_json(
        {"top": [{"ырыа": k, "истии_ахсаана": c.rng.randint(500, 90000)} for k, _, _ in YRYA]}
    )
    return b.build()


def olonkho_text(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/olonkho/{c.rng.choice(OLONKHO)}/tuhee/{c.rng.randint(1, 12)}")
    b.decoy("olonkho chapter text and its reading duration")
    b.ok_json({"tuhee": "…", "uhuna_sek": c.rng.randint(600, 2400)})
    return b.build()


def istii(c: Context) -> Flow:
    k, t, a = c.rng.choice(YRYA)
    b = _b(c, "POST", f"{API}/v1/istii")
    b.view("json ырыа / истибит_кэм / саҕаламмыт (song, listened seconds, start)")
    b.json(
        {
            "тэрил": b.id("aid_dyierey", where="json тэрил (ANDROID_ID)"),
            "ырыа": {"id": k, "аата": t, "толорооччу": a},
            "истибит_кэм": c.rng.randint(20, 320),
            "саҕаламмыт": iso(c),
        }
    )
    b.no_content()
    return b.build()


def olonkho_listen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/olonkho/istii")
    b.view("form olonkho / tuhee / kem (olonkho, chapter, listened seconds)")
    b.form(
        [
            ("teril", b.id("aid_dyierey", where="form teril")),
            ("olonkho", c.rng.choice(OLONKHO)),
            ("tuhee", str(c.rng.randint(1, 12))),
            ("kem", str(c.rng.randint(60, 2400))),
            ("bolgo", str(ms(c))),
        ]
    )
    b.ok_json({"kuolu": True})
    return b.build()


def buryat_duun(c: Context) -> Flow:
    k, t, _ = c.rng.choice(YRYA[3:])
    b = _b(c, "POST", f"{API}/v1/bxr/duun-shagnalga")
    b.view("json дуун / шагнаһан_сай (song, listened time) in Buryat")
    b.header("x-teril", b.id("dyierey_install", where="header x-teril (install id)"))
    b.json({"дуун": {"id": k, "нэрэ": t}, "шагнаһан_сай": c.rng.randint(20, 300), "үдэр": iso(c)})
    b.no_content()
    return b.build()


def keliin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/k%D1%8D%D0%BB%D0%B8%D0%B8%D0%BD")
    b.header("x-teril", b.id("dyierey_install", where="header x-teril (install id)"))
    b.view("response json кэлин_истибиттэрим[] (song, listened at)", direction="response")
    b.ok_json(
        {
            "кэлин_истибиттэрим": [
                {"ырыа": k, "истибит_кэмэ": iso(c), "хаста": c.rng.randint(1, 9)}
                for k, _, _ in c.rng.sample(YRYA, 3)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    rows = "|".join(f"{k}:{c.rng.randint(10, 300)}" for k, _, _ in c.rng.sample(YRYA, 3))
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("form z (base64 of song:seconds rows)", detectable=False)
    b.form([("z", b64(rows)), ("t", str(ms(c)))])
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/teril")
    b.json(
        {
            "android_id": b.id("aid_dyierey", where="json android_id"),
            "install_id": b.id("dyierey_install", where="json install_id"),
            "ad_id": b.id("gaid_iye", where="json ad_id (GAID)"),
        }
    )
    b.ok_json({"user": b.acct("dyierey_user")})
    return b.build()


def ads_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cfg")
    b.param("k", b.id("gaid_iye", "sha256", "query k (sha256 of GAID)", detectable=False))
    b.ok_json({"ads": False, "ttl": 3600})
    return b.build()
