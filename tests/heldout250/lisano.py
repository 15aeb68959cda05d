"""Lisano+: a Congolese TV, series and théâtre populaire streamer (the son's Pixel 8
in Brussels; `lisano` is Lingala for a play / a show).

The backend is built in Kinshasa: paths and keys mix French (`titre`,
`episode`, `positionSec`, `chaine`) with Lingala (`kotala` = to watch, `etali`
= has watched, `kokoba` = to continue, `ntango` = time, `suka` = end). Watch
progress, the live-channel ping, the "déjà vus" list and "continue watching"
go to the app's backend; the player also sends a compact msgpack beacon of
positional rows.

Firebase: the app registers with Firebase Installations (`fid`, FIS_v2) and
its Analytics SDK uploads batches to app-measurement.com/a as the measurement
protobuf (event and parameter names are strings on the wire, the advertising
id and app-instance id sit in numbered fields without names). A custom event
`kotala_video` carries `titre` / `episode` / `position_sec`; `screen_view`
batches carry nothing watched.

Adjust (SDK v4, form-encoded to app.adjust.com): `/session` with `gps_adid`
and the SDK's `android_uuid` (the answer gives Adjust's `adid`), `/event`
whose `callback_params` name the title and episode watched, and an event whose
callback parameters are one-letter codes (content number and seconds: viewing
that only the app's Adjust dashboard can read).

The catalogue, search, the TV guide, the weekly top ten, the subscription
offer ("forfait 30 jours") and HLS segments are content fetches or prices.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, ua

API = "https://api.lisanoplus.example"
UA = ua("LisanoPlus", "3.14.0", "fils")
PACKAGE = "cd.lisanoplus.app"
GMP_APP_ID = "1:804417296630:android:3c9e07b1f4a2d815"
ADJUST_TOKEN = "9xk2m4q7wz0h"
CONTENUS = [
    ("thp_2231", "Likambo ya Libala", "theatre", 2700),
    ("srs_1180", "Bana Matonge", "serie", 2400),
    ("thp_2240", "Mokili Ebongwani", "theatre", 3000),
    ("srs_1194", "Mama Mobokoli", "serie", 2600),
    ("thp_2255", "Ndoki na Quartier", "theatre", 3300),
    ("srs_1201", "Kinshasa Makambo", "serie", 2500),
    ("doc_0310", "Rumba, Patrimoine de l'Humanité", "documentaire", 3100),
]
CHAINES = ["RTNC 1", "Télé 50", "B-One TV", "Digital Congo TV", "Canal Congo TV", "Molière TV"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "lisanoplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("accept-language", "fr-BE")
    if device:
        b.header("x-lisano-android-id", b.id("aid_lisano", where="header x-lisano-android-id"))
    return b


def _ep(c: Context) -> tuple[str, str, str, int, int]:
    cid, titre, genre, duree = c.rng.choice(CONTENUS)
    return cid, titre, genre, c.rng.randint(1, 24), duree


# --- the app's backend ----------------------------------------------------------


def enregistrer_appareil(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/appareils/enregistrer")
    b.json(
        {
            "androidId": b.id("aid_lisano", where="json androidId"),
            "firebaseId": b.id("lisano_fid", where="json firebaseId"),
            "modele": "Pixel 8",
            "langue": "fr",
            "pays": "BE",
            "version": "3.14.0",
        }
    )
    b.ok_json({"ok": True, "appareilsMax": 3})
    return b.build()


def kotala_progression(c: Context) -> Flow:
    cid, titre, genre, ep, duree = _ep(c)
    b = _b(c, "POST", f"{API}/v3/kotala/progression", device=c.rng.random() < 0.3)
    b.view("json contenuId/titre/episode/positionSec (watch progress)")
    b.json(
        {
            "contenuId": cid,
            "titre": titre,
            "typeContenu": genre,
            "saison": 1,
            "episode": ep,
            "positionSec": c.rng.randint(20, duree),
            "dureeSec": duree,
            "ekomiSuka": False,
            "ntango": iso(c),
        }
    )
    b.no_content()
    return b.build()


def etali(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/etali?page=1&limite=12")
    b.view("response json etali[] (déjà vus: titles, episodes, when)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 7)):
        cid, titre, _genre, ep, duree = _ep(c)
        rows.append(
            {
                "contenuId": cid,
                "titre": titre,
                "episode": ep,
                "etaliNtango": iso(c),
                "pourcentage": c.rng.choice([35, 60, 100, 100]),
                "dureeSec": duree,
            }
        )
    b.ok_json({"etali": rows, "page": 1})
    return b.build()


def kokoba_kotala(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profil/kokoba-kotala")
    b.view("response json kokoba[] (continue watching with positions)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        cid, titre, _genre, ep, duree = _ep(c)
        rows.append(
            {
                "contenuId": cid,
                "titre": titre,
                "episode": ep,
                "positionSec": c.rng.randint(120, duree - 60),
                "dureeSec": duree,
                "vignette": f"https://img.lisanoplus.example/v/{cid}/e{ep}.jpg",
            }
        )
    b.ok_json({"kokoba": rows})
    return b.build()


def live_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/tele/direct/ping")
    b.view("json chaine + secondesVues (live channel watched)")
    b.json(
        {
            "chaine": c.rng.choice(CHAINES),
            "secondesVues": c.rng.choice([30, 60, 60, 120]),
            "debut": iso(c),
            "qualite": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"continuer": True})
    return b.build()


def beacon_msgpack(c: Context) -> Flow:
    """The player's beacon: msgpack rows [content number, episode, second, ts]."""
    b = _b(c, "POST", f"{API}/t/4")
    b.view("msgpack rows of numbers (content, episode, second)", detectable=False)
    rows = [
        [int(_ep(c)[0][4:]), c.rng.randint(1, 24), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(mpack({"r": rows, "v": 4}), "application/x-msgpack")
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    genre = c.rng.choice(["theatre", "serie", "documentaire"])
    b = _b(c, "GET", f"{API}/v3/catalogue?genre={genre}&page=1")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "contenus": [
                {
                    "contenuId": cid,
                    "titre": titre,
                    "genre": g,
                    "episodes": 24,
                    "dureeSec": duree,
                    "affiche": f"https://img.lisanoplus.example/a/{cid}.jpg",
                }
                for cid, titre, g, duree in CONTENUS
            ]
        }
    )
    return b.build()


