"""Ad, attribution and analytics SDKs inside the classroom games, with the
teacher's ids: the math game (ATT allowed) gives AppLovin MAX and Firebase
Analytics the IDFA and its IDFV; the word game (ATT denied) sends an all-zero
IDFA, Branch gets its IDFV; Apple AdServices gets a one-time attribution token.

Sources: AppLovin MAX iOS mediation request `device_info` (idfa, idfv, dnt,
model, os) and `app_info`, as public traffic analyses show it; Branch iOS SDK
BNCDeviceInfo / BNCSystemObserver (`hardware_id`, `hardware_id_type` = idfa or
vendor_id, `is_hardware_id_real`, `ios_vendor_id`, `randomized_device_token`;
BranchMetrics/ios-branch-deep-linking-attribution); Firebase app-measurement
protobuf (bundle field 19 = IDFA, 27 = IDFV; datenanfragen TrackHAR adapter
google.ts); Apple AdServices `POST https://api-adservices.apple.com/api/v1/`
with the `AAAttribution.attributionToken()` string as the body.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import iso, ms, new, ua

MATH = ua("MathDash", "4.8.2")
WORDS = ua("WordBlox", "112")
ZERO = "00000000-0000-0000-0000-000000000000"


def applovin(c: Context) -> Flow:
    r = c.rng
    b = new(
        c,
        "applovin",
        "POST",
        "https://ms.applovin.com/1.0/mediate",
        "AppLovinSdk/12.6.0 (iPad; iPadOS 17.5)",
    )
    dev = {
        "idfa": b.id("idfa", where="body.device_info.idfa"),
        "idfv": b.id("idfv_game", where="body.device_info.idfv"),
        "dnt": False,
        "att": 3,
        "model": "iPad13,16",
        "brand": "Apple",
        "os": "17.5",
        "type": "tablet",
        "locale": "en_US",
        "tz_offset": -6.0,
        "volume": r.randint(0, 100),
    }
    b.json(
        {
            "format": r.choice(["INTER", "REWARDED"]),
            "ad_unit_id": new_hex(r, 16),
            "device_info": dev,
            "app_info": {
                "package_name": "com.example.mathdash",
                "app_version": "4.8.2",
                "sdk_version": "12.6.0",
                "installer_name": "apple_app_store",
            },
            "ts": ms(c),
        },
        encoding="gzip",
    )
    b.ok_json({"ad_unit_id": new_hex(r, 16), "ads": []})
    return b.build()


def measurement(c: Context) -> Flow:
    r = c.rng
    b = new(c, "firebase", "POST", "https://app-measurement.com/a", MATH)
    event = pb_msg(
        2,
        [
            pb_msg(1, [pb_bytes(1, "level"), pb_varint(4, r.randint(1, 40))]),
            pb_bytes(2, r.choice(["level_end", "_e", "screen_view"])),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "iOS"),
            pb_bytes(9, "17.5"),
            pb_bytes(10, "iPad13,16"),
            pb_bytes(14, "com.example.mathdash"),
            pb_bytes(16, "4.8.2"),
            pb_bytes(19, b.id("idfa", "protobuf", "body.1.19", detectable=False)),
            pb_varint(20, 0),
            pb_bytes(21, c.phone.fa_instance),
            pb_bytes(27, b.id("idfv_game", "protobuf", "body.1.27", detectable=False)),
        ],
    )
    b.other_id("fa_instance", "body.1.21", detectable=False)
    b.set_body(bundle, "application/x-protobuf")
    b.no_content()
    return b.build()


def game_config(c: Context) -> Flow:
    r = c.rng
    b = new(c, "mathdash", "POST", "https://api.example-mathdash.com/v3/player/session", MATH)
    b.json(
        {
            "deviceVendorId": b.id("idfv_game", where="body.deviceVendorId"),
            "classCode": new_hex(r, 6).upper(),
            "grade": 4,
            "locale": "es_US",
            "startedAt": iso(c),
        }
    )
    b.ok_json({"sessionToken": new_hex(r, 40), "flags": {"bossLevels": True}})
    return b.build()


def words_branch(c: Context) -> Flow:
    r = c.rng
    b = new(c, "branch", "POST", "https://api2.branch.io/v1/open", WORDS)
    idfv = b.id("idfv_words", where="body.hardware_id")
    b.json(
        {
            "branch_key": "key_live_" + new_hex(r, 32),
            "hardware_id": idfv,
            "hardware_id_type": "vendor_id",
            "is_hardware_id_real": True,
            "ios_vendor_id": b.id("idfv_words", where="body.ios_vendor_id"),
            "randomized_device_token": c.phone.branch_token,
            "brand": "Apple",
            "model": "iPad13,16",
            "os": "iOS",
            "os_version": "17.5",
            "ad_tracking_enabled": False,
            "sdk": "ios3.4.1",
            "app_version": "1.1.2",
            "latd": 0,
            "debug": False,
        }
    )
    b.other_id("branch_token", "body.randomized_device_token")
    b.ok_json({"session_id": new_digits(r, 18), "data": '{"+clicked_branch_link":false}'})
    return b.build()


def words_ads_denied(c: Context) -> Flow:
    b = new(
        c,
        "applovin",
        "POST",
        "https://ms.applovin.com/1.0/mediate",
        "AppLovinSdk/12.6.0 (iPad; iPadOS 17.5)",
    )
    b.json(
        {
            "format": "BANNER",
            "device_info": {
                "idfa": ZERO,
                "dnt": True,
                "att": 2,
                "idfv": b.id("idfv_words", where="body.device_info.idfv"),
                "model": "iPad13,16",
                "os": "17.5",
            },
            "app_info": {"package_name": "com.example.wordblox", "app_version": "1.1.2"},
        },
        encoding="gzip",
    )
    b.ok_json({"ads": []})
    return b.build()


def adservices(c: Context) -> Flow:
    r = c.rng
    b = new(c, "adservices", "POST", "https://api-adservices.apple.com/api/v1/", WORDS)
    b.set_body(b64(bytes(r.getrandbits(8) for _ in range(180))).encode(), "text/plain")
    b.ok_json(
        {"attribution": False, "orgId": int(new_digits(r, 7)), "campaignId": int(new_digits(r, 9))}
    )
    b.decoy("Apple AdServices attribution token (one-time signed token, not a device id)")
    return b.build()
