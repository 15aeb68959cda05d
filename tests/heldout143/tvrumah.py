"""The living-room screens: a smart TV whose ACR service reports what is on screen,
and an IPTV set-top box the family bought outright (so its serial and MAC are the
household's device ids, unlike the operator's rented ONT whose serial is a decoy).

ACR match reports (`konten_terdeteksi`), the box's channel-zapping log
(`log_pindah_kanal`) and a packed binary ACR row upload are viewing history; the
EPG and the ONT status are not.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms

ACR = "https://acr.layarpintar.example"
STB = "https://stb.indiplay.example"
KANAL = ["RCTI", "SCTV", "Indosiar", "Trans7", "MNCTV", "TVRI", "Kompas TV", "ANTV", "Net TV"]
ACARA = ["Preman Pensiun 8", "Liga 1 Live", "D'Academy 6", "Buku Harian Seorang Istri", "Berita"]


def acr_laporan(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v1/acr/laporan")
    b.header("user-agent", "LayarPintarTV/6.0 (Linux; Android TV 11)")
    b.view("json konten_terdeteksi[] (ACR matches with lama_detik)")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "mac_tv": b.id("tv_mac", where="json mac_tv"),
            "konten_terdeteksi": [
                {
                    "kanal": c.rng.choice(KANAL),
                    "acara": c.rng.choice(ACARA),
                    "mulai": iso(c),
                    "lama_detik": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_biner(c: Context) -> Flow:
    """Packed rows (channel, start, seconds) base64'd under 'p': nothing readable."""
    b = FB(c, "tv-acr", "POST", f"{ACR}/u")
    b.header("user-agent", "LayarPintarTV/6.0 (Linux; Android TV 11)")
    b.view("form p=base64 packed ACR rows", detectable=False)
    rows = b"".join(
        struct.pack("<HIH", c.rng.randint(1, 40), int(c.now), c.rng.randint(30, 3600))
        for _ in range(c.rng.randint(2, 6))
    )
    b.form(
        [
            ("s", b.id("tv_serial", "md5", "form s (md5 of serial)", detectable=False)),
            ("p", b64(gz(rows))),
        ]
    )
    b.no_content()
    return b.build()


def stb_pindah_kanal(c: Context) -> Flow:
    b = FB(c, "stb", "POST", f"{STB}/api/stb/log_pindah_kanal")
    b.header("user-agent", "IndiPlaySTB/3.2 ZXV10")
    b.view("json log_pindah_kanal[] live-channel tuning log")
    b.json(
        {
            "stb_sn": b.id("stb_serial", where="json stb_sn"),
            "stb_mac": b.id("stb_mac", where="json stb_mac"),
            "log_pindah_kanal": [
                {"no_kanal": c.rng.randint(1, 300), "masuk": ms(c), "keluar": ms(c) + 60000}
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.ok_json({"diterima": True})
    return b.build()


def stb_status(c: Context) -> Flow:
    b = FB(c, "stb", "GET", f"{STB}/api/stb/status")
    b.header("user-agent", "IndiPlaySTB/3.2 ZXV10")
    b.header("x-stb-sn", b.id("stb_serial", where="header x-stb-sn"))
    b.decoy("ont_sn: the operator's rented fibre ONT, not the family's device")
    b.ok_json(
        {
            "firmware": "V3.2.11",
            "ont_sn": "ZTEG" + new_digits(c.rng, 8),
            "paket": "Entertainment 150 kanal",
        }
    )
    return b.build()


def tv_daftar(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v1/perangkat")
    b.header("user-agent", "LayarPintarTV/6.0 (Linux; Android TV 11)")
    b.json(
        {
            "serial_number": b.id("tv_serial", where="json serial_number"),
            "duid": b.id("tv_duid", where="json duid"),
            "wifi_mac": b.id("tv_mac", "upper", "json wifi_mac"),
            "persetujuan_acr": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "stb", "GET", f"{STB}/api/epg?kanal={c.rng.randint(1, 300)}&tanggal=hari-ini")
    b.header("user-agent", "IndiPlaySTB/3.2 ZXV10")
    b.decoy("EPG: programme start times and durations (content fetch)")
    b.ok_json(
        {
            "jadwal": [
                {"acara": a, "mulai": iso(c), "durasi_menit": c.rng.choice([30, 60, 90])}
                for a in ACARA
            ]
        }
    )
    return b.build()
