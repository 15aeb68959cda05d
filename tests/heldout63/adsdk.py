"""Attribution and ad SDKs the Japanese apps embed, as their SDKs send them.

Sources (shapes, not copied code):
- Adjust Android SDK v4 (github.com/adjust/android_sdk, PackageBuilder): form
  bodies to app.adjust.com/session and /event with app_token, gps_adid,
  android_uuid, created_at, session_count, Client-SDK header.
- AppsFlyer Android SDK v6: JSON to launches/inapps.appsflyer.com
  /api/v6.x/androidevent?app_id=&buildnumber= with advertiserId, uid,
  af_timestamp, eventName / eventValue (JSON-in-JSON).
- nend (net.nend.android.NendAdRequest, decompiled in public repos): GET
  ad1.nend.net/na.php?apikey&spot&uid&os&version&model&device&localize&sdkver&gaid.
- AppLovin (legacy a.applovin.com/4.0/ad query: idfa carries the GAID on Android).
- Google Mobile Ads: googleads.g.doubleclick.net/mads/gma?...&rdid=&is_lat=.
- i-mobile, FIVE and Repro: host names are the vendors'; their parameter
  names here are my own plausible ones (no public wire documentation found).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rid, ua

PKG = {
    "tver": "jp.hoso.catchup",
    "abema": "tv.linearjp.app",
    "unext": "jp.svod.nextra",
    "anime": "jp.animebox.player",
    "music": "jp.otoriha.music",
    "kara": "jp.utaou.karaoke",
    "konbi": "jp.konbini.machi",
    "sec": "jp.kabu.trade",
}


def adjust_session(ctx: Context, app: str, kind: str = "session") -> Flow:
    b = FB(ctx, "adjust", "POST", f"https://app.adjust.com/{kind}", http_version="HTTP/1.1")
    b.header("Client-SDK", "android4.38.3")
    b.header("User-Agent", "Dalvik/2.1.0 (Linux; U; Android 14; XQ-DQ44 Build/67.1.A.2.118)")
    pairs = [
        ("app_token", new_hex(ctx.rng, 12)),
        ("app_version", "8.4.1"),
        ("package_name", PKG[app]),
        ("gps_adid", b.id("gaid", where="body.gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", ""),
        ("tracking_enabled", "1"),
        ("created_at", iso(ctx) + "+0900"),
        ("sent_at", iso(ctx) + "+0900"),
        ("device_type", "phone"),
        ("device_manufacturer", "Sony"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("country", "JP"),
        ("language", "ja"),
        ("session_count", str(ctx.rng.randint(2, 90))),
        ("environment", "production"),
        ("needs_response_details", "1"),
    ]
    b.other_id("adjust_uuid", "body.android_uuid")
    pairs[5] = ("android_uuid", ctx.phone.adjust_uuid)  # type: ignore[attr-defined]
    if kind == "event":
        pairs.insert(1, ("event_token", ctx.rng.choice(["x7k2pa", "q0ne4c", "mm81vz"])))
        pairs.append(("callback_params", '{"content_genre":"drama"}'))
    b.form(pairs)
    b.ok_json({"message": "Session tracked", "timestamp": iso(ctx), "adid": new_hex(ctx.rng, 32)})
    return b.build()


def appsflyer(ctx: Context, app: str, event: str = "") -> Flow:
    host = "inapps" if event else "launches"
    url = f"https://{host}.appsflyer.com/api/v6.13/androidevent"
    b = FB(ctx, "appsflyer", "POST", url, [("app_id", PKG[app]), ("buildnumber", "6.13.1")])
    body = {
        "advertiserId": b.id("gaid", where="body.advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": ctx.phone.af_uid,  # type: ignore[attr-defined]
        "af_timestamp": str(ms(ctx)),
        "appsflyerKey": new_hex(ctx.rng, 22),
        "brand": "Sony",
        "model": "XQ-DQ44",
        "lang": "日本語",
        "lang_code": "ja",
        "country": "JP",
        "operator": "NTT DOCOMO",
        "network": "WIFI",
        "counter": str(ctx.rng.randint(3, 200)),
        "isFirstCall": "false",
        "platformextension": "android_native",
    }
    b.other_id("af_uid", "body.uid")
    if event:
        body["eventName"] = event
        body["eventValue"] = '{"af_content_type":"video","af_price":0}'
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def nend_ad(ctx: Context) -> Flow:
    b = FB(ctx, "nend", "GET", "https://ad1.nend.net/na.php", http_version="HTTP/1.1")
    uid = b.id("aid_anime", how="sha1", where="query.uid", detectable=False)
    for k, v in [
        ("apikey", new_hex(ctx.rng, 40)),
        ("spot", str(ctx.rng.randint(100000, 999999))),
        ("uid", uid),
        ("os", "android"),
        ("version", "14"),
        ("model", "XQ-DQ44"),
        ("device", "XQ-DQ44"),
        ("localize", "ja_JP"),
        ("sdkver", "10.0.1"),
        ("gaid", b.id("gaid", where="query.gaid")),
    ]:
        b.param(k, v)
    b.header("User-Agent", ua("AnimeBox", "5.2.0"))
    b.ok_json({"status_code": 200, "default_ad": {"image_url": "https://img1.nend.net/x.png"}})
    return b.build()


def applovin_ad(ctx: Context, app: str) -> Flow:
    b = FB(ctx, "applovin", "GET", "https://a.applovin.com/4.0/ad", http_version="HTTP/1.1")
    for k, v in [
        ("api_did", new_hex(ctx.rng, 16)),
        ("package_name", PKG[app]),
        ("platform", "android"),
        ("model", "XQ-DQ44"),
        ("brand", "Sony"),
        ("idfa", b.id("gaid", where="query.idfa")),
        ("dnt", "false"),
        ("format", "json"),
        ("zone_id", "inter_regular"),
        ("sdk_version", "12.4.2"),
    ]:
        b.param(k, v)
    b.ok_json({"ads": [], "xdp": new_hex(ctx.rng, 24)})
    return b.build()


def admob(ctx: Context, app: str) -> Flow:
    b = FB(ctx, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("submodel", "XQ-DQ44"),
        ("u_sd", "3.5"),
        ("format", "320x50_mb"),
        ("app_name", f"1.android.{PKG[app]}"),
        ("correlator", new_digits(ctx.rng, 16)),
        ("rdid", b.id("gaid", where="query.rdid")),
        ("is_lat", "0"),
        ("gnt", "3"),
        ("hl", "ja"),
        ("request_id", rid(ctx.rng)),
    ]:
        b.param(k, v)
    b.respond(200, "text/html; charset=UTF-8", b"<!doctype html><html><body></body></html>")
    return b.build()


def imobile_ad(ctx: Context) -> Flow:
    url = "https://spdeliver.i-mobile.co.jp/api/ad_spot.ashx"
    b = FB(ctx, "i-mobile", "GET", url, http_version="HTTP/1.1")
    for k, v in [
        ("pid", str(ctx.rng.randint(30000, 59999))),
        ("mid", str(ctx.rng.randint(200000, 599999))),
        ("asid", str(ctx.rng.randint(1000000, 1999999))),
        ("adid", b.id("gaid", where="query.adid")),
        ("os", "a"),
        ("osv", "14"),
        ("sdkv", "2.3.1"),
    ]:
        b.param(k, v)
    b.ok_json({"result": {"code": 0}, "ads": []})
    return b.build()


def five_ad(ctx: Context) -> Flow:
    """FIVE's request: a binary envelope whose payload is an XOR-ed blob (opaque)."""
    b = FB(ctx, "five", "POST", "https://ad.fivecdm.com/rq/v3", http_version="HTTP/1.1")
    gaid = b.id_raw("gaid", "five_cipher", "body(binary envelope)")
    key = hashlib.sha256(str(ms(ctx)).encode()).digest()
    blob = bytes(c ^ key[i % 32] for i, c in enumerate(f"{gaid}|jp|XQ-DQ44".encode()))
    b.set_body(b"\x03\x01" + len(blob).to_bytes(2, "big") + blob, "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes.fromhex(new_hex(ctx.rng, 64)))
    return b.build()


def repro_events(ctx: Context, app: str) -> Flow:
    b = FB(ctx, "repro", "POST", "https://api.reproio.com/v3/sdk/events", http_version="HTTP/1.1")
    b.header("X-Repro-Token", new_hex(ctx.rng, 32))
    body = {
        "device_id": ctx.phone.repro_uuid,  # type: ignore[attr-defined]
        "advertising_id": b.id("gaid", where="body.advertising_id"),
        "platform": "android",
        "app_id": PKG[app],
        "events": [
            {"name": "open_screen", "at": iso(ctx), "props": {"screen": "home"}},
            {"name": "tap_banner", "at": iso(ctx), "props": {"banner_id": rid(ctx.rng)}},
        ],
    }
    b.other_id("repro_uuid", "body.device_id")
    b.json(body, encoding="gzip")
    b.ok_json({"accepted": 2})
    return b.build()


def firebase_install(ctx: Context, app: str) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/music-prod-8c1/installations"
    b = FB(ctx, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIza" + new_hex(ctx.rng, 35))
    fid = ctx.phone.fa_instance  # type: ignore[attr-defined]
    b.other_id("fa_instance", "body.fid")
    b.json({"fid": fid, "appId": "1:4411:android:" + new_hex(ctx.rng, 16), "authVersion": "FIS_v2"})
    b.ok_json({"name": "projects/4411/installations/" + fid, "fid": fid})
    return b.build()
