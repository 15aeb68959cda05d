"""Dizigo: a Turkish series / film streaming app (BluTV / Exxen-like) on the phone.

Its own backend uses Turkish key names (izlemeGecmisi = watch history, kaldigiYer =
where you left off, izlenenSure = time watched). Player analytics go to NPAW
Youbora, whose documented beacon API (documentation.npaw.com, "Youbora API:
/start, /ping, /stop") sends playhead, mediaDuration, title and code as query
parameters. The app's own device registration sends the ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.dizigo-example.com.tr"
SHOWS = [
    ("Kuruluş Yolu", "dz-1182"),
    ("Yalı Çapkını", "dz-2094"),
    ("Gece Nöbeti", "dz-3310"),
    ("İstanbul Masalları", "dz-0471"),
    ("Son Yaz", "dz-5529"),
]


def _headers(b: FB, ctx: Context) -> None:
    b.header("user-agent", ua("Dizigo", "7.4.0"))
    b.header("x-dz-oturum", new_hex(ctx.rng, 24))
    b.header("accept-language", "tr-TR")


def heartbeat(ctx: Context) -> Flow:
    title, cid = ctx.rng.choice(SHOWS)
    b = FB(ctx, "dizigo", "POST", f"{API}/oynatici/v2/nabiz")
    _headers(b, ctx)
    total = ctx.rng.choice([2580, 5400, 7320])
    b.json(
        {
            "icerikId": cid,
            "bolumNo": ctx.rng.randint(1, 48),
            "diziAdi": title,
            "izlenenSure": ctx.rng.randint(30, total),
            "toplamSure": total,
            "oynatmaDurumu": ctx.rng.choice(["oynatiliyor", "duraklatildi"]),
            "zaman": iso(ctx),
        }
    )
    b.view("body.izlenenSure+icerikId")
    b.no_content()
    return b.build()


def watch_log(ctx: Context) -> Flow:
    b = FB(ctx, "dizigo", "POST", f"{API}/kullanici/izleme-gecmisi/toplu")
    _headers(b, ctx)
    items = [
        {"icerik": cid, "baslik": t, "izlenmeYuzdesi": ctx.rng.randint(5, 100), "tarih": iso(ctx)}
        for t, cid in ctx.rng.sample(SHOWS, 3)
    ]
    b.json({"izlemeGecmisi": items, "profil": "ana"}, encoding="gzip")
    b.view("body.izlemeGecmisi[]")
    b.ok_json({"kaydedildi": len(items)})
    return b.build()


def continue_watching(ctx: Context) -> Flow:
    b = FB(ctx, "dizigo", "GET", f"{API}/kullanici/kaldigin-yerden")
    _headers(b, ctx)
    rows = [
        {"icerikId": cid, "baslik": t, "kaldigiYer": ctx.rng.randint(60, 3000), "sure": 3300}
        for t, cid in ctx.rng.sample(SHOWS, 2)
    ]
    b.ok_json({"devamEt": rows})
    b.view("response.devamEt[].kaldigiYer", direction="response")
    return b.build()


def youbora_ping(ctx: Context) -> Flow:
    title, cid = ctx.rng.choice(SHOWS)
    event = ctx.rng.choice(["start", "ping", "ping", "stop"])
    b = FB(ctx, "npaw", "GET", f"https://a-fds.youborafds01.com/{event}")
    b.param("code", "V_" + new_hex(ctx.rng, 20))
    b.param("playhead", str(ctx.rng.randint(10, 3000)))
    b.param("mediaDuration", "3300")
    b.param("title", title)
    b.param("contentId", cid)
    b.param("system", "dizigotr")
    b.param("pingTime", "5")
    b.view("query.title+playhead")
    b.respond(200, "text/plain", b"")
    return b.build()


def opaque_beacon(ctx: Context) -> Flow:
    """The player's compact beacon: a base64 protobuf under key `p`, no names in it."""
    _, cid = ctx.rng.choice(SHOWS)
    b = FB(ctx, "dizigo", "POST", f"{API}/b")
    blob = pb_bytes(1, cid) + pb_varint(2, ctx.rng.randint(10, 3000)) + pb_varint(3, ms(ctx))
    b.json({"p": b64(blob), "v": 3})
    b.view("body.p (protobuf, no field names)", detectable=False)
    b.no_content()
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "dizigo", "POST", f"{API}/cihaz/kayit")
    _headers(b, ctx)
    b.json(
        {
            "cihazKimligi": ctx.phone.dizi_device,
            "androidId": b.id("aid_dizi", where="body.androidId"),
            "marka": "HONOR",
            "kullaniciNo": b.acct("dizi_user"),
        }
    )
    b.other_id("dizi_device", "body.cihazKimligi")
    b.ok_json({"durum": "tamam"})
    return b.build()


def catalogue(ctx: Context) -> Flow:
    b = FB(ctx, "dizigo", "GET", f"{API}/katalog/vitrin", [("sayfa", str(ctx.rng.randint(1, 5)))])
    _headers(b, ctx)
    rows = [{"icerikId": c, "baslik": t, "sure": 3300, "puan": 8.1} for t, c in SHOWS]
    b.ok_json({"vitrin": rows, "istekNo": rid(ctx.rng)})
    b.decoy("catalogue page with content ids and durations (nothing watched)")
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["yalı", "gece", "aşk", "komedi"])
    b = FB(ctx, "dizigo", "GET", f"{API}/ara", [("q", q), ("limit", "20")])
    _headers(b, ctx)
    b.ok_json({"sonuclar": [{"icerikId": c, "baslik": t} for t, c in SHOWS[:3]]})
    b.decoy("search results")
    return b.build()


def poster(ctx: Context) -> Flow:
    _, cid = ctx.rng.choice(SHOWS)
    b = FB(ctx, "dizigo", "GET", f"https://img.dizigo-example.com.tr/poster/{cid}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 600))
    b.decoy("poster thumbnail fetch")
    return b.build()


def segment(ctx: Context) -> Flow:
    _, cid = ctx.rng.choice(SHOWS)
    n = ctx.rng.randint(1, 900)
    b = FB(ctx, "dizigo", "GET", f"https://vod.dizigo-example.com.tr/{cid}/1080/seg_{n:05d}.ts")
    b.respond(200, "video/mp2t", bytes(ctx.rng.getrandbits(8) for _ in range(300)))
    b.decoy("video segment fetch")
    return b.build()
