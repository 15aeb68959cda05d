"""The broadcast feed's ingest: the club's encoders push the match signal to the
broadcaster, and the analysis room pulls the clean feed.

Encoder stats (bitrate, dropped frames, SRT round trip), the PTZ camera's
pan / tilt / zoom presets, SCTE-35 ad markers with timecodes and the feed's
manifests are production data about a broadcast: not viewing history (nobody's
watching is reported), not biometric, and the encoders are the club's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

INGEST = "https://ingest.ribeira-media.example"
UA = "RibeiraEncoder/2.11 (Linux)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ingest", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def encoder_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{INGEST}/api/encoders/stats")
    b.decoy("club's broadcast encoder serial and MAC with SRT stats (equipment, not personal)")
    b.json(
        {
            "encoder": {
                "serial": "ENC" + new_hex(c.rng, 9).upper(),
                "mac": "00:1C:C4:" + ":".join(new_hex(c.rng, 2) for _ in range(3)),
                "nome": c.rng.choice(["OB-1", "OB-2", "Tribuna"]),
            },
            "srt": {"rttMs": rf(c.rng, 8, 60, 1), "perdidos": c.rng.randint(0, 30)},
            "bitrateKbps": c.rng.randint(12000, 25000),
            "framesDescartados": c.rng.randint(0, 12),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ptz_preset(c: Context) -> Flow:
    b = _b(c, "POST", f"{INGEST}/api/camaras/ptz/{c.rng.randint(1, 8)}/preset")
    b.decoy("broadcast camera pan/tilt/zoom (camera pose, not a head pose)")
    b.json(
        {
            "pan": rf(c.rng, -170, 170, 2),
            "tilt": rf(c.rng, -30, 30, 2),
            "roll": 0.0,
            "zoom": rf(c.rng, 1, 30, 1),
            "preset": c.rng.choice(["grande_area_sul", "meio_campo", "banco"]),
        }
    )
    b.no_content()
    return b.build()


def scte_marker(c: Context) -> Flow:
    b = _b(c, "POST", f"{INGEST}/api/canais/sporttv-feed/scte35")
    b.decoy("SCTE-35 break marker with timecode and duration (broadcast playout)")
    b.json(
        {
            "tipo": "splice_insert",
            "eventoId": c.rng.randint(1000, 99999),
            "timecode": f"{c.rng.randint(19, 22):02d}:{c.rng.randint(0, 59):02d}:"
            f"{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 24):02d}",
            "duracaoSeg": c.rng.choice([30, 60, 90]),
            "emitidoEm": iso(c),
        }
    )
    b.ok_json({"aceite": True})
    return b.build()


def clean_feed_manifest(c: Context) -> Flow:
    b = FB(c, "ingest", "GET", f"{INGEST}/live/cleanfeed/{new_hex(c.rng, 8)}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = (
        "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:2\n"
        f"#EXT-X-MEDIA-SEQUENCE:{c.rng.randint(1000, 99999)}\n"
        "#EXT-X-PROGRAM-DATE-TIME:" + iso(c) + "\n#EXTINF:2.000,\nseg.ts\n"
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def audience_figures(c: Context) -> Flow:
    b = _b(c, "GET", f"{INGEST}/api/audiencias/jogo/{c.rng.randint(2300, 2499)}")
    b.decoy("broadcast audience aggregates (peak viewers, average minutes)")
    b.ok_json(
        {
            "espectadoresPico": c.rng.randint(200_000, 1_400_000),
            "minutosMedios": rf(c.rng, 40, 85, 1),
            "share": rf(c.rng, 10, 40, 1),
        }
    )
    return b.build()
