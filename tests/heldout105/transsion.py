"""HiOS system analytics on the Tecno phone (Transsion's "Athena" pipeline).

As a system app it reads the IMEI and serial that ordinary apps cannot, and
reports them with the GAID and its own VAID in a gzip-encoded JSON batch; the
built-in Visha video player's play events ride in the same batches (title and
seconds played of a local or streamed video). A second channel sends an
AES-encrypted device block, and app-usage durations per package (no content)
are usage statistics, not viewing history. Palm Store update checks are ordinary.
"""

from __future__ import annotations

import hashlib
from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import DALVIK, FB, ms

ATHENA = "https://ire-athena.shalltry.com"
VIDEOS = ["Jagun Jagun (2023).mp4", "WhatsApp Video 2026-11-28.mp4", "Labarina S5 E12.mkv"]
PKGS = ["com.nollyflix.android", "com.gbedu.music", "com.whatsapp", "com.transsion.phoenix"]


def _b(c: Context, path: str) -> FB:
    b = FB(c, "athena", "POST", f"{ATHENA}{path}")
    b.header("user-agent", DALVIK)
    b.header("x-athena-appid", "9999")
    return b


def _device(b: FB) -> dict[str, Any]:
    return {
        "imei1": b.id("imei", where="json dev.imei1"),
        "sn": b.id("phone_serial", where="json dev.sn"),
        "gaid": b.id("gaid", where="json dev.gaid"),
        "vaid": b.id("athena_vaid", where="json dev.vaid"),
        "brand": "TECNO",
        "os": "HiOS13.0.0",
    }


def usage_batch(c: Context) -> Flow:
    b = _b(c, "/athena/v3/upload")
    b.decoy("app usage durations per package (usage statistics, no content)")
    events = [
        {"eid": 1001, "pkg": p, "fgDur": c.rng.randint(5, 3600), "ts": ms(c)}
        for p in c.rng.sample(PKGS, 2)
    ]
    b.json({"dev": _device(b), "evts": events, "seq": c.rng.randint(1, 9999)}, encoding="gzip")
    b.ok_json({"code": 0})
    return b.build()


def visha_play(c: Context) -> Flow:
    b = _b(c, "/athena/v3/upload")
    b.view("json evts[].video_name + play_dur (Visha player play event)")
    events = [
        {
            "eid": 3102,
            "ev": "visha_play_end",
            "video_name": c.rng.choice(VIDEOS),
            "play_dur": c.rng.randint(30, 7000),
            "total_dur": 7200,
            "ts": ms(c),
        }
    ]
    b.json({"dev": _device(b), "evts": events, "seq": c.rng.randint(1, 9999)}, encoding="gzip")
    b.ok_json({"code": 0})
    return b.build()


def encrypted_device(c: Context) -> Flow:
    """An AES block of the device ids: no reader can tell what is in it."""
    b = _b(c, "/athena/v3/cfg")
    imei = b.id_raw("imei", "aes_cbc", "json ed (AES-encrypted device block)")
    serial = b.id_raw("phone_serial", "aes_cbc", "json ed (AES-encrypted device block)")
    key = hashlib.sha256(b"athena" + str(c.rng.random()).encode()).digest()
    plain = f"{imei}|{serial}".encode()
    cipher = bytes(p ^ key[i % 32] for i, p in enumerate(plain.ljust(48, b"\x00")))
    b.json({"ed": b64(cipher), "kv": 3, "t": ms(c)})
    b.ok_json({"code": 0, "interval": 3600})
    return b.build()


def palmstore_update(c: Context) -> Flow:
    b = FB(c, "palmstore", "GET", "https://pscdn.shalltry.com/api/v2/update/check?pkgs=12")
    b.header("user-agent", DALVIK)
    b.decoy("apk md5 hashes")
    b.ok_json(
        {
            "updates": [
                {"pkg": p, "md5": new_hex(c.rng, 32), "vc": c.rng.randint(100, 900)}
                for p in PKGS[:2]
            ]
        }
    )
    return b.build()
