"""The Prime-Video-like app's catalogue traffic: playback resources (manifest),
X-Ray, browse pages and video segments (endpoint names as in the open-source
Amazon VOD clients cited in `primevid`). None of it is a watch report.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4

from .phone import FB
from .primevid import ATV, DTID, FW, TITLES, UA, common, title


def playback_resources(c: Context) -> Flow:
    asin, _ = title(c)
    b = FB(c, "primevideo", "GET", f"{ATV}/cdp/catalog/GetPlaybackResources")
    b.param("asin", asin)
    b.param("consumptionType", "Streaming")
    b.param("desiredResources", "PlaybackUrls,SubtitleUrls,ForcedNarratives")
    common(b, c)
    b.decoy("manifest / licence request for a title")
    b.ok_json(
        {
            "playbackUrls": {
                "urlSets": {
                    "0": {
                        "urls": {
                            "manifest": {
                                "url": f"https://a101aivottlinear-a.akamaihd.net/dm/{asin}/manifest.mpd"
                            }
                        }
                    }
                }
            }
        }
    )
    return b.build()


def xray(c: Context) -> Flow:
    asin, _ = title(c)
    b = FB(c, "primevideo", "GET", f"{ATV}/swift/page/xray", [("titleId", asin), ("version", "2")])
    b.header("user-agent", UA)
    b.decoy("X-Ray cast and trivia page for a title (catalogue data)")
    b.ok_json(
        {
            "cast": [
                {
                    "name": "Ana Ribeiro",
                    "role": "Keeper",
                    "img": "https://m.media-amazon.com/images/I/41x.jpg",
                }
            ],
            "trivia": ["Filmed in Nova Scotia."],
            "music": [],
        }
    )
    return b.build()


def browse(c: Context) -> Flow:
    b = FB(
        c,
        "primevideo",
        "GET",
        f"{ATV}/cdp/catalog/Browse",
        [
            ("firmware", FW),
            ("deviceTypeID", DTID),
            ("ContentType", "Movie"),
            ("NumberOfResults", "20"),
            ("StartIndex", str(20 * c.rng.randint(0, 5))),
        ],
    )
    b.header("user-agent", UA)
    b.decoy("catalogue browse page")
    b.ok_json({"message": {"body": {"titles": [{"titleId": a, "title": t} for a, t in TITLES]}}})
    return b.build()


def dash_segment(c: Context) -> Flow:
    asin, _ = title(c)
    url = f"https://a101aivottlinear-a.akamaihd.net/dm/{asin}/video/{c.rng.randint(1, 900)}.mp4"
    b = FB(c, "primevideo", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.decoy("video segment fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1600))
    return b.build()
