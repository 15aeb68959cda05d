"""His evenings: ERTFLIX on the LG TV, the TV's own reports, and music scrobbles.

ERTFLIX (the public broadcaster's streaming service) keeps his watch position
and a continue-watching row; the LG webOS TV reports which live channels it
was tuned to and an ACR fingerprint batch (binary, nothing readable); his
music player scrobbles to Last.fm (the documented `track.scrobble` and
`track.updateNowPlaying` methods) and sends its own packed play beacon.
Catalogue rows, manifests and search results are ordinary fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua

ERT = "https://api.ertflix.gr"
LG = "https://gr.lgtvsdp.com"
LASTFM = "https://ws.audioscrobbler.com/2.0/"
MUSIC = "https://t.mousiki-player.example"
MUSIC_API = "https://api.mousiki-player.example"
SHOWS = ["Τα Καλύτερά μας Χρόνια", "Κόκκινο Ποτάμι", "Η Γη της Ελιάς", "Champions League"]
CHANNELS = ["ΕΡΤ1", "ΕΡΤ2", "ΕΡΤ3", "Novasports 1", "Mega", "Skai"]
TRACKS = [
    ("Σωκράτης Μάλαμας", "Πριγκηπέσσα"),
    ("Nikos Portokaloglou", "Τα Ξενύχτια"),
    ("Arctic Monkeys", "505"),
    ("Χάρις Αλεξίου", "Μια Πίστα από Φωσφόρο"),
]


def _ert(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ertflix", method, url)
    b.header("user-agent", ua("ERTFLIX", "4.1.0"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def ertflix_progress(c: Context) -> Flow:
    b = _ert(c, "POST", f"{ERT}/v1/user/bookmarks")
    b.view("json contentId with positionSec / durationSec, event heartbeat")
    b.json(
        {
            "contentId": f"ert-{c.rng.randint(10**5, 10**6)}",
            "title": c.rng.choice(SHOWS),
            "positionSec": c.rng.randint(30, 3000),
            "durationSec": 3120,
            "event": c.rng.choice(["heartbeat", "pause", "stop"]),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ertflix_continue(c: Context) -> Flow:
    b = _ert(c, "GET", f"{ERT}/v1/user/continue-watching")
    b.view("response json continueWatching[] with progress", direction="response")
    b.ok_json(
        {
            "continueWatching": [
                {
                    "contentId": f"ert-{c.rng.randint(10**5, 10**6)}",
                    "title": s,
                    "progress": c.rng.randint(5, 95),
                }
                for s in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def ertflix_catalogue(c: Context) -> Flow:
    b = _ert(c, "GET", f"{ERT}/v1/rails/home?lang=el")
    b.decoy("catalogue rails and 'most popular' row (no personal history)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Δημοφιλή τώρα",
                    "items": [
                        {"contentId": f"ert-{c.rng.randint(10**5, 10**6)}", "title": s}
                        for s in SHOWS
                    ],
                },
            ]
        }
    )
    return b.build()


def ertflix_manifest(c: Context) -> Flow:
    b = _ert(c, "GET", f"{ERT}/v1/playback/ert-{c.rng.randint(10**5, 10**6)}/manifest.mpd")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="static"></MPD>')
    return b.build()


def _lg(c: Context, url: str) -> FB:
    b = FB(c, "lg-webos", "POST", url)
    b.header("user-agent", "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 WebAppManager")
    b.header("x-device-id", b.id("tv_device_id", where="header x-device-id"))
    return b


def lg_channel_log(c: Context) -> Flow:
    b = _lg(c, f"{LG}/rest/sdp/v9.0/tvlog/channel")
    b.view("json tuneLog[] channel with tunedAt and durationSec")
    b.json(
        {
            "macAddress": b.id("tv_mac", where="json macAddress"),
            "tuneLog": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "tunedAt": iso(c),
                    "durationSec": c.rng.randint(60, 5400),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def lg_acr_batch(c: Context) -> Flow:
    b = _lg(c, f"{LG}/acr/v2/fp")
    b.view("octet-stream body: ACR fingerprint batch, nothing readable", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(640)), "application/octet-stream")
    b.no_content()
    return b.build()


def tv_pair(c: Context) -> Flow:
    b = FB(c, "lg-thinq", "POST", "https://api.lgthinq-companion.example/v1/tv/pair")
    b.header("user-agent", ua("ThinQ", "5.0.1"))
    b.json(
        {
            "tvMac": b.id("tv_mac", where="json tvMac"),
            "phoneAndroidId": b.id("aid_tv", where="json phoneAndroidId"),
            "pin": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def _fm(c: Context) -> FB:
    b = FB(c, "lastfm", "POST", LASTFM, http_version="HTTP/1.1")
    b.header("user-agent", ua("Mousiki", "2.7.0"))
    return b


def scrobble(c: Context) -> Flow:
    b = _fm(c)
    b.view("form artist[0] / track[0] / timestamp[0] of method track.scrobble")
    pairs = [("method", "track.scrobble")]
    for i in range(c.rng.randint(1, 3)):
        artist, track = c.rng.choice(TRACKS)
        pairs += [
            (f"artist[{i}]", artist),
            (f"track[{i}]", track),
            (f"timestamp[{i}]", str(int(c.now) - i * 200)),
        ]
    pairs += [
        ("api_key", rid(c.rng).replace("-", "")),
        ("sk", rid(c.rng).replace("-", "")),
        ("api_sig", rid(c.rng).replace("-", "")),
    ]
    b.form(pairs)
    b.respond(200, "text/xml", b'<lfm status="ok"><scrobbles accepted="1" ignored="0"/></lfm>')
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _fm(c)
    b.view("form artist / track of method track.updateNowPlaying")
    artist, track = c.rng.choice(TRACKS)
    b.form(
        [
            ("method", "track.updateNowPlaying"),
            ("artist", artist),
            ("track", track),
            ("duration", str(c.rng.randint(150, 320))),
            ("api_key", rid(c.rng).replace("-", "")),
            ("sk", rid(c.rng).replace("-", "")),
        ]
    )
    b.respond(200, "text/xml", b'<lfm status="ok"><nowplaying/></lfm>')
    return b.build()


def music_beacon_opaque(c: Context) -> Flow:
    b = FB(c, "mousiki", "POST", f"{MUSIC}/b")
    b.header("user-agent", ua("Mousiki", "2.7.0"))
    b.header("x-mi", b.id("music_install", where="header x-mi", detectable=False))
    b.view("form p: base64 of gzipped play log, nothing readable", detectable=False)
    artist, track = c.rng.choice(TRACKS)
    log = {"a": artist, "t": track, "s": ms(c), "d": c.rng.randint(30, 300)}
    b.form([("p", b64(gz(jsb(log)))), ("v", "2")])
    b.no_content()
    return b.build()


def music_search(c: Context) -> Flow:
    b = FB(
        c,
        "mousiki",
        "GET",
        f"{MUSIC_API}/v1/search?q={c.rng.choice(['malamas', 'alexiou', 'rock'])}",
    )
    b.header("user-agent", ua("Mousiki", "2.7.0"))
    b.decoy("music search results (not listening history)")
    b.ok_json({"tracks": [{"artist": a, "title": t} for a, t in TRACKS]})
    return b.build()
