"""Video calls with the grandchildren (fictional "NonniCall", WebRTC with its own
signalling and effects relay).

Look-alikes: WebRTC getStats() reports (jitter, packetsLost, framesPerSecond,
audioLevel series: W3C webrtc-stats names), settings for background blur and a
beauty filter level, SDP offers whose DTLS "a=fingerprint:sha-256" looks like a
hardware address list. Real biometrics: the animated-avatar effect relays the
grandparent's ARKit/MediaPipe-style blendshape weights and face landmarks.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, hexs, iso, ms, rf, rid, ua

API = "https://signal.nonnicall.app/v2"
FX = "https://fx.nonnicall.app/relay"
SHAPES = ["browInnerUp", "eyeBlinkLeft", "eyeBlinkRight", "jawOpen", "mouthSmileLeft",
          "mouthSmileRight", "mouthFunnel", "cheekPuff", "mouthPucker", "browDownLeft"]  # fmt: skip


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nonnicall", method, url)
    b.header("user-agent", ua("NonniCall", "3.1.7"))
    return b


def stats(c: Context) -> Flow:
    b = _b(c, "POST", API + "/qualita")
    b.json(
        {
            "callId": rid(c.rng),
            "inbound-rtp": {
                "jitter": rf(c.rng, 0.001, 0.05),
                "packetsLost": c.rng.randint(0, 40),
                "framesPerSecond": c.rng.randint(15, 30),
                "frameWidth": 640,
                "frameHeight": 480,
            },
            "audioLevel": [rf(c.rng, 0, 1, 3) for _ in range(20)],
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("WebRTC quality stats: jitter, packet loss, fps, audio level series")
    return b.build()


def sdp(c: Context) -> Flow:
    fp = ":".join(hexs(c.rng, 2).upper() for _ in range(32))
    text = (
        "v=0\r\no=- " + str(c.rng.randint(10**17, 10**18)) + " 2 IN IP4 127.0.0.1\r\n"
        "a=group:BUNDLE 0 1\r\na=fingerprint:sha-256 " + fp + "\r\na=setup:actpass\r\n"
        "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=rtpmap:96 VP8/90000\r\n"
    )
    b = _b(c, "POST", API + "/chiamate/offerta")
    b.json({"a": "nonna.lina", "tipo": "offer", "sdp": text})
    b.ok_json({"stato": "squilla"})
    b.decoy("SDP offer: DTLS certificate fingerprint (colon-hex), session ids")
    return b.build()


def impostazioni(c: Context) -> Flow:
    b = _b(c, "PUT", API + "/impostazioni")
    b.json(
        {
            "sfocaturaSfondo": c.rng.random() < 0.5,
            "filtroBellezza": c.rng.randint(0, 5),
            "inquadraturaAutomatica": True,
            "cancellazioneEco": True,
        }
    )
    b.no_content()
    b.decoy("call settings: background blur, beauty filter level, auto-framing (no face data)")
    return b.build()


def turn(c: Context) -> Flow:
    b = _b(c, "GET", API + "/ice?ttl=86400")
    b.ok_json(
        {
            "iceServers": [
                {
                    "urls": ["turn:turn.nonnicall.app:3478"],
                    "username": f"{int(c.now)}:{hexs(c.rng, 8)}",
                    "credential": hexs(c.rng, 28),
                }
            ]
        }
    )
    b.decoy("TURN credentials: time-limited username and hmac credential")
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = _b(c, "POST", FX + "/avatar")
    frames = [
        {"t": i * 33, "blendshapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}} for i in range(4)
    ]
    b.json({"effetto": "gattino", "frames": frames, "callId": rid(c.rng)})
    b.bio("blendshapes", "body frames[].blendshapes")
    b.no_content()
    return b.build()


def landmarks(c: Context) -> Flow:
    b = _b(c, "POST", FX + "/maschera")
    cx, cy = rf(c.rng, 250, 390, 1), rf(c.rng, 180, 300, 1)
    pts = [
        [round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 70), 1)] for _ in range(68)
    ]
    b.json({"effetto": "occhiali_buffi", "faceLandmarks68": pts, "rollio": rf(c.rng, -10, 10, 2)})
    b.bio("face_landmarks", "body faceLandmarks68")
    b.no_content()
    return b.build()


def registra(c: Context) -> Flow:
    b = _b(c, "POST", API + "/dispositivi")
    b.other_id("calls_device", "body deviceId")
    b.json(
        {
            "deviceId": c.phone.calls_device,
            "utente": b.acct("calls_user"),
            "pushToken": b.acct("push_token"),
            "registratoIl": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


DECOYS = [(0.9, stats), (0.6, stats), (0.4, sdp), (0.3, impostazioni), (0.3, turn)]
SENSITIVE = [blendshapes, landmarks, blendshapes, registra]
