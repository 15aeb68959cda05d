"""Suab Nkauj: a Hmong video and kwv txhiaj (sung poetry) streaming app on the
mother's iPhone 13 in St. Paul.

The backend is Hmong-built: paths and keys are Hmong RPA (`saib` = watch,
`yeeb_yaj_kiab` = video, `zaj_nkauj` = song, `tus_hu` = singer, `qhov_chaw` =
position, `ntev` = length, `keeb_kwm` = history, `cuab_yeej` = device,
`nrhiav` = search, `duab_me` = thumbnail). Video plays go to Segment with the
Video spec (`Video Content Playing` / `Video Content Completed`, `asset_id`,
`position`, `total_length`; https://segment.com/docs/connections/spec/video/)
in a gzipped batch whose `context.device` holds the IDFV and IDFA; songs go to
Mixpanel (`/track`, form `data` = base64 JSON, `$device_id`, `$ios_ifa`). The
app reports installs to Kochava (`kochava_device_id`, `idfa`, `idfv`). The
catalogue, search, thumbnails, the "most listened" counts and HLS segments are
content fetches.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, js

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.suabnkauj.example"
UA = ios_ua("SuabNkauj", "3.8.0", "412")
VIDEOS = [
    ("v2201", "Kwv Txhiaj Tshiab Xyoo 2024", 1860),
    ("v2217", "Nkauj Hmoob Laus: Nco Txog Roob Phaj Xeeb", 2400),
    ("v2230", "Dab Neeg: Nkauj Ntsuab thiab Nraug Nyab", 3600),
    ("v2248", "Xyoo Tshiab Hmoob St. Paul 2023", 5400),
    ("v2255", "Zaj Lus Txiv Xaiv Kev Pam Tuag", 1500),
    ("v2261", "Paj Ntaub: Kev Xaws Ntaub Hmoob", 1200),
]
SINGERS = ["Maiv Yaj", "Txooj Lis", "Paj Zoo Vaj", "Nom Tswv Thoj", "Ntxawm Xyooj"]
SEGMENT_KEY = "Basic " + b64("Yk3tQz8wNnR1cUVhT2xQ:")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "suabnkauj", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _vid(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(VIDEOS)


def _seg_context(b: FB) -> dict:
    return {
        "app": {"name": "Suab Nkauj", "version": "3.8.0", "build": "412"},
        "device": {
            "id": b.id("idfv_niam", where="json batch[].context.device.id (IDFV)"),
            "advertisingId": b.id("idfa_niam", where="json batch[].context.device.advertisingId"),
            "adTrackingEnabled": True,
            "manufacturer": "Apple",
            "model": "iPhone14,5",
            "type": "ios",
        },
        "os": {"name": "iOS", "version": "17.5.1"},
        "library": {"name": "analytics-ios", "version": "4.1.8"},
        "locale": "hmn-US",
        "timezone": "America/Chicago",
    }


def segment_video(c: Context, event: str = "Video Content Playing") -> Flow:
    vid, title, dur = _vid(c)
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", "analytics-ios/4.1.8")
    b.header("authorization", SEGMENT_KEY)
    b.view(f"json batch[].event={event} properties.asset_id/title/position")
    pos = dur if event == "Video Content Completed" else c.rng.randint(10, dur)
    msg = {
        "type": "track",
        "event": event,
        "properties": {
            "session_id": new_hex(c.rng, 16),
            "asset_id": vid,
            "title": title,
            "program": "Suab Nkauj Originals",
            "position": pos,
            "total_length": dur,
            "livestream": False,
            "publisher": "Suab Nkauj",
        },
        "anonymousId": b.id("seg_anon", where="json batch[].anonymousId"),
        "userId": b.acct("suab_user"),
        "context": _seg_context(b),
        "messageId": rid(c.rng),
        "timestamp": iso(c),
    }
    b.json({"batch": [msg], "sentAt": iso(c), "writeKey": "Yk3tQz8wNnR1cUVhT2xQ"}, "gzip")
    b.ok_json({"success": True})
    return b.build()


def segment_screen(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", "analytics-ios/4.1.8")
    b.header("authorization", SEGMENT_KEY)
    msg = {
        "type": "screen",
        "name": c.rng.choice(["Nplooj Tsev", "Nrhiav", "Kuv Cov Nkauj", "Teeb Tsa"]),
        "anonymousId": b.id("seg_anon", where="json batch[].anonymousId"),
        "context": _seg_context(b),
        "messageId": rid(c.rng),
        "timestamp": iso(c),
    }
    b.json({"batch": [msg], "sentAt": iso(c)}, "gzip")
    b.ok_json({"success": True})
    return b.build()


def mixpanel_song(c: Context) -> Flow:
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track?ip=1")
    b.header("user-agent", UA)
    b.view("form data=base64 JSON event 'Mloog Nkauj' zaj_nkauj/sijhawm_mloog")
    ev = [
        {
            "event": "Mloog Nkauj",
            "properties": {
                "token": "9f2c4e7a1b3d5f60a8c2e4f6b1d3a5c7",
                "distinct_id": b.acct("suab_user"),
                "$device_id": b.id("mp_niam", where="form data (b64) $device_id"),
                "$ios_ifa": b.id("idfa_niam", where="form data (b64) $ios_ifa"),
                "time": ms(c),
                "$os": "iOS",
                "mp_lib": "swift",
                "zaj_nkauj": c.rng.choice(VIDEOS)[1],
                "tus_hu": c.rng.choice(SINGERS),
                "sijhawm_mloog": c.rng.randint(20, 420),
                "mloog_tiav": c.rng.random() < 0.5,
            },
        }
    ]
    b.form([("data", base64.b64encode(js(ev).encode()).decode())])
    b.respond(200, "text/plain", b"1")
    return b.build()


def saib_qhov_chaw(c: Context) -> Flow:
    vid, title, dur = _vid(c)
    b = _b(c, "POST", f"{API}/api/v2/saib/qhov-chaw")
    b.header("x-cuab-yeej-id", b.id("idfv_niam", where="header x-cuab-yeej-id"))
    b.view("json yeeb_yaj_kiab_id/qhov_chaw_vib_nas_this (watch position)")
    b.json(
        {
            "yeeb_yaj_kiab_id": vid,
            "npe": title,
            "qhov_chaw_vib_nas_this": c.rng.randint(30, dur),
            "ntev": dur,
            "saib_tiav": False,
            "lub_sij_hawm": iso(c),
        }
    )
    b.no_content()
    return b.build()


def keeb_kwm_saib(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kuv/keeb-kwm-saib?nplooj=1")
    b.view("response json keeb_kwm_saib[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        vid, title, dur = _vid(c)
        rows.append(
            {
                "yeeb_yaj_kiab_id": vid,
                "npe": title,
                "saib_txog": c.rng.randint(60, dur),
                "hnub_saib": iso(c),
            }
        )
    b.ok_json({"keeb_kwm_saib": rows, "nplooj": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's beacon: base64 of gzipped positional rows under 'p'."""
    b = _b(c, "POST", f"{API}/t/2")
    b.view("json p = base64(gzip([[asset, second, ts]...]))", detectable=False)
    rows = [
        [int(_vid(c)[0][1:]), c.rng.randint(5, 5400), ms(c)] for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"p": b64(gz(js(rows).encode())), "v": 2})
    b.no_content()
    return b.build()


