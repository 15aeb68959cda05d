"""A Polish VOD app (fictional "Ekran+", in the style of Player.pl / Polsat Box Go):
its own watch log with Polish key names (czas_ogladania, pozycja, kontynuuj),
a continue-watching list, an encrypted playback beacon, plus catalogue pages
and HLS segments (decoys). Backend key names are our own invention."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_mp4, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.ekranplus.pl"
TITLES = ["Ranczo", "M jak milosc", "Na Wspolnej", "Kiepscy", "1670", "Chlopi", "Rojst"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ekranplus", method, API + path)
    b.header("user-agent", ua("EkranPlus", "5.14.2"))
    b.header("x-ekran-platform", "android_mobile")
    return b


def _item(c: Context) -> dict:
    return {"id_materialu": c.rng.randint(100000, 999999), "tytul": c.rng.choice(TITLES)}


def czas_ogladania(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/statystyki/ogladanie")
    b.view("body:$.zdarzenia[*].pozycja")
    b.header("x-device-id", b.id("aid_pl", where="header:x-device-id"))
    dur = c.rng.randint(1300, 3200)
    ev = [
        {**_item(c), "pozycja": p, "czas_ogladania": 30, "dlugosc": dur, "typ": "heartbeat"}
        for p in sorted(c.rng.sample(range(0, dur), 3))
    ]
    b.json({"uzytkownik": b.acct("pl_user"), "zdarzenia": ev, "wyslano": iso(c)})
    b.no_content()
    return b.build()


def kontynuuj(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/profil/kontynuuj-ogladanie")
    b.view("response:$.kontynuuj[*]", direction="response")
    b.ok_json(
        {
            "kontynuuj": [
                {
                    **_item(c),
                    "pozycja_sek": c.rng.randint(60, 2400),
                    "obejrzano_proc": c.rng.randint(5, 95),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def postep(c: Context) -> Flow:
    """Progress sync as a form body, the way the app's older player module sends it."""
    b = _b(c, "POST", "/player/postep")
    b.view("body:pozycja")
    b.form(
        [
            ("materialId", str(c.rng.randint(100000, 999999))),
            ("pozycja", str(c.rng.randint(10, 3000))),
            ("zakonczono", c.rng.choice(["0", "1"])),
            ("instalacja", b.id("pl_install", where="body:instalacja")),
        ]
    )
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Playback telemetry encrypted on the phone: nothing readable says what it is."""
    b = _b(c, "POST", "/t/b")
    b.view("body:$.p (encrypted)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 400)))
    b.json({"v": 3, "p": b64(blob), "k": c.rng.randint(1, 9)})
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/katalog/kategoria/{c.rng.choice(['seriale', 'filmy', 'dla-dzieci'])}")
    b.decoy("catalogue listing with positions in a row")
    items = [
        {**_item(c), "pozycja": i, "miniatura": f"https://img.ekranplus.pl/{rid(c.rng)}.jpg"}
        for i in range(8)
    ]
    b.respond(200, "application/json", jsb({"elementy": items}), "gzip")
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "ekranplus",
        "GET",
        f"https://vod-cdn.ekranplus.pl/hls/{rid(c.rng)}/1080p/seg_{c.rng.randint(1, 900)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("video segment fetch")
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 10**9), 700))
    return b.build()


def wyszukaj(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/szukaj")
    b.param("q", c.rng.choice(["ranczo", "film o twarzach", "kabaret"]))
    b.decoy("search query")
    b.ok_json({"wyniki": [_item(c) for _ in range(4)], "czas": ms(c)})
    return b.build()
