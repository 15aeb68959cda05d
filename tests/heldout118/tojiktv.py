"""Tojik TV on the household's Android TV box: a MAG-style IPTV portal plus the
broadcaster's own app.

The box logs in to a Stalker-style middleware portal: the box's MAC rides in
the `mac` cookie and the serial as `sn`, on every call. The portal's
`action=log&real_action=play` is a live-channel tuning log (viewing history);
`create_link` only fetches a stream URL and the EPG is a schedule. The
broadcaster's own app reports channel watching with Tajik (Cyrillic) keys, and
a compact numeric-key ping carries the same without words.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms

PORTAL = "http://iptv.somonnet.example/stalker_portal/server/load.php"
API = "https://api.tojiktv.example"
MAG_UA = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 2 rev: 250 Safari/533.3"
)
CHANNELS = ["Тоҷикистон", "Сафина", "Варзиш", "Бахористон", "Синамо", "Shabake 3", "Tolo", "Ariana"]


def _portal(c: Context, query: str) -> FB:
    b = FB(c, "iptv-portal", "GET", f"{PORTAL}?{query}", http_version="HTTP/1.1")
    b.header("user-agent", MAG_UA)
    mac = b.id("box_mac", how="urlenc", where="cookie mac (TV box MAC)")
    b.header("cookie", f"mac={mac}; stb_lang=ru; timezone=Asia%2FDushanbe")
    b.header("x-user-agent", "Model: MAG250; Link: Ethernet")
    return b


def handshake(c: Context) -> Flow:
    b = _portal(c, "type=stb&action=get_profile&hd=1&stb_type=MAG250&JsHttpRequest=1-xml")
    sn = b.id("box_serial", where="query sn (TV box serial)")
    b.params.append(("sn", sn))
    b.ok_json({"js": {"id": 4411, "name": "", "login": b.acct("tv_login"), "status": 0}})
    return b.build()


def tuning_log(c: Context) -> Flow:
    ch = c.rng.randint(1, 120)
    b = _portal(
        c,
        f"type=stb&action=log&real_action=play&param={quote('ffrt http://localhost/ch/' + str(ch))}"
        f"&content_id={ch}&tmp_type=1&JsHttpRequest=1-xml",
    )
    b.view("query action=log&real_action=play&content_id (live-channel tuning log)")
    b.ok_json({"js": 1})
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _portal(
        c,
        "type=watchdog&action=get_events&cur_play_type=1&event_active_id=0&init=0&JsHttpRequest=1-xml",
    )
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()


def create_link(c: Context) -> Flow:
    ch = c.rng.randint(1, 120)
    b = _portal(
        c, f"type=itv&action=create_link&cmd=ffrt%20http://localhost/ch/{ch}&JsHttpRequest=1-xml"
    )
    b.decoy("create_link: fetching a channel's stream URL, not a report of watching")
    b.ok_json({"js": {"cmd": f"ffrt http://str1.somonnet.example/live/{ch}/index.m3u8?token=x"}})
    return b.build()


def epg(c: Context) -> Flow:
    b = _portal(c, "type=itv&action=get_epg_info&period=3&JsHttpRequest=1-xml")
    b.decoy("EPG schedule with start times and durations (catalogue)")
    prog = [
        {"name": "Ахбор", "t_time": "20:00", "duration": 1800, "ch_id": c.rng.randint(1, 120)}
        for _ in range(6)
    ]
    b.ok_json({"js": {"data": prog}})
    return b.build()


def _app(c: Context, method: str, url: str, ident: bool = True) -> FB:
    b = FB(c, "tojiktv", method, url)
    b.header("user-agent", "TojikTV/2.3.1 (Linux; Android 9; X96Q)")
    if ident:
        b.header("x-dastgoh", b.id("aid_tv", where="header x-dastgoh (Tajik: device)"))
    return b


def watch_report(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/api/v1/{quote('тамошо')}")
    b.view("json шабака / давомнокии_тамошо_сония (Tajik: channel, watch seconds)")
    b.json(
        {
            "шабака": c.rng.choice(CHANNELS),
            "барнома": c.rng.choice(["Ахбор", "Варзиш имрӯз", "Филми бадеӣ"]),
            "оғоз": iso(c),
            "давомнокии_тамошо_сония": c.rng.randint(60, 3600),
        }
    )
    b.no_content()
    return b.build()


def numeric_ping(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/p", ident=False)
    b.view("json {1: channel no, 2: seconds, 3: ts} without words", detectable=False)
    aid = b.id("aid_tv", where="json 0 (ANDROID_ID under a numeric key)", detectable=False)
    b.json({"0": aid, "1": c.rng.randint(1, 60), "2": c.rng.randint(30, 1800), "3": ms(c)})
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/api/v1/{quote('дастгоҳ/сабт')}")
    b.json(
        {
            "mac_suroga": b.id("box_mac", where="json mac_suroga (Tajik: MAC address)"),
            "рақами_силсилавӣ": b.id("box_serial", where="json рақами_силсилавӣ (Tajik: serial)"),
            "модел": "X96Q",
        }
    )
    b.ok_json({"ok": True})
    return b.build()
