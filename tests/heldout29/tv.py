"""Efir Home: a smart-TV companion app (remote, EPG, "what's on" sync).

The TV is identified by its serial and Wi-Fi MAC; the TV's automatic content
recognition (ACR, as Samsung / LG / Vizio privacy notices describe it: audio
or video fingerprints matched to a channel and programme) reports through the
companion's backend, as do the channel-viewing events the app shows as
"history". Key names are the app's own (English and translit).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, ua

API = "https://api.efirhome.example.ru"
CHANNELS = [
    ("Первый канал", "Вечерний Ургант"),
    ("Хабар 24", "Новости"),
    ("Россия 1", "Вести"),
    ("Qazaqstan", "Ақшам"),
    ("СТС", "Воронины"),
    ("ТНТ", "Универ"),
    ("Матч ТВ", "Футбол"),
]


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "efir", method, API + path)
    b.header("user-agent", ua("EfirHome", "3.9.4"))
    return b


def pair(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/v1/tv/pair")
    b.json(
        {
            "tvSerial": b.id("tv_serial", where="body.tvSerial"),
            "tvMac": b.id("tv_mac", where="body.tvMac"),
            "companionAndroidId": b.id("aid_tv", where="body.companionAndroidId"),
            "pin": ctx.rng.randint(1000, 9999),
        }
    )
    b.ok_json({"paired": True, "user": ctx.phone.tv_user})
    return b.build()


def tv_state(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "")
    serial = b.id("tv_serial", where="path./devices/{serial}")
    b.base = f"{API}/api/v1/devices/{serial}/state"
    b.param("mac", b.id("tv_mac", "nosep_upper", where="query.mac"))
    b.ok_json({"power": "on", "input": "HDMI1", "volume": ctx.rng.randint(0, 40)})
    return b.build()


def viewing_event(ctx: Context) -> Flow:
    ch, prog = ctx.rng.choice(CHANNELS)
    b = _api(ctx, "POST", "/api/v1/viewing/events")
    b.json(
        {
            "tvMac": b.id("tv_mac", where="body.tvMac"),
            "channel": ch,
            "programme": prog,
            "startedAt": iso(ctx),
            "watchedSec": ctx.rng.randint(30, 3600),
        }
    )
    b.view("body.channel+programme+watchedSec")
    b.no_content()
    return b.build()


def acr_match(ctx: Context) -> Flow:
    ch, prog = ctx.rng.choice(CHANNELS)
    b = FB(ctx, "efir", "POST", "https://acr.efirhome.example.ru/v2/match")
    b.json(
        {
            "tv": b.acct("tv_user"),
            "fingerprints": [new_hex(ctx.rng, 16) for _ in range(6)],
            "matched": {"channel": ch, "programme": prog, "offsetMs": ctx.rng.randint(0, 3600000)},
            "capturedAt": ms(ctx),
        }
    )
    b.view("body.matched (ACR)")
    b.no_content()
    return b.build()


def history_upload(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/v1/istoriya")
    rows = [
        {"kanal": c, "peredacha": p, "dlitelnost_min": ctx.rng.randint(3, 120)}
        for c, p in ctx.rng.sample(CHANNELS, 3)
    ]
    b.json({"polzovatel": b.acct("tv_user"), "istoriya": rows, "data": iso(ctx)[:10]})
    b.view("body.istoriya[]")
    b.ok_json({"ok": True})
    return b.build()


def acr_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "efir", "POST", "https://acr.efirhome.example.ru/v2/b")
    b.set_body(b64(bytes(ctx.rng.getrandbits(8) for _ in range(160))).encode(), "text/plain")
    b.view("body (encoded ACR batch)", detectable=False)
    b.no_content()
    return b.build()


def keypress(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/api/v1/remote/key")
    b.json({"key": ctx.rng.choice(["VOLUME_UP", "CH_UP", "OK", "BACK", "HOME"]), "ts": ms(ctx)})
    b.decoy("remote key press")
    b.no_content()
    return b.build()


def epg(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/v1/epg")
    b.params += [("date", iso(ctx)[:10]), ("region", "almaty")]
    b.decoy("programme guide (schedule, not history)")
    b.ok_json(
        {
            "channels": [
                {"name": c, "now": p, "next": "Новости", "start": iso(ctx)} for c, p in CHANNELS[:4]
            ]
        }
    )
    return b.build()


def mirror_thumb(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/api/v1/screen/thumbnail")
    b.param("w", "320")
    b.decoy("TV screen thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 500))
    return b.build()


def picture(ctx: Context) -> Flow:
    b = _api(ctx, "PUT", "/api/v1/settings/picture")
    b.json(
        {"mode": "movie", "gamma": [rf(ctx.rng, 1.8, 2.6, 2) for _ in range(5)], "backlight": 12}
    )
    b.decoy("picture settings numeric series")
    b.no_content()
    return b.build()


VIEW = [viewing_event, acr_match, history_upload, acr_match, acr_opaque, viewing_event]
DEV = [pair, tv_state, tv_state]
BENIGN = [keypress, keypress, epg, mirror_thumb, picture]
