"""Tilawa: a Quran recitation and sermon (khutba) app on the Huawei phone.

Listening to a reciter is listening: the app's `istima3` log (surah, ayah, reciter,
seconds listened) is viewing history in the issue's sense, as is the khutba video
progress. Reading the Mushaf page by page is reading, not listening: the
`wird` page-progress sync is a decoy. Prayer times use coordinates (ordinary).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, ua

API = "https://api.tilawa.example"
UA = ua("Tilawa", "3.8.0")
QURRA = ["mishary_alafasy", "abdulbasit_mujawwad", "maher_almuaiqly", "minshawi"]


def _b(c: Context, method: str, url: str, aid: bool = True) -> FB:
    b = FB(c, "tilawa", method, url)
    b.header("user-agent", UA)
    if aid:
        b.header("x-device", b.id("aid_quran", where="header x-device"))
    return b


def istima3(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/istima3/log")
    b.view("json سورة/آية/القارئ + thawani_el_istima3 (listened recitation)")
    b.json(
        {
            "سورة": c.rng.randint(1, 114),
            "آية_البداية": 1,
            "آية_النهاية": c.rng.randint(5, 80),
            "القارئ": c.rng.choice(QURRA),
            "thawani_el_istima3": c.rng.randint(60, 2400),
            "wa2t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def khutba_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/khutab/{c.rng.randint(100, 999)}/progress")
    b.view("json position_sec of a sermon video")
    b.json({"position_sec": c.rng.randint(30, 2700), "duration_sec": 2700, "updated": ms(c)})
    b.no_content()
    return b.build()


def listen_protobuf(c: Context) -> Flow:
    """The widget's batched listens, protobuf with no field names on the wire."""
    b = _b(c, "POST", f"{API}/v1/b", aid=False)
    b.view("protobuf fields 1-3 (surah, reciter, seconds)", detectable=False)
    body = pb_varint(1, c.rng.randint(1, 114)) + pb_bytes(2, c.rng.choice(QURRA)[:4])
    body += pb_varint(3, c.rng.randint(60, 2400)) + pb_varint(4, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def wird_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/wird/sync")
    b.decoy("Mushaf reading progress (page, juz): reading is not watching or listening")
    b.json({"safha": c.rng.randint(1, 604), "juz2": c.rng.randint(1, 30), "khatma": 2})
    b.ok_json({"ok": True})
    return b.build()


def prayer_times(c: Context) -> Flow:
    lat, lon = rf(c.rng, 29.9, 30.2, 4), rf(c.rng, 31.1, 31.5, 4)
    b = _b(c, "GET", f"{API}/v1/mawaqit?lat={lat}&lng={lon}&method=egyptian", aid=False)
    b.decoy("coordinates for prayer times (ordinary location)")
    b.ok_json({"fajr": "04:41", "dhuhr": "11:52", "asr": "14:40", "maghrib": "16:59"})
    return b.build()


def recitation_audio(c: Context) -> Flow:
    b = FB(
        c,
        "tilawa",
        "GET",
        f"https://audio.tilawa.example/{c.rng.choice(QURRA)}/{c.rng.randint(1, 114):03d}.mp3",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", b"ID3" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
