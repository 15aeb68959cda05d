"""Orin Wa: a fuji / juju / gospel music and radio app (the mother's Tecno in
Ibadan).

Plays are reported to the backend (`gbigbo` = listening: `orin_id`, `akole`,
`olorin` = artist, `iseju_aaya` = seconds); radio listening sessions name the
station and the minutes; "recently played" comes back in a response. A compact
batch sends positional rows only. The app registers its install id with the
ANDROID_ID; the ad config call carries the advertising id. Now-playing
metadata, the charts, lyrics and audio chunks are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.orinwa.example"
UA = ua("OrinWa", "2.6.1", "iya")
ORIN = [
    ("o11", "Fuji Garbage", "Ayinde Barrister"),
    ("o12", "Sound of Fuji", "Wasiu Ayinde (K1 De Ultimate)"),
    ("o13", "Ja Funmi", "King Sunny Adé"),
    ("o14", "Ariya", "Ebenezer Obey"),
    ("o15", "Èrè Ọ̀run", "Tope Alabi"),
    ("o16", "Olúwa Ńbẹ", "Bukola Bekes"),
    ("o17", "Ore Ofe", "Yinka Ayefele"),
]
REDIO = ["Fresh FM Ibadan", "Splash FM", "Bond FM", "Amuludun FM", "Oyo State Radio (OYSBC)"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "orinwa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-fifisori-id", b.id("orin_install", where="header x-fifisori-id"))
    return b


def forukosile(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/ero/forukosile", device=False)
    b.json(
        {
            "fifisori_id": b.id("orin_install", where="json fifisori_id"),
            "android_id": b.id("aid_orin", where="json android_id"),
            "awose": "TECNO CK6n",
            "ede": "yo",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ipolowo/eto")
    b.param("gaid", b.id("gaid_iya", where="query gaid"))
    b.param("ibi", "ibadan")
    b.ok_json({"interstitial_every": 4, "banner": True})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/e", device=False)
    b.form(
        [
            ("a", "ng.orinwa.app"),
            ("h", b.id("aid_orin", "sha256", "form h", detectable=False)),
            ("v", "2.6.1"),
        ]
    )
    b.ok_json({"f": {"lyrics": True, "hi_fi": False}})
    return b.build()


def gbigbo(c: Context) -> Flow:
    oid, title, artist = c.rng.choice(ORIN)
    b = _b(c, "POST", f"{API}/v3/gbigbo")
    b.view("json orin_id/akole/olorin/iseju_aaya (song played)")
    b.json(
        {
            "orin_id": oid,
            "akole": title,
            "olorin": artist,
            "iseju_aaya": c.rng.randint(20, 420),
            "parí": c.rng.random() < 0.6,
            "igba": iso(c),
        }
    )
    b.no_content()
    return b.build()


def redio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/redio/igba-gbigbo")
    b.view("json ileese_redio + iseju (radio listening)")
    b.json(
        {
            "ileese_redio": c.rng.choice(REDIO),
            "iseju": c.rng.randint(5, 180),
            "bere": iso(c),
        }
    )
    b.no_content()
    return b.build()


def eyi_to_kehin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/olumulo/eyi-ti-mo-gbo-kehin")
    b.view("response json ti_o_gbo_kehin[] (recently played)", direction="response")
    b.ok_json(
        {
            "ti_o_gbo_kehin": [
                {"orin_id": o, "akole": t, "olorin": a, "igba": iso(c)}
                for o, t, a in c.rng.sample(ORIN, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b", device=False)
    b.view("json e[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(ORIN)[0][1:]), c.rng.randint(20, 420), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"e": rows}, "gzip")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(REDIO)
    b = _b(c, "GET", f"{API}/v3/redio/ohun-to-n-lo?ileese={st.split()[0].lower()}", device=False)
    b.decoy("station's now-playing metadata (content fetch)")
    _oid, title, artist = c.rng.choice(ORIN)
    b.ok_json({"ileese_redio": st, "akole": title, "olorin": artist, "bere": iso(c)})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    oid = c.rng.choice(ORIN)[0]
    b = FB(c, "orinwa", "GET", f"https://cdn.orinwa.example/a/{oid}/{c.rng.randint(1, 40)}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def ate_orin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/ate-orin?iru=fuji", device=False)
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "ate": [
                {"ipo": i + 1, "akole": t, "olorin": a, "iye_gbigbo": c.rng.randint(10**3, 10**6)}
                for i, (_o, t, a) in enumerate(ORIN)
            ]
        }
    )
    return b.build()


def oro_orin(c: Context) -> Flow:
    oid, title, _ = c.rng.choice(ORIN)
    b = _b(c, "GET", f"{API}/v3/oro-orin/{oid}", device=False)
    b.ok_json({"akole": title, "ila": ["Ẹ ṣé o, Olúwa", "Ọpẹ́ ni fún ọ"]})
    return b.build()
