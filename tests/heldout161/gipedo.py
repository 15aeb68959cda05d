"""GipedoTV: a pay-TV app with live football, and its set-top box (Nova-like).

The box reports zapping (a live-channel tuning log: viewing history) in
Greeklish with its serial and MAC; the phone app's live-match heartbeat names
the match and the seconds watched. A compact tuning log goes with numeric keys
only. Match statistics (possession, shots, minute) and the EPG look like
viewing data but are nobody's viewing.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.gipedo-tv.example"
STB = "https://stb.gipedo-tv.example"
UA = ua("GipedoTV", "6.2.0")
CHANNELS = ["Gipedo Sports 1", "Gipedo Sports 2", "Gipedo Cinema", "Gipedo Kids", "ΕΡΤ1"]
MATCHES = ["ΠΑΟΚ - Ολυμπιακός", "ΑΕΚ - Παναθηναϊκός", "Άρης - ΟΦΗ", "ΑΠΟΕΛ - Ομόνοια"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "gipedotv", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device-id", b.id("aid_gipedo", where="header x-device-id"))
    return b


def _stb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gipedo_stb", method, f"{STB}{path}", http_version="HTTP/1.1")
    b.header("user-agent", "GipedoSTB/4.11 (Linux; Android TV 11; NVB-4K)")
    return b


def zapping_log(c: Context) -> Flow:
    b = _stb(c, "POST", "/v1/stb/zapping")
    b.view("json allages_kanaliou[] kanali + diarkeia_sec (tuning log)")
    b.json(
        {
            "serial": b.id("stb_serial", where="json serial"),
            "mac": b.id("stb_mac", where="json mac"),
            "syndromitis": b.acct("gipedo_sub"),
            "allages_kanaliou": [
                {
                    "kanali": c.rng.choice(CHANNELS),
                    "apo": iso(c),
                    "diarkeia_sec": c.rng.randint(5, 3600),
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def zapping_compact(c: Context) -> Flow:
    """Firmware's compact log: numeric keys and a channel number, nothing says 'viewing'."""
    b = _stb(c, "POST", "/v1/t")
    b.param("s", b.id("stb_serial", where="query s", detectable=False))
    b.view("json numeric keys 1..4 rows [lcn, start, secs]", detectable=False)
    b.json(
        {
            "1": 4,
            "2": [[c.rng.randint(1, 120), ms(c), c.rng.randint(5, 3600)] for _ in range(4)],
        }
    )
    b.no_content()
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/heartbeat")
    b.view("json match + watchedSeconds (live heartbeat)")
    b.json(
        {
            "subscriberId": b.acct("gipedo_sub"),
            "channel": c.rng.choice(CHANNELS[:2]),
            "match": c.rng.choice(MATCHES),
            "watchedSeconds": c.rng.randint(30, 5400),
            "state": c.rng.choice(["playing", "paused"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"concurrentStreamsOk": True})
    return b.build()


def stb_register(c: Context) -> Flow:
    b = _stb(c, "POST", "/v1/stb/register")
    b.json(
        {
            "serialNumber": b.id("stb_serial", where="json serialNumber"),
            "ethMac": b.id("stb_mac", "nosep_upper", where="json ethMac"),
            "fw": "4.11.2",
            "smartcard_paired": True,
        }
    )
    b.ok_json({"status": "ENABLED", "region": "GR-I"})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profiles/1/continue-watching")
    b.view("response json items[].resumePositionSec", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "assetId": f"VOD{c.rng.randint(10**5, 10**6)}",
                    "resumePositionSec": c.rng.randint(60, 6000),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def match_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sports/match/{c.rng.randint(10**5, 10**6)}/stats", device=False)
    b.decoy("live match statistics: minute, possession, shots (sport data, not viewing)")
    b.ok_json(
        {
            "match": c.rng.choice(MATCHES),
            "minute": c.rng.randint(1, 95),
            "katoxi": [rf(c.rng, 35, 65, 1), 0],
            "shots": [c.rng.randint(0, 15), c.rng.randint(0, 15)],
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/epg?date=2025-03-0{c.rng.randint(1, 9)}", device=False)
    b.decoy("programme guide: channels and start times")
    b.ok_json(
        {
            "channels": [
                {"name": ch, "programmes": [{"title": c.rng.choice(MATCHES), "start": iso(c)}]}
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/search/voice", device=False)
    b.decoy("voice search transcript (speech recognition, no speaker model)")
    b.json({"transcript": "δείξε μου τον αγώνα του ΠΑΟΚ", "lang": "el-GR", "requestId": rid(c.rng)})
    b.ok_json({"results": [{"title": c.rng.choice(MATCHES)}]})
    return b.build()
