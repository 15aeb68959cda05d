"""A Wi-Fi survey app (with an external USB-C sensor, since iOS apps cannot
scan): clients' access points (BSSIDs, channels, signal strengths), heat-map
samples on a floor plan and throughput tests. BSSIDs are clients' routers, not
the tester's device: decoys. Signal-strength lists look like feature vectors.

Sources: field names follow 802.11 scan results as iw / nl80211 report them
(BSS, freq, signal dBm, SSID, channel width) and the Ekahau / NetSpot survey
exports (x, y on the floor plan, rssi, snr per AP); iperf3 JSON output
(iperf3 -J: end.sum_sent.bits_per_second). Backend fictional ("WifiMapa").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, client_mac, iso, new_hex, rf, rid, ua

API = "https://api.wifimapa.pl/v1"


def _ap(c: Context) -> dict[str, object]:
    ch = c.rng.choice([1, 6, 11, 36, 44, 100])
    return {
        "bssid": client_mac(c.rng).lower(),
        "ssid": c.rng.choice(
            ["Dom_Nowak", "Dom_Nowak_5G", "FRITZ!Box 7530", "Svoboda-5G", "UPC2211883", ""]
        ),
        "channel": ch,
        "freq": 2407 + ch * 5 if ch < 14 else 5000 + ch * 5,
        "width": c.rng.choice([20, 40, 80]),
        "signal": -c.rng.randint(35, 92),
        "security": "WPA2-PSK",
    }


def scan_upload(c: Context) -> Flow:
    b = FB(c, "wifimapa", "POST", f"{API}/projekty/{c.rng.randint(100, 999)}/skany")
    b.header("user-agent", ua("WifiMapa", "64"))
    b.json(
        {
            "punkt": {
                "x": rf(c.rng, 0, 18, 2),
                "y": rf(c.rng, 0, 12, 2),
                "pietro": c.rng.randint(0, 2),
            },
            "aps": [_ap(c) for _ in range(c.rng.randint(4, 12))],
            "czujnik": "sidekick",
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True, "id": rid(c.rng)})
    b.decoy("clients' access points: BSSIDs, channels and signal strengths at a survey point")
    return b.build()


def heatmap(c: Context) -> Flow:
    b = FB(
        c,
        "wifimapa",
        "GET",
        f"{API}/projekty/{c.rng.randint(100, 999)}/mapa",
        [("bssid", client_mac(c.rng).lower()), ("metryka", "rssi")],
    )
    b.ok_json(
        {
            "siatka": 0.5,
            "wartosci": [[-c.rng.randint(35, 92) for _ in range(24)] for _ in range(8)],
            "min": -92,
            "max": -35,
        }
    )
    b.decoy("heat-map grid of signal strengths for one client's BSSID")
    return b.build()


def iperf(c: Context) -> Flow:
    b = FB(c, "wifimapa", "POST", f"{API}/projekty/{c.rng.randint(100, 999)}/przepustowosc")
    intervals = [
        {
            "start": i,
            "end": i + 1,
            "bits_per_second": rf(c.rng, 5e7, 6e8, 1),
            "retransmits": c.rng.randint(0, 12),
        }
        for i in range(10)
    ]
    b.json(
        {
            "iperf3": {
                "start": {"connecting_to": {"host": "192.168.1.10", "port": 5201}},
                "intervals": [{"sum": x} for x in intervals],
                "end": {"sum_sent": {"bits_per_second": rf(c.rng, 1e8, 5e8, 1)}},
            },
            "punkt": [rf(c.rng, 0, 18, 2), rf(c.rng, 0, 12, 2)],
        }
    )
    b.ok_json({"ok": True})
    b.decoy("iperf3 throughput intervals: numeric series")
    return b.build()


def floorplan(c: Context) -> Flow:
    b = FB(c, "wifimapa", "GET", f"https://cdn.wifimapa.pl/plany/{new_hex(c.rng, 20)}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(500))
    )
    b.decoy("floor-plan image fetch")
    return b.build()


def channel_plan(c: Context) -> Flow:
    b = FB(c, "wifimapa", "POST", f"{API}/projekty/{c.rng.randint(100, 999)}/plan-kanalow")
    b.json(
        {
            "propozycja": [
                {
                    "ap": f"AP-{i}",
                    "bssid": client_mac(c.rng).lower(),
                    "kanal24": c.rng.choice([1, 6, 11]),
                    "kanal5": c.rng.choice([36, 52, 100, 116]),
                    "mocDbm": c.rng.randint(8, 20),
                }
                for i in range(1, 5)
            ],
            "wspolczynnikiZaklocen": [rf(c.rng, 0, 1, 3) for _ in range(13)],
        }
    )
    b.ok_json({"ok": True})
    b.decoy("channel plan for a client's mesh APs (their BSSIDs) and an interference vector")
    return b.build()


DECOYS = [scan_upload, heatmap, iperf, floorplan, channel_plan]
