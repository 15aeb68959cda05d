"""Mayselekh: a children's story-audio app on the family's Lenovo tablet in Brooklyn.

Keys are YIVO-romanised Yiddish: `mayse` = story, `gehert` = heard, `pozitsye`
= position, `lengd` = length, `kapitl` = chapter, `dertseyler` = narrator.
Listening progress and the "heard already" list go to the backend. Analytics is
Mixpanel (`POST api.mixpanel.com/track?ip=1`, form field `data` holding the JSON
event batch; an older build base64-encodes it; `properties.token`,
`distinct_id`, `$device_id`, `mp_lib`, https://developer.mixpanel.com/reference/
track-event), plus Firebase Installations. The player's pixel carries
story|second|ts in base64url. The story catalogue, covers, audio chunks and
search are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.mayselekh.example"
UA = ua("Mayselekh", "1.14.0", "kinder")
MP_TOKEN = "3f9a1c27be5d40e8a6f2c9d1b7e04a55"
MAYSES = [
    ("m210", "Der kleyner shnayder", "Malke Fridman", 780),
    ("m214", "Di zeyde's shofar", "Yankl Berkovits", 1020),
    ("m231", "Mendl un der lomp", "Malke Fridman", 640),
    ("m245", "A Shabes in Vilne", "Sore Kats", 1500),
    ("m252", "Der goldener fish", "Yankl Berkovits", 900),
    ("m260", "Chanike likhtlekh", "Sore Kats", 560),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mayselekh", method, url)
    b.header("user-agent", UA)
    b.header("x-familye", b.acct("mayse_family"))
    return b


def _m(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(MAYSES)


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/mashin")
    b.json(
        {
            "android_id": b.id("aid_mayse", where="json android_id"),
            "gaid": b.id("gaid_kinder", where="json gaid"),
            "firebase_fid": b.id("mayse_fid", where="json firebase_fid"),
            "modl": "TB-8506F",
            "kinder_modus": True,
        }
    )
    b.ok_json({"gut": True})
    return b.build()


def hern_fortshrit(c: Context) -> Flow:
    mid, nomen, dertseyler, lengd = _m(c)
    b = _b(c, "POST", f"{API}/v1/hern/fortshrit")
    b.view("json mayse_id/nomen/pozitsye_sek/lengd_sek (listening progress)")
    b.json(
        {
            "mayse_id": mid,
            "nomen": nomen,
            "dertseyler": dertseyler,
            "kapitl": c.rng.randint(1, 4),
            "pozitsye_sek": c.rng.randint(10, lengd - 5),
            "lengd_sek": lengd,
            "kind": "Chayele",
            "tsayt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def shoyn_gehert(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kind/shoyn-gehert")
    b.view("response json shoyn_gehert[] (stories already heard)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        mid, nomen, _d, lengd = _m(c)
        rows.append({"mayse_id": mid, "nomen": nomen, "gehert_biz": lengd, "ven": iso(c)})
    b.ok_json({"shoyn_gehert": rows})
    return b.build()


def _mp_props(b: FB, c: Context) -> dict:
    return {
        "token": MP_TOKEN,
        "time": ms(c),
        "distinct_id": b.id("mayse_mp_device", where="mixpanel properties.distinct_id"),
        "$device_id": b.id("mayse_mp_device", where="mixpanel properties.$device_id"),
        "$insert_id": new_hex(c.rng, 16),
        "mp_lib": "android",
        "$lib_version": "7.5.2",
        "$os": "Android",
        "$os_version": "12",
        "$manufacturer": "LENOVO",
        "$model": "TB-8506F",
        "$app_version_string": "1.14.0",
        "$wifi": True,
    }


def mixpanel_heard(c: Context, legacy: bool = False) -> Flow:
    mid, nomen, _d, lengd = _m(c)
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track?ip=1")
    b.header("user-agent", "Dalvik/2.1.0")
    where = "form data (base64 JSON) event Mayse Gehert" if legacy else "form data event"
    b.view(f"{where}: Mayse Gehert with mayse/sekundes/protsent")
    pct = c.rng.choice([25, 50, 100])
    props = _mp_props(b, c)
    props.update({"mayse": nomen, "mayse_id": mid, "sekundes": lengd * pct // 100, "protsent": pct})
    data = js([{"event": "Mayse Gehert", "properties": props}])
    b.form([("data", b64(data) if legacy else data)])
    b.respond(200, "text/plain", b"1")
    return b.build()


def mixpanel_open(c: Context) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track?ip=1")
    b.header("user-agent", "Dalvik/2.1.0")
    props = _mp_props(b, c)
    props["ekran"] = c.rng.choice(["heym", "bibliotek", "shlofn"])
    b.form([("data", js([{"event": "$ae_session", "properties": props}]))])
    b.respond(200, "text/plain", b"1")
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/mayselekh-app/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "com.mayselekh.kids")
    b.json(
        {
            "fid": b.id("mayse_fid", where="json fid"),
            "appId": "1:418552093317:android:5c0e7a1f2b3d4e6a",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/418552093317/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def pixel(c: Context) -> Flow:
    mid, _n, _d, lengd = _m(c)
    b = FB(c, "mayselekh", "GET", "https://px.mayselekh.example/p.gif")
    b.header("user-agent", UA)
    b.view("query e = base64url 'story:second:ts'", detectable=False)
    b.param("e", b64url(f"{mid[1:]}:{c.rng.randint(5, lengd)}:{ms(c)}"))
    b.param("r", str(c.rng.randint(10**6, 10**7)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def bibliotek(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bibliotek?elter=4-8")
    b.decoy("story catalogue with lengths and covers (content fetch)")
    b.ok_json(
        {
            "mayses": [
                {
                    "mayse_id": m,
                    "nomen": n,
                    "dertseyler": d,
                    "lengd_sek": s,
                    "bildl": f"https://cdn.mayselekh.example/covers/{m}.jpg",
                }
                for m, n, d, s in MAYSES
            ]
        }
    )
    return b.build()


def cover(c: Context) -> Flow:
    mid = _m(c)[0]
    b = FB(c, "mayselekh", "GET", f"https://cdn.mayselekh.example/covers/{mid}.jpg")
    b.header("user-agent", UA)
    b.decoy("story cover thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()


def audio_chunk(c: Context) -> Flow:
    mid = _m(c)[0]
    b = FB(
        c,
        "mayselekh",
        "GET",
        f"https://cdn.mayselekh.example/audio/{mid}/128k/{c.rng.randint(0, 40):03d}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def zukhn(c: Context) -> Flow:
    q = c.rng.choice(["shofar", "fish", "shabes", "chanike"])
    b = _b(c, "GET", f"{API}/v1/zukhn?q={q}&trace={rid(c.rng)}")
    b.decoy("story search results + trace id")
    b.ok_json({"resultatn": [{"mayse_id": m, "nomen": n} for m, n, _d, _s in MAYSES[:3]]})
    return b.build()
