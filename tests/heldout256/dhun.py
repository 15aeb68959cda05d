"""Dhun Pasifika: a Pacific and Bollywood music, kirtan and radio app on the
aunt's Galaxy A10s in Labasa.

The backend is written by Fiji-Hindi speakers: `suna` = listened, `samay` =
time, `gana` = song, `kalakar` = artist, `mandir` = temple. Attribution is
Adjust's Android SDK v4: form-encoded `/session`, `/event` and a GET
`/attribution` with `gps_adid`, Adjust's own `android_uuid`, `app_token`,
`created_at`; events carry `event_token` and JSON `callback_params` /
`partner_params`; the session answer names the Adjust device id `adid`
(https://help.adjust.com/en/article/server-to-server-events). One event token
sends its song and seconds under one-letter callback keys. Lyrics, the
now-playing text of a station, the temples' kirtan timetable, the charts,
podcasts and audio chunks are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, ua

API = "https://api.dhunpasifika.example"
UA = ua("DhunPasifika", "5.2.1", "mausi")
PKG = "fj.dhunpasifika.music"
APP_TOKEN = "7xk2m9q4wz0g"
GANE = [
    ("g1042", "Anup Jalota", "Aisi Lagi Lagan"),
    ("g1077", "Lata Mangeshkar", "Lag Jaa Gale"),
    ("g1103", "Knox", "Bula Bula"),
    ("g1120", "Black Rose", "Isa Lei"),
    ("g1135", "Dhanesh Kumar", "Chalo Bhaiya Labasa"),
    ("g1161", "Arijit Singh", "Tum Hi Ho"),
    ("g1188", "Rosiana Lewatoro", "Noqu Vanua"),
]
STATIONS = ["Radio Fiji Two", "Mirchi FM", "Navtarang", "Bula FM", "Radio Fiji One", "Legend FM"]
KIRTAN = [
    ("Shree Sanatan Dharam Mandir, Labasa", "Akhand Ramayan Path"),
    ("Shiu Mandir, Lautoka", "Maha Shivratri Kirtan"),
    ("Sri Siva Subramaniya Swami Temple, Nadi", "Kavadi Bhajan"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dhunpasifika", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


# --- Adjust ----------------------------------------------------------------------


def _adjust(c: Context, path: str, method: str = "POST") -> FB:
    b = FB(c, "adjust", method, f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", dalvik("mausi"))
    return b


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    created = iso(c).replace("Z", "+1200")
    return [
        ("gps_adid", b.id("gaid_mausi", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("gps_adid_attempt", "1"),
        ("android_uuid", b.id("dhun_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("app_token", APP_TOKEN),
        ("environment", "production"),
        ("created_at", created),
        ("sent_at", created),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "9"),
        ("api_level", "28"),
        ("device_name", "SM-A107F"),
        ("device_manufacturer", "samsung"),
        ("package_name", PKG),
        ("app_version", "5.2.1"),
        ("language", "hi"),
        ("country", "FJ"),
        ("mcc", "542"),
        ("mnc", "01"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [
        ("session_count", str(c.rng.randint(5, 400))),
        ("subsession_count", str(c.rng.randint(1, 9))),
        ("session_length", str(c.rng.randint(10, 4000))),
        ("time_spent", str(c.rng.randint(10, 4000))),
    ]
    b.form(pairs)
    adid = b.id("dhun_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": APP_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
            "ask_in": 5000,
        }
    )
    return b.build()


def adjust_attribution(c: Context) -> Flow:
    b = _adjust(c, "attribution", "GET")
    pairs = _adjust_common(b, c)
    pairs.append(("initiated_by", "sdk"))
    b.params = pairs
    adid = b.id("dhun_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "adid": adid,
            "attribution": {
                "tracker_token": "abc1xyz",
                "tracker_name": "Organic",
                "network": "Organic",
            },
        }
    )
    return b.build()


def adjust_listen(c: Context) -> Flow:
    gid, artist, title = c.rng.choice(GANE)
    b = _adjust(c, "event")
    b.view("form callback_params gana / suna_samay (song listened)")
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "q8w2e1"),
        ("event_count", str(c.rng.randint(1, 300))),
        (
            "callback_params",
            js(
                {
                    "gana_id": gid,
                    "gana": title,
                    "kalakar": artist,
                    "suna_samay": str(c.rng.randint(20, 320)),
                }
            ),
        ),
        ("partner_params", js({"content_type": "gana"})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": APP_TOKEN, "adid": c.phone.dhun_adid, "message": "Event tracked"})
    b.other_id("dhun_adid", "response json adid", direction="response")
    return b.build()


def adjust_opaque(c: Context) -> Flow:
    """Another event token: song number and seconds under callback keys 'a' and 'b'."""
    b = _adjust(c, "event")
    b.view("form callback_params a/b (song id, seconds)", detectable=False)
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "k3x9qa"),
        ("event_count", str(c.rng.randint(1, 300))),
        (
            "callback_params",
            js({"a": c.rng.choice(GANE)[0][1:], "b": str(c.rng.randint(20, 320))}),
        ),
    ]
    b.form(pairs)
    b.ok_json({"app_token": APP_TOKEN, "adid": c.phone.dhun_adid, "message": "Event tracked"})
    b.other_id("dhun_adid", "response json adid", direction="response")
    return b.build()


# --- the Dhun Pasifika backend --------------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/yantra/panjikaran")
    b.json(
        {
            "androidId": b.id("aid_dhun", where="json androidId"),
            "gpsAdid": b.id("gaid_mausi", where="json gpsAdid"),
            "model": "SM-A107F",
            "bhasha": "hif",
            "desh": "FJ",
        }
    )
    b.ok_json({"upyogkarta": c.phone.dhun_user, "naya": False})
    return b.build()


def suna(c: Context) -> Flow:
    gid, artist, title = c.rng.choice(GANE)
    b = _b(c, "POST", f"{API}/v1/suna")
    b.view("json gana_id / gana / suna_samay (song listened)")
    b.json(
        {
            "gana_id": gid,
            "gana": title,
            "kalakar": artist,
            "suna_samay": c.rng.randint(20, 320),
            "pura_suna": c.rng.random() < 0.6,
            "samay": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_suna(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/suna")
    b.view("json station / kitna_der (radio listening)")
    b.json(
        {
            "station": c.rng.choice(STATIONS),
            "shuru": iso(c),
            "kitna_der": c.rng.randint(60, 7200),
            "zariya": c.rng.choice(["app", "widget", "bluetooth"]),
        }
    )
    b.no_content()
    return b.build()


def kirtan_live(c: Context) -> Flow:
    mandir, kirtan = c.rng.choice(KIRTAN)
    b = _b(c, "POST", f"{API}/v1/kirtan/live/dhadkan")
    b.view("json mandir / kirtan / suna_samay (live kirtan listened)")
    b.json({"mandir": mandir, "kirtan": kirtan, "suna_samay": 60, "samay": iso(c)})
    b.ok_json({"chalu": True})
    return b.build()


def haal_me_suna(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/upyogkarta/haal-me-suna")
    b.view("response json haal_me_suna[] (recently played)", direction="response")
    b.ok_json(
        {
            "haal_me_suna": [
                {"gana_id": g, "kalakar": a, "gana": t, "suna_kab": iso(c)}
                for g, a, t in c.rng.sample(GANE, 4)
            ]
        }
    )
    return b.build()


def opaque_batch(c: Context) -> Flow:
    """The offline play log: [song, seconds, ts] rows, msgpack, no names."""
    b = _b(c, "POST", f"{API}/m")
    b.view("msgpack r[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(GANE)[0][1:]), c.rng.randint(20, 320), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack({"r": rows, "v": 1}), "application/x-msgpack")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.form([("p", PKG), ("k", b.id("aid_dhun", "sha1_upper", "form k", detectable=False))])
    b.ok_json({"f": {"kirtan_live": True, "lyrics": True}})
    return b.build()


def bol(c: Context) -> Flow:
    gid, _, title = c.rng.choice(GANE)
    b = _b(c, "GET", f"{API}/v1/gana/{gid}/bol")
    b.ok_json({"gana": title, "bol": "Hari om, hari om...\n" * 3})
    return b.build()


def abhi_baj_raha(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/v1/radio/abhi?" + urlencode({"station": st}))
    b.decoy("station now-playing title and listener count (content fetch)")
    _, artist, title = c.rng.choice(GANE)
    b.ok_json({"station": st, "abhi": f"{artist} - {title}", "shrota": c.rng.randint(40, 3000)})
    return b.build()


def kirtan_samay(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kirtan/samay-suchi?hafta=1")
    b.decoy("temples' kirtan timetable with start times and durations (schedule)")
    b.ok_json(
        {
            "suchi": [
                {"mandir": m, "kirtan": k, "shuru": iso(c), "kitna_der": c.rng.choice([60, 120])}
                for m, k in KIRTAN
            ]
        }
    )
    return b.build()


def top_gana(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/top?suchi=fiji-hindi-20")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "suchi": [
                {"sthan": i + 1, "gana_id": g, "gana": t, "suna_ginti": c.rng.randint(10**3, 10**6)}
                for i, (g, _, t) in enumerate(GANE)
            ]
        }
    )
    return b.build()


def podcasts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podcast?shreni=dharm")
    b.decoy("podcast episode list with durations (content fetch)")
    b.ok_json(
        {
            "episode": [
                {
                    "id": f"p{c.rng.randint(100, 999)}",
                    "naam": n,
                    "duration": c.rng.randint(600, 3600),
                }
                for n in ("Gita Saar", "Ramayan Katha", "Talanoa ni Lotu")
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c, "dhunpasifika", "GET", f"https://cdn.dhunpasifika.example/a/{new_hex(c.rng, 20)}/96.aac"
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.header("range", f"bytes={c.rng.randint(0, 6) * 65536}-")
    b.respond(206, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
