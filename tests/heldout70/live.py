"""Livedeck: a livestream studio app (mostly decoys; AirPods as audio source are true ids).

Sources: Twitch Helix `GET https://api.twitch.tv/helix/streams?user_id=`
(headers `Client-Id`, `Authorization: Bearer`; answer data[] with
viewer_count, started_at). The app's own backend gets stream health
(bitrate / dropped-frame series), chat messages, and the audio route when the
creator's own AirPods Pro are the microphone (their Bluetooth address and
serial: true device ids).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.livedeck.tv"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "livedeck", method, API + path)
    b.header("user-agent", ua("Livedeck", "960"))
    return b


def stream_health(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/streams/health")
    b.json(
        {
            "streamId": rid(c.rng),
            "ingest": "yyz03",
            "bitrateKbps": [c.rng.randint(4500, 6200) for _ in range(30)],
            "droppedFrames": [c.rng.randint(0, 4) for _ in range(30)],
            "fps": 60,
            "rttMs": c.rng.randint(20, 90),
            "ts": ms(c),
        }
    )
    b.decoy("stream health: bitrate and dropped-frame series of the creator's outgoing stream")
    b.no_content()
    return b.build()


def helix_streams(c: Context) -> Flow:
    b = FB(c, "twitch", "GET", "https://api.twitch.tv/helix/streams", [("user_id", "41245072")])
    b.header("client-id", rid(c.rng).replace("-", "")[:30])
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", "")[:30])
    b.decoy("Twitch Helix streams: the creator's own live stream, viewer_count")
    b.ok_json(
        {
            "data": [
                {
                    "id": str(c.rng.randint(10**10, 10**11)),
                    "user_login": "maelle_films",
                    "type": "live",
                    "viewer_count": c.rng.randint(40, 900),
                    "started_at": iso(c),
                }
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/chat/messages")
    b.json(
        {
            "channel": "maelle_films",
            "text": c.rng.choice(["merci tout le monde!", "BRB 5 min"]),
            "nonce": rid(c.rng),
        }
    )
    b.decoy("chat message with a nonce")
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def scenes(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/scenes")
    b.json(
        {
            "scenes": [
                {"name": "Facecam", "sources": [{"type": "camera", "crop": [0, 0, 1, 1]}]},
                {"name": "Gameplay", "sources": [{"type": "screen"}]},
            ]
        }
    )
    b.decoy("scene layout with a 'Facecam' source name")
    b.ok_json({"ok": True})
    return b.build()


def audio_route(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices/audio-input")
    b.json(
        {
            "input": {
                "name": "AirPods Pro",
                "transport": "bluetooth",
                "btAddress": b.id("airpods_mac", where="json:input.btAddress"),
                "serialNumber": b.id("airpods_serial", where="json:input.serialNumber"),
            },
            "idfv": b.id("idfv_live", where="json:idfv"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def audio_route_min(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/devices/audio-input/status")
    b.header("x-bt-addr", b.id("airpods_mac", how="nosep", where="header:x-bt-addr"))
    b.ok_json({"latencyMs": c.rng.randint(120, 220)})
    return b.build()
