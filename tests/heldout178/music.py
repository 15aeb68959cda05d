"""Simghera: a Georgian music app (polyphony, estrada, pop), on the Android phone and
on the iPhone of the family member in Batumi.

Plays are reported as "mosmena" (listening) events in romanised Georgian; the iOS
build sends the vendor id and IDFA in its own keys. An older offline-sync call packs
the plays in msgpack under numeric keys. Charts ("top of the week") are aggregates,
lyrics and album art are content: none of them is listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, ios_ua, iso, ms, rid, ua

API = "https://api.simghera.example"
UA = ua("Simghera", "3.2.0")
IOS_UA = ios_ua("Simghera", "3.2.0")
TRACKS = [
    ("Chakrulo", "Rustavi Ensemble"),
    ("Tsintskaro", "Hamlet Gonashvili"),
    ("Suliko", "Ensemble Basiani"),
    ("Tbiliso", "Nani Bregvadze"),
    ("Batumi", "Mgzavrebi"),
    ("Zhuzhuna Tsvima", "Mgzavrebi"),
    ("Սիրուն աղջիկ", "Aram MP3"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "simghera", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-simghera-device", b.id("aid_music", where="header x-simghera-device"))
    return b


def _ios(c: Context, method: str, url: str) -> FB:
    b = FB(c, "simghera-ios", method, url)
    b.header("user-agent", IOS_UA)
    b.header("x-vendor-id", b.id("idfv_music", where="header x-vendor-id"))
    return b


def _track(c: Context) -> tuple[str, str]:
    return c.rng.choice(TRACKS)


def listen_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mosmenebi")
    b.view("json mosmena.trek_id + mosmenili_wm + dasrulda")
    title, artist = _track(c)
    length = c.rng.randint(150, 320)
    heard = c.rng.randint(20, length)
    b.json(
        {
            "mosmena": {
                "trek_id": c.rng.randint(10**5, 10**6),
                "saxeli": title,
                "shemsrulebeli": artist,
                "mosmenili_wm": heard,
                "sigrdze_wm": length,
                "dasrulda": heard == length,
                "dro": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def ios_played(c: Context) -> Flow:
    b = _ios(c, "POST", f"{API}/v2/ios/played")
    b.view("json played[].trackId + playedMs")
    b.json(
        {
            "adId": b.id("idfa", where="json adId"),
            "played": [
                {
                    "trackId": c.rng.randint(10**5, 10**6),
                    "playedMs": c.rng.randint(10**4, 3 * 10**5),
                    "at": ms(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/bolos-mosmenili")
    b.view("response json bolos_mosmenili[] with dro", direction="response")
    b.ok_json(
        {
            "bolos_mosmenili": [
                {"saxeli": t, "shemsrulebeli": a, "dro": iso(c)}
                for t, a in (_track(c) for _ in range(5))
            ]
        }
    )
    return b.build()


def offline_sync(c: Context) -> Flow:
    """Plays made offline, msgpack with numeric keys: 1 track, 2 ms heard, 3 at."""
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("msgpack {1,2,3} rows", detectable=False)
    rows = [
        {1: c.rng.randint(10**5, 10**6), 2: c.rng.randint(10**4, 3 * 10**5), 3: ms(c)}
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/kviris-top", device=False)
    b.decoy("weekly chart with play counts (an aggregate over all listeners)")
    b.ok_json(
        {
            "top": [
                {"saxeli": t, "shemsrulebeli": a, "mosmenebi": c.rng.randint(10**3, 10**6)}
                for t, a in TRACKS
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tracks/{c.rng.randint(10**5, 10**6)}/teksti", device=False)
    b.decoy("synced lyrics with timestamps (content, not a play)")
    b.ok_json(
        {
            "lines": [
                {"t": i * 4200, "text": line}
                for i, line in enumerate(["Sakvarlis saflavsa vedzebdi", "Ver vnakhe dakarguliyo"])
            ]
        }
    )
    return b.build()


def cover_art(c: Context) -> Flow:
    b = FB(
        c,
        "simghera",
        "GET",
        f"https://img.simghera.example/covers/{c.rng.randint(1, 9999)}/300.jpg",
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()


def yerevan_listen(c: Context) -> Flow:
    """The Yerevan relatives' family-plan profile: the Armenian contractor's romanised keys
    (`ergi_id` song id, `lsvac_vayrkyan` seconds listened, `avartvac` finished)."""
    b = _b(c, "POST", f"{API}/v2/hy/lsumner")
    b.view("json ergi_id + lsvac_vayrkyan + avartvac (romanised Armenian)")
    b.json(
        {
            "ergi_id": c.rng.randint(10**5, 10**6),
            "anun": c.rng.choice(["Sirun aghjik", "Dle Yaman", "Krunk"]),
            "lsvac_vayrkyan": c.rng.randint(15, 300),
            "avartvac": c.rng.random() < 0.5,
            "zhamanak": iso(c),
        }
    )
    b.no_content()
    return b.build()
