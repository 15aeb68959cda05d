"""The living-room Samsung TV (Tizen) and the SmartThings app that controls it.

The TV's automatic content recognition fingerprints the screen and reports the
matched programmes (what the FTC's VIZIO case and the 2024 ACR audit of
Samsung and LG TVs describe: channel, programme, start, seconds matched), with
the TV's DUID and its Tizen advertising id (TIFA). A compact protobuf form of
the same report has only field numbers. SmartThings lists the TV with its Wi-Fi
MAC. The Samsung TV Plus channel guide, firmware checks and remote key presses
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, kst14, ms, rid

ACR = "https://acr-ingest-ap.samsungacr.com"
TV_UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "94.0.4606.31/7.0 TV Safari/537.36"
)
PROGS = [
    ("KBS1", "KBS 뉴스9"),
    ("SBS", "런닝맨"),
    ("MBC", "나 혼자 산다"),
    ("tvN", "정년이"),
    ("JTBC", "최강야구"),
    ("HDMI1", "(외부입력)"),
]


def acr_report(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "POST", f"{ACR}/v2/acr/sessions")
    b.header("user-agent", TV_UA)
    b.view("json acrSessions[] chNm / progNm / viewSec")
    sessions = []
    for _ in range(c.rng.randint(1, 4)):
        ch, prog = c.rng.choice(PROGS)
        sessions.append(
            {
                "chNm": ch,
                "progNm": prog,
                "contentId": f"K{c.rng.randint(10**7, 10**8)}",
                "startTs": ms(c),
                "viewSec": c.rng.randint(30, 3600),
                "src": "HDMI" if ch == "HDMI1" else "TUNER",
            }
        )
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "tifa": b.id("tv_tifa", where="json tifa (Tizen advertising id)"),
            "modelCode": "KQ65QND90AFXKR",
            "acrSessions": sessions,
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_pb(c: Context) -> Flow:
    """Fingerprint matches as protobuf: 1 duid, 2 repeated {1 channel idx, 2 content, 3 ms, 4 s}."""
    b = FB(c, "samsung-acr", "POST", f"{ACR}/v3/m")
    b.header("user-agent", "acr-client/4.2 tizen")
    b.view("protobuf field 2 rows (channel, content, start, seconds)", detectable=False)
    duid = b.id("tv_duid", "protobuf", "protobuf field 1", detectable=False)
    rows = [
        pb_msg(
            2,
            [
                pb_varint(1, c.rng.randint(0, 5)),
                pb_varint(2, c.rng.randint(10**7, 10**8)),
                pb_varint(3, ms(c)),
                pb_varint(4, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    b.set_body(pb_bytes(1, duid) + b"".join(rows), "application/x-protobuf")
    b.no_content()
    return b.build()


def acr_config(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "GET", f"{ACR}/v2/config?model=KQ65QND90AFXKR&fw=1420.5")
    b.header("user-agent", TV_UA)
    b.ok_json({"enabled": True, "intervalMs": 500, "uploadSec": 300})
    return b.build()


def st_devices(c: Context) -> Flow:
    b = FB(c, "smartthings", "GET", "https://api.smartthings.com/v1/devices?capability=tvChannel")
    b.header("user-agent", "SmartThings/1.8.21 (Android 14; SM-S921N)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 36))
    mac = b.id("tv_mac", where="response json items[].ocf.macAddress", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "deviceId": rid(c.rng),
                    "label": "거실 TV",
                    "manufacturerName": "Samsung Electronics",
                    "ocf": {
                        "modelNumber": "QN65QND90A",
                        "macAddress": mac,
                        "platformVersion": "Tizen 7.0",
                    },
                }
            ]
        }
    )
    return b.build()


def st_client(c: Context) -> Flow:
    b = FB(c, "smartthings", "POST", "https://api.smartthings.com/clients/registration")
    b.header("user-agent", "SmartThings/1.8.21 (Android 14; SM-S921N)")
    b.json(
        {
            "clientDeviceId": b.id("aid_st", where="json clientDeviceId"),
            "osType": "ANDROID",
            "pushToken": "fcm:" + new_hex(c.rng, 40),
            "samsungAccount": b.acct("samsung_acct"),
            "loginId": b.id("email", where="json loginId (Samsung account email)"),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def st_command(c: Context) -> Flow:
    b = FB(
        c, "smartthings", "POST", f"https://api.smartthings.com/v1/devices/{rid(c.rng)}/commands"
    )
    b.header("user-agent", "SmartThings/1.8.21 (Android 14; SM-S921N)")
    cmd = c.rng.choice([("audioVolume", "volumeUp"), ("tvChannel", "channelUp"), ("switch", "off")])
    b.json({"commands": [{"component": "main", "capability": cmd[0], "command": cmd[1]}]})
    b.ok_json({"results": [{"id": rid(c.rng), "status": "ACCEPTED"}]})
    return b.build()


def tvplus_guide(c: Context) -> Flow:
    b = FB(
        c,
        "samsung-tvplus",
        "GET",
        "https://api-kr.samsungcloudsolution.com/tvplus/v2/epg?region=KR",
    )
    b.header("user-agent", TV_UA)
    b.decoy("Samsung TV Plus channel guide with start times (a schedule)")
    b.ok_json(
        {
            "channels": [
                {"chNo": 1000 + i, "chNm": ch, "now": {"title": p, "start": iso(c), "durMin": 60}}
                for i, (ch, p) in enumerate(PROGS[:5])
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(
        c,
        "samsung-fw",
        "GET",
        "https://api-kr.samsungcloudsolution.com/fw/v1/check?model=KQ65QND90AFXKR&ver=1420.5",
    )
    b.header("user-agent", TV_UA)
    b.decoy("firmware check: model code, version and a checksum")
    b.ok_json({"latest": "1431.2", "sha256": new_hex(c.rng, 64), "relDt": kst14(c)})
    return b.build()
