"""Бала-Тамаша: the cartoon app on the son's kids' tablet (Lenovo Tab, no advertising id).

Keys are Bashkir in Cyrillic (`мультфильм`, `ҡаралды` = watched, `урын` =
position, `бала` = child). Watch progress of each cartoon goes to the app's
backend, and the parent's weekly report lists what the child watched (in a
response). The kids' launcher checks in with the tablet's serial and the
app's ANDROID_ID; the app registers with Firebase Installations. The cartoon
catalogue, a cover picture and the AR colouring game's camera pose are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, ua

API = "https://api.bala-tamasha.example"
UA = ua("BalaTamasha", "1.9.2", "ulym")
CARTOONS = [
    ("m11", "Урал батыр (мультфильм)", 1320),
    ("m14", "Ҡуян менән төлкө", 420),
    ("m19", "Шүрәле", 600),
    ("m23", "Аҡбуҙат", 900),
    ("m27", "Бәләкәй ҡурайсы", 540),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "balatamasha", method, url)
    b.header("user-agent", UA)
    b.header("x-bala-profil", b.acct("bala_profile"))
    return b


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/bala-tamasha/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ba.balatamasha.kids")
    b.json(
        {
            "fid": b.id("bala_fid", where="json fid"),
            "appId": "1:66120938817:android:91c0e4d2b7a35f60",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"refreshToken": new_hex(c.rng, 40), "authToken": {"token": new_hex(c.rng, 60)}})
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/планшет/тикшереү")
    b.json(
        {
            "серия_номеры": b.id("tablet_serial", where="json серия_номеры"),
            "android_id": b.id("aid_bala", where="json android_id"),
            "firebase": b.id("bala_fid", where="json firebase"),
            "модель": "TB-8506X",
            "ата_әсә_контроле": True,
        }
    )
    b.ok_json({"рөхсәт_ваҡыты_мин": 60, "ҡалды_мин": c.rng.randint(0, 60)})
    return b.build()


def progress(c: Context) -> Flow:
    mid, title, dur = c.rng.choice(CARTOONS)
    b = _b(c, "POST", f"{API}/v1/ҡарау/урын")
    b.view("json мультфильм/урын/оҙонлоҡ (cartoon watch progress)")
    b.json(
        {
            "мультфильм": mid,
            "исеме": title,
            "урын": c.rng.randint(5, dur),
            "оҙонлоҡ": dur,
            "ҡаралды": c.rng.random() < 0.3,
            "ваҡыт": iso(c),
            "планшет": b.id("aid_bala", where="json планшет (ANDROID_ID)"),
        }
    )
    b.no_content()
    return b.build()


def weekly_report(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/ата-әсә/аҙналыҡ-отчет")
    b.view("response json ҡаралғандар[] (what the child watched, minutes)", direction="response")
    b.ok_json(
        {
            "аҙна": iso(c)[:10],
            "ҡаралғандар": [
                {"мультфильм": t, "минут": c.rng.randint(3, 40), "көн": c.rng.randint(1, 7)}
                for _, t, _ in c.rng.sample(CARTOONS, 3)
            ],
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/мультфильмдар?йәш=5")
    b.ok_json({"исемлек": [{"id": m, "исеме": t, "оҙонлоҡ": d} for m, t, d in CARTOONS]})
    return b.build()


def cover(c: Context) -> Flow:
    mid = c.rng.choice(CARTOONS)[0]
    b = FB(c, "balatamasha", "GET", f"https://img.bala-tamasha.example/cover/{mid}_480.jpg")
    b.header("user-agent", UA)
    b.decoy("cartoon cover picture")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def ar_pose(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/буяу-уйыны/сәхнә")
    b.decoy("AR colouring game camera pose (no face)")
    b.json(
        {
            "камера": {
                "position": [rf(c.rng, -1, 1, 3) for _ in range(3)],
                "rotation": [rf(c.rng, -1, 1, 3) for _ in range(4)],
            },
            "биттәр": c.rng.randint(1, 12),
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
