"""Clyde Wireless: a Glasgow radio app (live stations, catch-up shows).

The live stream is delivered through AdsWizz, whose stream URL carries the
SDK's listener id. The app's own listen pings say which station for how long;
an older beacon does the same with single-letter keys. Now-playing metadata and
the station's recently played list are the station's playout, the same for every
listener: no one's listening history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.clydewireless.example"
BEACON = "https://b.clydewireless.example"
STREAM = "https://clydewireless.deliveryengine.adswizz.com"
UA = ua("ClydeWireless", "3.9.2")
STATIONS = ["clyde1", "clyde2", "clyde-country", "forth1"]
TRACKS = [
    ("Lewis Capaldi", "Someone You Loved"),
    ("Texas", "Say What You Want"),
    ("Chvrches", "The Mother We Share"),
]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def live_stream(c: Context) -> Flow:
    station = c.rng.choice(STATIONS)
    b = _b(c, "adswizz", "GET", f"{STREAM}/{station}/aac64")
    params = [
        ("aw_0_1st.listenerid", b.id("radio_listener", where="query aw_0_1st.listenerid")),
        ("aw_0_1st.playerid", "clydewireless_android"),
        ("aw_0_req.gdpr", "true"),
        ("aw_0_azn.planguage", "en"),
    ]
    b.params += params
    b.decoy("live stream fetch: the station stream, no listening report")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def listen_ping(c: Context) -> Flow:
    b = _b(c, "clydewireless", "POST", f"{API}/v3/listening/ping")
    b.view("json stationId + secondsListened + showTitle")
    b.json(
        {
            "stationId": c.rng.choice(STATIONS),
            "showTitle": c.rng.choice(["Breakfast with Gina", "Superscoreboard", "Drive"]),
            "secondsListened": c.rng.choice([60, 120, 300]),
            "listenStart": iso(c),
            "deviceId": b.id("aid_radio", where="json deviceId"),
        }
    )
    b.no_content()
    return b.build()


def catchup_progress(c: Context) -> Flow:
    b = _b(c, "clydewireless", "PUT", f"{API}/v3/me/catchup/{c.rng.randint(10**5, 10**6)}/progress")
    b.view("path catchup/{episode}/progress + json position_s")
    b.json({"position_s": c.rng.randint(0, 10800), "completed": False, "updated_at": iso(c)})
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    params = [("s", c.rng.choice(STATIONS)), ("t", str(c.rng.randint(30, 900))), ("c", str(ms(c)))]
    b = _b(c, "clydewireless", "GET", f"{BEACON}/b.gif?" + urlencode(params))
    b.view("query s (station) t (seconds) c (clock): single-letter keys", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def now_playing(c: Context) -> Flow:
    station = c.rng.choice(STATIONS)
    b = _b(c, "clydewireless", "GET", f"{API}/v3/stations/{station}/now-playing")
    b.decoy("now playing / recently played on air: the station's playout, same for everyone")
    b.ok_json(
        {
            "nowPlaying": {"artist": TRACKS[0][0], "title": TRACKS[0][1], "startedAt": iso(c)},
            "recentlyPlayed": [{"artist": a, "title": t, "playedAt": iso(c)} for a, t in TRACKS],
        }
    )
    return b.build()


def stations(c: Context) -> Flow:
    b = _b(c, "clydewireless", "GET", f"{API}/v3/stations?region=scotland")
    b.ok_json(
        {
            "stations": [
                {"id": s, "name": s.replace("-", " ").title(), "logo": f"{s}.png"} for s in STATIONS
            ]
        }
    )
    return b.build()
