"""Wasis Watch: the companion app of dr. Bambang's smartwatch (a fictional
Wasis Watch 7) on his Galaxy S23.

Pairing binds the watch by its BLE MAC and serial with the phone's ANDROID_ID;
every sync carries the MAC in a header and the device-info call returns it;
the watch's raw log dump is relayed as protobuf (serial and MAC in fields 1
and 2, no names on the wire). Heart rate, SpO2, steps and sleep, the watch
faces (`tampilan jam` / `muka jam`: a watch face is not a face), the
raise-to-wake wrist angle and the firmware check are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.wasiswatch.example"
UA = ua("WasisWatch", "4.1.0", "dokter")


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "wasiswatch", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("jam_install", where="header x-install-id"))
    return b


def pasang(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/perangkat/pasang")
    b.json(
        {
            "userId": b.acct("jam_user"),
            "macJam": b.id("watch_mac", where="json macJam"),
            "serialJam": b.id("watch_serial", where="json serialJam"),
            "androidIdHp": b.id("aid_jam", where="json androidIdHp"),
            "modelJam": "Wasis Watch 7",
            "firmware": "W7.2.14",
        }
    )
    b.ok_json({"kode": 0, "pesan": "berhasil"})
    return b.build()


def info_perangkat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/perangkat/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json(
        {"kode": 0, "data": {"mac": mac, "baterai": c.rng.randint(10, 100), "firmware": "W7.2.14"}}
    )
    return b.build()


def sinkron(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/data/sinkron", install=False)
    b.header("x-watch-mac", b.id("watch_mac", where="header x-watch-mac"))
    b.json(
        {
            "langkah": c.rng.randint(200, 9000),
            "detak_jantung": [c.rng.randint(58, 110) for _ in range(12)],
            "spo2": c.rng.randint(94, 99),
            "waktu": iso(c),
        }
    )
    b.ok_json({"kode": 0})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/raw", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def harian(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ringkasan/harian?tanggal={iso(c)[:10]}", install=False)
    b.decoy("heart rate, SpO2, sleep (ordinary health data here)")
    b.ok_json(
        {
            "langkah": c.rng.randint(3000, 12000),
            "kalori": c.rng.randint(1500, 2600),
            "detak_istirahat": c.rng.randint(55, 72),
            "tidur_menit": c.rng.randint(240, 460),
            "spo2_rata": c.rng.randint(95, 99),
        }
    )
    return b.build()


def tampilan_jam(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tampilan-jam?hal=1", install=False)
    b.decoy("watch faces ('muka jam': not a face)")
    b.ok_json(
        {
            "muka_jam": [
                {"id": f"wf{i}", "nama": n, "unduhan": c.rng.randint(100, 90000)}
                for i, n in enumerate(["Batik Parang", "Analog Emas", "Suroboyo Neon", "Minimalis"])
            ]
        }
    )
    return b.build()


def angkat_bangun(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/pengaturan/angkat-untuk-bangun", install=False)
    b.decoy("raise-to-wake wrist pitch / roll angles")
    b.json(
        {
            "aktif": True,
            "sudut_pitch": rf(c.rng, 20, 45, 1),
            "sudut_roll": rf(c.rng, -15, 15, 1),
            "sensitivitas": "sedang",
        }
    )
    b.ok_json({"kode": 0})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/firmware/cek?versi=W7.2.14&model=W7", install=False)
    b.ok_json({"terbaru": "W7.2.16", "ukuran": 4194304, "catatan": "Perbaikan notifikasi WhatsApp"})
    return b.build()
