"""Skol Diwan Enlinenn: a Breton-language school's video lessons (fetches only).

The lesson app fetches the lesson catalogue ("kentelioù"), the HLS playlist
and segments of a video lesson, its thumbnail and Breton subtitles (WebVTT),
and posts quiz answers with a score. No watch progress or play event is
reported: these are content fetches and a test score.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import FB, iso, rid

API = "https://api.diwan-enlinenn.example"
CDN = "https://video.diwan-enlinenn.example"
LESSONS = [
    ("k01", "Degemer mat!"),
    ("k07", "An niveroù"),
    ("k12", "Sellet ha gwelet: verboù ar gweled"),
    ("k18", "Ar c'horf hag an dremm"),
    ("k23", "Er gegin"),
]


def _b(c: Context, method: str, url: str, agent: str = "DiwanEnlinenn/2.2 (Android 14)") -> FB:
    b = FB(c, "diwan", method, url)
    b.header("user-agent", agent)
    return b


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/kentelioù?live=A2")
    b.decoy("lesson catalogue (titles with 'sellet', 'dremm')")
    b.ok_json(
        {
            "kentelioù": [
                {
                    "id": k,
                    "titl": t,
                    "video": f"{CDN}/{k}/master.m3u8",
                    "skeudenn": f"{CDN}/{k}/poster.jpg",
                }
                for k, t in LESSONS
            ]
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    k, _ = c.rng.choice(LESSONS)
    b = _b(c, "GET", f"{CDN}/{k}/720p/index.m3u8", "ExoPlayerLib/2.19.1")
    b.decoy("video lesson playlist (fetch)")
    text = (
        "#EXTM3U\n#EXT-X-TARGETDURATION:6\n"
        + "".join(f"#EXTINF:6.0,\nseg{i}.ts\n" for i in range(4))
        + "#EXT-X-ENDLIST\n"
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def segment(c: Context) -> Flow:
    k, _ = c.rng.choice(LESSONS)
    b = _b(c, "GET", f"{CDN}/{k}/720p/seg{c.rng.randint(0, 60)}.ts", "ExoPlayerLib/2.19.1")
    b.decoy("video lesson segment (fetch)")
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 800))
    return b.build()


def poster(c: Context) -> Flow:
    k, _ = c.rng.choice(LESSONS)
    b = _b(c, "GET", f"{CDN}/{k}/poster.jpg")
    b.decoy("lesson poster image (a teacher's face on a thumbnail, fetched)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 450))
    return b.build()


def subtitles(c: Context) -> Flow:
    k, t = c.rng.choice(LESSONS)
    b = _b(c, "GET", f"{CDN}/{k}/istitloù.br.vtt", "ExoPlayerLib/2.19.1")
    b.respond(
        200,
        "text/vtt",
        f"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n{t}\n\n00:00:04.500 --> 00:00:08.000\n"
        "Sellit ouzh an dremm-mañ.\n".encode(),
    )
    return b.build()


def quiz(c: Context) -> Flow:
    k, _ = c.rng.choice(LESSONS)
    b = _b(c, "POST", f"{API}/v1/arnodennoù")
    b.decoy("quiz answers and score")
    b.json(
        {
            "kentel": k,
            "respontoù": [c.rng.randint(0, 3) for _ in range(8)],
            "skor": c.rng.randint(0, 8),
            "amzer": iso(c),
            "rid": rid(c.rng),
        }
    )
    b.ok_json({"mat": True})
    return b.build()
