"""Jaikhui: a LINE-like super-app (chat, stickers, official accounts, a short-video
feed and live broadcasts).

Its clients send `x-jk-app` (platform, version, OS) and their own install id
`x-jk-udid`. The video feed logs what was played for how long
(`playTimeMs`, `videoLengthMs`, `endReason`); live broadcasts send a watch
heartbeat; a newer client batches feed plays as bare protobuf (opaque).
Chat, stickers (a cartoon face is no face), calls and OA menus are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://gw.jaikhui.example"
UA = ua("Jaikhui", "14.2.1")


def _b(c: Context, method: str, url: str, udid: bool = True) -> FB:
    b = FB(c, "jaikhui", method, url)
    b.header("user-agent", UA)
    b.header("x-jk-app", "ANDROID\t14.2.1\tAndroid OS\t14")
    b.header("x-jk-access", "eyJ" + rid(c.rng).replace("-", ""))
    if udid:
        b.header("x-jk-udid", b.id("jk_udid", where="header x-jk-udid"))
    return b


def _video(c: Context) -> tuple[str, int]:
    return f"v{c.rng.randint(10**11, 10**12)}", c.rng.randint(8_000, 180_000)


def feed_view_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/feed/api/v1/view-log")
    b.view("json logs[].playTimeMs + videoId (short-video plays)")
    logs = []
    for _ in range(c.rng.randint(1, 5)):
        vid, length = _video(c)
        logs.append(
            {
                "postId": f"p{c.rng.randint(10**12, 10**13)}",
                "videoId": vid,
                "playTimeMs": c.rng.randint(500, length),
                "videoLengthMs": length,
                "endReason": c.rng.choice(["SCROLL", "COMPLETE", "BACK"]),
                "viewedAt": ms(c),
            }
        )
    b.json({"logs": logs})
    b.ok_json({"result": 0})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/api/v2/broadcasts/{c.rng.randint(10**6, 10**7)}/watching")
    b.view("json watchSec (live broadcast watch heartbeat)")
    b.json({"watchSec": c.rng.randint(10, 3600), "quality": "720p", "ts": ms(c)})
    b.ok_json({"viewerCount": c.rng.randint(100, 90000)})
    return b.build()


def feed_protobuf_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/feed/v/l2")
    b.view("protobuf repeated {1: video, 2: played ms, 3: ts}", detectable=False)
    body = b"".join(
        pb_msg(1, [pb_bytes(1, _video(c)[0]), pb_varint(2, c.rng.randint(500, 90_000)),
                   pb_varint(3, ms(c))])
        for _ in range(c.rng.randint(2, 6))
    )  # fmt: skip
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def chat_send(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/talk/api/v3/messages", udid=False)
    b.decoy("chat message with message ids")
    b.json(
        {
            "to": "c" + rid(c.rng).replace("-", ""),
            "reqSeq": c.rng.randint(1, 9999),
            "text": c.rng.choice(["กินข้าวยัง", "ถึงบ้านแล้วนะ", "พรุ่งนี้ไปวัดกัน 🙏"]),
            "createdTime": ms(c),
        }
    )
    b.ok_json({"id": str(c.rng.randint(10**17, 10**18)), "createdTime": ms(c)})
    return b.build()


def sticker(c: Context) -> Flow:
    b = FB(
        c,
        "jaikhui",
        "GET",
        f"https://stickershop.jaikhui.example/products/{c.rng.randint(1000, 99999)}/meta.json",
    )
    b.header("user-agent", UA)
    b.decoy("sticker pack: cartoon faces with 'face' and 'emotion' fields (not a person)")
    b.ok_json(
        {
            "packageId": c.rng.randint(1000, 99999),
            "title": "น้องหมีหน้ายิ้ม",
            "stickers": [
                {"id": i, "face": c.rng.choice(["smile", "cry", "angry"]), "emotion": "happy"}
                for i in range(4)
            ],
        }
    )
    return b.build()


def call_signal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/call/api/v1/offer", udid=False)
    b.decoy("call signalling: session ids, ICE candidates")
    b.json(
        {
            "callId": rid(c.rng),
            "sdpType": "offer",
            "ice": [f"candidate:{c.rng.randint(1, 9)} 1 udp"],
        }
    )
    b.ok_json({"relay": "turn:turn.jaikhui.example:3478", "ttl": 600})
    return b.build()


def oa_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/oa/api/v1/richmenu?oa=@songduan", udid=False)
    b.ok_json({"areas": [{"bounds": [0, 0, 1250, 843], "action": "uri"}], "updated": iso(c)})
    return b.build()