def recherche(c: Context) -> Flow:
    q = c.rng.choice(["libala", "matonge", "ndoki", "rumba", "mama"])
    b = _b(c, "GET", f"{API}/v3/recherche?q={q}")
    b.decoy("search results with durations (content fetch)")
    b.ok_json(
        {
            "resultats": [
                {"contenuId": cid, "titre": t, "dureeSec": d} for cid, t, _, d in CONTENUS[:3]
            ]
        }
    )
    return b.build()


def guide_tv(c: Context) -> Flow:
    chaine = c.rng.choice(CHAINES)
    b = _b(c, "GET", f"{API}/v3/tele/guide?chaine={chaine.replace(' ', '+')}&jour=0")
    b.decoy("TV guide start times and durations (content fetch)")
    b.ok_json(
        {
            "chaine": chaine,
            "programmes": [
                {"titre": t, "debut": iso(c), "dureeMin": c.rng.choice([30, 60, 90])}
                for t in ("Journal en lingala", "Théâtre de chez nous", "Sango ya mokili", "Clips")
            ],
        }
    )
    return b.build()


def top_dix(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top?periode=mposo")
    b.decoy("aggregate view counts of the week (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"contenuId": cid, "titre": t, "vues": c.rng.randint(10**4, 10**6)}
                for cid, t, _, _ in CONTENUS
            ]
        }
    )
    return b.build()


