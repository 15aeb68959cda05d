"""Flimmer Play: the tester's own streaming app (Swedish series, films, live
sport), with Firebase.

The player reports play / pause / heartbeat events with the programme and
position (`position_sek`, `tittadSek`), and the home screen's "Fortsätt titta"
rail comes back with her progress: viewing history. A pixel of the ad-insertion
partner sends the same position gzipped and base64'd in `d` (opaque). Firebase
Installations gets the installation id (`fid`); Google Analytics for Firebase's
protobuf batch carries the app instance id and the advertising id under field
numbers (opaque). Catalogue rails, "Mest sett" (an all-viewer top list),
search, the DRM licence, manifests and posters are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, gz, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.flimmerplay.example"
CDN = "https://vod.flimmerplay.example"
UA = ua("FlimmerPlay", "5.2.0")
TITLES = [
    ("Bron", "s3e4"),
    ("Vår tid är nu", "s2e7"),
    ("Solsidan", "s6e2"),
    ("Snabba cash", "s1e5"),
    ("Allsvenskan: AIK–Djurgården", "live"),
    ("Så mycket bättre", "s14e3"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "flimmerplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    b.header("x-profil", b.acct("flim_profile"))
    return b


def _programme(c: Context) -> tuple[str, str, str]:
    title, ep = c.rng.choice(TITLES)
    return title, ep, "p" + new_hex(c.rng, 10)


def player_event(c: Context) -> Flow:
    title, ep, pid = _programme(c)
    b = _b(c, "POST", f"{API}/v3/uppspelning/handelse")
    b.view("json programId, avsnitt, position_sek, tittadSek, händelse")
    b.json(
        {
            "händelse": c.rng.choice(
                ["play", "heartbeat", "heartbeat", "heartbeat", "paus", "slut"]
            ),
            "programId": pid,
            "titel": title,
            "avsnitt": ep,
            "position_sek": c.rng.randint(0, 3400),
            "tittadSek": c.rng.randint(10, 600),
            "kvalitet": c.rng.choice(["1080p", "720p"]),
            "tid": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sidor/hem/rader/fortsatt-titta")
    b.view(
        "response json fortsättTitta[] (programId, position_sek, procentSett)", direction="response"
    )
    rows = []
    for title, ep in c.rng.sample(TITLES, 4):
        rows.append(
            {
                "programId": "p" + new_hex(c.rng, 10),
                "titel": title,
                "avsnitt": ep,
                "position_sek": c.rng.randint(60, 3000),
                "procentSett": c.rng.randint(3, 97),
                "senastSedd": iso(c),
            }
        )
    b.ok_json({"rubrik": "Fortsätt titta", "fortsättTitta": rows})
    return b.build()


def ad_pixel_opaque(c: Context) -> Flow:
    """The ad-insertion partner's pixel: programme and position inside gzip + base64."""
    b = FB(c, "flimmer-ads", "GET", "https://px.flimmerplay.example/i.gif")
    b.header("user-agent", UA)
    b.view("query d (base64url of gzip JSON: programme, position)", detectable=False)
    _, _, pid = _programme(c)
    blob = b64url(gz(jsb({"p": pid, "o": c.rng.randint(0, 3400), "b": "mid1", "t": ms(c)})))
    b.param("d", blob)
    b.param("cb", str(c.rng.randint(10**8, 10**9)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/flimmer-play-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    fid = b.id("flim_fid", where="json fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:58213377:android:4be1c0ffee",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/58213377/installations/{fid}",
            "fid": fid,
            "refreshToken": "2_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def analytics_batch(c: Context) -> Flow:
    """GA for Firebase upload: ids as protobuf strings under field numbers only."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(3, ms(c))])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(14, "se.flimmerplay.app"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf field 19", detectable=False)),
            pb_bytes(
                27, b.id("flim_app_instance", "protobuf", "protobuf field 27", detectable=False)
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def catalogue_rail(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v3/sidor/hem/rader/{c.rng.choice(['nytt', 'drama', 'sport', 'dokumentar'])}",
    )
    b.decoy("a catalogue rail with programme ids and durations (content listing)")
    b.ok_json(
        {
            "objekt": [
                {
                    "programId": "p" + new_hex(c.rng, 10),
                    "titel": t,
                    "längdSek": c.rng.randint(1500, 3600),
                }
                for t, _ in c.rng.sample(TITLES, 5)
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sidor/hem/rader/mest-sett")
    b.decoy("'Mest sett' top list with view counts (an aggregate over all viewers)")
    b.ok_json(
        {
            "rubrik": "Mest sett just nu",
            "objekt": [
                {"plats": i, "titel": t, "visningar": c.rng.randint(10**4, 10**6)}
                for i, (t, _) in enumerate(c.rng.sample(TITLES, 5), 1)
            ],
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    _, _, pid = _programme(c)
    b = _b(c, "GET", f"{CDN}/{pid}/dash/manifest.mpd")
    mpd = (
        '<?xml version="1.0"?><MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" '
        f'mediaPresentationDuration="PT{c.rng.randint(20, 59)}M"><Period><AdaptationSet '
        'mimeType="video/mp4"><Representation id="1080" bandwidth="5000000"/>'
        "</AdaptationSet></Period></MPD>"
    )
    b.respond(200, "application/dash+xml", mpd.encode())
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/drm/widevine")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def poster(c: Context) -> Flow:
    b = _b(c, "GET", f"{CDN}/bilder/{new_hex(c.rng, 16)}/affisch_480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sok")
    b.param("q", c.rng.choice(["bron", "deckare", "fotboll", "solsidan"]))
    b.decoy("search results (a search, not a viewing)")
    b.ok_json(
        {"träffar": [{"programId": "p" + new_hex(c.rng, 10), "titel": t} for t, _ in TITLES[:3]]}
    )
    return b.build()
