"""YouTube Kids on the kids' tablet: watch-time and playback stats beacons
(viewing history), player and search requests (decoys: fetching a video or a
result list is not viewing history).

The beacon parameters (`ns=yt`, `el`, `cpn`, `docid`, `ver=2`, `cmt`, `st`,
`et`, `len`, `state`, `c=ANDROID_KIDS`, `cbrand`, `cmodel`) follow the
`/api/stats/watchtime` and `/api/stats/playback` URLs the YouTube apps send,
as documented in tracker-URL collections (Omnibug's YouTube provider) and in
InnerTube client code (`youtubei/v1/player`, `youtubei/v1/search`,
`X-Goog-Visitor-Id`), e.g. LuanRT/YouTube.js and yt-dlp's youtube extractor.
"""

from __future__ import annotations

import string

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url, fake_mp4

from .phone import FB, rf, tab_ua

UA = "com.google.android.apps.youtube.kids/9.06.1 (Linux; U; Android 13; de_DE; TB-X306F) gzip"
_ID = string.ascii_letters + string.digits + "-_"


def video_id(c: Context) -> str:
    return "".join(c.rng.choice(_ID) for _ in range(11))


def _cpn(c: Context) -> str:
    return "".join(c.rng.choice(_ID) for _ in range(16))


def _client(b: FB) -> None:
    b.params += [
        ("c", "ANDROID_KIDS"),
        ("cver", "9.06.1"),
        ("cplayer", "UNIPLAYER"),
        ("cbrand", "LENOVO"),
        ("cmodel", "TB-X306F"),
        ("cos", "Android"),
        ("cosver", "13"),
        ("hl", "de_DE"),
        ("cr", "DE"),
    ]
    b.header("user-agent", UA)
    b.header("x-goog-visitor-id", b64url(bytes(b.ctx.rng.getrandbits(8) for _ in range(18))))


def watchtime(c: Context) -> Flow:
    length = c.rng.randint(180, 1500)
    st = rf(c.rng, 0, length - 40, 3)
    et = round(st + c.rng.uniform(5, 40), 3)
    b = FB(c, "youtube-kids", "GET", "https://s.youtube.com/api/stats/watchtime")
    b.params += [
        ("ns", "yt"),
        ("el", "detailpage"),
        ("cpn", _cpn(c)),
        ("ver", "2"),
        ("docid", video_id(c)),
        ("cmt", str(et)),
        ("st", str(st)),
        ("et", str(et)),
        ("len", str(length)),
        ("state", c.rng.choice(["playing", "paused"])),
        ("volume", "60"),
        ("fmt", "134"),
        ("rtn", str(c.rng.randint(20, 900))),
    ]
    _client(b)
    b.view("query.docid+cmt+st+et (watchtime beacon)")
    b.no_content()
    return b.build()


def playback(c: Context) -> Flow:
    b = FB(c, "youtube-kids", "GET", "https://s.youtube.com/api/stats/playback")
    b.params += [
        ("ns", "yt"),
        ("el", "detailpage"),
        ("cpn", _cpn(c)),
        ("ver", "2"),
        ("docid", video_id(c)),
        ("cmt", "0.0"),
        ("len", str(c.rng.randint(120, 900))),
        ("fmt", "134"),
        ("afmt", "140"),
        ("delay", str(c.rng.randint(1, 5))),
    ]
    _client(b)
    b.view("query.docid (playback start beacon)")
    b.no_content()
    return b.build()


def player(c: Context) -> Flow:
    b = FB(c, "youtube-kids", "POST", "https://youtubei.googleapis.com/youtubei/v1/player")
    b.param("prettyPrint", "false")
    b.header("user-agent", UA)
    vid = video_id(c)
    b.json(
        {
            "context": {
                "client": {
                    "clientName": "ANDROID_KIDS",
                    "clientVersion": "9.06.1",
                    "hl": "de",
                    "gl": "DE",
                    "osVersion": "13",
                }
            },
            "videoId": vid,
            "contentCheckOk": True,
            "racyCheckOk": False,
        }
    )
    b.ok_json(
        {
            "playabilityStatus": {"status": "OK"},
            "videoDetails": {
                "videoId": vid,
                "lengthSeconds": str(c.rng.randint(120, 900)),
                "title": "Die Sendung mit der Maus",
            },
        }
    )
    b.decoy("player request for a video id (fetching, not history)")
    return b.build()


def search(c: Context) -> Flow:
    b = FB(c, "youtube-kids", "POST", "https://youtubei.googleapis.com/youtubei/v1/search")
    b.header("user-agent", UA)
    q = c.rng.choice(["peppa wutz", "dinosaurier", "feuerwehrmann sam", "bobo siebenschläfer"])
    b.json(
        {
            "context": {"client": {"clientName": "ANDROID_KIDS", "clientVersion": "9.06.1"}},
            "query": q,
        }
    )
    b.ok_json({"contents": [{"videoId": video_id(c), "lengthText": "4:12"} for _ in range(5)]})
    b.decoy("search results list with video ids and durations")
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(c, "youtube-kids", "GET", "https://rr3---sn-4g5e6nz7.googlevideo.com/videoplayback")
    b.params += [
        ("itag", "134"),
        ("range", f"0-{c.rng.randint(100000, 900000)}"),
        ("rn", str(c.rng.randint(1, 40))),
        ("mime", "video/mp4"),
    ]
    b.header("user-agent", tab_ua("YouTubeKids", "9.06.1"))
    b.respond(200, "application/vnd.yt-ump", fake_mp4(c.rng.getrandbits(32), 500))
    b.decoy("video segment fetch")
    return b.build()
