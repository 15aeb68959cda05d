"""Framecraft: a pro camera app syncing shot metadata (decoys).

In-house backend: per-clip exposure / focus metadata (ISO, shutter, white
balance, focus distance, AF mode "face-priority" as a setting name, focus
point), gimbal telemetry (yaw / pitch / roll series) from the studio's
rented gimbal, and LUT downloads.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://cloud.framecraft.io"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "framecraft", method, API + path)
    b.header("user-agent", ua("Framecraft", "2210"))
    return b


def shot_meta(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/clips/metadata")
    b.json(
        {
            "clipId": rid(c.rng),
            "lens": "24mm",
            "iso": c.rng.choice([100, 200, 400, 800]),
            "shutter": "1/50",
            "whiteBalanceK": c.rng.randint(3200, 5600),
            "focus": {
                "mode": c.rng.choice(["face-priority", "continuous", "manual"]),
                "point": [rf(c.rng, 0, 1, 3), rf(c.rng, 0, 1, 3)],
                "distanceM": rf(c.rng, 0.4, 4, 2),
            },
            "exposureBias": rf(c.rng, -1, 1, 1),
            "recordedAt": iso(c),
        }
    )
    b.decoy("exposure/focus metadata: focus mode name and a focus point, no face data")
    b.ok_json({"ok": True})
    return b.build()


def gimbal(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/gimbal/telemetry")
    n = 20
    b.json(
        {
            "gimbal": {
                "model": "RS 4 Mini",
                "owner": "studio-rental",
                "assetTag": f"RNT-{c.rng.randint(100, 999)}",
            },
            "hz": 10,
            "yaw": [rf(c.rng, -40, 40, 2) for _ in range(n)],
            "pitch": [rf(c.rng, -15, 15, 2) for _ in range(n)],
            "roll": [rf(c.rng, -3, 3, 2) for _ in range(n)],
            "mode": "follow",
        }
    )
    b.decoy("gimbal yaw/pitch/roll series of the studio's rented gimbal (asset tag)")
    b.no_content()
    return b.build()


def luts(c: Context) -> Flow:
    b = FB(c, "framecraft-cdn", "GET", "https://cdn.framecraft.io/luts/slog3-rec709.cube")
    b.decoy("LUT download")
    b.respond(200, "text/plain", b"LUT_3D_SIZE 33\n0.0 0.0 0.0\n")
    return b.build()


def histogram(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/clips/scopes")
    b.json(
        {
            "clipId": rid(c.rng),
            "luma": [c.rng.randint(0, 900) for _ in range(64)],
            "falseColorPct": {"skin": rf(c.rng, 5, 30, 1), "clip": rf(c.rng, 0, 3, 1)},
        }
    )
    b.decoy("luma histogram and false-colour percentages (a 'skin' exposure band)")
    b.no_content()
    return b.build()
