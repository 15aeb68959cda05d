"""The household's Android TV box (X96Q-class) running a MAG/Stalker-style IPTV
portal client, plus the box vendor's OTA check.

A Stalker middleware portal (`/stalker_portal/server/load.php?type=..&action=..`)
identifies the set-top box by the `mac` cookie (URL-encoded), and `get_profile`
sends `sn` (serial) and `device_id` (SHA-256 of the serial, upper-case) as
MAG firmware does. Tuning a channel calls `type=itv&action=set_last_id&id=N`
(the last channel watched: only "last id" of "itv" says so, labelled opaque) and
the player logs `type=stb&action=log&real_action=play` with the stream URL and
`content_id` (a tuning log: readable). Channel lists, the EPG and the watchdog
poll (says something plays, not what) are not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow

from .phone import BOX_UA, FB, iso, ms, rid

PORTAL = "http://iptv.habeshatv-portal.example/stalker_portal/server/load.php"
CHANNELS = [(101, "EBC"), (102, "ETV Zena"), (105, "Fana TV"), (110, "EBS"), (131, "Eri-TV"),
            (140, "OBN Afaan Oromoo"), (150, "Tigrai TV"), (201, "beIN Sports 1")]  # fmt: skip


def _b(c: Context, query: str) -> FB:
    b = FB(
        c, "stalker-portal", "GET", f"{PORTAL}?{query}&JsHttpRequest=1-xml", http_version="HTTP/1.1"
    )
    b.header("user-agent", BOX_UA)
    b.header("x-user-agent", "Model: MAG250; Link: Ethernet")
    mac = b.id("box_mac", "urlenc", "cookie mac (set-top box MAC)")
    b.header("cookie", f"mac={mac}; stb_lang=am; timezone=Africa%2FAddis_Ababa")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", "").upper())
    return b


def handshake(c: Context) -> Flow:
    b = _b(c, "type=stb&action=handshake&token=&prehash=0")
    b.ok_json({"js": {"token": rid(c.rng).replace("-", "").upper(), "random": rid(c.rng)}})
    return b.build()


def get_profile(c: Context) -> Flow:
    b = FB(c, "stalker-portal", "GET", PORTAL, http_version="HTTP/1.1")
    b.header("user-agent", BOX_UA)
    mac = b.id("box_mac", "urlenc", "cookie mac (set-top box MAC)")
    b.header("cookie", f"mac={mac}; stb_lang=am; timezone=Africa%2FAddis_Ababa")
    b.params += [
        ("type", "stb"),
        ("action", "get_profile"),
        ("hd", "1"),
        ("ver", "ImageDescription: 0.2.18-r14-pub-250; PORTAL version: 5.6.1"),
        ("num_banks", "2"),
        ("sn", b.id("box_serial", where="query sn (set-top box serial)")),
        ("stb_type", "MAG250"),
        ("image_version", "218"),
        ("device_id", b.id("box_serial", "sha256_upper", "query device_id (sha256 of serial)")),
        ("device_id2", b.id("box_serial", "sha256_upper", "query device_id2 (same hash)")),
        ("signature", b.id("box_mac", "sha256_of_nosep_upper", "query signature (sha256 of MAC)",
                           detectable=False)),
        ("JsHttpRequest", "1-xml"),
    ]  # fmt: skip
    b.ok_json({"js": {"id": c.rng.randint(1000, 9999), "status": 0, "locale": "am_ET.utf8"}})
    return b.build()


def set_last_id(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, f"type=itv&action=set_last_id&id={ch}")
    b.view("query type=itv action=set_last_id id (last channel tuned)", detectable=False)
    b.ok_json({"js": True})
    return b.build()


def play_log(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    param = quote(f"ffmpeg http://iptv.habeshatv-portal.example/ch/{ch}", safe="")
    b = _b(c, f"type=stb&action=log&real_action=play&param={param}&content_id={ch}&tmp_type=1")
    b.view("query real_action=play + content_id (channel played)")
    b.ok_json({"js": 1})
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, "type=watchdog&action=get_events&init=0&cur_play_type=1&event_active_id=0")
    b.decoy("watchdog poll: cur_play_type says something plays, not what")
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()


def all_channels(c: Context) -> Flow:
    b = _b(c, "type=itv&action=get_all_channels")
    b.decoy("channel list (catalogue)")
    b.ok_json(
        {
            "js": {
                "data": [
                    {"id": ch, "name": name, "number": str(ch), "cmd": f"ffmpeg http://x/ch/{ch}"}
                    for ch, name in CHANNELS
                ]
            }
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, f"type=itv&action=get_short_epg&ch_id={ch}&size=10")
    b.decoy("EPG programme list with start times (schedule, not viewing)")
    b.ok_json(
        {
            "js": [
                {"name": t, "time": iso(c), "duration": c.rng.choice([1800, 3600])}
                for t in ("ዜና", "ዶክመንተሪ", "Football Live", "Oduu")
            ]
        }
    )
    return b.build()


def ota_check(c: Context) -> Flow:
    b = FB(
        c,
        "boxvendor-ota",
        "GET",
        "http://ota.x96box-update.example/ota/check",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "AndroidDownloadManager/9")
    b.params += [
        ("model", "X96Q"),
        ("mac", b.id("box_mac", "nosep_upper", "query mac (box MAC, no separators)")),
        ("sn", b.id("box_serial", where="query sn (box serial)")),
        ("fw", "20230714"),
    ]
    b.ok_json({"update": False, "ts": ms(c)})
    return b.build()


def player_app_launch(c: Context) -> Flow:
    """The box's IPTV player app (Android on the box): Xtream-style catalogue call."""
    b = FB(c, "iptv-player", "GET", "http://xt.habeshatv-portal.example/player_api.php")
    b.header("user-agent", "IPTVSmartersPro")
    b.header("x-device", b.id("aid_box", where="header x-device (box ANDROID_ID)"))
    b.params += [
        ("username", b.acct("iptv_user")),
        ("password", b.acct("iptv_pass")),
        ("action", "get_live_categories"),
    ]
    b.decoy("IPTV account username/password (account, not device)")
    b.ok_json(
        [{"category_id": str(i), "category_name": n} for i, n in enumerate(["ETH", "ERI", "SPORT"])]
    )
    return b.build()
