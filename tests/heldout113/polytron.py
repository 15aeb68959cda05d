"""The household's Polytron Android TV (living room in Surabaya).

The TV's launcher service registers with its Wi-Fi MAC, serial and ANDROID_ID,
reports what its content-recognition module matched on screen
(`konten_terdeteksi`: programme, channel, start, seconds) and logs live
free-to-air channel tuning (`log_saluran`: RCTI, SCTV, Indosiar...). A compact
variant of the match report is protobuf with numeric fields only (opaque). The
heartbeat hides the serial in base64 under `t` (opaque device carrier). The EPG,
the app-store list and the firmware check are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms

API = "https://tvservice.polytron.example"
UA = "PolytronSmartTV/11 (Linux; Android 11; PLD 43AG9953 Build/RTT2.220118.001)"
SALURAN = ["RCTI", "SCTV", "Indosiar", "MNCTV", "TVRI", "Trans7", "ANTV", "Kompas TV"]
ACARA = [
    "Ikatan Cinta",
    "Liputan 6 Siang",
    "Dangdut Academy 6",
    "Azab",
    "Indonesian Idol",
    "Upin & Ipin",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "polytron-tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def registrasi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/perangkat/registrasi")
    b.json(
        {
            "mac_wifi": b.id("tv_mac", where="json mac_wifi"),
            "nomor_seri": b.id("tv_serial", where="json nomor_seri"),
            "android_id": b.id("aid_tv", where="json android_id"),
            "id_acr": b.id("tv_acr_id", where="json id_acr (content-recognition client id)"),
            "model": "PLD 43AG9953",
            "firmware": "V11.0.27",
        }
    )
    b.ok_json({"status": "terdaftar"})
    return b.build()


def konten_terdeteksi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/acr/v2/laporan")
    b.view("json konten_terdeteksi[] (ACR matches: programme, channel, seconds)")
    b.json(
        {
            "id_acr": b.id("tv_acr_id", where="json id_acr"),
            "konten_terdeteksi": [
                {
                    "acara": c.rng.choice(ACARA),
                    "saluran": c.rng.choice(SALURAN),
                    "mulai": iso(c),
                    "detik": c.rng.randint(30, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def log_saluran(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/log_saluran")
    b.view("json log_saluran[] (live channel tuning with times)")
    b.json(
        {
            "mac_wifi": b.id("tv_mac", "nosep", "json mac_wifi (no separators)"),
            "log_saluran": [
                {
                    "saluran": c.rng.choice(SALURAN),
                    "masuk": iso(c),
                    "lama_detik": c.rng.randint(5, 3000),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/a/p")
    b.view("protobuf rows (channel index, programme hash, seconds): numeric fields", False)
    rows = [
        pb_msg(
            1,
            [
                pb_varint(1, c.rng.randint(0, len(SALURAN) - 1)),
                pb_bytes(2, f"{c.rng.getrandbits(64):016x}"),
                pb_varint(3, c.rng.randint(30, 3600)),
                pb_varint(4, ms(c) // 1000),
            ],
        )
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(b"".join(rows), "application/octet-stream")
    b.no_content()
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/hb")
    b.params = [("t", b.id("tv_serial", "b64", "query t (base64 serial)", False)), ("v", "27")]
    b.ok_json({"ok": 1})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/epg?tanggal=hari-ini")
    b.decoy("programme guide with start times and durations")
    b.ok_json(
        {
            "epg": [
                {"saluran": s, "acara": c.rng.choice(ACARA), "mulai": iso(c), "durasi": 3600}
                for s in SALURAN
            ]
        }
    )
    return b.build()


def toko_aplikasi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/toko/rekomendasi")
    b.ok_json({"aplikasi": ["Vidio", "YouTube", "Netflix", "Layarku", "BolaGas"]})
    return b.build()


def cek_firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/cek?model=PLD43AG9953&versi=V11.0.27")
    b.decoy("firmware build hash")
    b.ok_json({"terbaru": False, "sha256": f"{c.rng.getrandbits(256):064x}"})
    return b.build()
