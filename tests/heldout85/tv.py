"""The family's Android TV (a Philips 55PUS8818 Google TV): the TV maker's
cloud services (made up: "ctv-dienste.eu") with automatic content
recognition (ACR), firmware checks and the programme guide.

ACR reports follow what smart-TV ACR vendors describe in their privacy notices
and what the Princeton/Northeastern "Watching You Watch" study (IMC 2019) saw
on the wire: periodic audio/video fingerprints, and match reports naming the
channel or programme and how long it was on. The TV's serial and Wi-Fi MAC go
along as device keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .catalog import STATIONS, cipher_blob, episode
from .phone import FB, ms, rid, tv_ua

ACR = "https://acr.ctv-dienste.eu"
SVC = "https://svc.ctv-dienste.eu"
UA = tv_ua("CtvServices", "2.8.1")
CHANNELS = ["ORF 1", "ORF 2", "SRF 1", "Das Erste", "ZDF", "ServusTV", "3sat", "ProSieben"]


def acr_matches(c: Context) -> Flow:
    b = FB(c, "ctv-acr", "POST", ACR + "/v2/matches")
    b.header("user-agent", UA)
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        title, _st, _fo = episode(c.rng)
        rows.append(
            {
                "channel": c.rng.choice(CHANNELS),
                "programme": title,
                "startedAt": ms(c) - c.rng.randint(60_000, 7_200_000),
                "durationSec": c.rng.randint(30, 3600),
                "source": c.rng.choice(["HDMI1", "DVB-C", "APP"]),
            }
        )
    b.json({"deviceSerial": b.id("tv_serial", where="body.json.deviceSerial"), "matches": rows})
    b.view("body.json.matches[].programme+durationSec")
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "ctv-acr", "POST", ACR + "/v2/fp")
    b.header("user-agent", UA)
    b.header("x-tv-mac", b.id("tv_mac", "nosep_upper", where="header.x-tv-mac"))
    b.json({"fp": [b64(cipher_blob(c.rng, 24, 32)) for _ in range(6)], "iv": 15})
    b.view("body.json.fp[]", detectable=False)
    b.no_content()
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = FB(c, "ctv-svc", "GET", SVC + "/fw/v1/check")
    b.header("user-agent", UA)
    b.param("model", "55PUS8818/12")
    b.param("sn", b.id("tv_serial", where="query.sn"))
    b.param("build", "TPM221E_R.108.001.224.002")
    b.ok_json({"update": False, "commit": rid(c.rng).replace("-", "")[:40]})
    return b.build()


def checkin(c: Context) -> Flow:
    b = FB(c, "ctv-svc", "POST", SVC + "/device/v1/checkin")
    b.header("user-agent", UA)
    b.json(
        {
            "wifiMac": b.id("tv_mac", where="body.json.wifiMac"),
            "androidId": b.id("aid_tv", where="body.json.androidId"),
            "uptimeSec": c.rng.randint(600, 900000),
            "country": c.rng.choice(["AT", "DE", "CH"]),
        }
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "ctv-svc", "GET", SVC + "/epg/v1/now")
    b.header("user-agent", UA)
    title, _st, _fo = episode(c.rng)
    b.ok_json(
        {
            "programme": [
                {"channel": ch, "title": title, "start": ms(c), "durationSec": 2700}
                for ch in c.rng.sample(CHANNELS, 3)
            ],
            "radio": c.rng.sample(STATIONS, 2),
        }
    )
    b.decoy("programme guide: what is on, not what was watched")
    return b.build()


def ambilight(c: Context) -> Flow:
    b = FB(c, "ctv-svc", "POST", SVC + "/ambilight/v1/preset")
    b.header("user-agent", UA)
    b.json({"rgb": [[c.rng.randint(0, 255) for _ in range(3)] for _ in range(8)], "mode": "film"})
    b.decoy("light colour series")
    b.no_content()
    return b.build()
