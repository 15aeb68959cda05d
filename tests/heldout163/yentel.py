"""YɛnTel: a telco self-care app (bundles, airtime, SIM re-registration).

The self-care registration sends both IMEIs, the serial and the Wi-Fi MAC; the
network diagnostics ping sends an MD5 of the IMEI under `i`. Ghana's SIM
re-registration links the SIM to the Ghana Card and takes a live selfie that
is matched against the national ID photo (a face-matching upload). Bundles,
speed tests and the MSISDN (an account) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://selfcare.yentel.example"
UA = ua("YenTel", "9.0.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yentel", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("msisdn_gh"))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/handset")
    b.json(
        {
            "imeiSlot1": b.id("imei1", where="json imeiSlot1"),
            "imeiSlot2": b.id("imei2", where="json imeiSlot2"),
            "serialNumber": b.id("phone_serial", where="json serialNumber"),
            "wlanMac": b.id("wifi_mac", where="json wlanMac"),
            "androidId": b.id("aid_telco", where="json androidId"),
            "tac": "35" + "".join(str(c.rng.randint(0, 9)) for _ in range(6)),
            "volte": True,
        }
    )
    b.ok_json({"handsetOk": True, "blacklisted": False})
    return b.build()


def diag_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/d")
    b.form(
        [
            ("i", b.id("imei1", "md5", "form i", detectable=False)),
            ("r", str(-c.rng.randint(60, 110))),
            ("c", "62001"),
            ("t", "4G"),
        ]
    )
    b.no_content()
    return b.build()


def sim_rereg_selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sim-registration/biometric")
    b.bio("face_image", "json liveSelfie (matched against the Ghana Card photo)")
    b.json(
        {
            "ghanaCardPin": f"GHA-{c.rng.randint(10**8, 10**9)}-{c.rng.randint(0, 9)}",
            "liveSelfie": "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "captureMode": "PASSIVE_LIVENESS",
            "capturedAt": iso(c),
        }
    )
    b.ok_json({"niaMatch": "PENDING", "ref": rid(c.rng)})
    return b.build()


def bundles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/bundles?type=data")
    b.decoy("bundle catalogue with prices and validity")
    b.ok_json(
        {
            "bundles": [
                {"id": f"B{n}", "volumeMB": n, "priceGHS": rf(c.rng, 1, 100, 2), "validityDays": d}
                for n, d in ((350, 1), (1500, 7), (6000, 30), (20000, 30))
            ]
        }
    )
    return b.build()


def speedtest(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/speedtest/result")
    b.decoy("speed test figures with a test id and cell id (network, not device)")
    b.json(
        {
            "testId": rid(c.rng),
            "downMbps": rf(c.rng, 2, 60, 1),
            "upMbps": rf(c.rng, 1, 20, 1),
            "pingMs": c.rng.randint(20, 200),
            "cellId": str(c.rng.randint(10**6, 10**7)),
            "lat": rf(c.rng, 5.5, 5.7, 4),
            "lon": rf(c.rng, -0.3, -0.1, 4),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/airtime/topup")
    b.json({"amountGHS": c.rng.choice([2, 5, 10, 20]), "payWith": "MOMO", "ref": rid(c.rng)})
    b.ok_json({"status": "OK", "balanceGHS": rf(c.rng, 0, 50, 2)})
    return b.build()
