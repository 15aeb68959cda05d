"""The anime app's video analytics SDKs: Mux Data, Conviva and Segment.

- Mux Data: beacons to `<env_key>.litix.io`, events with the documented
  metadata names (docs.mux.com/guides/data/make-your-data-actionable-with-metadata:
  `video_id`, `video_title`, `video_series`, `viewer_user_id`, `view_session_id`,
  `player_playhead_time`) and the SDK's per-install `mux_viewer_id`.
- Conviva: CWS session heartbeats (`t: CwsSessionHb`, customer key `cid`,
  client id `clid`, session id `sid`, asset name `an`, playhead `pht`,
  content metadata tags `c3.cm.*`), as the Conviva Android SDK posts them to
  `<customer>.cws.conviva.com/0/wsg`.
- Segment: `api.segment.io/v1/batch` with the Video Spec events
  (twilio.com/docs/segment/connections/spec/video: `Video Content Playing`
  with `session_id`, `content_asset_id`, `position`, `total_length`, `program`,
  `episode`) and analytics-android's context (`context.device.id` is the
  ANDROID_ID, `advertisingId`, `anonymousId`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .anime import episode
from .phone import FB, iso, ms, rid

ENV_KEY = "k3n8t0ql2vs5fj1rhm9d4c7pa"
SEG_KEY = "Wq7ZpE2kYv0aLm9RtU3cXn"


def mux_beacon(ctx: Context) -> Flow:
    b = FB(ctx, "mux", "POST", f"https://{ENV_KEY}.litix.io/android")
    b.header("user-agent", "MuxDataSDK/2.8.0 (Android 14; Pixel 7a)")
    r = ctx.rng
    eid, _sid, title, n = episode(ctx)
    ev = {
        "e": r.choice(["playing", "timeupdate", "pause", "viewend"]),
        "env_key": ENV_KEY,
        "video_id": eid,
        "video_title": f"{title} E{n}",
        "video_series": title,
        "video_duration": 1420000,
        "player_playhead_time": r.randint(0, 1420000),
        "view_session_id": rid(r),
        "mux_viewer_id": b.id("mux_viewer", where="body.events[0].mux_viewer_id"),
        "viewer_os_family": "Android",
        "viewer_device_model": "Pixel 7a",
        "player_software_name": "ExoPlayer",
        "beacon_domain": "litix.io",
        "viewer_time": ms(ctx),
    }
    b.json({"events": [ev], "transmission_timestamp": ms(ctx), "rtt_ms": r.randint(20, 90)})
    b.view("body.events[0] (video_id, video_title, player_playhead_time)")
    b.no_content()
    return b.build()


def conviva_hb(ctx: Context) -> Flow:
    b = FB(ctx, "conviva", "POST", "https://animora.cws.conviva.com/0/wsg")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7a Build/AP2A.240905.003)")
    r = ctx.rng
    eid, _sid, title, n = episode(ctx)
    hb = {
        "t": "CwsSessionHb",
        "cid": "c3.Animora",
        "clid": b.id("conviva_clid", where="body.clid"),
        "sid": r.randint(10**8, 10**9),
        "seq": r.randint(1, 80),
        "pver": "2.146",
        "st": r.randint(20000, 1400000),
        "an": f"[{eid}] {title} - Episode {n}",
        "pht": r.randint(1000, 1420000),
        "lv": False,
        "ps": 3,
        "tags": {
            "c3.cm.name": title,
            "c3.cm.seriesName": title,
            "c3.cm.episodeNumber": str(n),
            "c3.cm.contentType": "VOD",
            "c3.cm.id": eid,
        },
        "evs": [{"t": "CwsStateChangeEvent", "seq": 0, "st": r.randint(0, 9000), "new": {"ps": 3}}],
        "sdk": True,
        "pm": {"fw": "ExoPlayer", "fwv": "2.19.1"},
    }
    b.json(hb)
    b.view("body (Conviva heartbeat: asset name an, playhead pht, c3.cm tags)")
    b.ok_json({"t": "CwsSessionHbResponse", "clid": hb["clid"], "slg": False})
    return b.build()


def _context(b: FB, prefix: str) -> dict[str, object]:
    return {
        "app": {"name": "Animora", "version": "3.61.0", "namespace": "tv.animora.app"},
        "device": {
            "id": b.id("aid_anime", where=f"{prefix}.context.device.id"),
            "advertisingId": b.id("gaid", where=f"{prefix}.context.device.advertisingId"),
            "adTrackingEnabled": True,
            "manufacturer": "Google",
            "model": "Pixel 7a",
            "type": "android",
        },
        "library": {"name": "analytics-android", "version": "4.11.3"},
        "os": {"name": "Android", "version": "14"},
        "locale": "en-GB",
        "timezone": "Europe/London",
    }


def _seg(ctx: Context, event: str, props: dict[str, object]) -> FB:
    b = FB(ctx, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("authorization", "Basic " + b64(SEG_KEY + ":"))
    b.header("user-agent", "analytics-android/4.11.3")
    msg = {
        "type": "track",
        "event": event,
        "properties": props,
        "anonymousId": b.id("segment_anon", where="body.batch[0].anonymousId"),
        "context": _context(b, "body.batch[0]"),
        "messageId": rid(ctx.rng),
        "timestamp": iso(ctx),
        "userId": b.acct("anime_account"),
    }
    b.json({"batch": [msg], "sentAt": iso(ctx)}, encoding="gzip")
    b.ok_json({"success": True})
    return b


def segment_video(ctx: Context, event: str = "Video Content Playing") -> Flow:
    r = ctx.rng
    eid, _sid, title, n = episode(ctx)
    props = {
        "session_id": rid(r)[:12],
        "content_asset_id": eid,
        "content_pod_id": f"{eid}_p{r.randint(1, 3)}",
        "title": f"Episode {n}",
        "program": title,
        "season": "1",
        "episode": str(n),
        "position": r.randint(0, 1420),
        "total_length": 1420,
        "livestream": False,
        "full_episode": True,
        "publisher": "Animora",
    }
    b = _seg(ctx, event, props)
    b.view("body.batch[0] (Segment Video Spec event: content_asset_id, program, position)")
    return b.build()


def segment_other(ctx: Context) -> Flow:
    sid, title = ctx.rng.choice([("GY8VEQ95Y", "Frieren"), ("G4PH0WXVJ", "Spy x Family")])
    b = _seg(ctx, "Series Added To Watchlist", {"series_id": sid, "series_title": title})
    b.decoy("watchlist add (a wish, not something watched)")
    return b.build()
