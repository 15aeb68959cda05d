"""The YouTube app for Android TV (leanback client, `c=TVHTML5`).

Real formats: `/api/stats/watchtime` and `/api/stats/playback` query strings
(ns, el, cpn, docid, ver, cmt, st, et, len, state, c, cver, cbrand, cmodel...;
see DANCIINGQUEEN/think `YouTube_API_parameter_analysis.md`), the InnerTube
`/youtubei/v1/player` and `/youtubei/v1/search` context object (clientName,
clientVersion, deviceMake, deviceModel, osName, osVersion).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, rf

SDK = "youtube-tv"
CVER = "7.20240916.14.00"
UA = (
    "Mozilla/5.0 (Linux; Android 12) Cobalt/24.lts.40-qa (unlike Gecko) v8/8.8.278.8-jit gles"
    " Starboard/15, Sony_TV_MT5895/STT2 (Sony, BRAVIA 4K VH2, Wired)"
)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _tok(ctx: Context, n: int) -> str:
    return "".join(ctx.rng.choice(ALNUM) for _ in range(n))


def _client() -> dict[str, str]:
    return {
        "clientName": "TVHTML5",
        "clientVersion": CVER,
        "deviceMake": "Sony",
        "deviceModel": "BRAVIA 4K VH2",
        "osName": "Android",
        "osVersion": "12",
        "hl": "en-GB",
        "gl": "GB",
    }


def _common(b: FB, ctx: Context) -> float:
    length = rf(ctx.rng, 60, 3600, 3)
    for k, v in [
        ("ns", "yt"),
        ("el", "leanback"),
        ("cpn", _tok(ctx, 16)),
        ("ver", "2"),
        ("docid", _tok(ctx, 11)),
        ("c", "TVHTML5"),
        ("cver", CVER),
        ("cplayer", "UNIPLAYER"),
        ("cbrand", "Sony"),
        ("cmodel", "BRAVIA 4K VH2"),
        ("cos", "Android"),
        ("cosver", "12"),
        ("cplatform", "TV"),
        ("len", str(length)),
    ]:
        b.param(k, v)
    return length


def watchtime(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", "https://www.youtube.com/api/stats/watchtime")
    length = _common(b, ctx)
    st = rf(ctx.rng, 0, length - 40, 3)
    et = round(st + ctx.rng.uniform(10, 40), 3)
    for k, v in [
        ("cmt", str(et)),
        ("st", str(st)),
        ("et", str(et)),
        ("state", "playing"),
        ("volume", str(ctx.rng.randint(10, 60))),
        ("muted", "0"),
        ("fs", "1"),
        ("rt", str(rf(ctx.rng, 10, 900, 3))),
        ("lact", str(ctx.rng.randint(50, 90000))),
    ]:
        b.param(k, v)
    b.view("query.docid/st/et/cmt (watchtime)")
    b.header("user-agent", UA)
    b.no_content()
    return b.build()


def playback(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", "https://www.youtube.com/api/stats/playback")
    _common(b, ctx)
    b.param("referrer", "https://www.youtube.com/tv#/browse?c=FEwhat_to_watch")
    b.param("autoplay", ctx.rng.choice(["0", "1"]))
    b.param("cmt", "0")
    b.view("query.docid (playback start)")
    b.header("user-agent", UA)
    b.no_content()
    return b.build()


def player(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", "https://www.youtube.com/youtubei/v1/player")
    b.param("prettyPrint", "false")
    b.decoy("InnerTube player request for one video (content fetch)")
    b.header("user-agent", UA)
    b.json(
        {
            "context": {"client": _client()},
            "videoId": _tok(ctx, 11),
            "playbackContext": {"contentPlaybackContext": {"html5Preference": "HTML5_PREF_WANTS"}},
        }
    )
    b.ok_json(
        {"playabilityStatus": {"status": "OK"}, "streamingData": {"expiresInSeconds": "21540"}}
    )
    return b.build()


def search(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "POST", "https://www.youtube.com/youtubei/v1/search")
    q = ctx.rng.choice(
        [
            "lofi beats",
            "how to fold a fitted sheet",
            "face painting for kids",
            "karaoke 80s hits",
            "home workout 20 min",
        ]
    )
    b.decoy("search query and results")
    b.json({"context": {"client": _client()}, "query": q})
    b.ok_json(
        {
            "estimatedResults": str(ctx.rng.randint(10**4, 10**7)),
            "contents": [{"videoId": _tok(ctx, 11)} for _ in range(5)],
        }
    )
    return b.build()


def thumbnail(ctx: Context) -> Flow:
    b = FB(ctx, SDK, "GET", f"https://i.ytimg.com/vi/{_tok(ctx, 11)}/hq720.jpg")
    b.decoy("video thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 400))
    return b.build()
