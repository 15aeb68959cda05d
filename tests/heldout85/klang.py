"""A music and audiobook app (made up: "Klangwerk"): listen logs, audiobook and
podcast positions, with Braze for CRM.

Sources: the Braze Android SDK's data request (`POST
sdk.fra-02.braze.eu/api/v3/data`, JSON with `api_key`, `device_id`,
`sdk_version`, `device` {...} and `events` [{"name": "ce", "data": {"n":
name, "p": properties}, "time", "session_id"}]; Braze docs "SDK data
collection" and braze-inc/braze-android-sdk). The listen log and positions
are the app's own backend: German keys with and without umlauts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .catalog import AUDIOBOOKS, PODCASTS, SONGS, cipher_blob, content_id
from .phone import FB, iso, ms, rid, ua

API = "https://api.klangwerk.ch"
UA = ua("Klangwerk", "5.9.4")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "klangwerk", method, API + path)
    b.header("user-agent", UA)
    b.header("x-klangwerk-user", c.phone.kl_user)
    return b


def gehoert(c: Context) -> Flow:
    """The listen log: each track and how long it was heard ('gehört')."""
    b = _b(c, "POST", "/v2/gehoert")
    rows = []
    for _ in range(c.rng.randint(1, 5)):
        artist, song = c.rng.choice(SONGS)
        rows.append(
            {
                "titelId": content_id(c.rng, "T"),
                "kuenstler": artist,
                "titel": song,
                "gehörtSek": c.rng.randint(20, 260),
                "zeitpunkt": iso(c),
            }
        )
    b.json({"gehört": rows})
    b.view("body.json.gehört[].gehörtSek")
    b.no_content()
    return b.build()


def hoerbuch_position(c: Context) -> Flow:
    """Audiobook position, umlaut spelt 'oe'."""
    book = content_id(c.rng, "HB")
    b = _b(c, "PUT", f"/v1/hoerbuecher/{book}/position")
    b.json(
        {
            "kapitel": c.rng.randint(1, 40),
            "positionMs": c.rng.randint(0, 3_000_000),
            "hoerdauerHeuteMin": c.rng.randint(5, 120),
            "titel": c.rng.choice(AUDIOBOOKS),
        }
    )
    b.view("path.hoerbuecher+body.json.positionMs")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/podcasts/fortschritt")
    b.form(
        [
            ("episode", content_id(c.rng, "EP")),
            ("podcast", c.rng.choice(PODCASTS)),
            ("pos_s", str(c.rng.randint(0, 4000))),
            ("played", f"0.{c.rng.randint(1, 99):02d}"),
        ]
    )
    b.view("body.form.episode+pos_s+played")
    b.no_content()
    return b.build()


def braze(c: Context, listened: bool) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.fra-02.braze.eu/api/v3/data")
    b.header("user-agent", UA)
    b.header("x-braze-api-key", "5e1b0c2d-3f4a-4b5c-8d6e-7f8091a2b3c4")
    b.other_id("klang_braze_device", where="body.json.device_id")
    if listened:
        artist, song = c.rng.choice(SONGS)
        props = {"track": song, "artist": artist, "listened_seconds": c.rng.randint(30, 240)}
        event = {"n": "track_listened", "p": props}
        b.view("body.json.events[].data.p.track+listened_seconds")
    else:
        event = {"n": "shop_opened", "p": {"tab": "hoerbuecher"}}
    b.json(
        {
            "api_key": "5e1b0c2d-3f4a-4b5c-8d6e-7f8091a2b3c4",
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "app_version": "5.9.4",
            "device_id": c.phone.klang_braze_device,
            "device": {
                "android_version": "34",
                "model": "Pixel 8",
                "brand": "google",
                "carrier": "Swisscom",
                "locale": "de_CH",
                "time_zone": "Europe/Zurich",
            },
            "events": [{"name": "ce", "data": event, "time": c.now, "session_id": rid(c.rng)}],
        }
    )
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def braze_listen(c: Context) -> Flow:
    return braze(c, True)


def braze_shop(c: Context) -> Flow:
    return braze(c, False)


def sync_opaque(c: Context) -> Flow:
    """Offline plays synced as the app's own encrypted blob."""
    b = _b(c, "POST", "/v1/offline/sync")
    b.json({"v": 3, "d": b64(cipher_blob(c.rng, 200, 400))})
    b.view("body.json.d|cipher", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "device_uid": b.id("aid_klang", "sha1", where="body.json.device_uid"),
            "os": "android",
            "push_enabled": True,
            "offline_slots": 3,
        }
    )
    b.ok_json({"slot": 2})
    return b.build()


def hoerbuch_shop(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/shop/hoerbuch/{content_id(c.rng, 'HB')}")
    b.ok_json({"titel": c.rng.choice(AUDIOBOOKS), "preis": 19.95, "laufzeitMin": 612})
    b.decoy("audiobook product page with running time: a product viewed")
    return b.build()


def equalizer(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/settings/equalizer")
    b.json({"baender_hz": [60, 230, 910, 3600, 14000], "gain_db": [2.5, 1.0, 0.0, -1.5, 3.0]})
    b.decoy("equalizer numeric series")
    b.no_content()
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(c, "klangwerk", "GET", f"https://img.klangwerk.ch/cover/{content_id(c.rng)}/300.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0cover\xff\xd9")
    b.decoy("cover art fetch")
    return b.build()


_ = ms
