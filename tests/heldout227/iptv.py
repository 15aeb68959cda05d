"""The IPTV box in the Baku flat: an Android TV box (X96-style) running a
player on an Xtream-Codes-style panel of the family's IPTV operator.

The panel's player API is `player_api.php?username=...&password=...&action=...`
(`get_live_categories`, `get_live_streams`, `get_short_epg&stream_id=`), and a
channel plays from `/live/{user}/{pass}/{stream_id}.ts`, the shape open-source
Xtream clients implement. The player app activates the box with its MAC
(`mac_address`), serial and an app-made `device_key`; it syncs the box's
"son baxılanlar" (recently watched channels, with seconds) to the operator and
polls its playlist with the MAC in the query. A stats pixel sends positional
rows keyed by an MD5 of the MAC. The categories, channel list, EPG and stream
chunks are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

PANEL = "http://tv.ailetv.example:8080"
ACT = "https://aktiv.ailetv.example"
UA = "XCIPTV/5.0.1 (Linux; Android 9; X96 Max Plus)"
KANALLAR = [
    (3101, "AzTV HD"),
    (3102, "İctimai TV HD"),
    (3103, "ATV HD"),
    (3104, "Xəzər TV"),
    (3105, "CBC Sport HD"),
    (3106, "Space TV"),
    (3107, "TRT 1"),
    (3108, "Show TV"),
]
PAROL = "k7Qv29"


def _panel(c: Context, action: str, extra: list[tuple[str, str]] | None = None) -> FB:
    b = FB(
        c,
        "xtream-panel",
        "GET",
        f"{PANEL}/player_api.php",
        [("username", c.phone.box_login), ("password", PAROL), ("action", action)] + (extra or []),
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA)
    return b


def aktivlesdir(c: Context) -> Flow:
    b = FB(c, "ailetv", "POST", f"{ACT}/api/cihaz/aktivlesdir")
    b.header("user-agent", UA)
    b.json(
        {
            "mac_address": b.id("box_mac", where="json mac_address"),
            "serial": b.id("box_serial", where="json serial"),
            "device_key": b.id("box_device_id", where="json device_key"),
            "model": "X96 Max Plus",
            "app_version": "5.0.1",
        }
    )
    b.ok_json({"aktiv": True, "bitme": "2025-12-31", "istifadeci": b.acct("box_login")})
    return b.build()


def playlist(c: Context) -> Flow:
    b = FB(c, "ailetv", "GET", f"{ACT}/api/playlist")
    b.header("user-agent", UA)
    b.param("mac", b.id("box_mac", "urlenc", "query mac"))
    b.ok_json({"url": f"{PANEL}", "username": b.acct("box_login"), "exp": 1767139200})
    return b.build()


def son_baxilanlar(c: Context) -> Flow:
    b = FB(c, "ailetv", "POST", f"{ACT}/api/son-baxilanlar")
    b.header("user-agent", UA)
    b.header("x-device-key", b.id("box_device_id", where="header x-device-key"))
    b.view("json sonBaxilanlar[] kanal + saniye")
    b.json(
        {
            "sonBaxilanlar": [
                {"kanalId": k, "kanal": n, "saniye": c.rng.randint(60, 7200), "vaxt": iso(c)}
                for k, n in c.rng.sample(KANALLAR, c.rng.randint(1, 4))
            ]
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def stats_pixel(c: Context) -> Flow:
    b = FB(c, "ailetv", "POST", f"{ACT}/px")
    b.header("user-agent", UA)
    h = b.id("box_mac", "md5", "json h", detectable=False)
    b.view("json r[] positional rows", detectable=False)
    b.json(
        {
            "h": h,
            "r": [[c.rng.choice(KANALLAR)[0], c.rng.randint(30, 7200), ms(c)] for _ in range(2)],
        }
    )
    b.no_content()
    return b.build()


def live_categories(c: Context) -> Flow:
    b = _panel(c, "get_live_categories")
    b.ok_json(
        [
            {"category_id": str(i), "category_name": n, "parent_id": 0}
            for i, n in enumerate(["Azərbaycan", "Türkiyə", "İdman", "Uşaq", "Film"], 1)
        ]
    )
    return b.build()


def live_streams(c: Context) -> Flow:
    b = _panel(c, "get_live_streams", [("category_id", "1")])
    b.decoy("channel list with stream ids (content fetch)")
    b.ok_json(
        [
            {"num": i, "name": n, "stream_id": k, "stream_icon": f"{PANEL}/logo/{k}.png"}
            for i, (k, n) in enumerate(KANALLAR, 1)
        ]
    )
    return b.build()


def short_epg(c: Context) -> Flow:
    k = c.rng.choice(KANALLAR)[0]
    b = _panel(c, "get_short_epg", [("stream_id", str(k)), ("limit", "4")])
    b.decoy("EPG listings with start/stop times (content fetch)")
    b.ok_json(
        {
            "epg_listings": [
                {"id": new_hex(c.rng, 6), "title": "WGV3YmVybGVy", "start": iso(c), "stop": iso(c)}
                for _ in range(4)
            ]
        }
    )
    return b.build()


def live_chunk(c: Context) -> Flow:
    k = c.rng.choice(KANALLAR)[0]
    b = FB(
        c,
        "xtream-panel",
        "GET",
        f"{PANEL}/live/{c.phone.box_login}/{PAROL}/{k}.ts",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
