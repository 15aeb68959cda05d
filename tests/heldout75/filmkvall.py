"""Filmkväll: a Swedish streaming app on the car's Android Automotive screen
(video plays only when parked). In-house backend api.filmkvall.se, Swedish key
names; it embeds Firebase and Mixpanel (see sdks.py). Its own ANDROID_ID on the
head unit goes in an `X-Enhets-Id` header at sign-in.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.filmkvall.se"
TITLES = [
    "Bron S2E3",
    "Wallander: Brandvägg",
    "Fjällbackamorden",
    "Skam S1E7",
    "Babylon Berlin S4E1",
    "Dark S3E2",
    "Bamse och vulkanön",
    "Jordskott S1E4",
]


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "filmkvall", method, API + path, params)
    b.header("user-agent", ua("Filmkvall", "5.12.0", car=True))
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    return b


def _content(c: Context) -> tuple[str, str, int]:
    i = c.rng.randrange(len(TITLES))
    return f"fk-{1000 + i * 37}", TITLES[i], c.rng.choice([1500, 2640, 3120, 5400])


def progress_sync(c: Context) -> Flow:
    b = _b(c, "PUT", "/v3/spelare/framsteg")
    cid, title, dur = _content(c)
    pos = c.rng.randint(60, dur)
    b.json(
        {
            "innehallsId": cid,
            "titel": title,
            "avspelningsposition": pos,
            "varaktighet": dur,
            "sett_tid": c.rng.randint(30, pos),
            "profil": "Pappa",
            "tidpunkt": iso(c),
        }
    )
    b.view("json:avspelningsposition/sett_tid")
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    cid, _, dur = _content(c)
    b = _b(
        c,
        "GET",
        "/v3/spelare/hb",
        [
            ("cid", cid),
            ("pos", str(c.rng.randint(10, dur))),
            ("state", "playing"),
            ("br", "4500"),
            ("ts", str(ms(c))),
        ],
    )
    b.view("query:cid+pos heartbeat")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/profiler/pappa/fortsatt-titta")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        cid, title, _dur = _content(c)
        items.append(
            {"id": cid, "titel": title, "senastSedd": iso(c), "procentSett": c.rng.randint(5, 95)}
        )
    b.json({"fortsattTitta": items})
    b.view("json:fortsattTitta[]")
    b.ok_json({"ok": True})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """An encrypted QoE/watch beacon: nothing in it says what it is."""
    b = _b(c, "POST", "/q/b")
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.json({"v": 2, "k": "s3", "d": b64(blob)})
    b.view("json:d (encrypted blob)", detectable=False)
    b.no_content()
    return b.build()


def signin_device(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/auth/enhet")
    b.header("x-enhets-id", b.id("aid_car_video", where="header:x-enhets-id"))
    b.json({"plattform": "android-automotive", "modell": "Polaris 3", "appVersion": "5.12.0"})
    b.ok_json({"token": b64(rid(c.rng)), "giltigTill": iso(c)})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/katalog/rader", [("profil", "pappa"), ("sida", str(c.rng.randint(1, 4)))])
    rows = [
        {
            "id": _content(c)[0],
            "titel": t,
            "bild": f"https://img.filmkvall.se/p/{i}.jpg",
            "lang": c.rng.choice([1500, 5400]),
        }
        for i, t in enumerate(TITLES)
    ]
    b.ok_json({"rader": [{"rubrik": "Populärt nu", "objekt": rows}]})
    b.decoy("catalogue page with titles and durations")
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = FB(c, "filmkvall", "GET", f"https://img.filmkvall.se/p/{c.rng.randint(0, 7)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(1, 10**6), 600))
    b.decoy("poster image fetch")
    return b.build()


def segment(c: Context) -> Flow:
    cid = _content(c)[0]
    b = FB(
        c,
        "filmkvall",
        "GET",
        f"https://vod.filmkvall.se/{cid}/1080p/seg_{c.rng.randint(1, 900):05d}.m4s",
    )
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(1, 10**6), 900))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["wallander", "bamse", "deckare", "dokumentär"])
    b = _b(c, "GET", "/v3/sok", [("q", q), ("limit", "20")])
    b.ok_json({"traffar": [{"id": _content(c)[0], "titel": TITLES[i]} for i in range(3)]})
    b.decoy("search results")
    return b.build()


def mixpanel_watch(c: Context) -> Flow:
    cid, title, dur = _content(c)
    return sdks.mixpanel_track(
        c,
        "Video Watched",
        {
            "content_id": cid,
            "title": title,
            "watched_seconds": c.rng.randint(60, dur),
            "duration": dur,
            "parked": True,
        },
        view=True,
    )


def mixpanel_ui(c: Context) -> Flow:
    return sdks.mixpanel_track(
        c, "Row Scrolled", {"row": "Populärt nu", "index": c.rng.randint(0, 9)}
    )


def preroll_ad(c: Context) -> Flow:
    """A pre-roll request as Google's IMA SDK builds it (developers.google.com/
    interactive-media-ads: ad tag with rdid / idtype / is_lat set by the SDK)."""
    b = FB(c, "ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/22138457/filmkvall/auto_preroll"),
        ("sz", "1280x720"),
        ("gdfp_req", "1"),
        ("output", "vast"),
        ("env", "vp"),
        ("impl", "s"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("an", "se.filmkvall.auto"),
        ("msid", "se.filmkvall.auto"),
        ("sdkv", "h.3.33.0/n.android.3.33.0"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("car_gaid", where="query:rdid (IMA, idtype=adid)"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.respond(
        200, "text/xml", b'<VAST version="4.1"><Ad id="' + rid(c.rng)[:8].encode() + b'"/></VAST>'
    )
    return b.build()
