"""The IPTV box in the Minsk living room: a Huawei EC6108-style box (OUI
00:E0:FC) on a Zala-like operator's Huawei middleware.

The box authenticates with an XML `AuthenticateReq` (user, `terminalid`
UDID, `mac`, `stbsn` serial) and sends its UDID in `X-Terminal-ID` on every
JSON call (`/VSP/V3/...`). When a channel starts it posts `ReportChannel`
(channel, media, action 0 = play); every hour it uploads an XML channel log
with transliterated Russian attributes (`kanal`, `nachalo` start,
`dlitelnost` duration). The operator's QoS agent posts a form with `k` = a
SHA-1 of the serial and `r` = base64 CSV rows `channel,start,seconds`. The
channel list, the programme guide and the HLS playlist are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms

EPG = "http://epg.zalaplus.example:33200"
QOS = "http://qos.zalaplus.example/agent/v2"
UA = (
    "Mozilla/5.0 (Linux; Android 4.4.2; EC6108V9 Build/KOT49H) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Safari/537.36 HWSTB"
)
CHANNELS = [
    ("101", "Беларусь 1 HD"),
    ("102", "Беларусь 2"),
    ("103", "ОНТ"),
    ("104", "СТВ"),
    ("105", "Беларусь 5"),
    ("111", "Мир"),
    ("120", "Белсат"),
]


def _json(c: Context, path: str) -> FB:
    b = FB(c, "zala-stb", "POST", f"{EPG}/VSP/V3/{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-terminal-id", b.id("box_udid", where="header x-terminal-id"))
    b.header("cookie", f"JSESSIONID={new_hex(c.rng, 32).upper()}; CSRFSESSION={new_hex(c.rng, 16)}")
    return b


def authenticate(c: Context) -> Flow:
    b = FB(c, "zala-stb", "POST", f"{EPG}/EPG/XML/Authenticate", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><AuthenticateReq>'
        f"<userid>{b.acct('box_login')}</userid>"
        f"<terminalid>{b.id('box_udid', where='xml terminalid')}</terminalid>"
        f"<mac>{b.id('box_mac', where='xml mac')}</mac>"
        f"<stbsn>{b.id('box_serial', where='xml stbsn')}</stbsn>"
        "<terminaltype>EC6108V9</terminaltype><softwareversion>V100R003C62LBYA03</softwareversion>"
        "<timezone>Europe/Minsk</timezone>"
        f"<authenticator>{new_hex(c.rng, 64).upper()}</authenticator>"
        "</AuthenticateReq>"
    )
    b.set_body(xml.encode(), "text/xml; charset=UTF-8")
    b.respond(
        200,
        "text/xml; charset=UTF-8",
        (
            "<AuthenticateResp><retcode>0</retcode>"
            f"<sessionid>{new_hex(c.rng, 32).upper()}</sessionid>"
            "<epgurl>http://epg.zalaplus.example:33200</epgurl></AuthenticateResp>"
        ).encode(),
    )
    return b.build()


def report_channel(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _json(c, "ReportChannel")
    b.view("json ReportChannel action=0 channelID (channel started)")
    b.json(
        {
            "action": "0",
            "channelID": ch,
            "mediaID": f"{ch}00{c.rng.randint(1, 3)}",
            "businessType": "BTV",
            "channelName": name,
            "startTime": str(ms(c)),
        }
    )
    b.ok_json({"result": {"retCode": "000000000", "retMsg": "success"}})
    return b.build()


def channel_log(c: Context) -> Flow:
    b = FB(c, "zala-stb", "POST", f"{EPG}/EPG/XML/ChannelLog", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("xml zapis@kanal/nachalo/dlitelnost (hourly channel log)")
    mac = b.id("box_mac", "nosep_upper", "xml ChannelLog@mac")
    rows = "".join(
        f'<zapis kanal="{name}" id="{ch}" nachalo="{iso(c)}" '
        f'dlitelnost="{c.rng.randint(60, 3600)}"/>'
        for ch, name in c.rng.sample(CHANNELS, c.rng.randint(2, 4))
    )
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    b.set_body(
        f'{head}<ChannelLog mac="{mac}">{rows}</ChannelLog>'.encode(),
        "text/xml; charset=UTF-8",
    )
    b.respond(200, "text/xml", b"<ChannelLogResp><retcode>0</retcode></ChannelLogResp>")
    return b.build()


def qos_opaque(c: Context) -> Flow:
    b = FB(c, "zala-qos", "POST", QOS, http_version="HTTP/1.1")
    b.header("user-agent", "hwqos/2.1")
    key = b.id("box_serial", "sha1", "form k (sha1 serial)", detectable=False)
    b.view("form r (base64 CSV channel,start,sec)", detectable=False)
    csv = "\n".join(
        f"{c.rng.choice(CHANNELS)[0]},{int(c.now) - c.rng.randint(0, 3600)},"
        f"{c.rng.randint(30, 3600)}"
        for _ in range(c.rng.randint(1, 4))
    )
    b.form([("k", key), ("r", b64(csv)), ("bw", str(c.rng.randint(4000, 20000)))])
    b.no_content()
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _json(c, "QueryAllChannel")
    b.decoy("channel list")
    b.json({"count": "50", "offset": "0", "isReturnAllMedia": "1"})
    b.ok_json(
        {
            "result": {"retCode": "000000000"},
            "channelDetails": [
                {"ID": ch, "name": n, "no": i + 1} for i, (ch, n) in enumerate(CHANNELS)
            ],
        }
    )
    return b.build()


def playbill(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _json(c, "QueryPlaybillList")
    b.decoy("programme guide (start/end times)")
    t0 = int(c.now) // 3600 * 3600 * 1000
    b.json(
        {
            "queryChannel": {"channelIDs": [ch]},
            "queryPlaybill": {"startTime": str(t0), "count": "6"},
        }
    )
    b.ok_json(
        {
            "channelPlaybills": [
                {
                    "playbillLites": [
                        {
                            "name": n,
                            "startTime": str(t0 + i * 3600000),
                            "endTime": str(t0 + (i + 1) * 3600000),
                        }
                        for i, n in enumerate(["Навіны", "Панарама", "Фільм", "Спорт"])
                    ]
                }
            ]
        }
    )
    return b.build()


def playlist(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = FB(
        c,
        "zala-stb",
        "GET",
        f"http://hls.zalaplus.example/PLTV/88888888/224/32212{ch}/index.m3u8",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.decoy("HLS playlist fetch (content fetch)")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nseg1.ts\n",
    )
    return b.build()
