"""Stadtführer, a museum / city audio-guide app for Basel, Bern and Zürich
(fictional api.stadtfuehrer.example.ch), German / French key names.

Ordinary (decoys): tours with numbered stops, map pins, audio-file downloads
for the stops, geofence "stop reached" pings, ratings. Sensitive (viewing
history): the museum chapters embed YouTube videos in a WKWebView; the
embedded player reports watch time to youtube.com/api/stats/watchtime with
docid, cmt/st/et (media times), len, state, el=embedded, cpn (the player's own
query parameters, as tracker lists and the omnibug YouTube definition show).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

API = "https://api.stadtfuehrer.example.ch/v1"
UA = ua("Stadtfuehrer", "2.3.0", "230")
WEBKIT = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Mobile/15E148"
)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "stadtfuehrer", method, API + path)
    b.header("user-agent", UA)
    return b


def tours(c: Context) -> Flow:
    city = c.rng.choice(["basel", "bern", "zuerich"])
    b = _fb(c, "GET", f"/staedte/{city}/touren?sprache=de")
    b.ok_json(
        {
            "touren": [
                {
                    "id": c.rng.randint(10, 99),
                    "titel": t,
                    "stopps": [
                        {
                            "nr": i,
                            "lat": rf(c.rng, 46.9, 47.6, 5),
                            "lon": rf(c.rng, 7.4, 8.6, 5),
                            "dauerSek": c.rng.randint(60, 300),
                        }
                        for i in range(1, 9)
                    ],
                }
                for t in ("Altstadt", "Kunstmuseum", "Rheinufer")
            ]
        }
    )
    b.decoy("tours: numbered stops with map pins and audio durations")
    return b.build()


def stop_audio(c: Context) -> Flow:
    b = _fb(c, "GET", f"/audio/{c.rng.randint(10, 99)}/stopp-{c.rng.randint(1, 30):02d}_de.m4a")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.decoy("audio file download for a stop (fetching media is not history)")
    return b.build()


def stop_reached(c: Context) -> Flow:
    b = _fb(c, "POST", "/tour-fortschritt")
    b.json(
        {
            "tourId": c.rng.randint(10, 99),
            "stoppNr": c.rng.randint(1, 30),
            "erreichtUm": iso(c),
            "genauigkeitM": rf(c.rng, 3, 40, 1),
            "offlineModus": False,
        }
    )
    b.no_content()
    b.decoy("geofence 'stop reached' with stop number (a tour position, not a watch log)")
    return b.build()


def rating(c: Context) -> Flow:
    b = _fb(c, "POST", "/bewertungen")
    b.json(
        {
            "tourId": c.rng.randint(10, 99),
            "sterne": c.rng.randint(3, 5),
            "commentaire": "Très bien fait",
        }
    )
    b.ok_json({"id": rid(c.rng)})
    b.decoy("tour rating")
    return b.build()


def yt_watchtime(c: Context) -> Flow:
    vid = "".join(c.rng.choice(_B64) for _ in range(11))
    length = rf(c.rng, 90, 600, 3)
    st = rf(c.rng, 0, length - 20, 3)
    b = FB(c, "youtube", "GET", "https://www.youtube.com/api/stats/watchtime")
    for k, v in [
        ("ns", "yt"),
        ("el", "embedded"),
        ("cpn", "".join(c.rng.choice(_B64) for _ in range(16))),
        ("ver", "2"),
        ("cmt", str(st + 10)),
        ("fmt", "18"),
        ("fs", "0"),
        ("rt", rf(c.rng, 5, 300, 3)),
        ("euri", "https://museum.stadtfuehrer.example.ch/"),
        ("lact", c.rng.randint(100, 9000)),
        ("cl", "698813491"),
        ("state", "playing"),
        ("volume", "100"),
        ("c", "WEB_EMBEDDED_PLAYER"),
        ("cver", "1.20241120.01.00"),
        ("cplayer", "UNIPLAYER"),
        ("cos", "iPhone"),
        ("cosver", "17_5_1"),
        ("cplatform", "MOBILE"),
        ("hl", "de_CH"),
        ("cr", "CH"),
        ("len", str(length)),
        ("rtn", "30"),
        ("docid", vid),
        ("ei", new_hex(c.rng, 16)),
        ("plid", new_hex(c.rng, 16)),
        ("of", new_hex(c.rng, 16)),
        ("vm", new_hex(c.rng, 20)),
        ("st", str(st)),
        ("et", str(st + 10)),
    ]:
        b.param(k, str(v))
    b.header("user-agent", WEBKIT)
    b.view("YouTube api/stats/watchtime: docid + cmt/st/et + len (embedded player)")
    b.no_content()
    return b.build()


def landmarks(c: Context) -> Flow:
    b = _fb(
        c, "GET", f"/karte/landmarks?bbox=7.43,46.94,7.46,46.96&lang={c.rng.choice(['de', 'fr'])}"
    )
    names = ["Zytglogge", "Bundeshaus", "Münster", "Bärengraben", "Rosengarten"]
    b.ok_json(
        {
            "landmarks": [
                {
                    "name": n,
                    "points": [
                        [rf(c.rng, 46.94, 46.96, 5), rf(c.rng, 7.43, 7.46, 5)] for _ in range(4)
                    ],
                    "pinIcon": "sight",
                }
                for n in names
            ]
        }
    )
    b.decoy("tourist landmarks with map point lists (not face landmarks)")
    return b.build()