def kochava_install(c: Context) -> Flow:
    b = FB(c, "kochava", "POST", "https://control.kochava.com/track/json")
    b.header("user-agent", "KochavaTracker/8.3.0 (iOS 17.5.1)")
    b.json(
        {
            "action": "install",
            "kochava_app_id": "kosuabnkauj-ios-7h2k",
            "kochava_device_id": b.id("kochava_niam", where="json kochava_device_id"),
            "sdk_version": "8.3.0",
            "sdk_protocol": "17",
            "data": {
                "idfa": b.id("idfa_niam", where="json data.idfa"),
                "idfv": b.id("idfv_niam", where="json data.idfv"),
                "app_tracking_transparency": {"authorization_status": "authorized"},
                "device": "iPhone14,5-iOS-17.5.1",
                "locale": "hmn-US",
                "usertime": int(c.now),
            },
        }
    )
    b.ok_json({"success": "1", "data": {"retry": -1}})
    return b.build()


def sau_npe_cuab_yeej(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/cuab-yeej/sau-npe")
    b.json(
        {
            "cuab_yeej_id": b.id("idfv_niam", where="json cuab_yeej_id"),
            "tshaj_tawm_id": b.id("idfa_niam", where="json tshaj_tawm_id (IDFA)"),
            "hom": "iPhone14,5",
            "lus": "hmn",
        }
    )
    b.ok_json({"zoo": True, "kev_pab": "https://suabnkauj.example/pab"})
    return b.build()


def opaque_config(c: Context) -> Flow:
    """Remote config keyed by an MD5 of the IDFV in a header named 'x-n'."""
    b = _b(c, "GET", f"{API}/api/v2/teeb-tsa")
    b.header("x-n", b.id("idfv_niam", "md5", "header x-n", detectable=False))
    b.ok_json({"hls": True, "ad_gap": 600, "lus": ["hmn", "en"]})
    return b.build()


def cov_yeeb_yaj_kiab(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/cov-yeeb-yaj-kiab?pawg=kwv-txhiaj")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "cov": [
                {"id": v, "npe": t, "ntev": d, "duab_me": f"https://img.suabnkauj.example/{v}.jpg"}
                for v, t, d in VIDEOS
            ]
        }
    )
    return b.build()


def nrhiav(c: Context) -> Flow:
    q = c.rng.choice(["kwv txhiaj", "nkauj laus", "paj ntaub", "xyoo tshiab"])
    b = _b(c, "GET", f"{API}/api/v2/nrhiav?lo_lus={q.replace(' ', '+')}")
    b.decoy("search results (content fetch)")
    b.ok_json({"txiaj_ntsig": [{"id": v, "npe": t} for v, t, _ in VIDEOS[:3]]})
    return b.build()


def duab_me(c: Context) -> Flow:
    vid = _vid(c)[0]
    b = FB(c, "suabnkauj", "GET", f"https://img.suabnkauj.example/{vid}.jpg?w=320")
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls(c: Context) -> Flow:
    vid = _vid(c)[0]
    b = FB(
        c,
        "suabnkauj",
        "GET",
        f"https://vod.suabnkauj.example/{vid}/720p/seg{c.rng.randint(1, 600):04d}.ts",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def nrov_tshaj(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/nkauj-nrov-tshaj?lub_lim_tiam=1")
    b.decoy("aggregate listen counts (not one person's listening)")
    b.ok_json(
        {
            "nrov": [
                {"id": v, "npe": t, "tus_neeg_mloog": c.rng.randint(10**3, 10**5)}
                for v, t, _ in VIDEOS
            ]
        }
    )
    return b.build()
