"""Visione+: the officer's own streaming app (Italian and Spanish series, Serie A live).

The backend is Italian (`visione` = viewing, `avanzamento` = progress,
`posizioneSec`, `durataSec`, `partita` = match, `secondiVisti`). The app
registers with Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2)
and its Firebase Analytics SDK uploads batches to app-measurement.com/a as
protobuf (event and parameter names in clear, the app-instance id and the
advertising id as bare strings in unnamed fields). AppsFlyer gets the launch
(`advertiserId`, `uid`) and an `af_content_view` in-app event whose
`eventValue` JSON names the episode. The Serie A live player reports to NPAW
(Youbora) with `/start?title=...&live=true&deviceUUID=...`. A compact player
beacon sends [title, episode, second, ts] rows under `r`.

The catalogue, search, Serie A fixtures and table, the "most watched" rail, DRM
licence requests and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import OB, dalvik, iso, ms, rid, ua

API = "https://api.visioneplus.example"
UA = ua("VisionePlus", "5.12.0")
PKG = "com.visioneplus.app"
GMP_APP_ID = "1:804317762215:android:2c9e41f7a0b3d55e"
SERIES = [
    ("vp1001", "Mare Fuori", 3000),
    ("vp1002", "L'amica geniale", 3300),
    ("vp1003", "Il commissario Ricciardi", 6000),
    ("vp2001", "La casa de papel", 3000),
    ("vp2002", "Élite", 3000),
    ("vp2003", "Las chicas del cable", 3000),
    ("vp2004", "Merlí", 2700),
]
MATCHES = [
    "Genoa - Inter",
    "Napoli - Juventus",
    "Roma - Lazio",
    "Milan - Atalanta",
    "Bologna - Torino",
]


def _b(c: Context, method: str, url: str) -> OB:
    b = OB(c, "visioneplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("x-app-lang", c.rng.choice(["it", "es"]))
    return b


def _ep(c: Context) -> tuple[str, str, int, int, int]:
    sid, title, dur = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 5), c.rng.randint(1, 16), dur


def firebase_installation(c: Context) -> Flow:
    b = OB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/visioneplus-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("visione_fid", where="json fid"),
            "appId": GMP_APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/804317762215/installations/{c.phone.visione_fid}",
            "fid": b.id("visione_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 90), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/dispositivi")
    b.json(
        {
            "androidId": b.id("aid_visione", where="json androidId"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "firebaseId": b.id("visione_fid", where="json firebaseId"),
            "modello": "SM-S911B",
            "paese": "IT",
            "connessione": "wifi-satellite",
        }
    )
    b.ok_json({"ok": True, "dispositiviMax": 3, "utente": b.acct("visione_user")})
    return b.build()


def _af_common(b: OB, c: Context) -> dict[str, object]:
    return {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("visione_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "appsflyerKey": "Xq7mB2rT9sPvL4aW8kZc3N",
        "app_version_name": "5.12.0",
        "brand": "samsung",
        "model": "SM-S911B",
        "lang": "italiano",
        "lang_code": "it",
        "network": "WIFI",
        "platformextension": "android_native",
        "sdk": "34",
    }


def appsflyer_launch(c: Context) -> Flow:
    b = OB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    body = _af_common(b, c)
    body.update({"counter": str(c.rng.randint(2, 300)), "installDate": "2025-03-02_101544+0100"})
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    sid, title, season, ep, _ = _ep(c)
    b = OB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.view("json eventName af_content_view + eventValue af_content_id / titolo")
    body = _af_common(b, c)
    body["eventName"] = "af_content_view"
    body["eventValue"] = js(
        {
            "af_content_id": f"{sid}-s{season}e{ep}",
            "af_content_type": "episodio",
            "titolo": f"{title} T{season} E{ep}",
            "lingua_audio": c.rng.choice(["it", "es"]),
        }
    )
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def avanzamento(c: Context) -> Flow:
    sid, title, season, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v1/visione/avanzamento")
    b.view("json contenutoId / titolo / episodio / posizioneSec")
    b.json(
        {
            "contenutoId": sid,
            "titolo": title,
            "stagione": season,
            "episodio": ep,
            "posizioneSec": c.rng.randint(30, dur),
            "durataSec": dur,
            "audio": c.rng.choice(["it", "es"]),
            "sottotitoli": c.rng.choice(["off", "it", "es"]),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continua(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/profilo/continua-a-guardare?limit=12")
    b.view("response json continuaAGuardare[] (resume rail)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, season, ep, dur = _ep(c)
        rows.append(
            {
                "contenutoId": sid,
                "titolo": title,
                "stagione": season,
                "episodio": ep,
                "posizioneSec": c.rng.randint(60, dur - 60),
                "ultimaVisione": iso(c),
            }
        )
    b.ok_json({"continuaAGuardare": rows})
    return b.build()


def serie_a_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/live/serie-a/heartbeat")
    b.view("json partita + secondiVisti (live match watch time)")
    b.json(
        {
            "partita": c.rng.choice(MATCHES),
            "canale": "Visione Calcio 1",
            "secondiVisti": c.rng.choice([30, 60, 60, 120]),
            "minutoGioco": c.rng.randint(1, 95),
            "qualita": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"continua": True})
    return b.build()


def npaw_start(c: Context) -> Flow:
    match = c.rng.choice(MATCHES)
    params = [
        ("accountCode", "visioneplus"),
        ("code", new_hex(c.rng, 8).upper() + "_" + new_hex(c.rng, 8)),
        ("sessionRoot", rid(c.rng)),
        ("title", f"Serie A: {match}"),
        ("live", "true"),
        ("mediaResource", f"https://live.visioneplus.example/sa/{new_hex(c.rng, 6)}/index.m3u8"),
        ("rendition", "1920x1080@5800Kbps"),
        ("playhead", "0"),
        ("player", "ExoPlayer2"),
        ("pluginVersion", "6.8.12-ExoPlayer2-Android"),
        ("system", "visioneplus"),
        ("timemark", str(ms(c))),
    ]
    b = OB(c, "npaw", "GET", "https://infinity-c14.youboranqs01.com/start", params, "HTTP/1.1")
    b.header("user-agent", dalvik())
    b.view("query title + live (NPAW /start)")
    b.param("deviceUUID", b.id("npaw_device_uuid", where="query deviceUUID"))
    b.respond(200, "text/plain", b"")
    return b.build()


def npaw_data(c: Context) -> Flow:
    b = OB(
        c,
        "npaw",
        "GET",
        "https://a-fds.youborafds01.com/data",
        [("apiVersion", "v7"), ("outputformat", "json"), ("system", "visioneplus"),
         ("pluginVersion", "6.8.12-ExoPlayer2-Android"), ("timemark", str(ms(c)))],
        "HTTP/1.1",
    )  # fmt: skip
    b.header("user-agent", dalvik())
    b.ok_json({"q": {"h": "infinity-c14.youboranqs01.com", "pt": "5", "i": {"bt": "2"}}})
    return b.build()


def _pb_param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def ga4_batch(c: Context) -> Flow:
    """Firebase Analytics upload: protobuf bundle, names in clear, ids in unnamed fields."""
    _, title, season, ep, dur = _ep(c)
    b = OB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    b.view("protobuf event video_progress params video_title / video_current_time")
    pos = c.rng.randint(60, dur)
    t = ms(c)
    events = [
        pb_msg(
            2,
            [
                _pb_param("video_title", f"{title} T{season} E{ep}"),
                _pb_param("video_current_time", pos),
                _pb_param("video_duration", dur),
                _pb_param("video_percent", pos * 100 // dur),
                _pb_param("_o", "app"),
                pb_bytes(2, "video_progress"),
                pb_varint(3, t),
            ],
        ),
        pb_msg(2, [_pb_param("_sn", "Player"), pb_bytes(2, "_vs"), pb_varint(3, t - 4000)]),
    ]
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_varint(4, t + 1200),
        pb_varint(5, t - 60000),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "SM-S911B"),
        pb_bytes(11, "it-it"),
        pb_varint(12, 120),
        pb_bytes(14, PKG),
        pb_bytes(16, "5.12.0"),
        pb_varint(17, 241513),
        pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 19 (resettable device id)", False)),
        pb_varint(20, 0),
        pb_bytes(21, GMP_APP_ID),
        pb_bytes(
            27,
            b.id("visione_app_instance", "protobuf", "protobuf field 27 (app instance)", False),
        ),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'r'."""
    b = _b(c, "POST", f"{API}/t/2")
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.choice(SERIES)[0], c.rng.randint(1, 16), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    genre = c.rng.choice(["drama", "thriller", "commedia", "crimen"])
    b = _b(c, "GET", f"{API}/api/v1/catalogo?genere={genre}&pagina=1")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "titoli": [
                {"contenutoId": s, "titolo": t, "durataSec": d, "stagioni": c.rng.randint(1, 5)}
                for s, t, d in SERIES
            ]
        }
    )
    return b.build()


