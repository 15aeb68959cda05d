"""Media measurement in the family streaming app: Adobe Streaming Media and Comscore.

Adobe: the Media Collection API (`POST {uri}/api/v1/sessions`, then
`/sessions/{sid}/events` with `playerTime.playhead`, `eventType`, `params`
media.* / analytics.* / visitor.*), per Adobe's Media Collection API overview
and implementation guide (experienceleague.adobe.com, developer.adobe.com), and
the older Video Heartbeat GET beacon (`s:event:type`, `l:event:playhead`,
`s:asset:video_id`, `s:user:mid`). Comscore streaming tag: `ns_st_*` labels
(ev, pt, ci, pr, ep, sn, en, cl, ge) with c1 / c2 and `c12` (a publisher-specific
visitor id under a key that does not say so) on `sb.scorecardresearch.com/p2`;
`ns_ak=none` because this app was not allowed to track.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .media import TITLES, UA
from .phone import FB, fb, ms, rid

HB = "https://familiaplus.hb-api.omtrdc.net"
ORG = "7A1B22C3535E4E5A0A490D4C@AdobeOrg"


def _adobe(c: Context, url: str) -> FB:
    b = fb(c, "adobe-media", "POST", url)
    b.header("user-agent", UA)
    return b


def adobe_session(c: Context) -> Flow:
    cid, show, ep, s, e, dur = c.rng.choice(TITLES)
    b = _adobe(c, f"{HB}/api/v1/sessions")
    params = {
        "analytics.trackingServer": "familiaplus.sc.omtrdc.net",
        "analytics.reportSuite": "famplusprod",
        "analytics.enableSSL": True,
        "visitor.marketingCloudOrgId": ORG,
        "visitor.marketingCloudUserId": b.id(
            "adobe_ecid", where="body:params.visitor.marketingCloudUserId"
        ),
        "media.id": cid,
        "media.name": ep or show,
        "media.length": dur,
        "media.contentType": "VOD",
        "media.playerName": "AVPlayer",
        "media.channel": "kids",
        "media.show": show,
        "media.season": str(s),
        "media.episode": str(e),
    }
    b.json(
        {
            "playerTime": {"playhead": 0, "ts": ms(c)},
            "eventType": "sessionStart",
            "params": params,
            "customMetadata": {"profileType": "kids"},
        }
    )
    b.view("body:params.media.id/media.name/media.show")
    b.respond(201, None, headers=[("location", f"/api/v1/sessions/{rid(c.rng).replace('-', '')}")])
    return b.build()


def adobe_event(c: Context) -> Flow:
    sid = rid(c.rng).replace("-", "")
    b = _adobe(c, f"{HB}/api/v1/sessions/{sid}/events")
    kind = c.rng.choice(
        ["ping", "ping", "ping", "play", "pauseStart", "bufferStart", "sessionComplete"]
    )
    b.json({"playerTime": {"playhead": c.rng.randint(10, 2400), "ts": ms(c)}, "eventType": kind})
    b.view("body:eventType/playerTime.playhead (media heartbeat)")
    b.no_content()
    return b.build()


def legacy_heartbeat(c: Context) -> Flow:
    cid, show, ep, _s, _e, dur = c.rng.choice(TITLES)
    b = fb(c, "adobe-media", "GET", "https://familiaplus.hb.omtrdc.net/")
    b.header("user-agent", UA)
    pairs = [
        ("s:event:type", c.rng.choice(["start", "play", "play", "pause", "complete"])),
        ("l:event:playhead", str(c.rng.randint(0, dur))),
        ("l:event:duration", str(c.rng.randint(9000, 11000))),
        ("l:event:ts", str(ms(c))),
        ("s:event:sid", rid(c.rng).replace("-", "")),
        ("s:sc:rsid", "famplusprod"),
        ("s:sc:tracking_server", "familiaplus.sc.omtrdc.net"),
        ("s:user:mid", b.id("adobe_ecid", where="query:s:user:mid")),
        ("s:asset:type", "main"),
        ("s:asset:video_id", cid),
        ("s:asset:name", ep or show),
        ("l:asset:length", str(dur)),
        ("s:stream:type", "vod"),
        ("s:meta:a.media.show", show),
        ("s:sp:player_name", "AVPlayer"),
        ("s:sp:sdk", "ios-2.3.0"),
    ]
    for k, v in pairs:
        b.param(k, v)
    b.view("query:s:asset:video_id/s:asset:name/l:event:playhead")
    b.no_content()
    return b.build()


def comscore(c: Context) -> Flow:
    cid, show, ep, s, e, dur = c.rng.choice(TITLES)
    b = fb(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", UA)
    ev = c.rng.choice(["play", "hb", "hb", "pause", "end"])
    for k, v in [
        ("c1", "2"),
        ("c2", "29871234"),
        ("ns_ap_an", "Familia+"),
        ("ns_ap_pn", "ios"),
        ("ns_ap_pv", "17.5.1"),
        ("ns_ap_device", "iPad13,18"),
        ("ns_ak", "none"),
        ("c12", b.id("comscore_c12", where="query:c12", detectable=False)),
        ("ns_type", "hidden"),
        ("ns_ts", str(ms(c))),
        ("ns_st_ev", ev),
        ("ns_st_pt", str(c.rng.randint(0, dur) * 1000)),
        ("ns_st_ci", cid),
        ("ns_st_pr", show),
        ("ns_st_ep", ep or show),
        ("ns_st_sn", str(s)),
        ("ns_st_en", str(e)),
        ("ns_st_cl", str(dur * 1000)),
        ("ns_st_ge", "Kids"),
        ("ns_st_ty", "video"),
        ("ns_st_ct", "vc12"),
        ("ns_st_hc", str(c.rng.randint(0, 40))),
    ]:
        b.param(k, v)
    b.view("query:ns_st_ci/ns_st_pr/ns_st_ep/ns_st_pt")
    b.decoy("ns_ak=none: no advertising id")
    b.respond(204, None)
    return b.build()
