"""The son's wearables in Melbourne (Pixel 8): earbuds with a companion app and
a fitness band with its own sync app.

The earbuds app pairs by the buds' BLE MAC and serial, checks firmware and
streams a spatial-audio head-tracking setting. The band app (Greek-localised
white label: `syskevi`, `synchronismos`) binds the band by MAC and serial,
syncs steps and heart rate as JSON and dumps its log as protobuf (the serial
in an unnamed string field, the MAC as six raw bytes in another).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, sealed, ua

BUDS = "https://api.ichos-audio.example"
BAND = "https://sync.kinisi-band.example"
UA_BUDS = ua("IchosBuds", "1.9.4", "gios")
UA_BAND = ua("KinisiBand", "4.2.0", "gios")


def _buds(c: Context, method: str, url: str) -> FB:
    b = FB(c, "earbuds", method, url)
    b.header("user-agent", UA_BUDS)
    return b


def _band(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "band", method, url)
    b.header("user-agent", UA_BAND)
    if install:
        b.header("x-egkatastasi", b.id("band_install", where="header x-egkatastasi (install id)"))
    return b


def buds_pair(c: Context) -> Flow:
    b = _buds(c, "POST", f"{BUDS}/v1/devices/pair")
    b.json(
        {
            "bt_address": b.id("buds_mac", where="json bt_address"),
            "serial_number": b.id("buds_serial", where="json serial_number"),
            "model": "Ichos Pods Pro 2",
            "left_fw": "2.1.8",
            "right_fw": "2.1.8",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = _buds(c, "GET", f"{BUDS}/v1/firmware/latest")
    b.params.extend([("model", "IPP2"), ("sn", b.id("buds_serial", where="query sn (serial)"))])
    b.ok_json({"version": "2.1.9", "sha256": new_hex(c.rng, 64)})
    b.decoy("firmware hash")
    return b.build()


def buds_head_tracking(c: Context) -> Flow:
    b = _buds(c, "POST", f"{BUDS}/v1/settings/spatial")
    b.decoy("head-tracking yaw/pitch calibration for spatial audio (not a face pose)")
    b.json(
        {
            "spatial": True,
            "calib": {
                "yaw": rf(c.rng, -5, 5, 2),
                "pitch": rf(c.rng, -5, 5, 2),
                "roll": rf(c.rng, -3, 3, 2),
            },
            "req": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_eq(c: Context) -> Flow:
    b = _buds(c, "GET", f"{BUDS}/v1/eq/presets")
    b.ok_json({"presets": ["Bass", "Vocal", "Λαϊκά"]})
    return b.build()


def band_bind(c: Context) -> Flow:
    b = _band(c, "POST", f"{BAND}/api/syskevi/syndesi")
    b.json(
        {
            "mac": b.id("band_mac", where="json mac"),
            "seiriakos": b.id("band_serial", where="json seiriakos (serial)"),
            "android_id": b.id("aid_band", where="json android_id"),
            "xristis": c.phone.band_user,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def band_sync(c: Context) -> Flow:
    b = _band(c, "POST", f"{BAND}/api/synchronismos")
    b.decoy("heart-rate and step series (health data, not a category here)")
    b.json(
        {
            "syskevi_mac": b.id(
                "band_mac", how="nosep_upper", where="json syskevi_mac (no colons)"
            ),
            "vimata": c.rng.randint(2000, 16000),
            "palmoi": [c.rng.randint(58, 130) for _ in range(24)],
            "ypnos_lepta": c.rng.randint(300, 520),
            "imerominia": iso(c)[:10],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def band_dump(c: Context) -> Flow:
    b = _band(c, "POST", f"{BAND}/api/log/pb")
    b.id("band_serial", how="protobuf", where="protobuf field 1 (unnamed string)", detectable=False)
    b.id_raw("band_mac", "raw_bytes", "protobuf field 2 (six raw bytes)")
    mac_bytes = bytes.fromhex(c.phone.band_mac.replace(":", ""))
    body = (
        pb_bytes(1, c.phone.band_serial)
        + pb_bytes(2, mac_bytes)
        + pb_msg(3, [pb_varint(1, ms(c)), pb_varint(2, c.rng.randint(0, 90))])
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def band_config_sealed(c: Context) -> Flow:
    b = _band(c, "POST", f"{BAND}/api/rythmiseis")
    b.id_raw("aid_band", "aes", "json cfg (AES blob with the ANDROID_ID)")
    b.json({"cfg": sealed(c.rng, c.phone.aid_band, 64), "v": 4})
    b.ok_json({"ok": True})
    return b.build()


def band_watchface(c: Context) -> Flow:
    b = _band(c, "GET", f"{BAND}/api/rologia?selida=1", install=False)
    b.decoy("watch faces (not a face)")
    b.ok_json({"rologia": [{"id": new_hex(c.rng, 8), "onoma": "Ακρόπολη"}]})
    return b.build()
