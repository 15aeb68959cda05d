"""The Sony Bravia Google TV (fictional TV-side backends) and the phone's
remote / companion app that pairs with it.

Automatic content recognition (ACR) on smart TVs uploads audio/video
fingerprints with a timestamp every few seconds and gets back the matched
programme (the pattern described for Samba TV, Inscape and LG/Samsung ACR in
public privacy research); here the TV posts fingerprint hashes and a match
report. The TV's registration carries its serial, Wi-Fi and Bluetooth MACs
and its own advertising id. Fictional hosts; key names my own.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, tv_ua, ua

ACR = "https://acr.telesync-jp.com"
TVAPI = "https://tv.telesync-jp.com"
CHANNELS = ["NHK総合", "日テレ", "テレビ朝日", "TBS", "テレビ東京", "フジテレビ", "BS11"]


def acr_fingerprints(ctx: Context) -> Flow:
    b = FB(ctx, "tv-acr", "POST", f"{ACR}/v3/fp/batch", http_version="HTTP/1.1")
    b.header("user-agent", tv_ua("TeleSyncACR", "2.8.0"))
    fps = [
        {"t": ms(ctx) - i * 2000, "a": new_hex(ctx.rng, 32), "v": new_hex(ctx.rng, 16)}
        for i in range(6)
    ]
    b.json({"acr_device": ctx.phone.acr_device, "input": "tuner", "fingerprints": fps})  # type: ignore[attr-defined]
    b.other_id("acr_device", "body.acr_device")
    b.view("body.fingerprints[] (ACR)")
    b.ok_json({"ok": True, "next_in_ms": 2000})
    return b.build()


def acr_match(ctx: Context) -> Flow:
    b = FB(ctx, "tv-acr", "POST", f"{ACR}/v3/match/report", http_version="HTTP/1.1")
    b.header("user-agent", tv_ua("TeleSyncACR", "2.8.0"))
    b.json(
        {
            "acr_device": ctx.phone.acr_device,  # type: ignore[attr-defined]
            "matched": {
                "channel": ctx.rng.choice(CHANNELS),
                "program_id": "jp" + new_digits(ctx.rng, 10),
                "offset_sec": ctx.rng.randint(0, 3300),
                "source": ctx.rng.choice(["broadcast", "hdmi1", "app:jp.svod.nextra"]),
            },
            "viewed_from": iso(ctx),
            "duration_sec": ctx.rng.choice([30, 60, 300]),
        }
    )
    b.other_id("acr_device", "body.acr_device")
    b.view("body.matched{channel,program_id,offset_sec}")
    b.ok_json({"ok": True})
    return b.build()


def acr_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "tv-acr", "POST", f"{ACR}/v3/s", http_version="HTTP/1.1")
    blob = hashlib.shake_256(b"acr" + str(ms(ctx)).encode()).digest(256)
    b.set_body(blob, "application/octet-stream")
    b.view("body (binary, sealed)", detectable=False)
    b.no_content()
    return b.build()


def tv_register(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "POST", f"{TVAPI}/v1/devices/register", http_version="HTTP/1.1")
    b.header("user-agent", tv_ua("TeleSyncSvc", "5.0.3"))
    b.json(
        {
            "model": "KJ-55X85L",
            "serialNumber": b.id("tv_serial", where="body.serialNumber"),
            "wifiMac": b.id("tv_mac", where="body.wifiMac"),
            "btMac": b.id("tv_bt_mac", where="body.btMac"),
            "advertisingId": b.id("tv_gaid", where="body.advertisingId"),
            "region": "JP",
            "fw": "PKG6.6950.0456JPA",
        }
    )
    b.ok_json({"registered": True, "token": new_hex(ctx.rng, 40)})
    return b.build()


def watch_next(ctx: Context) -> Flow:
    """The TV launcher's continue-watching row pushed to the TV maker's cloud."""
    b = FB(ctx, "tv", "PUT", f"{TVAPI}/v1/watchnext", http_version="HTTP/1.1")
    b.header("user-agent", tv_ua("TeleSyncHome", "5.0.3"))
    rows = [
        {
            "package": p,
            "contentId": new_hex(ctx.rng, 10),
            "lastPositionMs": ctx.rng.randint(0, 5 * 10**6),
            "lastEngagementTime": ms(ctx),
        }
        for p in ["jp.svod.nextra", "tv.linearjp.app", "com.google.android.youtube.tv"]
    ]
    b.json({"watchNextPrograms": rows})
    b.view("body.watchNextPrograms[]{contentId,lastPositionMs}")
    b.no_content()
    return b.build()


def remote_pair(ctx: Context) -> Flow:
    """The phone's remote app confirms the pairing (the TV's MAC in an URL path)."""
    mac = ctx.phone.tv_mac  # type: ignore[attr-defined]
    b = FB(ctx, "tv-remote", "POST", f"{TVAPI}/v1/remote/pairings/{mac.replace(':', '')}")
    b.id("tv_mac", how="nosep", where="path (tv wifi mac, no separators)", detectable=False)
    b.header("user-agent", ua("TeleSyncRemote", "3.2.1"))
    b.json({"phone": "XQ-DQ44", "pin": str(ctx.rng.randint(1000, 9999)), "at": iso(ctx)})
    b.ok_json({"paired": True})
    return b.build()


def epg(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "GET", f"{TVAPI}/v1/epg", [("area", "tokyo"), ("date", "20241105")])
    b.decoy("EPG listing")
    b.ok_json(
        {"events": [{"ch": c, "start": int(ctx.now) + 600 * i} for i, c in enumerate(CHANNELS)]}
    )
    return b.build()


def fw_check(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "GET", f"{TVAPI}/v1/fw/latest", [("model", "KJ-55X85L")])
    b.decoy("firmware check with sha256 digest")
    b.ok_json(
        {"ver": "PKG6.6950.0500JPA", "sha256": hashlib.sha256(rid(ctx.rng).encode()).hexdigest()}
    )
    return b.build()


def screensaver(ctx: Context) -> Flow:
    b = FB(ctx, "tv", "GET", f"https://img.telesync-jp.com/ambient/{new_hex(ctx.rng, 8)}.jpg")
    b.decoy("ambient image fetch")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + b64(new_hex(ctx.rng, 20)).encode())
    return b.build()
