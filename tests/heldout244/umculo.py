"""Umculo FM: a maskandi / amapiano / gospel music and radio app (the mother's
Samsung in Pietermaritzburg).

Plays reported to the backend (`okulalelwe` = what was listened to, `ingoma` =
song, `umculi` = artist, `imizuzwana` = seconds), radio listening sessions
(`isiteshi` = station, `isikhathi_lalela`), the "recently played" list, and a
batched positional upload of an older build. Device registration sends the
ANDROID_ID and the app's install id; the ad config call sends the advertising
id. Now-playing metadata of a station, charts, lyrics and audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, ua

API = "https://api.umculofm.example"
UA = ua("UmculoFM", "2.14.0", "mama")
IZINGOMA = [
    ("t101", "Ihhashi Elimhlophe", "Ingoma Yesizwe", "maskandi"),
    ("t102", "Mthandeni SK", "Ngiyabonga", "maskandi"),
    ("t103", "Khuzani", "Umshado", "maskandi"),
    ("t104", "Kabza De Small", "Khusela", "amapiano"),
    ("t105", "DJ Maphorisa", "Izolo", "amapiano"),
    ("t106", "Joyous Celebration", "Wenzile", "gospel"),
    ("t107", "Spirit of Praise", "Ngena Nawe", "gospel"),
    ("t108", "Benjamin Dube", "Nguwe Wedwa", "gospel"),
]
IZITESHI = ["Ukhozi FM", "Gagasi FM", "East Coast Radio", "Vuma FM", "Inanda FM"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "umculofm", method, url)
    b.header("user-agent", UA)
    b.header("x-umsebenzisi-id", b.acct("umculo_user"))
    if device:
        b.header("x-faka-id", b.id("umculo_install", where="header x-faka-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/idivayisi/bhalisa")
    b.json(
        {
            "androidId": b.id("aid_umculo", where="json androidId"),
            "installId": b.id("umculo_install", where="json installId"),
            "imodeli": "SM-A145F",
            "ulimi": "zu-ZA",
        }
    )
    b.ok_json({"bhalisiwe": True})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/izikhangiso/config")
    b.param("advertising_id", b.id("gaid_mama", where="query advertising_id"))
    b.param("limit_ad_tracking", "0")
    b.ok_json({"amaslot": ["pre_roll", "banner_home"], "ikhefu": 900})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/c")
    b.param("k", b.id("aid_umculo", "md5", "query k", detectable=False))
    b.ok_json({"f": [1, 0, 1], "t": ms(c)})
    return b.build()


def okulalelwe(c: Context) -> Flow:
    tid, artist, song, genre = c.rng.choice(IZINGOMA)
    b = _b(c, "POST", f"{API}/v1/okulalelwe", device=True)
    b.view("json ingoma/umculi/imizuzwana (song listened)")
    b.json(
        {
            "ingomaId": tid,
            "ingoma": song,
            "umculi": artist,
            "uhlobo": genre,
            "imizuzwana": c.rng.randint(20, 320),
            "iqediwe": c.rng.random() < 0.6,
            "isikhathi": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_session(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/umsakazo/iseshini", device=True)
    b.view("json isiteshi + isikhathi_lalela (radio listening session)")
    b.json(
        {
            "isiteshi": c.rng.choice(IZITESHI),
            "iqale": iso(c),
            "isikhathi_lalela": c.rng.randint(300, 7200),
            "umthombo": c.rng.choice(["app", "android_auto", "bluetooth"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ezisanda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/umsebenzisi/ezisanda-kudlalwa")
    b.view("response json ezisanda[] (recently played)", direction="response")
    b.ok_json(
        {
            "ezisanda": [
                {"ingomaId": t, "ingoma": s, "umculi": a, "kudlalwe": iso(c)}
                for t, a, s, _ in c.rng.sample(IZINGOMA, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/b")
    b.view("gzip json p[] positional rows", detectable=False)
    rows = [[int(t[0][1:]), c.rng.randint(20, 320), ms(c)] for t in c.rng.sample(IZINGOMA, 3)]
    b.set_body(gz(jsb({"p": rows})), "application/octet-stream")
    b.no_content()
    return b.build()


def now_playing(c: Context) -> Flow:
    st = c.rng.choice(IZITESHI)
    b = _b(c, "GET", f"{API}/v1/umsakazo/okudlalayo?isiteshi={st.replace(' ', '+')}")
    b.decoy("station now-playing metadata (broadcast, not the listener's history)")
    _t, artist, song, _ = c.rng.choice(IZINGOMA)
    b.ok_json({"isiteshi": st, "ingoma": song, "umculi": artist, "iqale": iso(c)})
    return b.build()


def amashadi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/amashadi?uhlobo={c.rng.choice(['maskandi', 'amapiano'])}")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "ishadi": [
                {
                    "indawo": i + 1,
                    "ingoma": s,
                    "umculi": a,
                    "ukudlalwa": c.rng.randint(10**3, 10**6),
                }
                for i, (_t, a, s, _g) in enumerate(IZINGOMA)
            ]
        }
    )
    return b.build()


def amazwi(c: Context) -> Flow:
    tid, _a, song, _g = c.rng.choice(IZINGOMA)
    b = _b(c, "GET", f"{API}/v1/amazwi/{tid}")
    b.ok_json({"ingoma": song, "amazwi": "Ngiyabonga Baba, ngiyabonga...", "ulimi": "zu"})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "umculofm",
        "GET",
        f"https://stream.umculofm.example/{new_hex(c.rng, 12)}/128k/{c.rng.randint(1, 90)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
