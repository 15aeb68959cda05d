"""Dasbor Perawat: the nurses' dashboard of the hospital information system
(SIMRS) on the Melati ward's shared phone.

The dashboard shows the ward's bedside patient monitors and infusion pumps by
their serial numbers (and the pumps' Wi-Fi MACs, as the pump gateway reports
them), with vitals, alarms, rates and remaining times; nurses acknowledge an
alarm by the pump's serial, chart vital signs (TTV), tick off medication
timers and log repositioning (`alih baring`: the patient's position every two
hours). None of it identifies the phone: the equipment belongs to the ward.
Logging in binds the app to the phone by ANDROID_ID; the ward-summary call
carries an MD5 of it in a header `x-k`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, mac, ms, rf, rid, ua

API = "https://simrs.rshusadawaras.example"
UA = ua("DasborPerawat", "7.4.0", "bangsal")
BEDS = [f"Melati {n}" for n in range(1, 13)]
OBAT = ["NaCl 0.9% 500 ml", "RL 500 ml", "D5% 500 ml", "Ceftriaxone 1 g", "Paracetamol 1 g infus"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "simrs-dasbor", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _pump_sn(c: Context) -> str:
    return "IP7" + new_digits(c.rng, 7)


def _monitor_sn(c: Context) -> str:
    return "BV" + new_hex(c.rng, 2).upper() + new_digits(c.rng, 6)


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mobile/v2/login")
    b.json(
        {
            "nip": b.acct("nip_perawat"),
            "pin_hash": new_hex(c.rng, 64),
            "android_id": b.id("aid_dasbor", where="json android_id"),
            "unit": "MELATI",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "shift": "P", "unit": "Bangsal Melati"})
    return b.build()


def ringkasan_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mobile/v2/bangsal/melati/ringkasan")
    b.header("x-k", b.id("aid_dasbor", "md5", "header x-k", detectable=False))
    b.ok_json({"terisi": c.rng.randint(8, 12), "kapasitas": 12, "pasien_baru": c.rng.randint(0, 3)})
    return b.build()


def monitor(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mobile/v2/bangsal/melati/monitor")
    b.decoy("bedside monitors by serial number with vitals (ward equipment)")
    b.ok_json(
        {
            "monitor": [
                {
                    "no_seri": _monitor_sn(c),
                    "merek": "Mindray",
                    "model": "BeneVision N12",
                    "bed": bed,
                    "hr": c.rng.randint(58, 120),
                    "spo2": c.rng.randint(90, 100),
                    "nibp": f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 95)}",
                    "rr": c.rng.randint(12, 26),
                    "alarm": c.rng.choice([None, None, "SpO2 rendah", "Lead off"]),
                    "terakhir": iso(c),
                }
                for bed in c.rng.sample(BEDS, 4)
            ]
        }
    )
    return b.build()


def pompa_infus(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mobile/v2/bangsal/melati/pompa-infus")
    b.decoy("infusion pumps by serial and MAC with rates and remaining time (ward equipment)")
    b.ok_json(
        {
            "pompa": [
                {
                    "sn": _pump_sn(c),
                    "mac": mac(c.rng),
                    "bed": bed,
                    "obat": c.rng.choice(OBAT),
                    "laju_ml_jam": c.rng.choice([20, 42, 83, 125]),
                    "sisa_volume_ml": c.rng.randint(20, 480),
                    "sisa_waktu_menit": c.rng.randint(5, 600),
                    "status": c.rng.choice(["JALAN", "JALAN", "JEDA", "OKLUSI"]),
                }
                for bed in c.rng.sample(BEDS, 3)
            ]
        }
    )
    return b.build()


def ack_alarm(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mobile/v2/alarm/konfirmasi")
    b.decoy("alarm acknowledgement naming a pump's serial (ward equipment)")
    b.json(
        {
            "sn_pompa": _pump_sn(c),
            "jenis_alarm": c.rng.choice(["OKLUSI", "HAMPIR_HABIS", "UDARA_DI_SELANG"]),
            "ditangani_oleh": b.acct("nip_perawat"),
            "waktu": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ttv(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mobile/v2/pasien/ttv")
    b.json(
        {
            "no_rm": "RM" + new_digits(c.rng, 8),
            "bed": c.rng.choice(BEDS),
            "suhu": rf(c.rng, 36.0, 38.9, 1),
            "nadi": c.rng.randint(60, 115),
            "tensi": f"{c.rng.randint(100, 160)}/{c.rng.randint(60, 95)}",
            "rr": c.rng.randint(14, 24),
            "skala_nyeri": c.rng.randint(0, 6),
            "waktu": iso(c),
        }
    )
    b.ok_json({"tersimpan": True})
    return b.build()


def timer_obat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/mobile/v2/bangsal/melati/jadwal-obat?jam={c.rng.randint(0, 23)}")
    b.decoy("medication timers (minutes until next dose)")
    b.ok_json(
        {
            "jadwal": [
                {
                    "bed": bed,
                    "obat": c.rng.choice(OBAT),
                    "jam": f"{c.rng.randint(0, 23):02d}:00",
                    "sisa_menit": c.rng.randint(0, 240),
                    "rute": "IV",
                }
                for bed in c.rng.sample(BEDS, 4)
            ]
        }
    )
    return b.build()


def alih_baring(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/mobile/v2/pasien/alih-baring")
    b.decoy("patient repositioning: position and interval")
    b.json(
        {
            "no_rm": "RM" + new_digits(c.rng, 8),
            "posisi": c.rng.choice(["miring_kanan", "miring_kiri", "terlentang", "semi_fowler_30"]),
            "interval_menit": 120,
            "skala_braden": c.rng.randint(10, 18),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()