def forfait(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/abonnement/forfaits?pays=BE")
    b.decoy("subscription prices with durations in days")
    b.ok_json(
        {
            "forfaits": [
                {"code": "MOKOLO", "prix": 0.99, "devise": "EUR", "dureeJours": 1},
                {"code": "POSO", "prix": 2.99, "devise": "EUR", "dureeJours": 7},
                {"code": "SANZA", "prix": 6.99, "devise": "EUR", "dureeJours": 30},
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    cid = c.rng.choice(CONTENUS)[0]
    b = FB(
        c,
        "lisanoplus",
        "GET",
        f"https://vod.lisanoplus.example/{cid}/e{c.rng.randint(1, 24):02d}/720p/"
        f"segment_{c.rng.randint(1, 600):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(376)))
    return b.build()


# --- Firebase ---------------------------------------------------------------------


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/lisanoplus-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PACKAGE)
    b.header("x-firebase-client", "fire-installations/17.2.0 fire-android/34")
    b.json(
        {
            "fid": b.id("lisano_fid", where="json fid"),
            "appId": GMP_APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/804417296630/installations/{c.phone.lisano_fid}",
            "fid": c.phone.lisano_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    b.other_id("lisano_fid", "response json fid / name", direction="response")
    return b.build()


def _param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(3, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def _event(name: str, params: list[tuple[str, str | int]], ts: int) -> bytes:
    return pb_msg(2, [*(_param(k, v) for k, v in params), pb_bytes(2, name), pb_varint(3, ts)])


def _measurement(b: FB, c: Context, events: list[bytes]) -> None:
    """One gmp measurement batch (bundle fields as the Analytics SDK numbers them)."""
    now = ms(c)
    gaid = b.id("gaid_fils", "protobuf", "protobuf bundle field 19", detectable=False)
    instance = b.id("lisano_app_instance", "protobuf", "protobuf bundle field 21", False)
    bundle = [
        pb_varint(1, 1),
        *events,
        pb_msg(3, [pb_varint(1, now - 86_400_000), pb_bytes(2, "_fot"), pb_varint(4, 1)]),
        pb_varint(4, now),
        pb_varint(5, now - 40_000),
        pb_varint(6, now - 1_000),
        pb_bytes(8, "android"),
        pb_bytes(9, "14"),
        pb_bytes(10, "Pixel 8"),
        pb_bytes(11, "fr-be"),
        pb_varint(12, 60),
        pb_bytes(13, "com.android.vending"),
        pb_bytes(14, PACKAGE),
        pb_bytes(16, "3.14.0"),
        pb_varint(17, 84002),
        pb_varint(18, 84002),
        pb_bytes(19, gaid),
        pb_varint(20, 0),
        pb_bytes(21, instance),
        pb_bytes(25, GMP_APP_ID),
    ]
    b.set_body(pb_msg(1, bundle), "application/x-www-form-urlencoded")
    b.no_content()


def _mb(c: Context) -> FB:
    b = FB(
        c, "firebase-analytics", "POST", "https://app-measurement.com/a", http_version="HTTP/1.1"
    )
    b.header("user-agent", dalvik("fils"))
    return b


def measurement_kotala(c: Context) -> Flow:
    cid, titre, _genre, ep, duree = _ep(c)
    b = _mb(c)
    b.view("protobuf event kotala_video with params titre / episode / position_sec")
    params: list[tuple[str, str | int]] = [
        ("_o", "app"),
        ("titre", titre),
        ("contenu_id", cid),
        ("episode", ep),
        ("position_sec", c.rng.randint(30, duree)),
        ("duree_sec", duree),
    ]
    _measurement(b, c, [_event("kotala_video", params, ms(c))])
    return b.build()


def measurement_screen(c: Context) -> Flow:
    b = _mb(c)
    screen = c.rng.choice(["Ebandeli", "Boluki", "Profil", "Direct", "Forfaits"])
    params: list[tuple[str, str | int]] = [
        ("_o", "auto"),
        ("_sn", screen),
        ("_sc", "MainActivity"),
        ("_si", c.rng.randint(10**17, 10**18)),
    ]
    _measurement(b, c, [_event("_vs", params, ms(c)), _event("_e", [("_et", 4120)], ms(c))])
    return b.build()


# --- Adjust -------------------------------------------------------------------------


def _adjust_common(b: FB, c: Context, counts: bool = True) -> list[tuple[str, str]]:
    created = iso(c).replace("Z", "Z+0100")
    pairs = [
        ("android_uuid", b.id("lisano_adjust_uuid", where="form android_uuid")),
        ("api_level", "34"),
        ("app_token", ADJUST_TOKEN),
        ("app_version", "3.14.0"),
        ("attribution_deeplink", "1"),
        ("connectivity_type", "1"),
        ("country", "BE"),
        ("created_at", created),
        ("device_manufacturer", "Google"),
        ("device_name", "Pixel 8"),
        ("device_type", "phone"),
        ("environment", "production"),
        ("event_buffering_enabled", "0"),
        ("gps_adid", b.id("gaid_fils", where="form gps_adid")),
        ("gps_adid_attempt", "1"),
        ("gps_adid_src", "service"),
        ("language", "fr"),
        ("needs_response_details", "1"),
        ("os_build", "AP2A.240905.003"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", PACKAGE),
        ("sent_at", created),
        ("tracking_enabled", "1"),
    ]
    if counts:
        pairs.append(("session_count", str(c.rng.randint(3, 90))))
    return pairs


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("client-sdk", "android4.38.5")
    b.header("user-agent", dalvik("fils"))
    return b


def _adjust_reply(b: FB, c: Context, message: str) -> None:
    b.other_id("lisano_adid", "response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJUST_TOKEN,
            "adid": c.phone.lisano_adid,
            "timestamp": iso(c).replace("Z", "Z+0000"),
            "message": message,
        }
    )


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [
        ("session_length", str(c.rng.randint(60, 4000))),
        ("subsession_count", str(c.rng.randint(1, 9))),
        ("time_spent", str(c.rng.randint(30, 3000))),
    ]
    b.form(pairs)
    _adjust_reply(b, c, "Session tracked")
    return b.build()


def adjust_event_titre(c: Context) -> Flow:
    _cid, titre, genre, ep, duree = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params titre / episode / secondes_vues")
    pairs = _adjust_common(b, c)
    callback = {"titre": titre, "genre": genre, "episode": str(ep), "secondes_vues": str(duree)}
    pairs += [
        ("event_token", "k7fq2a"),
        ("event_count", str(c.rng.randint(1, 60))),
        ("callback_params", js(callback)),
        ("partner_params", js({"fb_content_type": "video"})),
    ]
    b.form(pairs)
    _adjust_reply(b, c, "Event tracked")
    return b.build()


def adjust_event_codes(c: Context) -> Flow:
    cid, _titre, _genre, ep, duree = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params c / e / s (one-letter codes)", detectable=False)
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "w3nd8r"),
        ("event_count", str(c.rng.randint(1, 60))),
        ("callback_params", js({"c": cid[4:], "e": str(ep), "s": str(duree)})),
    ]
    b.form(pairs)
    _adjust_reply(b, c, "Event tracked")
    return b.build()


def adjust_attribution(c: Context) -> Flow:
    b = FB(c, "adjust", "GET", "https://app.adjust.com/attribution")
    b.param("app_token", ADJUST_TOKEN)
    b.param("gps_adid", b.id("gaid_fils", where="query gps_adid"))
    b.param("android_uuid", b.id("lisano_adjust_uuid", where="query android_uuid"))
    b.param("initiated_by", "sdk")
    b.param("needs_response_details", "1")
    b.header("client-sdk", "android4.38.5")
    b.header("user-agent", dalvik("fils"))
    b.other_id("lisano_adid", "response json adid", direction="response")
    b.ok_json(
        {
            "adid": c.phone.lisano_adid,
            "attribution": {
                "tracker_token": "1a2b3c",
                "tracker_name": "Organic",
                "network": "Organic",
            },
        }
    )
    return b.build()
