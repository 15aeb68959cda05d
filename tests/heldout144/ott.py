"""Dramaon: a K-drama OTT (Galaxy and iPhone), with AppsFlyer for attribution.

Its player reports in the in-house team's Konglish and romanised Korean
(`jaesaengWichi`, `sicheongSigan`), its continue-watching rail is `이어보기`, and an
older player SDK packs its heartbeat as gzip+base64 under `d`. Catalogue rails,
the "most watched this week" chart and HLS manifests are fetches, not history.
"""

from __future__ import annotations

import base64
import gzip
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import builder, galaxy_ua, iphone_ua, kst, ms, rid

API = "https://api.dramaon.example"
LOG = "https://playlog.dramaon.example"
UA = galaxy_ua("Dramaon", "5.12.3")
IUA = iphone_ua("Dramaon", "5.12.1")
TITLES = ["눈물의 여왕", "선재 업고 튀어", "무빙", "더 글로리", "나의 아저씨", "스물다섯 스물하나"]


def _ep(c: Context) -> str:
    return f"DR{c.rng.randint(1000, 9999)}E{c.rng.randint(1, 16):02d}"


def play_event(c: Context) -> Flow:
    b = builder(c, "dramaon", "POST", f"{LOG}/v2/jaesaeng/event", UA)
    b.view("json jaesaengWichi/sicheongSigan with contentId")
    b.json(
        {
            "deviseuID": b.id("aid_ott", where="json deviseuID (Konglish device id)"),
            "hoewonNo": b.acct("ott_user"),
            "contentId": _ep(c),
            "jemok": c.rng.choice(TITLES),
            "ibenteu": c.rng.choice(["PLAY", "PAUSE", "HEARTBEAT", "SEEK", "END"]),
            "jaesaengWichi": c.rng.randint(0, 3800),
            "sicheongSigan": c.rng.randint(10, 600),
            "hwajil": c.rng.choice(["FHD", "HD", "4K"]),
            "sigak": kst(c),
        }
    )
    b.no_content()
    return b.build()


def ios_progress(c: Context) -> Flow:
    b = builder(c, "dramaon-ios", "PUT", f"{API}/v1/users/me/{quote('시청기록')}/{_ep(c)}", IUA)
    b.view("path 시청기록 (percent-encoded) + json 재생위치/총길이")
    b.json(
        {
            "재생위치": c.rng.randint(0, 3800),
            "총길이": 3840,
            "완료여부": c.rng.random() < 0.2,
            "단말ID": b.id("idfv_ott", where="json 단말ID (IDFV)"),
        }
    )
    b.ok_json({"result": "OK"})
    return b.build()


def continue_rail(c: Context) -> Flow:
    b = builder(c, "dramaon", "GET", f"{API}/v1/home/ieobogi?profile=1", UA)
    b.view("response json 이어보기[] with progress", direction="response")
    b.ok_json(
        {
            "이어보기": [
                {"contentId": _ep(c), "title": t, "progressPct": c.rng.randint(3, 97)}
                for t in c.rng.sample(TITLES, 3)
            ]
        }
    )
    return b.build()


def opaque_heartbeat(c: Context) -> Flow:
    """The licensed player SDK's beacon: JSON gzipped and base64'd under `d`."""
    b = builder(c, "dramaon-player", "POST", f"{LOG}/hb", UA)
    b.view("form d (gzip+base64 of content, position)", detectable=False)
    inner = jsb({"c": _ep(c), "p": c.rng.randint(0, 3800), "t": ms(c), "s": 2})
    b.form([("d", base64.b64encode(gzip.compress(inner, mtime=0)).decode()), ("v", "3")])
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = builder(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=kr.dramaon.app",
        "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921N Build/UP1A.231005.007)",
    )
    b.json(
        {
            "uid": b.id("af_uid", where="json uid (AppsFlyer id)"),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "android_id": b.id("aid_ott", where="json android_id"),
            "eventName": "af_content_view",
            "af_timestamp": str(ms(c)),
            "installDate": "2024-10-02_031144+0900",
            "lang": "한국어",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def purchase_event(c: Context) -> Flow:
    """Hashed GAID under a one-letter key inside an in-house revenue ping."""
    b = builder(c, "dramaon", "POST", f"{API}/v1/billing/confirm", UA)
    b.json(
        {
            "상품코드": "PASS_MONTH_PREMIUM",
            "금액": 13900,
            "h": b.id("gaid", "md5", "json h (md5 of GAID)", detectable=False),
            "orderId": rid(c.rng),
        }
    )
    b.decoy("order id uuid and price: a purchase, not a device")
    b.ok_json({"ok": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = builder(c, "dramaon", "GET", f"{API}/v1/home/rails?section=kdrama", UA)
    b.decoy("catalogue rails with episode ids and durations (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "name": n,
                    "items": [
                        {"contentId": _ep(c), "title": t, "runtimeSec": 3840}
                        for t in c.rng.sample(TITLES, 3)
                    ],
                }
                for n in ("신작", "인기 드라마", "오늘의 추천")
            ]
        }
    )
    return b.build()


def top_chart(c: Context) -> Flow:
    b = builder(c, "dramaon", "GET", f"{API}/v1/chart/weekly-sicheong", UA)
    b.decoy("most-watched chart: aggregate view counts over all viewers")
    b.ok_json(
        {
            "chart": [
                {"rank": i + 1, "title": t, "sicheongSu": c.rng.randint(10**5, 10**7)}
                for i, t in enumerate(c.rng.sample(TITLES, 5))
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = builder(c, "dramaon", "GET", f"https://vod.dramaon.example/hls/{_ep(c)}/master.m3u8", UA)
    b.decoy("stream manifest fetch (not a report of watching)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080\n1080p.m3u8\n",
    )
    return b.build()
