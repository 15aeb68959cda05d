"""Chrieng Karaoke: sing-along videos cast to the Bluetooth speaker.

Which karaoke video was played and for how long is viewing history. The
pitch score of a performance and the recording of the singer's voice are not
biometric (no speaker model; scoring is pitch matching).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, js, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://k.karaokekh.example"
UA = ua("KaraokeKH", "7.2.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "karaokekh", method, url)
    b.header("user-agent", UA)
    b.header("x-kdid", b.id("kara_did", where="header x-kdid"))
    return b


def song_played(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/history/played")
    b.view("json video_id + played_sec + finished")
    b.json(
        {
            "video_id": f"KV{c.rng.randint(10**5, 10**6)}",
            "title": "ស្រលាញ់អូនណាស់ (Karaoke)",
            "played_sec": c.rng.randint(20, 300),
            "finished": c.rng.random() < 0.5,
            "output": {"type": "bluetooth", "addr": b.id("spk_mac", "lower", "json output.addr")},
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def score_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/performance")
    b.decoy("singer's recording and pitch score: no speaker model (not biometric)")
    boundary = "kk" + rid(c.rng)[:12]
    curve = [rf(c.rng, 100, 400, 1) for _ in range(8)]
    meta = js({"score": c.rng.randint(40, 99), "pitch_curve_hz": curve})
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", meta.encode()),
            ("rec", "take.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"rank": c.rng.randint(1, 500)})
    return b.build()


def song_search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/search?q=preap+sovath")
    b.decoy("search results with video durations")
    b.ok_json(
        {
            "items": [
                {"video_id": f"KV{c.rng.randint(10**5, 10**6)}", "duration": 240} for _ in range(6)
            ]
        }
    )
    return b.build()
