"""A local TV streaming app (drama, variety, news): the tester's real watching.

Real viewing history: resume-point syncs, the continue-watching list, and
Conviva heartbeats (Conviva's mobile SDK posts JSON heartbeats to
`{customer}.cws.conviva.com/0/wsg` with `cid`, `clid`, `sid`, `seq`, `pht`
(playhead ms), `evs` and content tags `an` (asset name); per the public
conviva-js-coresdk source). Plus an opaque beacon.
Decoys: catalogue pages and HLS segment fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import fake_mp4

from .phone import FB, cfn, iso, ms, rid

API = "https://api.tontonsg-example.com"
SHOWS = [("Kopitiam Chronicles", 8), ("我家的事", 21), ("Gerak Khas", 1200), ("Ah Boys Reunion", 3)]


def progress(c: Context) -> Flow:
    show, ep = c.rng.choice(SHOWS)
    b = FB(c, "tonton", "PUT", f"{API}/v3/users/me/resume/{show.replace(' ', '-').lower()}-e{ep}")
    b.header("user-agent", cfn("Tonton", "6.2.0"))
    b.header("x-device-id", b.id("tv_device", where="header x-device-id"))
    b.json(
        {
            "title": show,
            "episode": ep,
            "positionSec": c.rng.randint(30, 2700),
            "durationSec": 2760,
            "watchedAt": iso(c),
        }
    )
    b.view("body.positionSec / title / episode")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = FB(c, "tonton", "GET", f"{API}/v3/users/me/continue-watching")
    b.header("user-agent", cfn("Tonton", "6.2.0"))
    b.ok_json(
        {
            "rows": [
                {"title": s, "ep": e, "progressPct": c.rng.randint(5, 95), "lastWatched": iso(c)}
                for s, e in SHOWS[:3]
            ]
        }
    )
    b.view("response rows[]: titles and progress", direction="response")
    return b.build()


def conviva(c: Context) -> Flow:
    show, ep = c.rng.choice(SHOWS)
    b = FB(c, "conviva", "POST", "https://tontonsg.cws.conviva.com/0/wsg")
    b.header("user-agent", cfn("Tonton", "6.2.0"))
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.Tonton-SG",
            "clid": b.id("idfv_tv", where="body.clid"),
            "sid": c.rng.randint(1, 10**9),
            "seq": c.rng.randint(1, 60),
            "st": ms(c),
            "pht": c.rng.randint(10**4, 2 * 10**6),
            "ps": 3,
            "sf": 7,
            "tags": {
                "an": f"{show} Ep {ep}",
                "c3.cm.name": show,
                "c3.cm.episodeNumber": str(ep),
                "streamUrl": "https://vod.tonton/...",
            },
        }
    )
    b.view("body.tags.an + pht (Conviva heartbeat)")
    b.ok_json({"err": "ok", "seq": 1})
    return b.build()


def opaque(c: Context) -> Flow:
    b = FB(c, "tonton", "POST", f"{API}/b")
    b.header("user-agent", cfn("Tonton", "6.2.0"))
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(200)), "application/octet-stream")
    b.view("encrypted playback beacon", detectable=False)
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "tonton", "GET", f"{API}/v3/rails/home", [("region", "SG")])
    b.header("user-agent", cfn("Tonton", "6.2.0"))
    b.ok_json(
        {
            "rails": [
                {
                    "name": "Trending",
                    "items": [{"title": s, "id": new_digits(c.rng, 6)} for s, _ in SHOWS],
                }
            ]
        }
    )
    b.decoy("catalogue rail listing titles")
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 500)
    b = FB(
        c,
        "tonton",
        "GET",
        f"https://vod.tontonsg-example.com/hls/{rid(c.rng)}/1080p/seg_{n:05d}.ts",
    )
    b.header(
        "user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X; en_sg)"
    )
    b.respond(200, "video/mp2t", fake_mp4(n, 600))
    b.decoy("HLS segment fetch")
    return b.build()


VIEW = [progress, conviva, continue_watching, conviva, opaque, progress]
