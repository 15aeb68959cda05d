"""Zvuk.kz: a Yandex Music-like app, its backend shaped like Yandex Music's API.

Source: MarshalX/yandex-music-api (`client.py` play_audio: POST /play-audio
form with track-id, from, play-id, uid, timestamp, track-length-seconds,
total-played-seconds, end-position-seconds, client-now; rotor station feedback
JSON with type trackStarted / trackFinished / skip, trackId, totalPlayedSeconds;
the `X-Yandex-Music-Device` header "os=...; manufacturer=...; device_id=...;
uuid=..."). Host and app are fictional; AppMetrica rides along (sdk_ru).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from . import sdk_ru
from .phone import FB, iso, ua

API = "https://api.zvuk-kz.example"
TRACKS = [
    "Скриптонит — Вечеринка",
    "Ирина Кайратовна — Айдахар",
    "Jah Khalib — Медина",
    "Кино — Кукушка",
    "Zemfira — Хочешь?",
    "Ninety One — Mooz",
    "Miyagi — Minor",
]


def _t(ctx: Context) -> tuple[str, str]:
    return ctx.rng.choice(TRACKS), f"{new_digits(ctx.rng, 8, '1')}:{new_digits(ctx.rng, 7, '2')}"


def _base(ctx: Context, method: str, path: str, device: bool = True) -> FB:
    b = FB(ctx, "zvuk", method, API + path)
    b.header("user-agent", ua("ZvukKZ", "2024.11.2"))
    b.header("authorization", "OAuth y0_" + new_hex(ctx.rng, 40))
    if device:
        did = b.id("aid_muz", where="header.X-Yandex-Music-Device.device_id")
        b.header(
            "x-yandex-music-device",
            f"os=Android; os_version=14; manufacturer=samsung; model={ctx.phone.model}; "
            f"clid=2270451; device_id={did}; "
            f"uuid={b.id('am_uuid', where='header.uuid', detectable=False)}",
        )
    return b


def play_audio(ctx: Context) -> Flow:
    _, tid = _t(ctx)
    length = round(ctx.rng.uniform(120, 300), 2)
    played = round(ctx.rng.uniform(5, length), 2)
    b = _base(ctx, "POST", "/play-audio")
    b.form(
        [
            ("track-id", tid.split(":")[0]),
            ("from-cache", "false"),
            ("from", "mobile-own_playlists"),
            ("play-id", new_hex(ctx.rng, 32)),
            ("uid", ctx.phone.muz_uid),
            ("timestamp", iso(ctx)),
            ("track-length-seconds", str(length)),
            ("total-played-seconds", str(played)),
            ("end-position-seconds", str(played)),
            ("album-id", tid.split(":")[1]),
            ("client-now", iso(ctx)),
        ]
    )
    b.view("body.track-id+total-played-seconds")
    b.ok_json({"result": "ok"})
    return b.build()


def rotor_feedback(ctx: Context) -> Flow:
    _, tid = _t(ctx)
    b = _base(ctx, "POST", "/rotor/station/user:onyourwave/feedback")
    b.param("batch-id", new_hex(ctx.rng, 16) + ".0")
    kind = ctx.rng.choice(["trackStarted", "trackFinished", "skip"])
    body = {
        "type": kind,
        "timestamp": iso(ctx),
        "from": "radio-mobile-user-onyourwave",
        "trackId": tid,
    }
    if kind != "trackStarted":
        body["totalPlayedSeconds"] = round(ctx.rng.uniform(3, 240), 1)
    b.json(body)
    b.view("body.type+trackId")
    b.ok_json({"result": "ok"})
    return b.build()


def history_batch(ctx: Context) -> Flow:
    """The app's own offline-listening upload (played while on the metro)."""
    b = _base(ctx, "POST", f"/users/{ctx.phone.muz_uid}/plays", device=False)
    rows = [
        {
            "trackTitle": t,
            "trackId": tid,
            "playedMs": ctx.rng.randint(5000, 240000),
            "listenedAt": iso(ctx),
            "context": "offline",
        }
        for t, tid in [_t(ctx), _t(ctx), _t(ctx)]
    ]
    b.json({"plays": rows, "clientNow": iso(ctx)})
    b.view("body.plays[]")
    b.ok_json({"accepted": len(rows)})
    return b.build()


def am_listen(ctx: Context) -> Flow:
    title, tid = _t(ctx)
    value = js({"track_id": tid, "title": title, "listened_sec": ctx.rng.randint(10, 280)})
    b = sdk_ru.am_report(ctx, "3874112", [("track_listened", value)])
    b.view("body.protobuf.event[track_listened]")
    return b.build()


def opaque_sync(ctx: Context) -> Flow:
    b = _base(ctx, "POST", "/ynison/state", device=False)
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(180)), "application/octet-stream")
    b.view("body (encrypted player state)", detectable=False)
    b.no_content()
    return b.build()


def lyrics(ctx: Context) -> Flow:
    _, tid = _t(ctx)
    b = _base(ctx, "GET", f"/tracks/{tid.split(':')[0]}/lyrics", device=False)
    b.params += [("format", "LRC"), ("timeStamp", str(int(ctx.now)))]
    b.decoy("lyrics fetch with track id")
    b.ok_json({"result": {"downloadUrl": "https://lyr.zvuk-kz.example/" + new_hex(ctx.rng, 16)}})
    return b.build()


def download_info(ctx: Context) -> Flow:
    _, tid = _t(ctx)
    b = _base(ctx, "GET", f"/tracks/{tid.split(':')[0]}/download-info", device=False)
    b.decoy("download info for a track")
    b.ok_json({"result": [{"codec": "mp3", "bitrateInKbps": 320, "gain": False}]})
    return b.build()


def cover(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "zvuk",
        "GET",
        f"https://avatars.zvuk-kz.example/get-music-content/{new_digits(ctx.rng, 6)}/"
        f"{new_hex(ctx.rng, 8)}/400x400",
    )
    b.decoy("album cover")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 500))
    return b.build()


def equaliser(ctx: Context) -> Flow:
    b = _base(ctx, "GET", "/settings/equalizer-presets", device=False)
    b.decoy("numeric gain series")
    bands = [[round(ctx.rng.uniform(-6, 6), 1) for _ in range(10)] for _ in range(4)]
    b.ok_json(
        {
            "presets": [
                {"name": n, "gains": g}
                for n, g in zip(["Рок", "Поп", "Джаз", "Бас"], bands, strict=True)
            ]
        }
    )
    return b.build()


VIEW = [
    play_audio,
    rotor_feedback,
    play_audio,
    history_batch,
    am_listen,
    rotor_feedback,
    opaque_sync,
]
DEV = [lambda c: sdk_ru.am_startup(c, "3874112", "aid_muz")]
BENIGN = [lyrics, download_info, cover, cover, equaliser]
