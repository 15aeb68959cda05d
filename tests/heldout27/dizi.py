"""Dizikutu: a BluTV / Exxen-like series streaming app (in-house backend, Turkish keys).

Watch logs (`izleme`), resume syncs and the continue-watching row come from the
app's own API; playback QoS goes to NPAW / Youbora, whose plugin sends `/start`
and `/ping` GETs with `accountCode`, `code` (view code), `title`, `playhead`,
`mediaDuration`, `pingTime` and `deviceUUID` (NPAW plugin docs, "Data
services / request parameters"). A second, encrypted beacon is opaque.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, ms, rid, ua

API = "https://api.dizikutu.com.tr"
SERIES = [
    ("dz1042", "Yalı Çapkını Gibi", 3),
    ("dz2210", "Kızıl Goncalar", 2),
    ("dz0777", "Teşkilat Günlükleri", 4),
    ("dz3301", "Masumlar Apartmanı", 1),
    ("dz4120", "Bir Zamanlar Kapadokya", 2),
]


def _b(ctx: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(ctx, "dizikutu", method, API + path, params)
    b.header("user-agent", ua("Dizikutu", "5.14.2"))
    b.header("authorization", "Bearer " + b64(rid(ctx.rng))[:40])
    return b


def _show(ctx: Context) -> tuple[str, str, int, int]:
    sid, name, season = ctx.rng.choice(SERIES)
    return sid, name, season, ctx.rng.randint(1, 38)


def izleme_log(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/izleme/kaydet")
    sid, name, season, ep = _show(ctx)
    b.header("x-cihaz-id", b.id("aid_dizi", where="header x-cihaz-id"))
    total = ctx.rng.randint(2400, 8400)
    body = {
        "profil_no": 2,
        "icerik": {"dizi_id": sid, "dizi": name, "sezon": season, "bolum": ep},
        "kaldigi_yer": ctx.rng.randint(30, total),
        "izlenme_suresi": ctx.rng.randint(60, 900),
        "toplam_sure": total,
        "olay": ctx.rng.choice(["duraklat", "devam", "cikis", "bitti"]),
        "zaman": ms(ctx),
    }
    b.view("body izleme: dizi/bolum/kaldigi_yer/izlenme_suresi")
    b.json(body)
    b.ok_json({"durum": "ok"})
    return b.build()


def resume_sync(ctx: Context) -> Flow:
    sid, _, season, ep = _show(ctx)
    b = _b(ctx, "PUT", f"/v2/resume/{sid}-s{season}e{ep}")
    b.json(
        {
            "positionSec": ctx.rng.randint(10, 3000),
            "durationSec": 3120,
            "profileId": 2,
            "completed": False,
            "updatedAt": ms(ctx),
        }
    )
    b.view("body positionSec on /resume/<episode>")
    b.no_content()
    return b.build()


def continue_watching(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v2/profil/2/devam-et", [("limit", "12")])
    items = []
    for sid, name, season in SERIES[: ctx.rng.randint(2, 5)]:
        items.append(
            {
                "dizi_id": sid,
                "baslik": name,
                "sezon": season,
                "bolum": ctx.rng.randint(1, 30),
                "kaldigi_yer": ctx.rng.randint(60, 2900),
                "yuzde": ctx.rng.randint(3, 97),
                "son_izleme": ms(ctx) - 86400000,
            }
        )
    b.view("response devam-et list with kaldigi_yer", direction="response")
    b.ok_json({"devam_et": items})
    return b.build()


def _npaw(ctx: Context, event: str) -> FB:
    _, name, season, ep = _show(ctx)
    params = [
        ("accountCode", "dizikutu"),
        ("code", "U_" + rid(ctx.rng)[:18]),
        ("title", f"{name} S{season}B{ep}"),
        ("playhead", str(ctx.rng.randint(0, 3000))),
        ("mediaDuration", "3120"),
        ("rendition", "1080p"),
        ("timemark", str(ms(ctx))),
    ]
    b = FB(ctx, "npaw", "GET", f"https://a-fds.youborafds01.com/{event}", params)
    b.header("user-agent", ua("Dizikutu", "5.14.2"))
    return b


def youbora_start(ctx: Context) -> Flow:
    b = _npaw(ctx, "start")
    b.param("deviceUUID", b.id("dizi_install", where="query deviceUUID"))
    b.view("query title/playhead on youbora /start")
    b.respond(200, "text/plain", b"")
    return b.build()


def youbora_ping(ctx: Context) -> Flow:
    b = _npaw(ctx, "ping")
    b.param("pingTime", "5")
    b.view("query title/playhead on youbora /ping")
    b.respond(200, "text/plain", b"")
    return b.build()


def opaque_beacon(ctx: Context) -> Flow:
    sid, _, season, ep = _show(ctx)
    raw = f"{sid}|{season}|{ep}|{ctx.rng.randint(0, 3000)}|{ms(ctx)}".encode()
    key = ctx.rng.randbytes(8)
    blob = bytes(c ^ key[i % 8] for i, c in enumerate(raw))
    b = FB(ctx, "dizikutu", "POST", "https://t.dizikutu.com.tr/c")
    b.view("body p: xor-encrypted playback beacon", detectable=False)
    b.form([("v", "3"), ("p", b64(key + blob))])
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v2/cihaz/kayit")
    b.json(
        {
            "cihaz_kimligi": b.id("aid_dizi", where="body cihaz_kimligi"),
            "reklam_kimligi": b.id("gaid", where="body reklam_kimligi"),
            "kurulum_no": b.id("dizi_install", where="body kurulum_no"),
            "eposta": b.id("email", where="body eposta"),
            "marka": "HONOR",
            "model": "BVL-N49",
            "isletim_sistemi": "MagicOS 8.0",
        }
    )
    b.ok_json({"durum": "ok", "ayar": {"max_ekran": 2}})
    return b.build()


def catalogue(ctx: Context) -> Flow:
    cat = ctx.rng.choice(["dram", "komedi", "aksiyon", "belgesel"])
    b = _b(ctx, "GET", "/v2/katalog", [("kategori", cat), ("sayfa", str(ctx.rng.randint(1, 6)))])
    b.decoy("catalogue page of series (titles, no user history)")
    b.ok_json({"icerikler": [{"dizi_id": s, "baslik": n, "sezon_sayisi": k} for s, n, k in SERIES]})
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["kurulus", "aşk", "polisiye", "yerli dizi"])
    b = _b(ctx, "GET", "/v2/ara", [("q", q), ("tur", "dizi")])
    b.decoy("search query and results")
    b.ok_json({"sonuclar": [{"dizi_id": SERIES[0][0], "baslik": SERIES[0][1]}], "toplam": 1})
    return b.build()


def segment(ctx: Context) -> Flow:
    sid, _, season, ep = _show(ctx)
    n = ctx.rng.randint(1, 600)
    url = f"https://cdn.dizikutu.com.tr/hls/{sid}/s{season}e{ep}/1080p/seg_{n:05d}.m4s"
    b = FB(ctx, "dizikutu", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch (content, not history)")
    b.respond(200, "video/iso.segment", fake_mp4(n, 600))
    return b.build()


def poster(ctx: Context) -> Flow:
    sid = ctx.rng.choice(SERIES)[0]
    b = FB(ctx, "dizikutu", "GET", f"https://img.dizikutu.com.tr/poster/{sid}_w342.jpg")
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 9999), 400))
    return b.build()
