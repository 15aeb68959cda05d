"""Himig: a radio and podcast app from Cebu (Bisaya keys by its Cebu team).

A podcast episode's listening is reported as `gipaminaw_seg` (seconds listened) and
`posisyon`; live radio tuning is logged per station with `sugod` / `human` (start /
end of the tuning session). A Firebase Analytics batch carries the app instance id
and a `podcast_progress` event. Station lists, the station's "now playing" metadata
(the broadcaster's own playout) and e-book chapters are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, app_fb, iso, ms, ua

API = "https://api.himigradyo.example"
UA = ua("Himig", "2.7.5")
STATIONS = ["DYLS 97.1 Cebu", "DZRH 666", "Barangay LS 97.1", "Love Radio 90.7"]


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "himig", method, url, UA)
    b.header("x-himig-listener", b.id("himig_listener", where="header x-himig-listener"))
    return b


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/podcast/paminaw")
    b.view("json gipaminaw_seg / posisyon")
    b.json(
        {
            "episode": f"pod-{c.rng.randint(100, 999)}",
            "gipaminaw_seg": c.rng.randint(30, 1800),
            "posisyon": c.rng.randint(30, 3000),
            "nahuman": c.rng.random() < 0.2,
            "petsa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radyo/tuning")
    b.view("json tuning[] station with sugod/human (live tuning log)")
    start = ms(c) - c.rng.randint(5, 90) * 60000
    b.json(
        {
            "tuning": [{"estasyon": c.rng.choice(STATIONS), "sugod": start, "human": ms(c)}],
            "androidId": b.id("aid_himig", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def firebase_batch(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; vivo V2250)")
    b.view("firebase event podcast_progress with episode + seconds params")
    params = [
        pb_msg(2, [pb_bytes(1, "episode"), pb_bytes(2, f"pod-{c.rng.randint(100, 999)}")]),
        pb_msg(2, [pb_bytes(1, "seconds"), pb_varint(3, c.rng.randint(30, 1800))]),
    ]
    bundle = [
        pb_msg(2, [pb_bytes(2, "podcast_progress"), *params, pb_varint(4, ms(c))]),
        pb_bytes(14, "com.himig.radyo"),
        pb_bytes(19, b.id("gaid", "protobuf", "protobuf resettable_device_id (field 19)")),
        pb_bytes(27, b.id("fia", "protobuf", "protobuf app_instance_id (field 27)")),
    ]
    body = pb_msg(1, bundle)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def opaque_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p.gif")
    b.view("query s,e,t: station, elapsed seconds, time (single letters)", detectable=False)
    b.param("s", str(c.rng.randint(1, 40)))
    b.param("e", str(c.rng.randint(60, 5400)))
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def stations(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/estasyon?rehiyon=VII")
    b.ok_json(
        {"estasyon": [{"ngalan": s, "stream": "https://s.himig.example/x.aac"} for s in STATIONS]}
    )
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/estasyon/{c.rng.randint(1, 40)}/nowplaying")
    b.decoy("station's now-playing / playout list (broadcaster's log, not the listener's)")
    b.ok_json({"kanta": "Kahit Maputi Na Ang Buhok Ko", "artista": "Rey Valera", "started": iso(c)})
    return b.build()


def ebook_chapter(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/basahon/progress")
    b.decoy("e-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "libro": c.rng.randint(1, 500),
            "kapitulo": c.rng.randint(1, 30),
            "pct": c.rng.randint(1, 100),
        }
    )
    b.no_content()
    return b.build()
