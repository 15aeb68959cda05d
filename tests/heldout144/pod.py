"""Deutgi: podcasts and audiobooks. Listening to an audiobook or a podcast is
listening, so its play position reports are viewing history (an e-book it also
sells is reading: negative). Firebase carries the app instance id."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import builder, galaxy_ua, kst, ms

API = "https://api.deutgi.example"
UA = galaxy_ua("Deutgi", "2.6.0")


def listen_position(c: Context) -> Flow:
    b = builder(c, "deutgi", "PATCH", f"{API}/v2/odio-buk/{c.rng.randint(10000, 99999)}/wichi", UA)
    b.view("path odio-buk/wichi + json 듣기위치초 (audiobook listening position)")
    b.json(
        {
            "듣기위치초": c.rng.randint(0, 36000),
            "배속": 1.25,
            "기기": b.id("aid_pod", where="json 기기 (ANDROID_ID)"),
            "시각": kst(c),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def episode_played(c: Context) -> Flow:
    b = builder(c, "deutgi", "POST", f"{API}/v1/podcast/episode/played", UA)
    b.view("json episodeId + listenedSec (podcast episode played)")
    b.json(
        {
            "episodeId": f"ep_{c.rng.randint(10**5, 10**6)}",
            "listenedSec": c.rng.randint(60, 4000),
            "completed": c.rng.random() < 0.3,
        }
    )
    b.no_content()
    return b.build()


def firebase_analytics(c: Context) -> Flow:
    b = builder(c, "firebase", "POST", "https://app-measurement.com/a", UA)
    b.form(
        [
            ("app_instance_id", b.id("fcm_fid", where="form app_instance_id (Firebase)")),
            ("gmp_app_id", "1:498277303910:android:4f1c2a"),
            ("en", "screen_view"),
            ("_si", str(c.rng.randint(10**17, 10**18))),
        ]
    )
    b.no_content()
    return b.build()


def ebook_page(c: Context) -> Flow:
    b = builder(c, "deutgi", "POST", f"{API}/v1/ebook/dokseo-wichi", UA)
    b.decoy("e-book reading position (reading is not watching or listening)")
    b.json({"bookId": c.rng.randint(1000, 9999), "page": c.rng.randint(1, 400), "t": ms(c)})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = builder(c, "deutgi", "GET", f"{API}/v1/chucheon?genre=self-help", UA)
    b.decoy("recommendations with durations (catalogue)")
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10000, 99999), "runtimeSec": c.rng.randint(3600, 40000)}
                for _ in range(6)
            ]
        }
    )
    return b.build()
