"""Tilawa: a Quran recitation and Islamic podcast app (UAE publisher, phone).

Listening positions of recitations and podcast episodes sync to the app's own
backend (snake_case English and romanised Arabic: qari = reciter, sura, ayah).
Firebase Installations registers an install id (firebase.google.com/docs/
projects/manage-installations: POST firebaseinstallations.googleapis.com/v1/
projects/{p}/installations with fid, appId, authVersion FIS_v2). Reading the
mushaf text (page turns) and prayer times are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tilawa-example.ae"
QARI = ["mishary_alafasy", "abdul_basit", "maher_muaiqly", "saad_alghamdi"]
PODS = [
    ("Tafsir Daily", "ep-2231"),
    ("Seerah Stories", "ep-4410"),
    ("Ramadan Reflections", "ep-0912"),
]


def listen_position(ctx: Context) -> Flow:
    b = FB(ctx, "tilawa", "POST", f"{API}/v2/listening/position")
    b.header("user-agent", ua("Tilawa", "3.8.0"))
    b.header("x-device-id", b.id("aid_tilawa", where="header.x-device-id"))
    b.json(
        {
            "qari": ctx.rng.choice(QARI),
            "sura": ctx.rng.randint(1, 114),
            "ayah": ctx.rng.randint(1, 7),
            "position_ms": ctx.rng.randint(1000, 3_000_000),
            "listened_ms": ctx.rng.randint(1000, 900000),
            "at": iso(ctx),
        }
    )
    b.view("body.qari+sura+position_ms")
    b.no_content()
    return b.build()


def podcast_progress(ctx: Context) -> Flow:
    show, ep = ctx.rng.choice(PODS)
    b = FB(ctx, "tilawa", "PATCH", f"{API}/v2/podcasts/episodes/{ep}/progress")
    b.json(
        {
            "show": show,
            "played_seconds": ctx.rng.randint(10, 3400),
            "episode_length": 3500,
            "finished": False,
        }
    )
    b.view("path.episodes/{id}/progress+body.played_seconds")
    b.no_content()
    return b.build()


def listen_history(ctx: Context) -> Flow:
    b = FB(ctx, "tilawa", "GET", f"{API}/v2/me/sijil_alistima3")
    rows = [{"episode": e, "title": s, "last_position": ctx.rng.randint(60, 3000)} for s, e in PODS]
    b.ok_json({"recently_played": rows})
    b.view("response.recently_played[]", direction="response")
    return b.build()


def opaque_sync(ctx: Context) -> Flow:
    b = FB(ctx, "tilawa", "POST", f"{API}/s")
    b.json({"x": b64(bytes(ctx.rng.getrandbits(8) for _ in range(48))), "k": 7})
    b.view("body.x (encrypted listening sync)", detectable=False)
    b.no_content()
    return b.build()


def fis_register(ctx: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/tilawa-prod/installations"
    b = FB(ctx, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIza" + new_hex(ctx.rng, 35))
    b.json(
        {
            "fid": ctx.phone.fid_tilawa,
            "appId": "1:48112:android:9c1e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.other_id("fid_tilawa", "body.fid")
    b.ok_json({"name": "projects/48112/installations/x", "refreshToken": new_hex(ctx.rng, 40)})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "tilawa", "POST", f"{API}/v2/devices")
    b.json(
        {"deviceId": b.id("aid_tilawa", where="body.deviceId"), "os": "android", "tz": "Asia/Dubai"}
    )
    b.ok_json({"ok": True})
    return b.build()


def mushaf_page(ctx: Context) -> Flow:
    b = FB(ctx, "tilawa", "POST", f"{API}/v2/reading/bookmark")
    b.json({"page": ctx.rng.randint(1, 604), "juz": ctx.rng.randint(1, 30), "at": ms(ctx)})
    b.decoy("mushaf reading page bookmark (reading, not listening)")
    b.no_content()
    return b.build()


def prayer_times(ctx: Context) -> Flow:
    lat, lon = rf(ctx.rng, 24.3, 25.4, 4), rf(ctx.rng, 54.3, 55.5, 4)
    b = FB(ctx, "tilawa", "GET", f"{API}/v2/prayer-times", [("lat", str(lat)), ("lng", str(lon))])
    b.ok_json(
        {
            "fajr": "05:21",
            "dhuhr": "12:06",
            "asr": "15:11",
            "maghrib": "17:31",
            "isha": "18:49",
            "req": rid(ctx.rng),
        }
    )
    b.decoy("prayer times for coordinates")
    return b.build()


def audio_chunk(ctx: Context) -> Flow:
    q = ctx.rng.choice(QARI)
    b = FB(
        ctx,
        "tilawa",
        "GET",
        f"https://audio.tilawa-example.ae/{q}/{ctx.rng.randint(1, 114):03d}.mp3",
    )
    b.header("range", f"bytes={ctx.rng.randint(0, 10**6)}-")
    b.respond(206, "audio/mpeg", bytes(ctx.rng.getrandbits(8) for _ in range(200)))
    b.decoy("recitation audio fetch")
    return b.build()
