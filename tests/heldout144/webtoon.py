"""Manhwa Cafe: a webtoon app. Reading is not watching: its reading log, episode
images and "continue reading" list are labelled negative (look-alikes of history).
It carries Adbrix (IGAWorks) for attribution, with the app's ANDROID_ID and GAID."""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import builder, galaxy_ua, kst, ms

API = "https://api.manhwacafe.example"
UA = galaxy_ua("ManhwaCafe", "3.8.0")
TOONS = ["나 혼자만 레벨업", "외모지상주의", "전지적 독자 시점", "유미의 세포들"]


def reading_log(c: Context) -> Flow:
    b = builder(c, "manhwacafe", "POST", f"{API}/v1/dokseo/girok", UA)
    b.decoy("dokseoGirok: webtoon reading progress (reading, not viewing history)")
    b.json(
        {
            "jakpumId": c.rng.randint(700000, 800000),
            "jemok": c.rng.choice(TOONS),
            "hoecha": c.rng.randint(1, 200),
            "scrollPct": c.rng.randint(0, 100),
            "ilgeunSigan": c.rng.randint(20, 400),
            "ts": kst(c),
        }
    )
    b.no_content()
    return b.build()


def continue_reading(c: Context) -> Flow:
    b = builder(c, "manhwacafe", "GET", f"{API}/v1/me/{quote('이어보기')}", UA)
    b.decoy("continue-READING list of webtoon episodes (reading is not watching)")
    b.ok_json({"목록": [{"작품": t, "회차": c.rng.randint(1, 200)} for t in TOONS[:3]]})
    return b.build()


def episode_image(c: Context) -> Flow:
    n = c.rng.randint(1, 60)
    b = builder(c, "manhwacafe", "GET", f"https://img.manhwacafe.example/ep/{n:03d}.jpg", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def adbrix_event(c: Context) -> Flow:
    b = builder(c, "adbrix", "POST", "https://event.adbrix.io/api/v1/event/bulk/manhwacafe", UA)
    b.json(
        {
            "common": {
                "identity": {
                    "adid": b.id("gaid", where="json common.identity.adid"),
                    "device_id": b.id("adbrix_uuid", where="json common.identity.device_id"),
                },
                "device_info": {"model": "SM-S921N", "os": "14", "carrier": "SKTelecom"},
            },
            "evts": [{"event_name": "abx:purchase", "created_at_kst": kst(c), "ms": ms(c)}],
        }
    )
    b.ok_json({"result": "ok"})
    return b.build()
