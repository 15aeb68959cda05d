"""Streaming encoders and the multi-camera live production.

The director's switching log (programme / preview cuts with timecodes), the
replay operator's cued clips with in / out points and playheads, the encoders'
health and the livestream's concurrent-viewer curve are the production's work
records and aggregates, not anybody's viewing. The one exception: the producer
watches the public livestream in the app's preview player to check it, and that
player (Mux Data analytics) reports her playback like any player's heartbeat,
with the SDK's install-scoped viewer id: viewing history and a device id,
although she watched for work (the definition asks what a player reports about
a person's watching, not why she watched).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, kit_serial, ms, rf, rid
from .scenkoll import ops

CAMS = ["CAM 1", "CAM 2", "CAM 3", "CAM 4", "CAM 5 Jib", "CAM 6 Steadicam", "GFX", "VT"]
LIVE = "https://stream.scenkoll.example"
MUX_ENV = "k2n7q0v5c3"
PLAYBACK_ID = "Xh02qv4sTtZQ01Livestream"


def _tc(c: Context) -> str:
    """An SMPTE timecode (hh:mm:ss:ff at 25 fps) during the show."""
    hh, mm, ss, ff = (
        c.rng.randint(19, 23),
        c.rng.randint(0, 59),
        c.rng.randint(0, 59),
        c.rng.randint(0, 24),
    )
    return f"{hh:02d}:{mm:02d}:{ss:02d}:{ff:02d}"


def _clip_id(c: Context) -> str:
    """A replay server's clip name: page, camera letter, take."""
    return f"{c.rng.randint(100, 199)}{c.rng.choice('ABCD')}/0{c.rng.randint(1, 6)}"


def encoder_status(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/sandning/kodare")
    b.decoy("encoders' serials and bitrate series (the venue's broadcast kit)")
    b.ok_json(
        [
            {
                "namn": n,
                "serienummer": kit_serial(c.rng, "HV"),
                "status": c.rng.choice(["LIVE", "LIVE", "STANDBY"]),
                "bitrateKbps": [c.rng.randint(5800, 6200) for _ in range(10)],
                "tappadeRutor": c.rng.randint(0, 20),
                "ingest": "srt://ingest.scenkoll.example:9000",
            }
            for n in ("Kodare A (huvud)", "Kodare B (backup)")
        ]
    )
    return b.build()


def switching_log(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/produktion/bildmix/logg?sedan=-10m")
    b.decoy(
        "the director's switching log: programme / preview cuts with timecodes "
        "(production work, not a person's viewing)"
    )
    b.ok_json(
        {
            "mixer": "ATEM 4 M/E Constellation 4K",
            "klipp": [
                {
                    "tc": _tc(c),
                    "pgm": c.rng.choice(CAMS),
                    "pvw": c.rng.choice(CAMS),
                    "övergång": c.rng.choice(["CUT", "CUT", "MIX", "DIP"]),
                    "rutor": c.rng.choice([0, 0, 12, 25]),
                }
                for _ in range(c.rng.randint(8, 20))
            ],
        }
    )
    return b.build()


def replay_cues(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/produktion/repris/klipp")
    b.decoy(
        "replay clips cued by the replay operator: in / out timecodes, playhead, played "
        "flag (an editor's timeline, not a person's viewing)"
    )
    b.ok_json(
        {
            "server": "XT-VIA 1",
            "klipp": [
                {
                    "klippId": _clip_id(c),
                    "kamera": c.rng.choice(CAMS[:6]),
                    "in": _tc(c),
                    "ut": _tc(c),
                    "playhead": _tc(c),
                    "spelad": c.rng.choice([True, False]),
                    "etikett": c.rng.choice(["Gitarrsolo", "Publik", "Fyrverkeri", "Encore"]),
                }
                for _ in range(c.rng.randint(3, 9))
            ],
        }
    )
    return b.build()


def viewer_curve(c: Context) -> Flow:
    b = ops(c, "GET", "/api/v1/sandning/tittare?intervall=1m")
    b.decoy("concurrent viewers of the livestream per minute (an aggregate over all viewers)")
    b.ok_json(
        {
            "samtidigaTittare": [c.rng.randint(800, 12000) for _ in range(30)],
            "totaltUnika": c.rng.randint(10000, 60000),
            "snittTittartidMin": rf(c.rng, 5, 70, 1),
            "länder": {"SE": 71, "NO": 9, "FI": 7, "DK": 5, "övr": 8},
        }
    )
    return b.build()


def live_manifest(c: Context) -> Flow:
    b = FB(c, "scenkoll-player", "GET", f"{LIVE}/live/{PLAYBACK_ID}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    lines = ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for bw, res in ((6000000, "1920x1080"), (3000000, "1280x720"), (1200000, "854x480")):
        lines += [f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={res}", f"{res}/index.m3u8"]
    b.respond(200, "application/vnd.apple.mpegurl", ("\n".join(lines) + "\n").encode())
    return b.build()


def live_segment(c: Context) -> Flow:
    seq = c.rng.randint(10000, 99999)
    b = FB(c, "scenkoll-player", "GET", f"{LIVE}/live/{PLAYBACK_ID}/1280x720/seg{seq}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes([0x47]) + bytes(c.rng.getrandbits(8) for _ in range(500)))
    return b.build()


def preview_player_beacon(c: Context) -> Flow:
    """Mux Data beacon of the app's preview player: her playback of the livestream."""
    b = FB(c, "mux-data", "POST", f"https://{MUX_ENV}.litix.io/")
    b.header("user-agent", "ExoPlayerLib/2.19.1 mux-stats-sdk-java/8.0.0")
    b.view("json events[] viewer playback (video_id, player_playhead_time, event)")
    event = c.rng.choice(["playing", "heartbeat", "heartbeat", "pause", "viewend"])
    b.json(
        {
            "metadata": {
                "env_key": MUX_ENV,
                "video_id": PLAYBACK_ID,
                "video_title": "Livesändning – Huvudscen",
                "video_stream_type": "live",
                "player_name": "Scenkoll förhandsvisning",
                "viewer_user_id": b.acct("staff_no"),
                "mux_viewer_id": b.id("ops_mux_viewer", where="json metadata.mux_viewer_id"),
            },
            "events": [
                {
                    "e": event,
                    "view_id": rid(c.rng),
                    "player_playhead_time": c.rng.randint(1000, 7_200_000),
                    "view_watch_time": c.rng.randint(5000, 900_000),
                    "viewer_time": ms(c),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def stream_key_rotate(c: Context) -> Flow:
    b = ops(c, "POST", "/api/v1/sandning/nyckel/rotera")
    b.decoy("a stream key (a secret of the livestream, not a device)")
    b.json({"kanal": "huvudscen"})
    b.ok_json({"streamKey": new_hex(c.rng, 32), "giltigFrån": iso(c)})
    return b.build()
