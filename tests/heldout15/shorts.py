"""A regional short-video app ("ReelDesi", Moj / Josh style): device
registration, batched view events with play durations, an abbreviated
view-log pixel, a protobuf impression batch, the feed and video downloads.

The app's backend is fictional; the shapes follow what such apps are observed
to send (batched JSON events, gzip, a numeric device id issued by the server at
first launch, the way ByteDance-style `device_register` works).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_mp4, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rid, ua

API = "https://api.reeldesi.in"


def _b(c: Context, method: str, url: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "reeldesi", method, url, params)
    b.header("user-agent", ua("ReelDesi", "7.2.0"))
    b.header("x-app-lang", c.rng.choice(["ta", "te", "kn", "bn", "mr"]))
    return b


def _post(c: Context) -> str:
    return "p" + new_digits(c.rng, 15, "7")


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "android_id": b.id("aid_shorts", where="json android_id"),
            "adv_id": b.id("gaid", where="json adv_id"),
            "make": "Xiaomi",
            "model": "23129RN51X",
            "os_api": 34,
            "go_device": True,
            "ram_mb": 3072,
        }
    )
    did = b.id("shorts_did", where="response json device_id", direction="response")
    b.ok_json({"device_id": did, "install_ts": ms(c)})
    return b.build()


def view_events(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/events/batch")
    b.header("x-device-id", b.id("shorts_did", where="header x-device-id"))
    b.view("json events[].video_view postId + playDurationMs")
    evs = []
    for _ in range(c.rng.randint(2, 6)):
        length = c.rng.randint(8000, 60000)
        play = c.rng.randint(500, length * 2)
        evs.append(
            {
                "event": "video_view",
                "postId": _post(c),
                "creatorId": new_digits(c.rng, 10, "2"),
                "playDurationMs": play,
                "videoLengthMs": length,
                "loops": play // length,
                "feed": "for_you",
                "ts": ms(c),
            }
        )
    b.json({"events": evs, "userId": b.acct("shorts_user")}, encoding="gzip")
    b.ok_json({"accepted": len(evs)})
    return b.build()


def view_pixel(c: Context) -> Flow:
    params = [
        ("v", _post(c)),
        ("pd", str(c.rng.randint(500, 40000))),
        ("vl", str(c.rng.randint(8000, 60000))),
        ("s", "fy"),
        ("did", ""),
    ]
    b = _b(c, "GET", "https://log.reeldesi.in/v/p", params)
    b.params[-1] = ("did", b.id("shorts_did", where="query did"))
    b.view("query v + pd (abbreviated view pixel)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def impressions_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/imp")
    did = b.id("shorts_did", "protobuf", "protobuf field 1", detectable=False)
    b.view("protobuf field 3 (post id, watch ms)", detectable=False)
    items = [
        pb_msg(3, [pb_bytes(1, _post(c)), pb_varint(2, c.rng.randint(300, 30000)), pb_varint(3, 1)])
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(pb_bytes(1, did) + pb_varint(2, ms(c)) + b"".join(items), "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/feed/for-you", [("cursor", new_hex(c.rng, 16)), ("count", "10")])
    b.decoy("feed of post ids, view counts and thumbnails")
    b.ok_json(
        {
            "posts": [
                {
                    "postId": _post(c),
                    "views": c.rng.randint(10**3, 10**7),
                    "thumb": f"https://cdn.reeldesi.in/t/{new_hex(c.rng, 20)}.webp",
                    "durationMs": c.rng.randint(8000, 60000),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def video(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://cdn.reeldesi.in/v/{new_hex(c.rng, 24)}/480p.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("short video download")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200))
    return b.build()


def hashtag_search(c: Context) -> Flow:
    q = c.rng.choice(["#bhajan", "#comedy", "#ipl", "#rangoli"])
    b = _b(c, "GET", f"{API}/v1/search/hashtags", [("q", q), ("reqId", rid(c.rng))])
    b.decoy("search query and request id")
    b.ok_json({"tags": [{"tag": q + str(i), "posts": c.rng.randint(10, 10**6)} for i in range(5)]})
    return b.build()
