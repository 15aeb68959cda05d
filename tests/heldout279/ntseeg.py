"""Pawg Ntseeg Hmoob: a Hmong church's livestream app on the son's Pixel 8.

Keys are Hmong RPA (`kev_pehawm` = worship service, `zaj_lus_qhia` = sermon,
`vib_nas_this` = seconds, `saib_ntev` = watched for). The live player sends a
heartbeat with the service and seconds watched; past sermons report their
position; Mixpanel gets a `Saib Kev Pehawm` event (Android `/track`, form
`data` = base64 JSON array, `$device_id`, plus the app's own `android_id`
super property). An older player build sends compact positional rows in the
query string. Firebase Installations registers the install. The schedule,
Bible verse of the day, giving (with its receipt number) and sermon notes are
ordinary.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://app.pawgntseeghmoob.example"
UA = ua("PawgNtseeg", "1.9.4", "tub")
SERMONS = [
    ("ks-301", "Vajtswv Txoj Kev Hlub", 3900),
    ("ks-302", "Yexus Yog Txoj Kev", 4200),
    ("ks-305", "Kev Cia Siab Rau Xyoo Tshiab", 3600),
    ("ks-309", "Phau Ntawv Yauhas 3:16", 3300),
    ("ks-311", "Kev Ntseeg Hauv Tsev Neeg", 4500),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pawgntseeg", method, url)
    b.header("user-agent", UA)
    return b


def live_heartbeat(c: Context) -> Flow:
    sid, title, _ = c.rng.choice(SERMONS)
    b = _b(c, "POST", f"{API}/api/live/lub-plawv-dhia")
    b.header("x-android-id", b.id("aid_ntseeg", where="header x-android-id"))
    b.view("json kev_pehawm_id/vib_nas_this (live service watch time)")
    b.json(
        {
            "kev_pehawm_id": sid,
            "zaj_lus_qhia": title,
            "vib_nas_this": c.rng.choice([30, 60, 60, 120]),
            "pib_saib": iso(c),
            "zoo_li_cas": c.rng.choice(["720p", "480p"]),
        }
    )
    b.ok_json({"txuas_ntxiv": True})
    return b.build()


def vod_position(c: Context) -> Flow:
    sid, _title, dur = c.rng.choice(SERMONS)
    b = _b(c, "PUT", f"{API}/api/zaj-lus-qhia/{sid}/qhov-chaw")
    b.view("json saib_ntev/qhov_chaw (sermon video position, path names it)")
    b.json({"qhov_chaw": c.rng.randint(60, dur), "saib_ntev": dur, "hnub": iso(c)})
    b.no_content()
    return b.build()


def mixpanel_watch(c: Context) -> Flow:
    sid, title, _ = c.rng.choice(SERMONS)
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track")
    b.header("user-agent", UA)
    b.view("form data=base64 JSON 'Saib Kev Pehawm' zaj_lus_qhia/feeb")
    ev = [
        {
            "event": "Saib Kev Pehawm",
            "properties": {
                "token": "1d4f7b2e9a0c3e5f7a9b1c3d5e7f9a0b",
                "distinct_id": b.id("mp_ntseeg", where="form data (b64) distinct_id"),
                "$device_id": b.id("mp_ntseeg", where="form data (b64) $device_id"),
                "android_id": b.id("aid_ntseeg", where="form data (b64) android_id"),
                "time": int(c.now),
                "mp_lib": "android",
                "$os": "Android",
                "kev_pehawm_id": sid,
                "zaj_lus_qhia": title,
                "feeb": c.rng.randint(1, 70),
            },
        }
    ]
    b.form([("data", base64.b64encode(js(ev).encode()).decode())])
    b.respond(200, "text/plain", b"1")
    return b.build()


def opaque_pixel(c: Context) -> Flow:
    """Old player: base64url JSON rows [sermon, second, ts] in ?e=."""
    rows = [[int(c.rng.choice(SERMONS)[0][3:]), c.rng.randint(10, 4500), ms(c)]]
    b = _b(c, "GET", f"{API}/px.gif?e={b64url(js(rows))}&r={new_hex(c.rng, 8)}")
    b.view("query e = base64url rows", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/pawg-ntseeg/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "org.pawgntseeg.live")
    b.json(
        {
            "fid": b.id("ntseeg_fid", where="json fid"),
            "appId": "1:330917264018:android:91d2c3b4a5e6f708",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"refreshToken": new_hex(c.rng, 40), "authToken": {"expiresIn": "604800s"}})
    return b.build()


def sau_npe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/cuab-yeej")
    b.json(
        {
            "android_id": b.id("aid_ntseeg", where="json android_id"),
            "ad_id": b.id("gaid_tub", where="json ad_id"),
            "fcm": b.id("ntseeg_fid", where="json fcm"),
            "hom": "Pixel 8",
        }
    )
    b.ok_json({"tus_neeg": b.acct("ntseeg_user")})
    return b.build()


def opaque_device(c: Context) -> Flow:
    """Ad-config call; the ad id's SHA-256 under a key named 'u'."""
    b = _b(c, "GET", f"{API}/api/cfg")
    b.param("u", b.id("gaid_tub", "sha256", "query u", detectable=False))
    b.ok_json({"ads": False, "live": True})
    return b.build()


def sij_hawm(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/sij-hawm-pehawm")
    b.decoy("service schedule with durations")
    b.ok_json(
        {
            "cov": [
                {"id": s, "npe": t, "pib": "10:30", "ntev_feeb": d // 60} for s, t, d in SERMONS[:3]
            ]
        }
    )
    return b.build()


def nqe_vaj_lug(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/nqe-vaj-lug-hnub-no")
    b.ok_json({"nqe": "Yauhas 3:16", "lus": "Vajtswv hlub ntiaj teb heev..."})
    return b.build()


def pub_nyiaj(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/pub-nyiaj")
    b.decoy("donation receipt number")
    b.json({"nyiaj": rf(c.rng, 10, 200, 2), "hom": "ib_hlis", "idempotency_key": rid(c.rng)})
    b.ok_json({"daim_ntawv_txais": f"RCPT-{c.rng.randint(10**7, 10**8)}", "zoo": True})
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SERMONS)[0]
    b = FB(c, "pawgntseeg", "GET", f"https://cdn.pawgntseeghmoob.example/thumbs/{sid}_640.jpg")
    b.header("user-agent", UA)
    b.decoy("sermon thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()
