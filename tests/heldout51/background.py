"""Ordinary background traffic of a HyperOS phone in Taiwan / Thailand: MIUI
connectivity check, weather, Amap tiles, CDN images, crash reports with trace
ids, feature flags, update checks with hashes, exchange-rate series. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, mk, rf, rid, series


def generate_204(c: Context) -> Flow:
    b = FB(c, "miui", "GET", "https://connect.rom.miui.com/generate_204", http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = mk(c, "weather", "GET", "https://weatherapi.market.xiaomi.com/wtr-v3/weather/all")
    b.decoy("hourly temperature series and city coordinates")
    b.param("latitude", str(rf(c.rng, 13, 25, 2)))
    b.param("longitude", str(rf(c.rng, 100, 122, 2)))
    b.ok_json({"hourly": {"temperature": series(c, 24, 24, 36)}, "aqi": c.rng.randint(10, 160)})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = mk(
        c,
        "amap",
        "GET",
        "https://webrd01.is.autonavi.com/appmaptile"
        + f"?x={c.rng.randint(0, 2**z)}&y={c.rng.randint(0, 2**z)}&z={z}",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = mk(c, "cdn", "GET", f"https://img.alicdn-example.com/{new_hex(c.rng, 32)}_480x480.jpg")
    b.decoy("thumbnail image fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def crash(c: Context) -> Flow:
    b = mk(c, "bugly", "POST", "https://android.bugly.qq.com/rqd/async")
    b.decoy("crash report with trace / event ids and a stack")
    b.json(
        {
            "eventId": new_hex(c.rng, 32),
            "traceId": rid(c.rng),
            "time": iso(c),
            "stack": "java.lang.NullPointerException at PlayerView.onFrame(PlayerView.java:88)",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = mk(c, "flags", "GET", "https://cdn.haobang-app.cn/config/flags.json")
    b.decoy("feature flags naming face_pay, watch_history_ui, device_id_v2 toggles")
    b.ok_json(
        {
            "face_pay_enabled": True,
            "watch_history_ui": "v2",
            "device_id_v2": False,
            "rev": new_hex(c.rng, 40),
        }
    )
    return b.build()


def update_check(c: Context) -> Flow:
    b = mk(c, "updater", "GET", "https://update.miui.com/updates/v1/fullromdownload.php")
    b.decoy("ROM update check: build fingerprint, commit hash, md5 of the package")
    b.param("d", "sapphiren_global")
    b.ok_json(
        {"version": "OS1.0.12.0.UNGMIXM", "md5": new_hex(c.rng, 32), "commit": new_hex(c.rng, 40)}
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = mk(c, "fx", "GET", "https://api.exchangerate-example.com/v6/latest/TWD")
    b.decoy("exchange-rate price series")
    b.ok_json({"THB": series(c, 30, 1.05, 1.15, 4), "CNY": series(c, 30, 0.21, 0.23, 4)})
    return b.build()


BENIGN = [generate_204, weather, map_tile, cdn_image, crash, feature_flags, update_check, fx_rates]
