"""Kuck Play: the national broadcaster's catch-up and live app (Luxembourgish first).

Sensitive: the resume-point sync (`gekuckt` list with `Positioun` and `Zäit`), the
Conviva session heartbeat naming the asset with its play-head time, the "weider
kucken" rail returned by the server (a watch-history list, in the response), and
a compact beacon that packs content id and position as base64 protobuf without
names (opaque). AppsFlyer's launch sends the advertising id and the ANDROID_ID;
Firebase Installations registers the app's FID. Ordinary look-alikes: the
catalogue (`kucken`, `Sender` as menu words), the EPG, HLS segments, thumbnails,
search, the "Bildschierm" settings (subtitle size) and the DRM licence.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, pb_bytes, pb_varint

from .phone import B, iso, mk, ms, rf, ua

API = "https://api.kuckplay.example"
CDN = "https://vod.kuckplay-cdn.example"
UA = ua("KuckPlay", "4.8.0")
SHOWS = [
    ("ep-20241", "De Journal", "RTL Tëlee"),
    ("ep-31877", "Wat gëtt et Neies?", "RTL Tëlee"),
    ("ep-55012", "Den Tatort Lëtzebuerg", "RTL Zwee"),
    ("ep-61230", "Kuerzfilmer vum Filmfund", "RTL Zwee"),
    ("ep-70044", "D'Kichen vun der Oma", "RTL Tëlee"),
]


def _b(c: Context, method: str, path: str) -> B:
    b = mk(c, "kuckplay", method, API + path, UA)
    b.header("x-kp-client", "android-tv-mobile/4.8.0")
    return b


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/katalog/doheem?sprooch=lb")
    b.decoy("catalogue rails with 'kucken' / 'Sender' as menu words")
    b.ok_json(
        {
            "rails": [
                {
                    "titel": "Elo kucken",
                    "Sender": s,
                    "elementer": [{"id": i, "titel": t, "bild": f"{CDN}/img/{i}.jpg"}],
                }
                for i, t, s in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/epg?sender=rtl-tele&dag={iso(c)[:10]}")
    b.decoy("programme guide with times and channel names")
    b.ok_json(
        {
            "Sender": "RTL Tëlee",
            "programm": [
                {"ufank": f"{h:02d}:00", "titel": c.rng.choice(SHOWS)[1], "dauer_min": 30}
                for h in range(17, 23)
            ],
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    i = c.rng.choice(SHOWS)[0]
    n = c.rng.randint(1, 400)
    b = mk(c, "kuckplay", "GET", f"{CDN}/hls/{i}/720p/seg_{n:05d}.m4s", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch (content id in path, no watch report)")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def thumbnail(c: Context) -> Flow:
    i = c.rng.choice(SHOWS)[0]
    b = mk(c, "kuckplay", "GET", f"{CDN}/img/{i}.jpg?w=480", UA)
    b.decoy("programme thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sichen(c: Context) -> Flow:
    q = c.rng.choice(["tatort", "journal", "kichen", "fussball"])
    b = _b(c, "GET", f"/v2/sichen?q={q}&sprooch=lb")
    b.decoy("search query and results")
    b.ok_json({"q": q, "resultater": [{"id": i, "titel": t} for i, t, _ in SHOWS[:2]]})
    return b.build()


def bildschierm(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/astellungen")
    b.decoy("'Bildschierm' / subtitle settings")
    b.json(
        {
            "Bildschierm": {"hell": True, "ënnertitelGréisst": "grouss"},
            "autoplay": False,
            "sprooch": "lb",
        }
    )
    b.ok_json({"gespäichert": True})
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = mk(c, "kuckplay", "POST", "https://drm.kuckplay.example/widevine/licence", UA)
    b.decoy("Widevine licence request (opaque challenge, no ids)")
    b.set_body(bytes.fromhex("0804") + new_hex(c.rng, 60).encode(), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes.fromhex("0802") + new_hex(c.rng, 80).encode())
    return b.build()


def gekuckt_sync(c: Context) -> Flow:
    i, t, s = c.rng.choice(SHOWS)
    b = _b(c, "POST", "/v2/benotzer/gekuckt")
    b.view("json gekuckt[].{id,Positioun,Zäit}")
    b.json(
        {
            "benotzer": b.acct("kuck_user"),
            "gekuckt": [
                {
                    "id": i,
                    "titel": t,
                    "Sender": s,
                    "Positioun": c.rng.randint(60, 2400),
                    "Zäit": iso(c),
                    "fäerdeg": False,
                }
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def weider_kucken(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/benotzer/weider-kucken")
    b.view("response weiderKucken[].{id,positioun,lescht_gekuckt}", direction="response")
    b.ok_json(
        {
            "weiderKucken": [
                {
                    "id": i,
                    "titel": t,
                    "positioun": c.rng.randint(100, 2000),
                    "lescht_gekuckt": iso(c),
                }
                for i, t, _ in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def conviva_hb(c: Context) -> Flow:
    i, t, s = c.rng.choice(SHOWS)
    b = mk(c, "conviva", "POST", "https://kuckplay.cws.conviva.com/0/wsg", UA)
    b.view("json evs[].new.an / cwsStateChange with pht (asset and play-head)")
    b.other_id("kuck_conviva_clid", "json clid (Conviva client id)")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.KuckPlay",
            "clid": c.phone.kuck_conviva_clid,
            "sid": c.rng.randint(1, 50),
            "seq": c.rng.randint(1, 40),
            "pver": "2.6",
            "st": ms(c) % 10**7,
            "pht": c.rng.randint(10_000, 2_000_000),
            "an": f"{i}|{t}",
            "tags": {"c3.cm.channel": s, "c3.cm.contentType": "VOD"},
            "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3}, "old": {"ps": 6}}],
        }
    )
    b.ok_json({"err": "ok", "clid": c.phone.kuck_conviva_clid, "hbi": 20})
    b.other_id("kuck_conviva_clid", "response json clid", direction="response")
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    i, _, _ = c.rng.choice(SHOWS)
    pb = pb_bytes(1, i) + pb_varint(2, c.rng.randint(60, 2400)) + pb_varint(3, ms(c))
    b = _b(c, "POST", "/t/b")
    b.view("form d = base64 protobuf (content id, position, time; no names)", detectable=False)
    b.form([("v", "3"), ("d", b64(pb))])
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    url = (
        "https://launches.appsflyer.com/api/v6.12/androidevent"
        "?app_id=lu.kuckplay.android&buildnumber=6.12.2"
    )
    b = mk(c, "appsflyer", "POST", url, "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8)")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "android_id": b.id("aid_kuck", where="json android_id"),
        "uid": c.phone.kuck_af_uid,
        "app_id": "lu.kuckplay.android",
        "af_timestamp": str(ms(c)),
        "model": "Pixel 8",
        "brand": "google",
        "lang": "Lëtzebuergesch",
        "country": "LU",
        "counter": str(c.rng.randint(2, 40)),
        "af_events_api": "1",
    }
    b.other_id("kuck_af_uid", "json uid (AppsFlyer id)")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/kuckplay-lu/installations"
    b = mk(c, "firebase", "POST", url, dalvik_ua())
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.other_id("kuck_fid", "json fid (Firebase installation id)")
    b.json(
        {
            "fid": c.phone.kuck_fid,
            "appId": "1:402117:android:" + "5b2f0c1e9a",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/402117/installations/" + c.phone.kuck_fid,
            "fid": c.phone.kuck_fid,
            "refreshToken": "3_" + new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    b.other_id("kuck_fid", "response json fid", direction="response")
    return b.build()


def dalvik_ua() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"


def live_rating(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/live/rtl-tele/stats?t={ms(c)}")
    b.decoy("aggregate live audience count for a channel (no person)")
    b.ok_json({"Sender": "RTL Tëlee", "zuschauer_elo": c.rng.randint(8000, 40000), "rang": 1})
    return b.build()


_ = rf
