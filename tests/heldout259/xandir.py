"""Xandir+: the national broadcaster's catch-up and live app (the son's Redmi
Note 13 in Sliema).

The backend is Maltese-built: paths and keys are Maltese, sometimes with the
diacritics (`programm`, `episodju`, `pożizzjoni`, `ħin`, `kanal`, `tul`) and
sometimes written plain (`pozizzjoni`, `hin`), as the app's two generations of
endpoints do. Video measurement goes to Adobe Media Analytics: the Media
Collection API (`POST .../api/v1/sessions` with `eventType` sessionStart and
`params` media.id / media.name / media.show / media.episode and the visitor's
ECID in `visitor.marketingCloudUserId`, then `.../sessions/{id}/events` pings
that carry only the playhead,
https://experienceleague.adobe.com/docs/media-analytics/using/implementation/media-collection-api/mc-api-overview.html)
and, from the live player, legacy heartbeat GETs (`s:event:type`,
`s:asset:name`, `l:event:playhead`, `s:user:mid`). Firebase Installations
registers the install. The catalogue, search (`fittex`), the schedule
(`skeda`), the "most watched" counts and the HLS segments and thumbnails are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.xandirplus.example"
IMG = "https://img.xandirplus.example"
VOD = "https://vod.xandirplus.example"
HB = "https://xandirmt.hb-api.omtrdc.net"
LEGACY = "https://xandirmt.hb.omtrdc.net/"
ORG = "A1B2C3D4E5F60718293A4B5C@AdobeOrg"
UA = ua("XandirPlus", "5.2.0", "iben")
PROGRAMMI = [
    ("p2201", "Xarabank", 5400),
    ("p2215", "Il-Kunsill", 2700),
    ("p2230", "Ħbieb u Għedewwa", 2400),
    ("p2244", "L-Aħbarijiet tat-8", 1800),
    ("p2251", "Kwart Għal Nofsinhar", 3000),
    ("p2263", "Tal-Ħanina", 2600),
]
KANALI = ["TVM", "TVM News+", "TVMSport+", "Parliament TV"]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "xandirplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "mt-MT,mt;q=0.9,en;q=0.8")
    if device:
        b.header("x-apparat-id", b.id("aid_xandir", where="header x-apparat-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    pid, name, dur = c.rng.choice(PROGRAMMI)
    return pid, name, c.rng.randint(1, 40), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/xandir-plus-mt/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "mt.xandir.plus")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("xandir_fid", where="json fid"),
            "appId": "1:803311457120:android:4d2c1be08a9f7713",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/803311457120/installations/" + c.phone.xandir_fid,
            "fid": b.id("xandir_fid", where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def irregistra(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/apparat/irregistra")
    b.json(
        {
            "apparat": {
                "idAndroid": b.id("aid_xandir", where="json apparat.idAndroid"),
                "fid": b.id("xandir_fid", where="json apparat.fid"),
                "mudell": "23129RAA4G",
                "sistema": "Android 14",
            },
            "lingwa": "mt",
            "pajjiż": "MT",
        }
    )
    b.ok_json({"irreġistrat": True, "massimuApparati": 5, "utent": b.acct("xandir_user")})
    return b.build()


def progress(c: Context) -> Flow:
    """Newer endpoint: keys with the Maltese letters."""
    pid, name, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/tara/progress", device=c.rng.random() < 0.4)
    b.view("json programm/episodju/pożizzjoni/ħin (watch progress)")
    b.json(
        {
            "programm": {"id": pid, "isem": name},
            "episodju": ep,
            "pożizzjoni": c.rng.randint(10, dur),
            "tul": dur,
            "lest": False,
            "ħin": iso(c),
        }
    )
    b.no_content()
    return b.build()


def progress_ascii(c: Context) -> Flow:
    """Older endpoint: the same keys written without diacritics, as a form."""
    pid, name, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v1/ara/pozizzjoni")
    b.view("form programm/episodju/pozizzjoni/hin (watch progress)")
    b.form(
        [
            ("programm", pid),
            ("isem", name),
            ("episodju", str(ep)),
            ("pozizzjoni", str(c.rng.randint(10, dur))),
            ("tul", str(dur)),
            ("hin", str(ms(c))),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()


def kompli_ara(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/utent/kompli-ara?limitu=12")
    b.view("response json komplija[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        pid, name, ep, dur = _ep(c)
        rows.append(
            {
                "programm": pid,
                "isem": name,
                "episodju": ep,
                "pożizzjoni": c.rng.randint(60, dur - 60),
                "tul": dur,
                "maraFl": iso(c),
            }
        )
    b.ok_json({"komplija": rows})
    return b.build()


def storja(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/utent/storja-tat-titjir?pagna=1")
    b.view("response json storja[] (watch history)", direction="response")
    b.ok_json(
        {
            "storja": [
                {"programm": pid, "isem": name, "episodju": ep, "data": iso(c)}
                for pid, name, ep, _ in (_ep(c) for _ in range(6))
            ]
        }
    )
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/qalb")
    b.view("json kanal + sekondi (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALI),
            "sekondi": c.rng.choice([30, 60, 60, 120]),
            "bidu": iso(c),
            "kwalita": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"kompli": True})
    return b.build()


def opaque_path_beacon(c: Context) -> Flow:
    """The player's compact beacon: base64url of [programme, ep, second, ts] in the path."""
    rows = [
        [int(c.rng.choice(PROGRAMMI)[0][1:]), c.rng.randint(1, 40), c.rng.randint(5, 5000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    token = b64url(js(rows))
    b = FB(c, "xandirplus", "GET", f"https://px.xandirplus.example/b/{token}.gif")
    b.header("user-agent", UA)
    b.view("path base64url of positional rows", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def adobe_start(c: Context) -> Flow:
    pid, name, ep, dur = _ep(c)
    b = FB(c, "adobe.media_collection", "POST", f"{HB}/api/v1/sessions")
    b.header("user-agent", UA)
    b.view("json params media.id/media.name/media.episode (sessionStart)")
    b.json(
        {
            "playerTime": {"playhead": 0, "ts": ms(c)},
            "eventType": "sessionStart",
            "params": {
                "analytics.reportSuite": "xandirmtprod",
                "analytics.trackingServer": "xandirmt.sc.omtrdc.net",
                "analytics.enableSSL": True,
                "media.id": f"{pid}-e{ep}",
                "media.name": f"{name} – Episodju {ep}",
                "media.length": dur,
                "media.contentType": "VOD",
                "media.playerName": "XandirPlayer ExoPlayer",
                "media.channel": c.rng.choice(KANALI),
                "media.show": name,
                "media.episode": str(ep),
                "media.network": "Xandir Nazzjonali",
                "media.streamFormat": "hls",
                "visitor.marketingCloudOrgId": ORG,
                "visitor.marketingCloudUserId": b.id(
                    "xandir_ecid", where="json params.visitor.marketingCloudUserId"
                ),
                "appInstallationId": b.id("xandir_fid", where="json params.appInstallationId"),
            },
            "customMetadata": {"lingwa": "mt", "abbonament": "b'xejn"},
            "qoeData": {"media.qoe.bitrate": c.rng.choice([1800000, 3500000])},
        }
    )
    sid = new_hex(c.rng, 64)
    b.respond(201, None, headers=[("location", f"/api/v1/sessions/{sid}")])
    return b.build()


def adobe_ping(c: Context) -> Flow:
    b = FB(c, "adobe.media_collection", "POST", f"{HB}/api/v1/sessions/{new_hex(c.rng, 64)}/events")
    b.header("user-agent", UA)
    # The ping says the session's programme is still being watched but names no content.
    b.view("json playerTime.playhead (session in path)", detectable=False)
    b.json(
        {
            "playerTime": {"playhead": c.rng.randint(10, 3000), "ts": ms(c)},
            "eventType": "ping",
        }
    )
    b.no_content()
    return b.build()


def adobe_legacy(c: Context) -> Flow:
    kanal = c.rng.choice(KANALI)
    b = FB(c, "adobe.heartbeat", "GET", LEGACY, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("query s:event:type + s:asset:name + l:event:playhead (live heartbeat)")
    b.params += [
        ("s:event:type", c.rng.choice(["start", "play", "play"])),
        ("l:event:playhead", str(c.rng.randint(0, 3600))),
        ("l:event:duration", "10000"),
        ("s:event:sid", str(c.rng.randint(10**9, 10**10))),
        ("s:asset:type", "main"),
        ("s:asset:video_id", f"live-{kanal.lower().replace(' ', '')}"),
        ("s:asset:name", f"{kanal} Live – {c.rng.choice(PROGRAMMI)[1]}"),
        ("s:stream:type", "live"),
        ("s:sc:rsid", "xandirmtprod"),
        ("s:sc:tracking_server", "xandirmt.sc.omtrdc.net"),
        ("s:user:mid", b.id("xandir_ecid", where="query s:user:mid", detectable=False)),
        ("s:aam:blob", new_hex(c.rng, 16)),
        ("s:sp:ovp", "XandirPlayer"),
        ("s:sp:sdk", "android-2.3.0"),
        ("s:sp:channel", kanal),
    ]
    b.respond(
        200,
        "text/xml",
        b"<?xml version='1.0'?><setup><trackingInterval>10</trackingInterval></setup>",
    )
    return b.build()


def katalogu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogu?sezzjoni=serje&pagna=1")
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "programmi": [
                {
                    "id": pid,
                    "isem": name,
                    "tul": dur,
                    "episodji": 30,
                    "stampa": f"{IMG}/p/{pid}.jpg",
                }
                for pid, name, dur in PROGRAMMI
            ]
        }
    )
    return b.build()


def fittex(c: Context) -> Flow:
    q = c.rng.choice(["xarabank", "ahbarijiet", "kunsill", "festa"])
    b = _b(c, "GET", f"{API}/v3/fittex?q={q}&lingwa=mt")
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"riżultati": [{"id": pid, "isem": name, "tul": dur} for pid, name, dur in PROGRAMMI[:3]]}
    )
    return b.build()


def skeda(c: Context) -> Flow:
    kanal = c.rng.choice(KANALI)
    b = _b(c, "GET", f"{API}/v3/skeda?kanal={kanal.replace(' ', '%20')}&jum=illum")
    b.decoy("schedule (EPG) start times and durations")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "kanal": kanal,
            "skeda": [
                {"programm": name, "bidu": t0 + i * 3600, "tul": 3600}
                for i, (_, name, _) in enumerate(PROGRAMMI[:4])
            ],
        }
    )
    return b.build()


def l_aktar_mara(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top/l-aktar-mara?perjodu=7j")
    b.decoy("aggregate view counts per programme (not one viewer)")
    b.ok_json(
        {
            "top": [
                {"programm": pid, "isem": name, "telespettaturi": c.rng.randint(2000, 90000)}
                for pid, name, _ in PROGRAMMI
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMMI)[0]
    b = FB(
        c,
        "xandirplus",
        "GET",
        f"{VOD}/{pid}/e{c.rng.randint(1, 40):02d}/720p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMMI)[0]
    b = FB(c, "xandirplus", "GET", f"{IMG}/p/{pid}/thumb_{c.rng.randint(1, 40)}.webp?w=480")
    b.header("user-agent", UA)
    b.decoy("programme thumbnail")
    b.respond(
        200,
        "image/webp",
        b"RIFF\x00\x01\x00\x00WEBPVP8 " + bytes(c.rng.getrandbits(8) for _ in range(200)),
    )
    return b.build()
