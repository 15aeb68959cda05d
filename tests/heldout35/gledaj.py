"""Gledaj: a Serbian / Croatian video-on-demand app (in-house backend, Serbian
keys) with NPAW (Youbora) playback analytics.

NPAW: the Youbora open REST API and youboralib (github.com/NicePeopleAtWork/
NicePlayers, `$YB.AjaxRequest`, services /start, /ping, /stop with `system`,
`code`, `title`, `mediaDuration`, `playhead`, `bitrate`, `pingTime`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, ms, rf, rid, ua

API = "https://api.gledaj-tv.rs"
UA = ua("Gledaj", "5.8.2")
TITLES = [
    ("ser-4471", "Vruć vetar", 12),
    ("ser-5102", "Senke nad Balkanom", 10),
    ("mov-8830", "Južni vetar 2", 1),
    ("ser-6290", "Kljun", 8),
    ("mov-9011", "Toma", 1),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "gledaj", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(c.phone.gledaj_user + ":" + str(c.counter))[:40])
    return b


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def napredak(c: Context) -> Flow:
    """The app's own progress sync (Serbian keys): content, episode, position."""
    cid, name, eps = _title(c)
    b = _b(c, "POST", f"{API}/v3/gledanje/napredak")
    b.json(
        {
            "sadrzajId": cid,
            "naziv": name,
            "epizoda": c.rng.randint(1, eps),
            "pozicijaSek": c.rng.randint(30, 2500),
            "trajanjeSek": 2640 if eps > 1 else 6120,
            "profil": "glavni",
            "vreme": ms(c),
        }
    )
    b.view("json:sadrzajId+pozicijaSek+trajanjeSek")
    b.ok_json({"ok": True})
    return b.build()


def istorija(c: Context) -> Flow:
    """Batch upload of the watch log kept offline (Croatian app build)."""
    b = _b(c, "PUT", f"{API}/v3/korisnik/povijest-gledanja")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        cid, name, _eps = _title(c)
        items.append({"sadrzaj": cid, "naslov": name, "odgledano": rf(c.rng, 0.05, 1.0, 2)})
        items[-1]["gledanoU"] = ms(c) - c.rng.randint(3600, 400000) * 1000
    b.json({"stavke": items, "uredjaj": b.id("aid_gledaj", where="json:uredjaj.androidId")})
    b.view("json:stavke[].sadrzaj+odgledano")
    b.no_content()
    return b.build()


def npaw(c: Context, service: str = "ping") -> Flow:
    cid, name, _eps = _title(c)
    b = FB(c, "npaw", "GET", f"https://a-fds.youborafds01.com/{service}")
    b.header("user-agent", UA)
    b.param("system", "gledajrs")
    b.param("code", "U_" + rid(c.rng)[:18])
    b.param("title", name)
    b.param("contentId", cid)
    b.param("mediaDuration", "2640")
    b.param("playhead", str(c.rng.randint(10, 2600)))
    b.param("bitrate", str(c.rng.choice([1800000, 3200000, 5400000])))
    b.param("pingTime", "5")
    b.param("deviceUUID", b.id("npaw_device", where="query:deviceUUID"))
    b.param("timemark", str(ms(c)))
    b.view("query:title+playhead+mediaDuration")
    b.respond(200, "text/plain", b"")
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """Player telemetry sealed by the app (AES, key in the APK): nothing readable."""
    b = _b(c, "POST", f"{API}/t/b")
    blob = c.rng.getrandbits(8 * 180).to_bytes(180, "big")
    b.json({"v": 2, "p": b64(blob)})
    b.view("json:p (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def registracija(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/uredjaji")
    b.json(
        {
            "deviceId": b.id("aid_gledaj", where="json:deviceId"),
            "tip": "android",
            "model": "SM-A356B",
            "naziv": "Galaxy A35",
            "push": "e" + rid(c.rng).replace("-", "")[:20],
        }
    )
    b.ok_json({"registrovan": True, "maxUredjaja": 5})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalog/pocetna")
    b.param("strana", str(c.rng.randint(1, 4)))
    rows = [{"id": t[0], "naziv": t[1], "ocena": rf(c.rng, 5, 9, 1)} for t in TITLES]
    b.ok_json({"redovi": [{"naslov": "Preporučeno", "stavke": rows}]})
    b.decoy("catalogue page (titles and ratings, nothing watched)")
    return b.build()


def pretraga(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pretraga")
    b.param("q", c.rng.choice(["toma", "vetar", "komedija", "dokumentarni"]))
    b.ok_json({"rezultati": [{"id": t[0], "naziv": t[1]} for t in TITLES[:3]]})
    b.decoy("search results")
    return b.build()


def poster(c: Context) -> Flow:
    cid = _title(c)[0]
    b = FB(c, "gledaj", "GET", f"https://img.gledaj-tv.rs/posteri/{cid}/480x720.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 600))
    b.decoy("poster thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    cid = _title(c)[0]
    n = c.rng.randint(1, 900)
    b = FB(c, "gledaj", "GET", f"https://cdn.gledaj-tv.rs/vod/{cid}/1080p/seg_{n:05d}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(256)))
    b.decoy("video segment fetch")
    return b.build()
