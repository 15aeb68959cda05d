"""Ghori Fit: the smartwatch companion app (the watch is the tester's own).

Pairing and sync send the watch's BLE MAC and serial; a sync header carries a SHA-1
of the serial under `c` (opaque key). Heart rate, steps, sleep stages and SpO2
series are health readings, not face or voice biometrics; the watch's voice
assistant sends speech for transcription only (no speaker model).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav

from .phone import FB, iso, ms, rid, ua

API = "https://api.ghorifit.example"
UA = ua("GhoriFit", "1.8.5")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ghorifit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/bind")
    b.json(
        {
            "bleMac": b.id("watch_mac", where="json bleMac"),
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "model": "GF-W3 Pro",
            "fw": "3.1.18",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sync_health(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/health")
    b.header("x-watch-sn", b.id("watch_serial", where="header x-watch-sn"))
    b.decoy("heart rate / steps / SpO2 series: health readings, not face or voice")
    b.json(
        {
            "hr": [c.rng.randint(58, 120) for _ in range(30)],
            "steps": c.rng.randint(0, 9000),
            "spo2": [c.rng.randint(94, 99) for _ in range(6)],
            "day": iso(c)[:10],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/sleep")
    b.header("c", b.id("watch_serial", "sha1", where="header c (sha1 of serial)", detectable=False))
    b.decoy("sleep stages series")
    b.json({"stages": [c.rng.choice(["light", "deep", "rem", "awake"]) for _ in range(20)]})
    b.no_content()
    return b.build()


def voice_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/assistant/asr?lang=bn-BD")
    b.decoy("voice command audio for speech recognition (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 600), "audio/wav")
    b.ok_json({"transcript": "আজকের আবহাওয়া কেমন", "t": ms(c)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?tag=eid")
    b.ok_json({"faces": [{"id": f"wf{i}", "name": "Eid Moon"} for i in range(5)]})
    return b.build()
