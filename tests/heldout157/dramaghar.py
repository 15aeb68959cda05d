"""DramaGhar: a Pakistani streaming app (Urdu dramas, live PSL cricket) on the phone
and on the lounge's Android TV box.

The in-house player reports progress with Roman Urdu keys (`qist_id`, `dekha_sec`,
`mauqa`), the Android TV app logs live-match tuning (`channel`, `shuru`, `khatam`),
"Jari Rakhein" (continue watching) comes back in responses. The older player build
packs its beacon as gzip+base64 under `d`. Catalogue rails, trending dramas, HLS
segments, scorecards and search are ordinary.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import DALVIK, FB, iso, ms, rid, ua

API = "https://api.dramaghar.example"
CDN = "https://vod.dramaghar.example"
UA = ua("DramaGhar", "4.8.1")
TV_UA = "DramaGharTV/2.3.0 (Linux; Android 11; MiBOX4 Build/RP1A)"
DRAMAS = [
    ("tere-bin", "تیرے بن"), ("kabhi-main-kabhi-tum", "کبھی میں کبھی تم"),
    ("jaan-e-jahan", "جانِ جہاں"), ("mere-humsafar", "میرے ہمسفر"), ("sunn-mere-dil", "سن میرے دل"),
]  # fmt: skip
MATCHES = ["psl9-m21-lq-vs-kk", "psl9-m24-iu-vs-pz", "psl9-q1-ms-vs-iu"]


def _b(c: Context, method: str, url: str, tv: bool = False) -> FB:
    b = FB(c, "dramaghar", method, url)
    b.header("user-agent", TV_UA if tv else UA)
    b.header("x-dg-token", rid(c.rng).replace("-", ""))
    return b


def _drama(c: Context) -> tuple[str, str, int]:
    slug, title = c.rng.choice(DRAMAS)
    return slug, title, c.rng.randint(1, 38)


def progress(c: Context) -> Flow:
    slug, title, ep = _drama(c)
    b = _b(c, "POST", f"{API}/v2/player/progress")
    b.view("json qist_id + dekha_sec + mauqa (drama episode progress)")
    b.json(
        {
            "qist_id": f"{slug}-qist-{ep}",
            "unwan": f"{title} قسط {ep}",
            "dekha_sec": c.rng.randint(30, 2400),
            "mauqa": c.rng.randint(0, 2500),
            "mukammal": c.rng.random() < 0.3,
            "device_id": b.id("drama_device", where="json device_id"),
            "waqt": ms(c),
        }
    )
    b.no_content()
    return b.build()


def live_tuning(c: Context) -> Flow:
    """The TV box's live-channel log: which match was on and for how long."""
    b = _b(c, "POST", f"{API}/tv/v1/live/tuning-log", tv=True)
    b.view("json live_log[] channel/match_id/shuru/khatam (live tuning log)")
    b.json(
        {
            "box_serial": b.id("box_serial", where="json box_serial"),
            "live_log": [
                {
                    "channel": "dg-sports-1",
                    "match_id": c.rng.choice(MATCHES),
                    "shuru": iso(c),
                    "khatam": iso(c),
                    "dekhne_ke_minute": c.rng.randint(3, 190),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def jari_rakhein(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/jari-rakhein")
    b.view("response json jari_rakhein[] (continue watching)", direction="response")
    items = []
    for _ in range(4):
        slug, title, ep = _drama(c)
        items.append(
            {"qist_id": f"{slug}-qist-{ep}", "unwan": title, "baqi_sec": c.rng.randint(60, 2000)}
        )
    b.ok_json({"jari_rakhein": items})
    return b.build()


def beacon_blob(c: Context) -> Flow:
    """Old player build: its heartbeat gzipped and base64'd under one letter."""
    slug, _, ep = _drama(c)
    b = _b(c, "POST", f"{API}/b")
    b.view("json d (gzip+base64 heartbeat)", detectable=False)
    inner = js({"q": f"{slug}-{ep}", "s": c.rng.randint(10, 2400), "e": "hb"}).encode()
    b.json({"d": b64(gzip.compress(inner, mtime=0)), "v": 3})
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tv/v1/device/register", tv=True)
    b.json(
        {
            "serial": b.id("box_serial", where="json serial"),
            "wifi_mac": b.id("box_mac", where="json wifi_mac"),
            "model": "MiBOX4",
            "os": "Android TV 11",
        }
    )
    b.ok_json({"registered": True, "pair_code": str(c.rng.randint(100000, 999999))})
    return b.build()


def app_open(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/app/open")
    b.json(
        {
            "android_id": b.id("aid_drama", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "device_id": b.id("drama_device", where="json device_id"),
            "user": b.acct("drama_user"),
            "zuban": "ur",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "pk.dramaghar.app"), ("buildnumber", "6.13.0")],
    )  # fmt: skip
    b.header("user-agent", DALVIK)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "eventName": "af_content_view",
            "eventValue": js({"af_content_type": "drama", "af_content_id": _drama(c)[0]}),
            "af_timestamp": str(ms(c)),
            "brand": "Infinix",
        }
    )
    b.view("json eventValue af_content_id with af_content_view (what was opened to watch)")
    b.ok_json({"ok": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rails?section=home&lang=ur")
    b.decoy("catalogue rails with durations and episode numbers (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "naam": n,
                    "items": [
                        {"slug": s, "unwan": t, "qistain": c.rng.randint(20, 40)} for s, t in DRAMAS
                    ],
                }
                for n in ("نئے ڈرامے", "Trending", "PSL Highlights")
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?shehar=lahore")
    b.decoy("most-watched dramas across all viewers (aggregate)")
    b.ok_json(
        {
            "sab_se_zyada_dekhe_gaye": [
                {"slug": s, "views": c.rng.randint(10**5, 10**7)} for s, _ in DRAMAS
            ]
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    slug, _, ep = _drama(c)
    b = _b(c, "GET", f"{CDN}/hls/{slug}/{ep}/720p/seg_{c.rng.randint(1, 400):05d}.ts")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def scorecard(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cricket/{c.rng.choice(MATCHES)}/scorecard")
    b.decoy("live score: overs, run rates (numbers over time, not viewing)")
    b.ok_json(
        {
            "overs": f"{c.rng.randint(0, 19)}.{c.rng.randint(0, 5)}",
            "runs": c.rng.randint(20, 220),
            "wkts": c.rng.randint(0, 9),
            "run_rate_series": [round(c.rng.uniform(5, 12), 2) for _ in range(20)],
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/talash?q=%D8%AA%DB%8C%D8%B1%DB%92")
    b.decoy("search results (not what was watched)")
    b.ok_json({"natayij": [{"slug": s, "unwan": t} for s, t in DRAMAS[:3]]})
    return b.build()
