"""Ekran+: a Kinopoisk / Okko / ivi-like streaming app (in-house backend).

Its watch log uses transliterated Russian keys (prosmotr, pozitsiya,
dlitelnost, seriya, sezon), the resume sync English camelCase, the player
heartbeat short query keys; AppMetrica carries a player event too (sdk_ru).
The in-house API is my own invention; key naming follows what Russian
streaming apps' public API wrappers show (mixing translit and English).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from . import kino_misc, sdk_ru
from .phone import FB, iso, ms, ua

API = "https://api.ekranplus.ru"
APP = "ru.ekranplus.android"
TITLES = [
    ("Слово пацана. Кровь на асфальте", 1812),
    ("Чебурашка", 0),
    ("Мастер и Маргарита", 0),
    ("Холоп 2", 0),
    ("Триггер", 1207),
    ("Майор Гром: Игра", 0),
    ("Территория", 1604),
    ("Вызов", 0),
    ("Почка", 1733),
    ("Жуки", 1421),
]


def _title(ctx: Context) -> tuple[str, int, int]:
    name, series = ctx.rng.choice(TITLES)
    return name, series or ctx.rng.randint(40000, 99999), 1 if series else 0


def _base(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "ekran", method, API + path)
    b.header("user-agent", ua("EkranPlus", "5.41.0"))
    b.header("authorization", "Bearer " + b64(new_hex(ctx.rng, 24)))
    return b


def register(ctx: Context) -> Flow:
    b = _base(ctx, "POST", "/v2/devices/register")
    b.json(
        {
            "deviceId": b.id("kino_install", where="body.deviceId"),
            "androidId": b.id("aid_kino", where="body.androidId"),
            "gaid": b.id("gaid", where="body.gaid"),
            "platform": "android",
            "model": ctx.phone.model,
            "vendor": "samsung",
            "appVersion": "5.41.0",
        }
    )
    b.ok_json({"status": "ok", "deviceToken": b64(new_hex(ctx.rng, 32))})
    return b.build()


def watch_log(ctx: Context) -> Flow:
    name, content, serial = _title(ctx)
    b = _base(ctx, "POST", "/api/v3/prosmotr/log")
    dur = ctx.rng.randint(1500, 7800)
    b.json(
        {
            "profil": b.acct("kino_user"),
            "film_id": content,
            "nazvanie": name,
            "sezon": ctx.rng.randint(1, 3) if serial else None,
            "seriya": ctx.rng.randint(1, 8) if serial else None,
            "pozitsiya": ctx.rng.randint(0, dur),
            "dlitelnost": dur,
            "sobytie": ctx.rng.choice(["start", "pauza", "prodolzhenie", "konec"]),
            "kachestvo": ctx.rng.choice(["720p", "1080p", "4k"]),
            "vremya": iso(ctx),
        }
    )
    b.view("body.pozitsiya")
    b.no_content()
    return b.build()


def resume_sync(ctx: Context) -> Flow:
    b = _base(ctx, "PUT", f"/api/v3/users/{ctx.phone.kino_user}/resume")
    items = []
    for _ in range(ctx.rng.randint(1, 3)):
        _, content, serial = _title(ctx)
        dur = ctx.rng.randint(1500, 7800)
        items.append(
            {
                "contentId": content,
                "episodeId": content * 10 + 1 if serial else None,
                "positionSec": ctx.rng.randint(60, dur),
                "durationSec": dur,
                "updatedAt": ms(ctx),
            }
        )
    b.json({"items": items})
    b.view("body.items[].positionSec")
    b.ok_json({"synced": len(items)})
    return b.build()


def heartbeat(ctx: Context) -> Flow:
    _, content, _ = _title(ctx)
    b = FB(ctx, "ekran", "GET", "https://hb.ekranplus.ru/hb")
    dur = ctx.rng.randint(1500, 7800)
    b.params += [
        ("cid", str(content)),
        ("pos", str(ctx.rng.randint(0, dur))),
        ("dur", str(dur)),
        ("e", "tick"),
        ("sid", new_hex(ctx.rng, 16)),
        ("u", ctx.phone.kino_user),
    ]
    b.view("query.cid+pos")
    b.no_content()
    return b.build()


def continue_list(ctx: Context) -> Flow:
    b = _base(ctx, "POST", "/api/v3/prodolzhit-prosmotr")
    rows = []
    for _ in range(ctx.rng.randint(2, 5)):
        name, content, _ = _title(ctx)
        rows.append({"id": content, "nazvanie": name, "progress": round(ctx.rng.random(), 2)})
    b.json({"profil": b.acct("kino_user"), "prodolzhit": rows})
    b.view("body.prodolzhit[]")
    b.ok_json({"ok": True})
    return b.build()


def player_event(ctx: Context) -> Flow:
    _, content, _ = _title(ctx)
    value = js(
        {
            "content_id": content,
            "position_sec": ctx.rng.randint(10, 5000),
            "watched_percent": ctx.rng.randint(1, 100),
        }
    )
    b = sdk_ru.am_report(ctx, "4102317", [("player_progress", value)])
    b.view("body.protobuf.event[player_progress]")
    return b.build()


def opaque_beacon(ctx: Context) -> Flow:
    b = FB(ctx, "ekran", "POST", "https://t.ekranplus.ru/c")
    b.json({"v": 3, "p": b64(new_hex(ctx.rng, 96).encode()), "k": new_hex(ctx.rng, 8)})
    b.view("body.p (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def drm_license(ctx: Context) -> Flow:
    b = FB(ctx, "ekran", "POST", "https://drm.ekranplus.ru/widevine/license")
    b.param("s", b.id("aid_kino", "sha1", where="query.s", detectable=False))
    b.set_body(bytes(ctx.rng.getrandbits(8) for _ in range(120)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(ctx.rng.getrandbits(8) for _ in range(90)))
    return b.build()


VIEW = [
    watch_log,
    resume_sync,
    heartbeat,
    continue_list,
    watch_log,
    player_event,
    opaque_beacon,
    heartbeat,
]
DEV = [register, drm_license, lambda c: sdk_ru.am_startup(c, "4102317", "aid_kino"), drm_license]
BENIGN = kino_misc.BENIGN
