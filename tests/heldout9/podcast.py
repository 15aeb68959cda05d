"""Lantern (fictional podcast app): listen progress, episode history, a
protobuf listen log, ad slots keyed by the advertising id.

Real: measurement prefixes chained in front of the enclosure URL, as hosts
document them: https://dts.podtrac.com/redirect.mp3/<next hop> (Podtrac) and
https://chtbl.com/track/<id>/<next hop> (Chartable), each answering 302 to the
next hop. They are episode downloads, not listen reports, so they are decoys
here. The ad request follows the IAB guidelines for identifier for advertising
(ifa, ifa_type=aaid, lmt). Sync, history and events backends are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

SYNC = "https://sync.lanternpods.fm"
UA = ua("Lantern", "5.8.2")
SHOWS = [
    ("pd-3391", "The Quiet Economy"),
    ("pd-8120", "Murder on the Moors"),
    ("pd-0457", "Small Wins Daily"),
    ("pd-6602", "Night Sky Notes"),
]


def _sync(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "lantern", method, SYNC + path)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("pod_install", where="header x-install-id"))
    b.header("authorization", "Bearer " + rid(ctx.rng).replace("-", ""))
    return b


def _episode(ctx: Context) -> tuple[str, str, str]:
    show, title = ctx.rng.choice(SHOWS)
    return show, f"{show}-e{ctx.rng.randint(1, 240)}", title


def progress(ctx: Context) -> Flow:
    b = _sync(ctx, "POST", "/api/v2/episodes/progress")
    show, guid, _ = _episode(ctx)
    dur = ctx.rng.randint(900, 4200)
    b.json(
        {
            "podcastId": show,
            "episodeGuid": guid,
            "positionSec": ctx.rng.randint(10, dur),
            "durationSec": dur,
            "playbackRate": ctx.rng.choice([1.0, 1.2, 1.5]),
            "state": "in_progress",
            "updatedAt": iso(ctx),
        }
    )
    b.view("json episodeGuid/positionSec (listen progress)")
    b.no_content()
    return b.build()


def history(ctx: Context) -> Flow:
    b = _sync(ctx, "PUT", "/api/v2/history")
    changes = []
    for _ in range(ctx.rng.randint(2, 5)):
        _, guid, title = _episode(ctx)
        action = ctx.rng.choice(["played", "completed", "skipped"])
        changes.append({"episode": guid, "show": title, "action": action, "ts": ms(ctx)})
    b.json({"changes": changes, "device": "android"})
    b.view("json changes[] of episode/action/ts (episode history)")
    b.ok_json({"serverModified": ms(ctx)})
    return b.build()


def listen_log_pb(ctx: Context) -> Flow:
    b = FB(ctx, "lantern", "POST", "https://events.lanternpods.fm/v1/batch")
    b.header("user-agent", UA)
    _, guid, _ = _episode(ctx)
    aid = b.id("aid_pod", "protobuf", where="protobuf field 1 (client)", detectable=False)
    body = pb_bytes(1, aid)
    for _ in range(ctx.rng.randint(1, 3)):
        body += pb_msg(2, [pb_bytes(1, guid), pb_varint(2, ctx.rng.randint(5, 900))])
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf repeated (episode guid, seconds) without key names", detectable=False)
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def ad_slots(ctx: Context) -> Flow:
    b = FB(ctx, "lantern-ads", "GET", "https://ads.lanternpods.fm/v1/slots")
    b.header("user-agent", UA)
    b.param("ifa", b.id("gaid", where="query ifa"))
    b.param("ifa_type", "aaid")
    b.param("lmt", "0")
    b.param("placement", ctx.rng.choice(["preroll", "midroll"]))
    b.ok_json({"slots": [{"creative": rid(ctx.rng), "duration": 30}]})
    return b.build()


def settings(ctx: Context) -> Flow:
    b = _sync(ctx, "GET", "/api/v2/settings")
    b.header("cookie", "device_id=" + b.id("aid_pod", where="cookie device_id") + "; lp_ab=b")
    b.ok_json({"skipForward": 30, "skipBack": 10, "autoDownload": True})
    return b.build()


def prefixed_download(ctx: Context) -> Flow:
    _, guid, _ = _episode(ctx)
    track = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5))
    enclosure = f"traffic.megaphone.fm/{guid.upper().replace('-', '')}.mp3"
    url = f"https://dts.podtrac.com/redirect.mp3/chtbl.com/track/{track}/{enclosure}"
    b = FB(ctx, "podtrac", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", "Lantern/5.8.2 (Android 14) ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    nxt = url.split("redirect.mp3/", 1)[1]
    b.respond(302, None, headers=[("location", "https://" + nxt)])
    b.decoy("podcast episode download through a measurement prefix")
    return b.build()


def chartable_hop(ctx: Context) -> Flow:
    _, guid, _ = _episode(ctx)
    enclosure = f"traffic.megaphone.fm/{guid.upper().replace('-', '')}.mp3"
    url = f"https://chtbl.com/track/{rid(ctx.rng)[:5].upper()}/{enclosure}"
    b = FB(ctx, "chartable", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", "Lantern/5.8.2 (Android 14) ExoPlayerLib/2.19.1")
    b.respond(302, None, headers=[("location", "https://" + url.split("/", 5)[5])])
    b.decoy("chartable redirect hop of an episode download")
    return b.build()


def feed(ctx: Context) -> Flow:
    show, title = ctx.rng.choice(SHOWS)
    b = FB(ctx, "lantern", "GET", f"https://feeds.lanternpods.fm/{show}.xml")
    b.header("user-agent", UA)
    xml = f"<rss><channel><title>{title}</title><item><guid>{show}-e1</guid></item></channel></rss>"
    b.respond(200, "application/rss+xml", xml.encode())
    b.decoy("RSS feed fetch")
    return b.build()


def search(ctx: Context) -> Flow:
    b = FB(ctx, "lantern", "GET", "https://api.lanternpods.fm/v1/search")
    b.header("user-agent", UA)
    b.param("q", ctx.rng.choice(["true crime", "astronomy", "economics"]))
    b.ok_json({"results": [{"id": s, "title": t} for s, t in SHOWS]})
    b.decoy("podcast search results")
    return b.build()


def recommendations(ctx: Context) -> Flow:
    b = FB(ctx, "lantern", "POST", "https://api.lanternpods.fm/v1/recs")
    b.header("user-agent", UA)
    vec = [round(ctx.rng.gauss(0, 0.1), 5) for _ in range(64)]
    b.json({"tasteVector": vec, "limit": 20, "genres": ["science", "history"]})
    b.ok_json({"items": [s for s, _ in SHOWS]})
    b.decoy("recommendation feature vector (no face context)")
    return b.build()