def ricerca(c: Context) -> Flow:
    q = c.rng.choice(["mare", "papel", "napoli", "elite"])
    b = _b(c, "GET", f"{API}/api/v1/ricerca?q={quote(q)}")
    b.decoy("search results (content fetch)")
    b.ok_json({"risultati": [{"contenutoId": s, "titolo": t} for s, t, _ in SERIES[:3]]})
    return b.build()


def calendario(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/serie-a/calendario?giornata={c.rng.randint(1, 38)}")
    b.decoy("Serie A fixtures with kick-off times (a schedule)")
    b.ok_json(
        {
            "partite": [
                {"partita": m, "inizio": iso(c), "canale": "Visione Calcio 1", "durataMin": 105}
                for m in MATCHES
            ]
        }
    )
    return b.build()


def classifica(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/serie-a/classifica")
    b.ok_json(
        {
            "classifica": [
                {"squadra": s, "punti": c.rng.randint(20, 80)}
                for s in ("Inter", "Napoli", "Juventus", "Milan", "Genoa")
            ]
        }
    )
    return b.build()


def piu_visti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rail/piu-visti?paese=IT")
    b.decoy("most-watched counts (aggregate, not one viewer)")
    b.ok_json(
        {
            "piuVisti": [
                {"contenutoId": s, "titolo": t, "visualizzazioni": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SERIES
            ]
        }
    )
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = OB(
        c,
        "visioneplus",
        "POST",
        f"https://drm.visioneplus.example/widevine/license?kid={new_hex(c.rng, 32)}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = OB(
        c,
        "visioneplus",
        "GET",
        f"https://vod.visioneplus.example/{sid}/{new_digits(c.rng, 4)}/1080p/"
        f"seg_{c.rng.randint(1, 700)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


FLOWS = [
    catalogo,
    ricerca,
    calendario,
    classifica,
    piu_visti,
    drm_licence,
    hls_segment,
    hls_segment,
    npaw_data,
]
