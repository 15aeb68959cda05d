"""Ad and attribution SDKs in the free apps, and the guide's own wearables.

Adjust's Android SDK sends `app.adjust.com/session` as a form with app_token,
gps_adid, gps_adid_src, android_uuid (its own install uuid), created_at,
session_count, tracking_enabled... (parameter table at
dev.adjust.com/en/api/s2s-api/sessions; PackageBuilder in github.com/adjust/android_sdk).
Google Mobile Ads requests carry the advertising id as `rdid` beside
`idtype=adid` and `is_lat`. The Galaxy Watch / Buds companion backend is
fictional; it registers the watch (BLE MAC, serial) and checks the buds'
firmware by their BT address. Decoys: ad creatives, impression ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

WEAR = "https://api.wear-companion-sync.com"


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", ua("TombEscape", "2.0.9"))
    gaid = b.id("gaid", where="form gps_adid")
    b.other_id("adj_uuid", "form android_uuid")
    b.form(
        [
            ("app_token", "q9z" + new_hex(c.rng, 9)),
            ("created_at", iso(c).replace("Z", "+0000")),
            ("gps_adid", gaid),
            ("gps_adid_src", "service"),
            ("gps_adid_attempt", "1"),
            ("android_uuid", c.phone.adj_uuid),
            ("tracking_enabled", "1"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("os_name", "android"),
            ("os_version", "14"),
            ("device_type", "phone"),
            ("device_name", "SM-A556B"),
            ("package_name", "com.tombescape.game"),
            ("environment", "production"),
            ("needs_response_details", "1"),
        ]
    )
    b.ok_json({"adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def gma_request(c: Context) -> Flow:
    b = FB(c, "gma", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", ua("TombEscape", "2.0.9"))
    for k, v in [
        ("format", "320x50_mb"),
        ("ms", new_hex(c.rng, 40)),
        ("msid", "com.tombescape.game"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid (with idtype=adid)"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("u_sd", "2.625")
    b.ok_json({"ad_networks": [{"ad": {"impression_id": rid(c.rng)}}]})
    return b.build()


def ad_creative(c: Context) -> Flow:
    b = FB(
        c, "gma", "GET", f"https://tpc.googlesyndication.com/simgad/{c.rng.randint(10**15, 10**16)}"
    )
    b.decoy("ad creative image fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def _wear(c: Context, method: str, path: str) -> FB:
    b = FB(c, "wear-companion", method, WEAR + path)
    b.header("user-agent", ua("GalaxyWearable", "2.2.61"))
    return b


def watch_register(c: Context) -> Flow:
    b = _wear(c, "POST", "/v1/devices/watch")
    mac = b.id("watch_mac", where="body btMacAddress")
    sn = b.id("watch_serial", where="body serialNumber")
    b.json(
        {"modelName": "SM-R930", "btMacAddress": mac, "serialNumber": sn, "registeredAt": iso(c)}
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_fota(c: Context) -> Flow:
    b = _wear(c, "GET", "/v1/fota/check")
    b.param("model", "SM-R510")
    b.param("bt_addr", b.id("buds_mac", how="nosep", where="query bt_addr"))
    b.param("fw", "R510XXU0AXB1")
    b.ok_json({"update": False})
    return b.build()


def watch_sync_opaque(c: Context) -> Flow:
    b = _wear(c, "POST", "/v1/sync")
    k = b.id("watch_mac", how="sha256", where="body k (sha256 of watch MAC)", detectable=False)
    b.json({"k": k, "c": c.rng.randint(1, 9999), "t": ms(c)})
    b.no_content()
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = _wear(c, "GET", "/v1/store/watchfaces?shape=round&lang=ar")
    b.decoy("watch-face store catalogue (faceId / face names): not face data")
    b.ok_json(
        {
            "faces": [
                {"faceId": f"wf{c.rng.randint(1000, 9999)}", "name": "Pharaoh Gold"}
                for _ in range(6)
            ]
        }
    )
    return b.build()
