"""Kinoabend: Jonas's own streaming app (series, films, live TV) with ad SDKs.

* AppsFlyer launch / in-app events (`advertiserId` = the GAID, AppsFlyer's own
  `uid`, the device's `android_id`; af_content_view carries the title watched);
* Conviva heartbeats (CwsSessionHb with playhead `pht` and the asset name in
  `tags`), https://cws.conviva.com;
* an OpenRTB 2.5 bid request for a pre-roll (`device.ifa`, `site/app.content`
  with the episode being watched);
* the first-party watch progress (`fortschritt`), the "Weiterschauen" row, and
  an opaque beacon `/p` whose one-letter parameters carry the episode id and
  the position.

The catalogue, HLS segments, search and the "Trailer ansehen" view counter of a
title page are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64url, js

from .phone import JB, dalvik, iso, ms, rf, rid, ua

API = "https://api.kinoabend.example"
CDN = "https://vod.kinoabend-cdn.example"
UA = ua("Kinoabend", "4.8.2")
TITEL = [
    ("ser-4412-s02e05", "Kiezgeschichten S2 F5"),
    ("ser-4412-s02e06", "Kiezgeschichten S2 F6"),
    ("film-9981", "Der Mauerläufer"),
    ("ser-1207-s01e01", "Spreewaldkrimi S1 F1"),
    ("film-3310", "Tempelhofer Feld"),
]
AF_KEY = "com.kinoabend.app"


def _b(c: Context, method: str, url: str) -> JB:
    b = JB(c, "kinoabend", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _titel(c: Context) -> tuple[str, str]:
    return c.rng.choice(TITEL)


def fortschritt(c: Context) -> Flow:
    tid, _ = _titel(c)
    b = _b(c, "PUT", f"{API}/v2/profile/{b_user(c)}/fortschritt/{tid}")
    b.view("json positionSek / dauerSek for a title id (watch progress)")
    b.json({"positionSek": c.rng.randint(30, 2700), "dauerSek": 2880, "zeit": iso(c)})
    b.no_content()
    return b.build()


def b_user(c: Context) -> str:
    return str(c.phone.kino_user)  # type: ignore[attr-defined]


def weiterschauen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/profile/{b_user(c)}/weiterschauen")
    b.view("response json weiterschauen[] (titles with position)", direction="response")
    b.ok_json(
        {
            "weiterschauen": [
                {"id": tid, "titel": name, "positionSek": c.rng.randint(60, 2500)}
                for tid, name in c.rng.sample(TITEL, 3)
            ]
        }
    )
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    tid, _ = _titel(c)
    b = _b(c, "GET", f"{API}/p")
    b.view("query a (title id) / b (seconds) / c (state), no field names", detectable=False)
    b.param("a", tid)
    b.param("b", str(c.rng.randint(10, 2800)))
    b.param("c", "1")
    b.param("z", str(ms(c)))
    b.no_content()
    return b.build()


def conviva_hb(c: Context) -> Flow:
    tid, name = _titel(c)
    b = JB(c, "conviva", "POST", "https://kinoabend.cws.conviva.com/0/wsg")
    b.header("user-agent", dalvik())
    b.view("json pht (playhead) + tags c3.cm.name / assetName (Conviva heartbeat)")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Kinoabend-DE",
            "clid": f"{c.rng.randint(10**8, 10**9)}.{c.rng.randint(10**8, 10**9)}",
            "sid": c.rng.randint(1, 10**6),
            "seq": c.rng.randint(1, 60),
            "st": c.rng.randint(10_000, 3_000_000),
            "pht": c.rng.randint(10_000, 2_800_000),
            "ps": 3,
            "an": name,
            "tags": {"c3.cm.name": name, "c3.cm.id": tid, "c3.cm.contentType": "VOD"},
            "evs": [],
            "sdk": True,
            "pver": "2.2.0.0",
        }
    )
    b.ok_json({"err": "ok", "seq": 1, "hbi": 20})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = JB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={AF_KEY}&buildnumber=6.14.2",
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kino_af_uid", where="json uid"),
            "android_id": b.id("aid_kino", where="json android_id"),
            "appsflyerKey": new_hex(c.rng, 22),
            "app_version_name": "4.8.2",
            "counter": str(c.rng.randint(2, 90)),
            "timepassedsincelastlaunch": str(c.rng.randint(30, 90000)),
            "model": "Pixel 8",
            "brand": "google",
            "lang_code": "de",
            "country": "DE",
            "af_timestamp": str(ms(c)),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    tid, name = _titel(c)
    b = JB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.14/androidevent?app_id={AF_KEY}&buildnumber=6.14.2",
    )
    b.header("user-agent", dalvik())
    b.view("json eventValue af_content_id / af_content (title watched)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js({"af_content_id": tid, "af_content": name, "af_content_type": "vod"}),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("kino_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def rtb_bid(c: Context) -> Flow:
    tid, name = _titel(c)
    b = JB(c, "openrtb", "POST", "https://rtb.werbeboerse.example/openrtb2/auction")
    b.header("user-agent", dalvik())
    b.header("x-openrtb-version", "2.5")
    b.view("json app.content.id / title (episode being watched)")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "video": {"mimes": ["video/mp4"], "w": 1280, "h": 720}}],
            "app": {
                "bundle": "com.kinoabend.app",
                "content": {"id": tid, "title": name, "livestream": 0},
            },
            "device": {
                "ifa": b.id("gaid", where="json device.ifa"),
                "os": "android",
                "osv": "14",
                "model": "Pixel 8",
                "lmt": 0,
            },
            "user": {"id": b_user(c)},
            "tmax": 300,
        }
    )
    b.respond(204, None)
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = JB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kinoabend-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    fid = b.id("kino_fid", where="json fid")
    b.json({"fid": fid, "appId": "1:48213:android:" + new_hex(c.rng, 16), "authVersion": "FIS_v2"})
    b.ok_json(
        {
            "name": f"projects/48213/installations/{fid}",
            "fid": fid,
            "refreshToken": new_hex(c.rng, 40),
        }
    )
    return b.build()


def opaque_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/cfg")
    b.form(
        [
            ("a", "com.kinoabend.app"),
            ("h", b.id("aid_kino", "sha256", "form h", detectable=False)),
            ("v", "4.8.2"),
        ]
    )
    b.ok_json({"f": {"downloads": True, "4k": False}})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/katalog?rubrik={c.rng.choice(['krimi', 'doku', 'neu'])}")
    b.ok_json({"titel": [{"id": t, "name": n} for t, n in c.rng.sample(TITEL, 4)]})
    return b.build()


def trailer_aufrufe(c: Context) -> Flow:
    tid, _ = _titel(c)
    b = _b(c, "GET", f"{API}/v2/titel/{tid}")
    b.decoy("title page with public view count and trailer duration")
    b.ok_json(
        {
            "id": tid,
            "aufrufe": c.rng.randint(10**4, 10**6),
            "trailer": {"dauerSek": 124, "url": f"{CDN}/tr/{tid}.m3u8"},
            "bewertung": rf(c.rng, 3, 5, 1),
        }
    )
    return b.build()


def segment(c: Context) -> Flow:
    tid, _ = _titel(c)
    b = JB(c, "kinoabend-cdn", "GET", f"{CDN}/hls/{tid}/1080p/seg_{new_digits(c.rng, 4)}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def suche(c: Context) -> Flow:
    q = c.rng.choice(["krimi berlin", "tatort", "doku mauer"])
    b = _b(c, "GET", f"{API}/v2/suche?q={q.replace(' ', '+')}&token={b64url(rid(c.rng))}")
    b.ok_json({"treffer": [{"id": t, "name": n} for t, n in c.rng.sample(TITEL, 2)]})
    return b.build()
