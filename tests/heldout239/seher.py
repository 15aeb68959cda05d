"""SeHer: a Norwegian streaming app for series and sport (Ingrid's own, on her Galaxy S23).

The backend speaks bokmål in paths and keys (`seerhistorikk` = watch history,
`fortsett-a-se` = continue watching, `posisjonSek` / `varighetSek` = position /
duration, `sesong`, `episode`, `kamp` = match). Progress and live-sport
heartbeats go to the app's backend. AppsFlyer gets the launch (`advertiserId`,
`android_id`, `uid`, the v6 SDK's JSON to launches.appsflyer.com) and in-app
events (`af_content_view` with `af_content_id` in `eventValue`, to
inapps.appsflyer.com). Google Analytics for Firebase uploads its protobuf
bundle to app-measurement.com/a (advertising id in field 19, app instance id in
field 27, no key names) and the app registers with Firebase Installations
(`fid`, `appId`, `authVersion` FIS_v2). Catalogue rails, search results, the
"mest sett" counts, the EPG, sport results, thumbnails and HLS segments are
content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js, pb_bytes, pb_msg, pb_varint

from .phone import EB, iso, ms, rid, ua

API = "https://api.seher.example"
UA = ua("SeHer", "8.14.0")
AF_KEY = "Kq7mW2xYcR9pLfT3vN8bJd"
APP_ID = "1:884120773310:android:3f9c0be41d27a6c5"
SERIER = [
    ("s4410", "Fjellvakten", 1, 2820),
    ("s4432", "Nattskiftet", 2, 2640),
    ("s4471", "Heimebane", 3, 2700),
    ("s4502", "Skjærgården", 1, 3000),
    ("s4519", "Valgkamp", 2, 2520),
    ("s4550", "Tråkka Til", 1, 1500),
]
KAMPER = [
    ("k9011", "Bodø/Glimt – Rosenborg"),
    ("k9014", "Molde – Brann"),
    ("k9020", "Vålerenga – Lillestrøm"),
    ("k9031", "Viking – Tromsø"),
]


def _b(c: Context, method: str, url: str, sdk: str = "seher") -> EB:
    b = EB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _ep(c: Context) -> tuple[str, str, int, int, int]:
    sid, tittel, sesong, dur = c.rng.choice(SERIER)
    return sid, tittel, sesong, c.rng.randint(1, 10), dur


# --- device / install -----------------------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = EB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/seher-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "no.seher.android")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("seher_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/884120773310/installations/" + c.phone.seher_fid,
            "fid": c.phone.seher_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    # the response echoes the fid: one more carrier of it
    b.other_id("seher_fid", "response json name/fid", direction="response")
    b.other_id("seher_fid", "response json fid", direction="response")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = EB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=no.seher.android&buildnumber=6.13.1",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "isGaidWithGps": "true",
        "android_id": b.id("aid_seher", where="json android_id"),
        "uid": b.id("seher_af_uid", where="json uid"),
        "appsflyerKey": AF_KEY,
        "af_timestamp": str(ms(c)),
        "app_version_name": "8.14.0",
        "brand": "samsung",
        "model": "SM-S911B",
        "lang": "norsk bokmål",
        "lang_code": "nb",
        "country": "NO",
        "counter": str(c.rng.randint(2, 60)),
        "iaecounter": str(c.rng.randint(0, 60)),
        "platformextension": "android_native",
        "cksm_v1": new_hex(c.rng, 34),
    }
    b.decoy("cksm_v1 checksum hex")
    b.json(body, "gzip" if c.rng.random() < 0.5 else None)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_view(c: Context) -> Flow:
    sid, tittel, sesong, ep, dur = _ep(c)
    b = EB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=no.seher.android&buildnumber=6.13.1",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.view("json eventName=af_content_view + eventValue af_content_id/af_content")
    body = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "uid": b.id("seher_af_uid", where="json uid"),
        "appsflyerKey": AF_KEY,
        "af_timestamp": str(ms(c)),
        "eventName": "af_content_view",
        "eventValue": js(
            {
                "af_content_id": f"{sid}-s{sesong}e{ep}",
                "af_content": f"{tittel} S{sesong}E{ep}",
                "af_content_type": "episode",
                "af_duration": dur,
            }
        ),
        "counter": str(c.rng.randint(2, 60)),
    }
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def firebase_bundle(c: Context) -> Flow:
    """GA4 for Firebase upload: protobuf, ids in numbered fields, no key names."""
    b = EB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    events = [
        pb_msg(1, [pb_bytes(1, "_sc"), pb_bytes(2, c.rng.choice(["Hjem", "Sport", "Søk"]))])
        + pb_bytes(2, "screen_view")
        + pb_varint(3, ms(c)),
        pb_msg(1, [pb_bytes(1, "_et"), pb_varint(4, c.rng.randint(500, 9000))])
        + pb_bytes(2, "_e")
        + pb_varint(3, ms(c)),
    ]
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "SM-S911B"),
            pb_bytes(11, "nb-no"),
            pb_bytes(14, "no.seher.android"),
            pb_bytes(16, "8.14.0"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 1.19", detectable=False)),
            pb_bytes(25, APP_ID),
            pb_bytes(
                27,
                b.id("seher_app_instance", "protobuf", "protobuf field 1.27", detectable=False),
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def registrer_enhet(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/enheter/registrer")
    b.json(
        {
            "enhetsId": b.id("aid_seher", where="json enhetsId"),
            "firebaseInstallasjonsId": b.id("seher_fid", where="json firebaseInstallasjonsId"),
            "modell": "SM-S911B",
            "plattform": "android",
            "sprak": "nb",
        }
    )
    b.ok_json({"ok": True, "maksEnheter": 5, "aktiveEnheter": 2})
    return b.build()


# --- viewing ------------------------------------------------------------------


def fremdrift(c: Context) -> Flow:
    sid, tittel, sesong, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v3/seerhistorikk/{sid}/fremdrift")
    b.view("json serieId/episode/posisjonSek (watch progress)")
    b.json(
        {
            "serieId": sid,
            "tittel": tittel,
            "sesong": sesong,
            "episode": ep,
            "posisjonSek": c.rng.randint(30, dur),
            "varighetSek": dur,
            "ferdigSett": False,
            "tidspunkt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def fortsett_a_se(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/fortsett-a-se?antall=12")
    b.view("response json fortsettASe[] (continue watching)", direction="response")
    rader = []
    for _ in range(c.rng.randint(2, 5)):
        sid, tittel, sesong, ep, dur = _ep(c)
        rader.append(
            {
                "serieId": sid,
                "tittel": tittel,
                "sesong": sesong,
                "episode": ep,
                "posisjonSek": c.rng.randint(60, dur - 60),
                "varighetSek": dur,
                "sistSett": iso(c),
            }
        )
    b.ok_json({"fortsettASe": rader})
    return b.build()


def seerhistorikk(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/seerhistorikk?side=1")
    b.view("response json seerhistorikk[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, tittel, sesong, ep, _dur = _ep(c)
        items.append(
            {"serieId": sid, "tittel": tittel, "sesong": sesong, "episode": ep, "sett": iso(c)}
        )
    b.ok_json({"seerhistorikk": items, "side": 1})
    return b.build()


def sport_heartbeat(c: Context) -> Flow:
    kid, kamp = c.rng.choice(KAMPER)
    b = _b(c, "POST", f"{API}/v3/sport/direkte/hjerteslag")
    b.view("json kampId/kamp + sekunderSett (live match watch time)")
    b.json(
        {
            "kampId": kid,
            "kamp": kamp,
            "sekunderSett": c.rng.choice([30, 60, 60, 120]),
            "start": iso(c),
            "kvalitet": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"fortsett": True})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's compact beacon: [series, season, episode, second, ts] rows under 'r'."""
    b = _b(c, "POST", f"{API}/p/2")
    b.view("json r[] rows (unnamed)", detectable=False)
    rows = [
        [
            int(c.rng.choice(SERIER)[0][1:]),
            c.rng.randint(1, 3),
            c.rng.randint(1, 10),
            c.rng.randint(10, 3000),
            ms(c),
        ]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"r": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- ordinary -----------------------------------------------------------------


def forside(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sider/forside?profil=voksen")
    b.decoy("catalogue rails with durations and episode counts (content fetch)")
    b.ok_json(
        {
            "rader": [
                {
                    "tittel": rad,
                    "elementer": [
                        {
                            "serieId": sid,
                            "tittel": t,
                            "sesonger": s,
                            "varighetSek": d,
                            "bilde": f"https://bilder.seher.example/{sid}/16x9.jpg",
                        }
                        for sid, t, s, d in SERIER[:4]
                    ],
                }
                for rad in ("Nytt hos oss", "Norske serier", "Populært nå")
            ]
        }
    )
    return b.build()


def sok(c: Context) -> Flow:
    q = c.rng.choice(["fjell", "natt", "glimt", "skjær", "valg"])
    b = _b(c, "GET", f"{API}/v3/sok?q={q}&type=alle")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"treff": [{"serieId": sid, "tittel": t, "varighetSek": d} for sid, t, _s, d in SERIER[:3]]}
    )
    return b.build()


