"""Eteris: the Lithuanian public broadcaster's catch-up app (son's Pixel in Vilnius).

Its own progress call is in Lithuanian (`žiūrėjimas` viewing, `pozicija`,
`laikas` time, `įrenginys` device); the "tęsti žiūrėjimą" (continue
watching) answer lists the son's programmes with positions. An older build
posts semicolon rows `v1;show;position;epoch` as text/plain. Gemius
audience measurement gets stream hits on `*.hit.gemius.pl/_<ms>/redot.gif`
with the programme and offset in `extra` and the advertising id; GA4 gets
`video_progress` events through the Measurement Protocol for Firebase
(`/mp/collect`, JSON with `app_instance_id`); one build puts an MD5 of the
ANDROID_ID in `user_id`. The catalogue, thumbnails, search and the TV guide
are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.eteris-lt.example"
IMG = "https://img.eteris-lt.example"
UA = ua("Eteris", "4.12.0", "syn")
SHOWS = [
    ("2000312201", "Panorama"),
    ("2000318874", "Klausimėlis"),
    ("2000320450", "Emilija iš Laisvės alėjos"),
    ("2000322011", "Beatos virtuvė"),
    ("2000325690", "Stilius"),
    ("2000327113", "Savaitė"),
]
GEMIUS_ID = "zPs7Fg.dW5nQxgC1z4mLnHYmHe_Gq.9j0vb3eN9DlFz.s7"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "eteris", method, url)
    b.header("user-agent", UA)
    b.header("accept-language", "lt-LT")
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/irenginiai")
    b.header("x-irenginio-id", b.id("aid_eter", where="header x-irenginio-id"))
    b.json(
        {
            "įrenginys": {
                "reklamosId": b.id("gaid_syn", where="json įrenginys.reklamosId"),
                "modelis": "Pixel 8",
                "os": "Android 15",
            },
            "naudotojas": b.acct("eter_user"),
        }
    )
    b.ok_json({"būsena": "užregistruota", "laikas": iso(c)})
    return b.build()


def progress(c: Context) -> Flow:
    sid, title = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/v1/ziurejimas")
    b.header("x-irenginio-id", b.id("aid_eter", where="header x-irenginio-id"))
    b.view("json žiūrėjimas{laidosId, pozicija, laikas}")
    b.json(
        {
            "žiūrėjimas": {
                "laidosId": sid,
                "pavadinimas": title,
                "pozicija": c.rng.randint(5, 3300),
                "trukmė": 3420,
                "laikas": iso(c),
                "įvykis": c.rng.choice(["pradėta", "tęsiama", "baigta"]),
            }
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/testi-ziureti")
    b.view("response json tęsti[] (laidosId, pozicija, žiūrėta)", direction="response")
    b.ok_json(
        {
            "tęsti": [
                {
                    "laidosId": s,
                    "pavadinimas": t,
                    "pozicija": c.rng.randint(60, 3000),
                    "žiūrėta": iso(c),
                }
                for s, t in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def rows_opaque(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/s")
    b.view("text/plain row v1;show;pos;epoch", detectable=False)
    b.set_body(
        f"v1;{sid};{c.rng.randint(5, 3300)};{int(c.now)}".encode(), "text/plain; charset=utf-8"
    )
    b.no_content()
    return b.build()


def gemius_stream(c: Context) -> Flow:
    sid, title = c.rng.choice(SHOWS)
    b = FB(c, "gemius", "GET", f"https://ltgde.hit.gemius.pl/_{ms(c)}/redot.gif")
    b.header("user-agent", UA)
    b.view("query extra materialIdentifier/programName/offset (Gemius stream)")
    b.param("l", "91")
    b.param("id", GEMIUS_ID)
    b.param("et", "sm")
    b.param("hsrc", "3")
    b.param(
        "extra",
        f"playerID=eterisApp|materialIdentifier={sid}|programName={title}"
        f"|eventType={c.rng.choice(['playing', 'paused', 'complete'])}"
        f"|offset={c.rng.randint(0, 3300)}|programDuration=3420",
    )
    b.param("gemiusAppUID", b.id("gemius_uid", where="query gemiusAppUID"))
    b.param("adid", b.id("gaid_syn", where="query adid"))
    b.param("href", f"app://lt.eteris/laida/{sid}")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def gemius_view(c: Context) -> Flow:
    b = FB(c, "gemius", "GET", f"https://ltgde.hit.gemius.pl/_{ms(c)}/redot.gif")
    b.header("user-agent", UA)
    b.decoy("page view of the app's home screen (no programme)")
    b.param("l", "30")
    b.param("id", GEMIUS_ID)
    b.param("et", "view")
    b.param("gemiusAppUID", b.id("gemius_uid", where="query gemiusAppUID"))
    b.param("href", "app://lt.eteris/pradzia")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def ga4_progress(c: Context, hashed: bool = False) -> Flow:
    sid, title = c.rng.choice(SHOWS)
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("firebase_app_id", "1:418852210974:android:6c0d3e5a91f2b7c4")
    b.param("api_secret", "Qx9-vLr3T0a8pJm2WkZyBg")
    b.header("user-agent", UA)
    b.view("json events[video_progress].params video_title/video_current_time")
    body: dict = {
        "app_instance_id": b.id("ga_app_instance", where="json app_instance_id"),
        "timestamp_micros": int(c.now * 1e6),
        "events": [
            {
                "name": "video_progress",
                "params": {
                    "video_title": title,
                    "content_id": sid,
                    "video_current_time": c.rng.randint(5, 3300),
                    "video_percent": c.rng.choice([10, 25, 50, 75, 90]),
                    "engagement_time_msec": c.rng.randint(1000, 60000),
                },
            }
        ],
    }
    if hashed:
        body["user_id"] = b.id("aid_eter", "md5", "json user_id (md5 ANDROID_ID)", False)
    b.json(body)
    b.no_content()
    return b.build()


def ga4_hashed(c: Context) -> Flow:
    return ga4_progress(c, hashed=True)


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/katalogas")
    b.param("kategorija", c.rng.choice(["serialai", "laidos", "vaikams", "dokumentika"]))
    b.decoy("catalogue page")
    b.ok_json({"laidos": [{"id": s, "pavadinimas": t} for s, t in SHOWS]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid, _ = c.rng.choice(SHOWS)
    b = _b(c, "GET", f"{IMG}/{sid}/thumb_640x360.jpg")
    b.decoy("thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 350))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/paieska")
    b.param("q", c.rng.choice(["žinios", "krepšinis", "Eurovizija", "filmai vaikams"]))
    b.decoy("search query")
    b.ok_json({"rezultatai": [{"id": s, "pavadinimas": t} for s, t in c.rng.sample(SHOWS, 2)]})
    return b.build()


def tv_guide(c: Context) -> Flow:
    b = _b(c, "GET", API + quote("/v1/tv-programa/LRT TELEVIZIJA"))
    b.decoy("TV guide with start times")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "programa": [
                {"pradžia": t0 + i * 1800, "pavadinimas": t, "trukmė": 1800}
                for i, (_, t) in enumerate(SHOWS)
            ],
            "užklausa": rid(c.rng),
            "versija": new_hex(c.rng, 7),
        }
    )
    return b.build()
