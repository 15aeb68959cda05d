"""Чуумпу мультик: a cartoon app for small children, made in Ulan-Ude (Buryat
and Russian keys), on the mother's Redmi Note 13, with Firebase installations.

Watching is posted in Buryat Cyrillic (`мульт`, `хараһан_сай` watched time,
`харалга` viewing), in romanised Buryat (`kharalga`, `sai_sek`), and the
"хараһан мультнууд" history comes back. Thumbnails, the parental PIN, the age
setting, the catalogue and video segments are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, ua

API = "https://api.chuumpu-mult.example"
CDN = "https://img.chuumpu-mult.example"
UA = ua("ChuumpuMult", "1.9.3", "iye")
MULT = [
    ("m-12", "Үнэгэн ба шоно", 420),
    ("m-31", "Хомус оҕото", 540),
    ("m-47", "Байгал загаһан", 600),
    ("m-55", "Мэнэ хоёр", 480),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "multik", method, url)
    b.header("user-agent", UA)
    return b


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/thumb/{c.rng.choice(MULT)[0]}/320.jpg")
    b.decoy("a cartoon thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 250))
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/mult?nasan=3-6")
    b.decoy("catalogue filtered by age band (nasan)")
    b.ok_json({"мультнууд": [{"id": k, "нэрэ": t, "үргэлжэлхэ_сай": d} for k, t, d in MULT]})
    return b.build()


def pin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ehe-eseg/pin")
    b.decoy("parental PIN check and a screen-time limit setting")
    b.json({"pin_hash": "sha256:" + "0" * 8, "hyzgaar_minuut": 45})
    b.ok_json({"zuvshoorol": True})
    return b.build()


def harlga(c: Context) -> Flow:
    k, _, d = c.rng.choice(MULT)
    b = _b(c, "POST", f"{API}/v1/haralga")
    b.view("json харалга{мульт, хараһан_сай, дууһаһан} (cartoon, watched seconds, done)")
    b.json(
        {
            "тэрил": b.id("aid_mult", where="json тэрил (ANDROID_ID)"),
            "харалга": {
                "мульт": k,
                "хараһан_сай": c.rng.randint(10, d),
                "дууһаһан": c.rng.random() < 0.4,
                "саг": iso(c),
            },
        }
    )
    b.no_content()
    return b.build()


def harlga_rom(c: Context) -> Flow:
    k, _, d = c.rng.choice(MULT)
    b = _b(c, "GET", f"{API}/v0/kharalga")
    b.view("query kharalga / sai_sek (cartoon, seconds watched)")
    b.param("install", b.id("mult_install", where="query install"))
    b.param("kharalga", k)
    b.param("sai_sek", str(c.rng.randint(10, d)))
    b.param("ts", str(ms(c)))
    b.respond(204, None)
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/haralgyn-tuuhe")
    b.header("x-install", b.id("mult_install", where="header x-install"))
    b.view("response json хараһан_мультнууд[] (cartoon, watched at)", direction="response")
    b.ok_json(
        {
            "хараһан_мультнууд": [
                {"мульт": k, "хэзээ": iso(c), "хараһан_сай": c.rng.randint(30, d)}
                for k, _, d in c.rng.sample(MULT, 3)
            ]
        }
    )
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/chuumpu-mult/installations",
    )
    b.header("user-agent", dalvik("iye"))
    b.header("x-goog-api-key", "AIzaSyC" + "x" * 32)
    fid = "c" + c.rng.randbytes(10).hex()[:21]
    b.other_id("firebase_fid", "json fid (Firebase installation id)")
    b.json(
        {
            "fid": fid,
            "appId": "1:90211:android:5e1d",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/90211/installations/" + fid, "fid": fid, "refreshToken": "2_x"})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device")
    b.json(
        {
            "androidId": b.id("aid_mult", where="json androidId"),
            "install": b.id("mult_install", where="json install"),
            "gaid": b.id("gaid_iye", where="json gaid"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/x")
    b.header("x-s", b.id("aid_mult", "md5", "header x-s (md5)", detectable=False))
    b.ok_json({"ok": True})
    return b.build()
