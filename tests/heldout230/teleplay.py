"""TeleRo Play: the Romanian TV channels' streaming app (seriale, emisiuni, știri,
live channels) on the son's Pixel 8 in Turin.

The backend is Romanian-built: paths and keys are Romanian, some with diacritics
(`vizionări` = views, `poziție` = position, `durată` = duration, `episod`,
`emisiune`, `canal`, `continuă-vizionarea`). Watch progress and live-channel
heartbeats go to the backend. Video events also go to GA4 through the
Measurement Protocol, app-stream form (`firebase_app_id` / `api_secret` in the
URL, `app_instance_id` in the body, `video_progress` / `video_complete` with
`video_title`, `video_percent`, `video_current_time`), and the SDK's own batch
to app-measurement.com/a is a protobuf with unnamed fields. Firebase
Installations registers the install (`fid`, `appId`, `authVersion` FIS_v2).
Audience measurement runs through Gemius (hit.gemius.pl `redot.gif` hits with
`id=` the script identifier, `et=` the event type and the programme in
`extra=`) and Comscore streaming tags (scorecardresearch.com `p2` with `c1`,
`c2`, `ns_st_ev`, `ns_st_ci`, `ns_st_pr` programme, `ns_st_ep` episode,
`ns_st_pt` play time, `c12` Comscore's visitor id, `ns_ak` the advertising
id). The catalogue, search, the EPG, "cele mai vizionate" counts and HLS
segments are content fetches, not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.teleroplay.example"
UA = ua("TeleRoPlay", "6.12.0", "fiul")
SERIALE = [
    ("se201", "Las Fierbinți", "serial", 1500),
    ("se214", "Clanul", "serial", 2700),
    ("se233", "Lia - Soția soțului meu", "serial", 2400),
    ("em305", "Chefi la cuțite", "emisiune", 5400),
    ("em311", "Vocea României", "emisiune", 6000),
    ("em318", "Asia Express", "emisiune", 4800),
    ("st402", "Știrile de la ora 19", "știri", 3600),
]
CANALE = ["PRO TV", "Antena 1", "Kanal D", "TVR 1", "Digi24", "Prima TV", "Antena 3 CNN"]
APP_ID = "1:734210598811:android:3c9e2f71a0b4d6e5"
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    f"{APP_ID}&api_secret=Xw8QpRz1TbN3vKc5YmL0aE"
)
GEMIUS_ID = "bDtF6l7bT.1nQkW0xZs3J8d2LT1kG6N7Uu0zVy4ek3..97"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "teleroplay", method, quote(url, safe=":/?=&%"))
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-id-dispozitiv", b.id("aid_tele", where="header x-id-dispozitiv"))
    return b


def _ep(c: Context) -> tuple[str, str, str, int, int]:
    sid, title, tip, dur = c.rng.choice(SERIALE)
    return sid, title, tip, c.rng.randint(1, 120), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/teleroplay-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ro.teleroplay.android")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("tele_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/734210598811/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def inregistrare(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispozitive/înregistrare", device=False)
    b.json(
        {
            "androidId": b.id("aid_tele", where="json androidId"),
            "firebaseInstallationId": b.id("tele_fid", where="json firebaseInstallationId"),
            "idPublicitate": b.id("gaid_fiul", where="json idPublicitate"),
            "model": "Pixel 8",
            "limbă": "ro",
            "țară": "IT",
        }
    )
    b.ok_json({"ok": True, "dispozitiveMaxime": 5})
    return b.build()


def progres(c: Context) -> Flow:
    sid, title, tip, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/vizionări/progres")
    b.view("json idConținut/episod/poziție (watch progress)")
    b.json(
        {
            "idConținut": sid,
            "titlu": title,
            "tip": tip,
            "episod": ep,
            "poziție": c.rng.randint(15, dur),
            "durată": dur,
            "terminat": False,
            "moment": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continua(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/utilizator/continuă-vizionarea?limita=12")
    b.view("response json continuaVizionarea[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, _tip, ep, dur = _ep(c)
        rows.append(
            {
                "idConținut": sid,
                "titlu": title,
                "episod": ep,
                "poziție": c.rng.randint(60, dur - 60),
                "durată": dur,
                "vizionatLa": iso(c),
            }
        )
    b.ok_json({"continuaVizionarea": rows})
    return b.build()


def istoric(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/utilizator/istoric-vizionari?pagina=1")
    b.view("response json istoric[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, _tip, ep, _dur = _ep(c)
        items.append({"idConținut": sid, "titlu": title, "episod": ep, "data": iso(c)})
    b.ok_json({"istoric": items, "pagina": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/live/puls")
    b.view("json canal + secundeVizionate (live channel watch time)")
    b.json(
        {
            "canal": c.rng.choice(CANALE),
            "secundeVizionate": c.rng.choice([30, 60, 60, 120]),
            "început": iso(c),
            "calitate": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"continuă": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, _tip, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("tele_app_instance", where="json app_instance_id"),
            "user_id": b.acct("tele_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Episodul {ep}",
                        "video_provider": "teleroplay",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("tele_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Acasă", "Căutare", "Profil", "TV Live"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def app_measurement(c: Context) -> Flow:
    """The Firebase SDK's own upload: a gzipped protobuf batch, field numbers only."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    inst = b.id_raw("tele_app_instance", "protobuf", "protobuf bundle field 21", detectable=False)
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c)), pb_varint(4, ms(c) - 900)])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "15"),
            pb_bytes(10, "Pixel 8"),
            pb_bytes(14, "ro.teleroplay.android"),
            pb_bytes(21, inst),
            pb_bytes(25, APP_ID),
            pb_varint(26, ms(c)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    sid, title, tip, ep, dur = _ep(c)
    ev = c.rng.choice(["play", "playing", "pause", "complete"])
    extra = f"programID={sid}|programName={title}|episodeNumber={ep}|programDuration={dur}"
    extra += f"|programType=video|typology={tip}|playTime={c.rng.randint(5, dur)}|event={ev}"
    b = FB(
        c,
        "gemius",
        "GET",
        f"https://garo.hit.gemius.pl/_{ms(c)}/redot.gif",
        [("l", "91"), ("id", GEMIUS_ID), ("et", "stream"), ("hsrc", "3"), ("extra", extra)],
        "HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.view("query extra programName/episodeNumber/playTime (Gemius stream hit)")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00;")
    return b.build()


def gemius_page(c: Context) -> Flow:
    b = FB(
        c,
        "gemius",
        "GET",
        f"https://garo.hit.gemius.pl/_{ms(c)}/redot.gif",
        [("l", "30"), ("id", GEMIUS_ID), ("et", "view"), ("hsrc", "1")],
        "HTTP/1.1",
    )
    b.param("extra", f"screen={c.rng.choice(['acasa', 'stiri', 'seriale', 'emisiuni'])}")
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00;")
    return b.build()


def comscore_hb(c: Context) -> Flow:
    sid, title, _tip, ep, dur = _ep(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("query ns_st_ev + ns_st_pr/ns_st_ep/ns_st_pt (Comscore streaming)")
    params = [
        ("c1", "19"),
        ("c2", "28391642"),
        ("ns_ap_an", "TeleRo Play"),
        ("ns_ap_pn", "android"),
        ("ns_ap_ver", "6.12.0"),
        ("c12", b.id("tele_cs_c12", where="query c12")),
        ("ns_ak", b.id("gaid_fiul", where="query ns_ak")),
        ("ns_type", "hidden"),
        ("ns_st_ev", c.rng.choice(["play", "hb", "hb", "pause", "end"])),
        ("ns_st_mp", "exoplayer"),
        ("ns_st_ci", sid),
        ("ns_st_pr", title),
        ("ns_st_ep", f"Episodul {ep}"),
        ("ns_st_cl", str(dur * 1000)),
        ("ns_st_pt", str(c.rng.randint(10, dur) * 1000)),
        ("ns_st_hc", str(c.rng.randint(1, 40))),
        ("ns_ts", str(ms(c))),
    ]
    b.params.extend(params)
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact QoE beacon: [content, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/q/2", device=False)
    b.view("json q[] rows", detectable=False)
    rows = [
        [c.rng.randint(200, 420), c.rng.randint(1, 120), c.rng.randint(10, 5400), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/catalog?categorie=seriale&pagina=1", device=False)
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "rânduri": [
                {
                    "idConținut": sid,
                    "titlu": title,
                    "tip": tip,
                    "episoade": 120,
                    "durată": dur,
                    "afiș": f"https://img.teleroplay.example/a/{sid}.jpg",
                }
                for sid, title, tip, dur in SERIALE
            ]
        }
    )
    return b.build()


def cautare(c: Context) -> Flow:
    q = c.rng.choice(["fierbinti", "chefi", "vocea", "stiri"])
    b = _b(c, "GET", f"{API}/api/v3/căutare?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "rezultate": [
                {"idConținut": sid, "titlu": title, "durată": dur}
                for sid, title, _t, dur in SERIALE[:3]
            ]
        }
    )
    return b.build()


def top(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/cele-mai-vizionate?perioada=7z", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"idConținut": sid, "titlu": title, "vizionări": c.rng.randint(10**4, 10**6)}
                for sid, title, _t, _d in SERIALE
            ]
        }
    )
    return b.build()


def ghid_tv(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/live/ghid-tv?canal={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "programe": [
                {"titlu": t, "început": iso(c), "durată": c.rng.choice([30, 60, 90])}
                for t in ("Știrile PRO TV", "Las Fierbinți", "Chefi la cuțite", "Observator")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALE)[0]
    b = FB(
        c,
        "teleroplay",
        "GET",
        f"https://vod.teleroplay.example/{sid}/ep{c.rng.randint(1, 120):03d}/1080p/"
        f"seg-{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SERIALE)[0]
    b = FB(
        c,
        "teleroplay",
        "GET",
        f"https://img.teleroplay.example/t/{sid}/{c.rng.randint(1, 99)}.webp",
    )
    b.header("user-agent", UA)
    b.decoy("episode thumbnail (content fetch)")
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(c.rng.getrandbits(8) for _ in range(200)),
    )
    return b.build()