def mest_sett(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/topplister/mest-sett?periode=uke")
    b.decoy("aggregate view counts per title (not one person's viewing)")
    b.ok_json(
        {
            "liste": [
                {"serieId": sid, "tittel": t, "visninger": c.rng.randint(10**4, 10**6)}
                for sid, t, _s, _d in SERIER
            ]
        }
    )
    return b.build()


def sportsresultater(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sport/eliteserien/resultater")
    b.decoy("match list with kick-off times and minutes (content)")
    b.ok_json(
        {
            "kamper": [
                {
                    "kampId": kid,
                    "kamp": k,
                    "stilling": f"{c.rng.randint(0, 4)}-{c.rng.randint(0, 4)}",
                    "minutt": c.rng.randint(1, 90),
                    "avspark": iso(c),
                }
                for kid, k in KAMPER
            ]
        }
    )
    return b.build()


def tv_guide(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/tvguide?kanal=fk{c.rng.randint(1, 4)}&dato={iso(c)[:10]}")
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "sendinger": [
                {"tittel": t, "start": iso(c), "varighetMin": c.rng.choice([30, 45, 60, 90])}
                for t in ("Dagsrevyen", "Været", "Heimebane", "Sportsrevyen")
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SERIER)[0]
    b = EB(c, "seher-cdn", "GET", f"https://bilder.seher.example/{sid}/16x9.jpg?w=640")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIER)[0]
    b = EB(
        c,
        "seher-cdn",
        "GET",
        f"https://vod.seher.example/{sid}/{rid(c.rng)[:8]}/1080/seg_{c.rng.randint(1, 700)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
