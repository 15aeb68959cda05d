"""The UniFi Network controller app (the company's access points, switches and clients).

Endpoints and fields follow the community-documented controller API used by
Art-of-WiFi/UniFi-API-client (class.unifi.php) and dim13/unifi (Go): `/api/s/
{site}/stat/sta` client list (mac, oui, hostname, ap_mac, essid, rssi, ip...),
`/stat/device` (mac, serial, model, adopted, state), `/cmd/stamgr` with
{"cmd": "block-sta" | "kick-sta", "mac": ...}, `/cmd/devmgr` {"cmd": "adopt" |
"restart", "mac": ...}; answers are {"meta": {"rc": "ok"}, "data": [...]}.
Behind a UniFi OS console the paths sit under /proxy/network. Every MAC and serial
here belongs to the company's network gear or to staff / guest devices: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, mac, rf, rid

BASE = "https://unifi.cnoc-systems.example/proxy/network/api/s/default"
HOSTS = [
    "LAPTOP-7QK2",
    "Galaxy-A54",
    "iPhone",
    "HP-LaserJet-M404",
    "android-5c1e",
    "MR-Room-Liffey",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "unifi", method, f"{BASE}/{path}", http_version="HTTP/1.1")
    b.header("cookie", f"TOKEN={new_hex(c.rng, 48)}")
    b.header("x-csrf-token", rid(c.rng))
    b.header("user-agent", "UniFi/10.1.85 (Android 14)")
    return b


def _ok(data: list[dict[str, object]]) -> dict[str, object]:
    return {"meta": {"rc": "ok"}, "data": data}


def _client(c: Context, ap: str) -> dict[str, object]:
    rng = c.rng
    wired = rng.random() < 0.2
    row: dict[str, object] = {
        "_id": new_hex(rng, 24),
        "mac": mac(rng),
        "oui": rng.choice(["Samsung", "Apple", "Intel", "Dell", "HP"]),
        "hostname": rng.choice(HOSTS),
        "ip": f"10.20.{rng.randint(1, 30)}.{rng.randint(2, 250)}",
        "is_wired": wired,
        "is_guest": rng.random() < 0.15,
        "first_seen": int(c.now) - rng.randint(86400, 9000000),
        "last_seen": int(c.now),
        "tx_bytes": rng.randint(10**5, 10**9),
        "rx_bytes": rng.randint(10**5, 10**9),
        "uptime": rng.randint(60, 80000),
    }
    if not wired:
        row |= {
            "ap_mac": ap,
            "essid": "Cnoc-Corp",
            "channel": rng.choice([1, 6, 36, 44]),
            "rssi": rng.randint(15, 60),
            "satisfaction": rng.randint(60, 100),
        }
    return row


def clients(c: Context) -> Flow:
    b = _b(c, "GET", "stat/sta")
    ap = mac(c.rng, "24:5a:4c")
    b.ok_json(_ok([_client(c, ap) for _ in range(c.rng.randint(8, 20))]))
    b.decoy("UniFi client list: MACs, hostnames, IPs of staff and guest devices (not the tester's)")
    return b.build()


def devices(c: Context) -> Flow:
    b = _b(c, "GET", "stat/device")
    rows = []
    for i in range(c.rng.randint(3, 8)):
        rows.append(
            {
                "mac": mac(c.rng, "24:5a:4c"),
                "serial": "245A4C" + new_hex(c.rng, 6).upper(),
                "model": c.rng.choice(["U6LR", "U6PRO", "USW24P", "UDMPRO"]),
                "name": f"AP-{c.rng.choice(['Floor1', 'Floor2', 'Canteen', 'Depot'])}-{i}",
                "adopted": True,
                "state": 1,
                "version": "6.6.77.15402",
                "sys_stats": {
                    "loadavg_1": str(rf(c.rng, 0, 2, 2)),
                    "mem_used": c.rng.randint(10**8, 4 * 10**8),
                },
            }
        )
    b.ok_json(_ok(rows))
    b.decoy("network gear inventory: access point / switch MACs and serials")
    return b.build()


def block_client(c: Context) -> Flow:
    b = _b(c, "POST", "cmd/stamgr")
    cmd = c.rng.choice(["block-sta", "kick-sta", "unblock-sta"])
    target = mac(c.rng)
    b.json({"cmd": cmd, "mac": target})
    b.ok_json(_ok([{"mac": target, "blocked": cmd == "block-sta"}]))
    b.decoy(f"{cmd} of a client by MAC in the request body: someone else's device")
    return b.build()


def adopt_device(c: Context) -> Flow:
    b = _b(c, "POST", "cmd/devmgr")
    b.json({"cmd": c.rng.choice(["adopt", "restart", "set-locate"]), "mac": mac(c.rng, "24:5a:4c")})
    b.ok_json(_ok([]))
    b.decoy("adopting / restarting an access point by its MAC")
    return b.build()


def client_detail(c: Context) -> Flow:
    target = mac(c.rng)
    b = _b(c, "GET", f"stat/user/{target}")
    b.ok_json(
        _ok([_client(c, mac(c.rng, "24:5a:4c")) | {"mac": target, "note": "reception laptop"}])
    )
    b.decoy("client detail with the client MAC in the URL path")
    return b.build()


def dpi_stats(c: Context) -> Flow:
    b = _b(c, "POST", "stat/sitedpi")
    b.json({"type": "by_app"})
    apps = [
        {
            "app": c.rng.randint(1, 300),
            "cat": c.rng.randint(0, 20),
            "rx_bytes": c.rng.randint(10**6, 10**10),
            "tx_bytes": c.rng.randint(10**5, 10**9),
        }
        for _ in range(10)
    ]
    b.ok_json(_ok([{"by_app": apps}]))
    b.decoy("site traffic per application category (includes streaming byte counts): no viewing")
    return b.build()


def site_survey(c: Context) -> Flow:
    """The admin walks a floor with the phone, scanning the company's access points."""
    b = FB(
        c,
        "unifi",
        "POST",
        "https://unifi.cnoc-systems.example/proxy/network/v2/api/site/default/wifi-survey",
    )
    b.header("user-agent", "UniFi/10.1.85 (Android 14)")
    scans = [
        {
            "bssid": mac(c.rng, "24:5a:4c"),
            "ssid": c.rng.choice(["Cnoc-Corp", "Cnoc-Guest"]),
            "rssi": -c.rng.randint(40, 85),
            "channel": c.rng.choice([1, 6, 11, 36, 44]),
            "x": rf(c.rng, 0, 40, 1),
            "y": rf(c.rng, 0, 20, 1),
        }
        for _ in range(c.rng.randint(6, 15))
    ]
    b.json({"floor": "Floor2", "scans": scans, "takenAt": c.now})
    b.ok_json({"surveyId": new_hex(c.rng, 12)})
    b.decoy("Wi-Fi site survey: BSSIDs of the company's access points with signal strengths")
    return b.build()


def beacons(c: Context) -> Flow:
    b = _b(c, "GET", "rest/ble-beacons")
    rows = [
        {
            "uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e",
            "major": c.rng.randint(1, 20),
            "minor": c.rng.randint(1, 500),
            "mac": mac(c.rng, "d0:f0:18"),
            "txPower": -59,
            "battery": c.rng.randint(20, 100),
            "room": c.rng.choice(["Liffey", "Canteen"]),
        }
        for _ in range(5)
    ]
    b.ok_json(_ok(rows))
    b.decoy("indoor-positioning BLE beacons installed in rooms: their UUID/major/minor and MACs")
    return b.build()
