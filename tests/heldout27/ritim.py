"""Ritim: a Fizy / Spotify-like music app.

Listening history goes to the app's own API: a Turkish-keyed `dinleme` log, an
English "recently played" sync and a gzip JSON batch of play events; a protobuf
event carries only field numbers (opaque). Analytics use Yandex AppMetrica,
whose startup GET carries `deviceid`, `uuid`, `adv_id` and `android_id` in the
query (tweaselORG/TrackHAR src/adapters/yandex.ts, AppMetrica adapter).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.ritim.com.tr"
TRACKS = [
    ("tr-88121", "Gel Gör Beni Aşk Neyledi", "Sertab Erener"),
    ("tr-10455", "Firuze", "Sezen Aksu"),
    ("tr-77310", "Yalan", "Mabel Matiz"),
    ("tr-50022", "Bi' Tek Ben Anlarım", "Müslüm Gürses"),
    ("tr-31908", "Geceler", "Ezhel"),
]


def _b(ctx: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(ctx, "ritim", method, API + path, params)
    b.header("user-agent", ua("Ritim", "8.3.0"))
    b.header("x-ritim-oturum", rid(ctx.rng))
    return b


def dinleme(ctx: Context) -> Flow:
    tid, name, artist = ctx.rng.choice(TRACKS)
    b = _b(ctx, "POST", "/v1/dinleme")
    b.json(
        {
            "sarki_id": tid,
            "sarki_adi": name,
            "sanatci": artist,
            "dinlenme_suresi_ms": ctx.rng.randint(5000, 240000),
            "baslangic": iso(ctx),
            "kaynak": ctx.rng.choice(["calma_listesi", "radyo", "arama"]),
        }
    )
    b.view("body dinleme: sarki_id/sanatci/dinlenme_suresi_ms")
    b.ok_json({"ok": True})
    return b.build()


def recently_played(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/me/player/recently-played")
    items = [
        {
            "track_id": t,
            "played_at": ms(ctx) - i * 200000,
            "ms_played": ctx.rng.randint(30000, 220000),
            "context": "playlist:gunun-sarkilari",
        }
        for i, (t, _, _) in enumerate(ctx.rng.sample(TRACKS, 3))
    ]
    b.json({"items": items})
    b.view("body items[].track_id/played_at/ms_played")
    b.no_content()
    return b.build()


def event_batch(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/events/batch")
    evs = [
        {
            "name": "track_play_end",
            "track": t,
            "artist": a,
            "listened_ms": ctx.rng.randint(1, 9) * 20000,
            "ts": ms(ctx),
        }
        for t, _, a in ctx.rng.sample(TRACKS, 2)
    ]
    b.json({"events": evs, "client": "android"}, encoding="gzip")
    b.view("gzip body events[] track_play_end with listened_ms")
    b.no_content()
    return b.build()


def play_protobuf(ctx: Context) -> Flow:
    tid = ctx.rng.choice(TRACKS)[0]
    body = pb_msg(
        1,
        [
            pb_bytes(1, tid),
            pb_varint(2, ctx.rng.randint(1000, 200000)),
            pb_varint(3, ms(ctx)),
            pb_varint(4, 3),
        ],
    )
    b = FB(ctx, "ritim", "POST", "https://ev.ritim.com.tr/i")
    b.view("protobuf body with numbered fields only", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def metrica_startup(ctx: Context) -> Flow:
    b = FB(ctx, "appmetrica", "GET", "https://startup.mobile.yandex.net/analytics/startup")
    b.param("deviceid", b.id("ritim_metrica_devid", where="query deviceid"))
    b.param("uuid", b.id("ritim_metrica_uuid", where="query uuid"))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("android_id", b.id("aid_ritim", where="query android_id"))
    for k, v in [
        ("app_platform", "android"),
        ("manufacturer", "HONOR"),
        ("model", "BVL-N49"),
        ("os_version", "14"),
        ("app_id", "com.ritim.android"),
        ("locale", "tr_TR"),
        ("analytics_sdk_version_name", "6.4.0"),
    ]:
        b.param(k, v)
    b.header("user-agent", ua("Ritim", "8.3.0"))
    b.ok_json(
        {"query_hosts": {"list": {"report": {"urls": ["https://report.appmetrica.yandex.net"]}}}}
    )
    return b.build()


def lyrics(ctx: Context) -> Flow:
    tid = ctx.rng.choice(TRACKS)[0]
    b = _b(ctx, "GET", f"/v1/sarki/{tid}/sozler")
    b.decoy("lyrics fetch for a track")
    b.ok_json({"satirlar": [{"t": i * 4200, "s": "..."} for i in range(6)]})
    return b.build()


def audio_chunk(ctx: Context) -> Flow:
    tid = ctx.rng.choice(TRACKS)[0]
    b = FB(ctx, "ritim", "GET", f"https://stream.ritim.com.tr/a/{tid}/320/{ctx.rng.randint(0, 40)}")
    b.header("range", "bytes=0-65535")
    b.decoy("audio content chunk")
    b.respond(206, "audio/mp4", fake_wav(ctx.rng.randint(0, 999), 500))
    return b.build()


def equaliser(ctx: Context) -> Flow:
    b = _b(ctx, "PUT", "/v1/ayarlar/ekolayzer")
    gains = [round(ctx.rng.uniform(-6, 6), 1) for _ in range(10)]
    b.json(
        {
            "preset": "ozel",
            "bantlar_hz": [31, 62, 125, 250, 500, 1000, 2000, 4000, 8000, 16000],
            "kazanc_db": gains,
        }
    )
    b.decoy("equaliser band gains (numeric series)")
    b.no_content()
    return b.build()


def playlist_page(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/calma-listesi/gunun-sarkilari", [("offset", "0"), ("limit", "50")])
    b.decoy("editorial playlist catalogue")
    b.ok_json(
        {
            "sarkilar": [{"id": t, "ad": n, "sanatci": a} for t, n, a in TRACKS],
            "etag": b64(rid(ctx.rng))[:16],
        }
    )
    return b.build()
