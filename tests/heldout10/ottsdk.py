"""Third-party SDK beacons of the OTT sports app "ZoneSport": Conviva and Segment.

Sources: Conviva CWS session heartbeat (`POST https://{customerKey}.cws.conviva.com/0/wsg`,
JSON with `t: "CwsSessionHb"`, `cid`, `clid`, `sid`, `seq`, `pver`, `clv`, `iid`,
`st`, `sst`, `cts`, `an` asset name, `pn` player name, `pht` play-head time, `ps`
player state, `lv` live, `tags`, `evs` events such as `CwsStateChangeEvent`;
Conviva's Roku / JS / Android client code found via the code corpus).
Segment analytics-android batches (`POST https://api.segment.io/v1/import`, Basic
auth with the write key, `{"batch":[{type,event,properties,anonymousId,context:
{device:{id,advertisingId,adTrackingEnabled}}}],"sentAt"}`) with the Segment Video
Spec events (`Video Content Playing`: `session_id`, `asset_id`, `position`,
`total_length`, `title`; segment.com/docs "Video Spec").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid
from .sportsott import CID, UA, asset


def conviva_hb(ctx: Context) -> Flow:
    r = ctx.rng
    aid, title, sport = asset(ctx)
    b = FB(ctx, "conviva", "POST", f"https://{CID}.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    seq = r.randint(1, 80)
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": CID,
            "clid": b.id("ott_clid", where="body.json.clid"),
            "sid": r.randint(10**8, 10**9),
            "seq": seq,
            "pver": "2.7",
            "clv": "4.0.35.1",
            "iid": r.randint(10**8, 10**9),
            "st": seq * 20000,
            "sst": ms(ctx) - seq * 20000,
            "cts": round(ctx.now, 3),
            "an": f"[VOD] {title}",
            "pn": "ExoPlayer 2.19",
            "pht": r.randint(0, 5400000),
            "ps": 3,
            "lv": False,
            "cl": 6300,
            "br": r.choice([2400, 4800, 8000]),
            "tags": {"contentId": aid, "sport": sport, "c3.cm.contentType": "Full Match"},
            "pm": {"os": "Android", "osv": "14", "dvm": "23129RAA4G", "dvb": "Xiaomi"},
            "evs": [{"t": "CwsStateChangeEvent", "seq": 0, "st": 0, "new": {"ps": 3}}],
        }
    )
    b.view("body.json.an+pht+tags.contentId (CwsSessionHb)")
    b.ok_json({"err": "ok", "clid": b.ctx.phone.ott_clid, "cfg": {"hbi": 20}})
    return b.build()


def segment_video(ctx: Context) -> Flow:
    r = ctx.rng
    aid, title, sport = asset(ctx)
    b = FB(ctx, "segment", "POST", "https://api.segment.io/v1/import")
    b.header("authorization", "Basic " + b64(new_hex(r, 32) + ":"))
    b.header("user-agent", "analytics-android/4.11.3")
    where = "body.json.batch[].context"
    ctx_doc = {
        "device": {
            "id": b.id("aid_ott", where="body.json.batch[].context.device.id"),
            "advertisingId": b.id("gaid", where="body.json.batch[].context.device.advertisingId"),
            "adTrackingEnabled": True,
            "manufacturer": "Xiaomi",
            "model": "23129RAA4G",
        },
        "library": {"name": "analytics-android", "version": "4.11.3"},
        "traits": {"email_sha256": b.id("email", how="sha256", where=f"{where}.traits")},
    }
    anon = b.id("ott_segment_anon", where="body.json.batch[].anonymousId")
    event = r.choice(["Video Content Playing", "Video Content Started", "Video Content Completed"])
    props = {
        "session_id": rid(r),
        "asset_id": aid,
        "title": title,
        "program": sport,
        "position": r.randint(0, 5400),
        "total_length": 5400,
        "livestream": False,
    }
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": event,
                    "properties": props,
                    "anonymousId": anon,
                    "messageId": rid(r),
                    "timestamp": iso(ctx),
                    "context": ctx_doc,
                }
            ],
            "sentAt": iso(ctx),
        }
    )
    b.view("body.json.batch[].event=Video Content *+properties.asset_id+position")
    b.ok_json({"success": True})
    return b.build()
