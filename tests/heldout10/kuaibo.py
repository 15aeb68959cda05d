"""Short-video app "Kuaibo": its own Kuaishou-style API (`rest/n/...`) and CDN.

Sources: Kuaishou-style `rest/n/...` query params `kpn`, `kpf=ANDROID_PHONE`,
`did=ANDROID_<ANDROID_ID>`, `appver`, `sys`, `mod`, `c` (public scripts that replay
the Kuaishou API, found via the code corpus). The client-log formats are the app's
own. See shortvideo.py for the AppLog SDK side of the same app.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, gz, js

from .phone import FB, dalvik, floats
from .shortvideo import API, CDN, item_id


def _rest_params(b: FB) -> list[tuple[str, str]]:
    return [
        ("mod", "Xiaomi(23129RAA4G)"),
        ("kpn", "KUAIBO"),
        ("kpf", "ANDROID_PHONE"),
        ("did", "ANDROID_" + b.id("aid_video", where="query.did")),
        ("appver", "12.8.30.4471"),
        ("sys", "ANDROID_14"),
        ("net", "WIFI"),
        ("language", "zh-cn"),
        ("country_code", "cn"),
        ("c", "XIAOMI"),
    ]


def feed(ctx: Context) -> Flow:
    """The hot feed: ids, covers and a ranking vector. Fetching is not watching."""
    b = FB(ctx, "kuaibo-api", "POST", f"{API}/rest/n/feed/hot")
    b.params = _rest_params(b)
    b.form([("count", "10"), ("pcursor", ""), ("refreshTimes", str(ctx.rng.randint(1, 9)))])
    items = [
        {
            "photoId": item_id(ctx),
            "coverUrl": f"{CDN}/cover/{new_hex(ctx.rng, 32)}.webp",
            "duration": ctx.rng.randint(8000, 90000),
            "likeCount": ctx.rng.randint(0, 90000),
        }
        for _ in range(6)
    ]
    b.ok_json(
        {
            "result": 1,
            "feeds": items,
            "llsid": new_digits(ctx.rng, 19),
            "rankVector": floats(ctx.rng, 64),
        }
    )
    b.decoy("feed listing with item ids, cover URLs and a 64-float ranking vector (no watch data)")
    return b.build()


def client_log(ctx: Context) -> Flow:
    """In-house client log: a base64 JSON of played photos inside a form field."""
    b = FB(ctx, "kuaibo-api", "POST", f"{API}/rest/n/clientlog/report")
    b.params = _rest_params(b)
    plays = [
        {
            "photoId": item_id(ctx),
            "playedMs": ctx.rng.randint(1500, 70000),
            "videoMs": ctx.rng.randint(8000, 90000),
            "replayCnt": ctx.rng.randint(0, 2),
            "endReason": ctx.rng.choice(["SWIPE", "COMPLETE", "BACK"]),
        }
        for _ in range(3)
    ]
    b.form(
        [
            ("log", b64(gz(js({"type": "PHOTO_PLAY_STAT", "stats": plays}).encode()))),
            ("priority", "normal"),
            ("client_key", "3c2cd3f3"),
        ]
    )
    b.view("body.form.log|base64|gzip|json.stats[].photoId+playedMs")
    b.ok_json({"result": 1})
    return b.build()


def client_log_sealed(ctx: Context) -> Flow:
    """The same log, AES-sealed by the app: nothing readable without its key."""
    b = FB(ctx, "kuaibo-api", "POST", f"{API}/rest/n/clientlog/sealed")
    b.params = _rest_params(b)
    blob = ctx.rng.randbytes(ctx.rng.randint(600, 1400))
    b.set_body(b"\x02KB" + blob, "application/octet-stream")
    b.view("body (AES-sealed play statistics)", detectable=False)
    b.no_content()
    return b.build()


def thumbnail(ctx: Context) -> Flow:
    b = FB(
        ctx, "kuaibo-cdn", "GET", f"{CDN}/cover/{new_hex(ctx.rng, 32)}.jpeg~tplv-resize:540:0.jpeg"
    )
    b.header("user-agent", dalvik())
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 1 << 30), 700))
    b.decoy("video cover thumbnail fetch")
    return b.build()


def video_chunk(ctx: Context) -> Flow:
    vid = new_hex(ctx.rng, 32)
    b = FB(
        ctx,
        "kuaibo-cdn",
        "GET",
        f"https://v26-kbvod.kuaibo-video.com/{vid}/video/tos/cn/mp4",
        [
            ("mime_type", "video_mp4"),
            ("br", str(ctx.rng.randint(900, 2400))),
            ("rc", new_hex(ctx.rng, 20)),
        ],
    )
    b.header("range", f"bytes=0-{ctx.rng.randint(200000, 900000)}")
    b.respond(206, "video/mp4", fake_mp4(ctx.rng.randint(0, 1 << 30), 900))
    b.decoy("video bytes fetch with a content hash in the path")
    return b.build()


def search(ctx: Context) -> Flow:
    b = FB(ctx, "kuaibo-api", "POST", f"{API}/rest/n/search/new")
    b.params = _rest_params(b)
    b.form(
        [("keyword", ctx.rng.choice(["猫咪", "露营", "火锅教程", "篮球集锦"])), ("pcursor", "0")]
    )
    b.ok_json({"result": 1, "feeds": [{"photoId": item_id(ctx), "caption": "…"} for _ in range(5)]})
    b.decoy("search results with item ids")
    return b.build()


def msa_ids(ctx: Context) -> Flow:
    """After the MSA SDK callback (`IIdentifierListener.onSupport`) the app reports
    the ids it got, with the SDK's support flag."""
    b = FB(ctx, "kuaibo-api", "POST", f"{API}/rest/n/system/msaIds")
    b.params = _rest_params(b)
    b.form(
        [
            ("isSupport", "true"),
            ("oaid", b.id("oaid", where="body.form.oaid")),
            ("aaid", b.id("aaid_video", where="body.form.aaid")),
            ("vaid", ""),
            ("limitTracking", "false"),
        ]
    )
    b.ok_json({"result": 1})
    return b.build()
