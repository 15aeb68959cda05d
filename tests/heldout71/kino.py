"""Kinoteka KZ: an Almaty streaming app with its own backend (fictional; key
names in Russian transliteration and Kazakh, as local developers write them).

Viewing history: a watch log ("prosmotr", "pozitsiya"), a Kazakh-keyed
heartbeat ("көру", "орны"), the "prodolzhit prosmotr" (continue watching) list
in a response, and an encrypted beacon nobody could read (not detectable).
Decoys: the catalogue, poster images, search, HLS segments with time offsets.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.kinoteka.kz"
UA = ua("Kinoteka", "4.12.1")
FILMS = ["film-48211", "serial-1207", "film-50933", "serial-0882", "multfilm-311"]


def _b(ctx: Context, method: str, path: str, dev: bool = True) -> FB:
    b = FB(ctx, "kinoteka", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("kino_user") + "." + rid(ctx.rng)[:8])
    if dev:
        b.header("x-ustroistvo-id", b.id("aid_kino", where="header.x-ustroistvo-id"))
    return b


def prosmotr_log(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/prosmotr/log")
    dl = ctx.rng.choice([2700, 5400, 6120])
    b.json(
        {
            "kontent_id": ctx.rng.choice(FILMS),
            "seriya": ctx.rng.randint(1, 12),
            "pozitsiya_sek": ctx.rng.randint(30, dl),
            "dlitelnost_sek": dl,
            "sobytie": ctx.rng.choice(["pauza", "stop", "konec", "progress"]),
            "vremya": iso(ctx),
        }
    )
    b.view("body.pozitsiya_sek")
    b.ok_json({"status": "ok"})
    return b.build()


def koru_heartbeat(ctx: Context) -> Flow:
    """Kazakh keys: көру (watching), орны (position), ұзақтығы (duration)."""
    b = _b(ctx, "POST", "/kz/v1/koru/heartbeat")
    b.json(
        {
            "мазмұн": ctx.rng.choice(FILMS),
            "көру_уақыты": ctx.rng.randint(10, 60),
            "орны": ctx.rng.randint(60, 5000),
            "ұзақтығы": 5400,
            "сапа": ctx.rng.choice(["720p", "1080p"]),
            "ts": ms(ctx),
        }
    )
    b.view("body.көру_уақыты")
    b.no_content()
    return b.build()


def prodolzhit_list(ctx: Context) -> Flow:
    """The continue-watching list, as the server sends it back."""
    b = _b(ctx, "GET", "/v2/prodolzhit-prosmotr?limit=20")
    items = [
        {
            "kontent_id": f,
            "nazvanie": ctx.rng.choice(["Қазақ хандығы", "Бесеу", "Жаңа жыл"]),
            "pozitsiya": ctx.rng.randint(100, 5000),
            "prosmotreno_procent": ctx.rng.randint(3, 97),
            "poslednij_prosmotr": iso(ctx),
        }
        for f in ctx.rng.sample(FILMS, 3)
    ]
    b.ok_json({"prodolzhit": items})
    b.view("response.prodolzhit[].pozitsiya", direction="response")
    return b.build()


def sealed_beacon(ctx: Context) -> Flow:
    """An AES-sealed player beacon: carries a watch position, but nothing says so."""
    b = _b(ctx, "POST", "/t/e", dev=False)
    blob = bytes(ctx.rng.getrandbits(8) for _ in range(96))
    b.json({"v": 3, "p": b64(blob), "k": ctx.rng.randint(1, 9)})
    b.view("body.p (encrypted)", detectable=False)
    b.id_raw("aid_kino", "aes_gcm", "body.p (encrypted)")
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/device/register", dev=False)
    b.json(
        {
            "device_uid": b.id("aid_kino", where="body.device_uid"),
            "ustanovka_id": b.id("kino_install", where="body.ustanovka_id"),
            "reklamnyj_id": b.id("gaid", where="body.reklamnyj_id"),
            "model": "SM-A356E",
            "os": "android 14",
        }
    )
    b.ok_json({"ok": True, "profil": b.acct("kino_user")})
    return b.build()


def katalog(ctx: Context) -> Flow:
    janr = ctx.rng.choice(["komediya", "drama", "multfilmy", "dokumentalnye"])
    b = _b(ctx, "GET", f"/v2/katalog?janr={janr}&stranica={ctx.rng.randint(1, 6)}")
    b.ok_json({"items": [{"id": f, "reiting": round(ctx.rng.uniform(5, 9), 1)} for f in FILMS]})
    b.decoy("catalogue page")
    return b.build()


def poster(ctx: Context) -> Flow:
    f = ctx.rng.choice(FILMS)
    b = FB(ctx, "kinoteka", "GET", f"https://img.kinoteka.kz/poster/{f}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 400))
    b.decoy("poster thumbnail fetch")
    return b.build()


def poisk(ctx: Context) -> Flow:
    q = ctx.rng.choice(["бауыржан", "tomiris", "комедия 2024"])
    b = _b(ctx, "GET", "/v2/poisk", dev=False)
    b.param("q", q)
    b.ok_json({"rezultaty": [{"id": f, "score": 0.8} for f in FILMS[:3]]})
    b.decoy("search results")
    return b.build()


def segment(ctx: Context) -> Flow:
    f = ctx.rng.choice(FILMS)
    n = ctx.rng.randint(1, 900)
    b = FB(ctx, "kinoteka", "GET", f"https://cdn2.kinoteka.kz/hls/{f}/1080/seg_{n:05d}.ts")
    b.param("t", str(n * 6))
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(ctx.rng.getrandbits(8) for _ in range(188)))
    b.decoy("video segment fetch with time offset")
    return b.build()


def entitlements(ctx: Context) -> Flow:
    """The device's entitlements, the ANDROID_ID in the URL path."""
    aid = ctx.phone.aid_kino  # type: ignore[attr-defined]
    b = _b(ctx, "GET", f"/v2/devices/{aid}/entitlements", dev=False)
    b.id("aid_kino", where="path./devices/{id}")
    b.ok_json({"paket": ctx.rng.choice(["bazovyj", "premium"]), "do": iso(ctx)[:10]})
    return b.build()
