"""Ahokore: the school's Wi-Fi controller, seen through the UniFi Network
controller API that the administrator's app calls on the school's own
controller (classic paths `/api/s/{site}/stat/health`, `stat/report/hourly.site`,
`rest/wlanconf`, `stat/sta`, `stat/device`, answers wrapped in
`{"meta": {"rc": "ok"}, "data": [...]}`), plus the school's log shipper.

Health, hourly reports, SSID settings and the controller log (AP names,
channel changes, DFS events) are ordinary. The client list and the AP list
carry hardware MACs (Chromebooks of the fleet, the school's access points)
and are labelled device_id, ids of the school's devices, not of the phone.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .fleet import FLEET
from .phone import FB, iso, ms, rf, rid, ua

CTRL = "https://unifi.kowhai-college.example:8443/api/s/default"
LOGS = "https://rangitaki.kowhai-college.example/v1"
UA = ua("Ahokore", "1.9.0")
APS = [f"{blk}-AP{n}" for blk in ("A", "B", "C", "D", "Hall", "Library") for n in (1, 2, 3)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "unifi", method, url)
    b.header("user-agent", UA)
    b.header("cookie", "unifises=" + new_hex(c.rng, 32) + "; csrf_token=" + new_hex(c.rng, 32))
    return b


def _wrap(data: list) -> dict:
    return {"meta": {"rc": "ok"}, "data": data}


def health(c: Context) -> Flow:
    b = _b(c, "GET", f"{CTRL}/stat/health")
    b.decoy("subsystem counts (aggregate)")
    b.ok_json(
        _wrap(
            [
                {
                    "subsystem": "wlan",
                    "num_user": c.rng.randint(150, 900),
                    "num_guest": c.rng.randint(0, 30),
                    "num_ap": len(APS),
                    "num_disconnected": c.rng.randint(0, 2),
                    "tx_bytes-r": c.rng.randint(10**6, 10**8),
                    "rx_bytes-r": c.rng.randint(10**6, 10**8),
                    "status": "ok",
                },
                {
                    "subsystem": "www",
                    "latency": c.rng.randint(4, 30),
                    "uptime": c.rng.randint(10**5, 10**7),
                },
            ]
        )
    )
    return b.build()


def hourly_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{CTRL}/stat/report/hourly.site")
    b.decoy("hourly client counts and bytes (aggregate)")
    start = ms(c) - 8 * 3600 * 1000
    b.json({"attrs": ["bytes", "num_sta", "time"], "start": start, "end": ms(c)})
    b.ok_json(
        _wrap(
            [
                {
                    "time": start + h * 3600000,
                    "num_sta": c.rng.randint(20, 800),
                    "bytes": rf(c.rng, 1e8, 9e10, 0),
                }
                for h in range(8)
            ]
        )
    )
    return b.build()


def wlanconf(c: Context) -> Flow:
    b = _b(c, "GET", f"{CTRL}/rest/wlanconf")
    b.ok_json(
        _wrap(
            [
                {
                    "_id": new_hex(c.rng, 24),
                    "name": n,
                    "security": "wpaeap" if n != "KC-Manuhiri" else "wpapsk",
                    "vlan": v,
                    "enabled": True,
                }
                for n, v in (("KC-Akonga", "20"), ("KC-Kaimahi", "10"), ("KC-Manuhiri", "99"))
            ]
        )
    )
    return b.build()


def controller_log(c: Context) -> Flow:
    b = FB(c, "rangitaki", "GET", f"{LOGS}/logs?source=wifi&since={int(c.now) - 900}")
    b.header("user-agent", UA)
    b.header("x-api-key", "rk_" + new_hex(c.rng, 30))
    b.decoy("controller log lines with AP names and channels (no MACs)")
    lines = []
    for _ in range(c.rng.randint(3, 8)):
        ap = c.rng.choice(APS)
        lines.append(
            c.rng.choice(
                [
                    f"{ap}: radio na channel change {c.rng.choice([36, 44, 52])} -> "
                    f"{c.rng.choice([100, 116, 149])}",
                    f"{ap}: DFS radar detected, moving off channel 52",
                    f"{ap}: client count {c.rng.randint(5, 45)} (threshold 40)",
                    f"{ap}: uplink latency {c.rng.randint(1, 9)} ms",
                ]
            )
        )
    b.ok_json(
        {
            "entries": [{"ts": iso(c), "msg": m, "level": "info"} for m in lines],
            "cursor": rid(c.rng),
        }
    )
    return b.build()


def clients(c: Context) -> Flow:
    """stat/sta: connected clients with their MACs (fleet Chromebooks)."""
    b = _b(c, "GET", f"{CTRL}/stat/sta")
    b.other_id("chromebook_mac", "response json data[].mac", direction="response")
    start = c.rng.randint(0, len(FLEET) - 5)
    b.ok_json(
        _wrap(
            [
                {
                    "mac": ":".join(d["mac"][i : i + 2] for i in range(0, 12, 2)),
                    "hostname": d["tag"].lower(),
                    "essid": "KC-Akonga",
                    "ap_name": c.rng.choice(APS),
                    "rssi": c.rng.randint(15, 55),
                    "tx_bytes": c.rng.randint(10**5, 10**9),
                }
                for d in FLEET[start : start + 5]
            ]
        )
    )
    return b.build()


def access_points(c: Context) -> Flow:
    """stat/device: the access points, with their MACs and serials."""
    b = _b(c, "GET", f"{CTRL}/stat/device")
    b.other_id("ap_mac", "response json data[].mac", direction="response")
    b.other_id("ap_serial", "response json data[].serial", direction="response")
    b.ok_json(
        _wrap(
            [
                {
                    "mac": "74:ac:b9:" + ":".join(new_hex(c.rng, 2) for _ in range(3)),
                    "serial": "74ACB9" + new_hex(c.rng, 6).upper(),
                    "name": ap,
                    "model": "U6IW",
                    "version": "6.6.55.15189",
                    "state": 1,
                }
                for ap in c.rng.sample(APS, 4)
            ]
        )
    )
    return b.build()
