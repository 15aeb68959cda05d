"""Rheinfunk Mediathek: a public broadcaster's catch-up app (phone and iPad).

The in-house team writes German keys: the player reports `wiedergabe`
events with `position_sek` and `fortschritt`; the "Weiterschauen" rail comes
back with `zuletzt_gesehen`. Audience measurement goes to INFOnline's IOMb
endpoint (`de.ioam.de/tx.io`, site code `st`, code `cp`) and Nielsen's AGF
video ping (`secure-dcr.imrworldwide.com`). The programme guide, the catalogue,
the most-watched rail and the HLS manifest are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, android_ua, ipad_ua, iso, ms, rid

API = "https://api.rheinfunk-mediathek.example"
UA = android_ua("RheinfunkMediathek", "7.4.1")
UA_IPAD = ipad_ua("RheinfunkMediathek", "7.4.0")
SENDUNGEN = [
    ("tatort-koeln-das-letzte-wort", "Tatort: Das letzte Wort", 5340),
    ("lokalzeit-aus-koeln-20241105", "Lokalzeit aus Köln", 1800),
    ("die-sendung-mit-der-maus-0412", "Die Sendung mit der Maus", 1790),
    ("quarks-schlaf", "Quarks: Warum wir schlafen", 2700),
    ("wilsberg-todesengel", "Wilsberg – Todesengel", 5280),
    ("sportschau-bundesliga-11", "Sportschau Bundesliga", 3600),
]


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "rheinfunk", method, url)
    if ipad:
        b.header("user-agent", UA_IPAD)
        b.header("x-geraete-id", b.id("ipad_idfv", where="header x-geraete-id (iPad IDFV)"))
    else:
        b.header("user-agent", UA)
        b.header("x-geraete-id", b.id("aid_mediathek", where="header x-geraete-id"))
    return b


def _sendung(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(SENDUNGEN)


def wiedergabe_event(c: Context) -> Flow:
    slug, titel, dauer = _sendung(c)
    ipad = c.rng.random() < 0.4
    b = _b(c, "POST", f"{API}/nutzer/v2/wiedergabe/ereignis", ipad)
    b.view("json ereignis + sendungId + position_sek + fortschritt")
    pos = c.rng.randint(5, dauer)
    b.json(
        {
            "ereignis": c.rng.choice(["start", "pause", "fortsetzen", "herzschlag", "ende"]),
            "sendungId": slug,
            "titel": titel,
            "position_sek": pos,
            "dauer_sek": dauer,
            "fortschritt": round(pos / dauer, 3),
            "zeitstempel": iso(c),
            "profil": c.rng.choice(["Eltern", "Kinder"]),
        }
    )
    b.no_content()
    return b.build()


def weiterschauen(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/nutzer/v2/weiterschauen?limit=10")
    b.view("response json zuletzt_gesehen[]", direction="response")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        slug, titel, dauer = _sendung(c)
        items.append(
            {
                "sendungId": slug,
                "titel": titel,
                "gesehenBis": c.rng.randint(60, dauer),
                "zuletztGesehenAm": iso(c),
            }
        )
    b.ok_json({"zuletzt_gesehen": items})
    return b.build()


def merkliste_sync_opaque(c: Context) -> Flow:
    """The offline-downloads sync: gzip+base64 rows the player keeps, under `d`."""
    b = _b(c, "POST", f"{API}/sync/d")
    b.view("json d: base64(gzip([[slug, pos, ts]...]))", detectable=False)
    rows = [[_sendung(c)[0], c.rng.randint(10, 5000), ms(c)] for _ in range(c.rng.randint(1, 4))]
    b.json({"d": b64(gz(jsb(rows))), "v": 3})
    b.ok_json({"ok": True})
    return b.build()


def ioam_ping(c: Context) -> Flow:
    """INFOnline IOMb measurement: offer code, page code, and the player state."""
    slug = _sendung(c)[0]
    b = FB(c, "infonline", "GET", "https://de.ioam.de/tx.io")
    b.header("user-agent", UA)
    b.view("query cp=video/<slug> + ev=play/pos (IOMb video event)")
    b.param("st", "rheinfunk")
    b.param("cp", f"mediathek/video/{slug}")
    b.param("ev", c.rng.choice(["play", "pause", "seek"]))
    b.param("pos", str(c.rng.randint(10, 5000)))
    b.param("sv", "ke")
    b.param("did", b.id("aid_mediathek", "md5", "query did (md5 of ANDROID_ID)", detectable=False))
    b.param("i2", b.id("mediathek_geraet", "sha1", "query i2 (sha1 of the app's install id)",
                       detectable=False))  # fmt: skip
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def agf_nielsen(c: Context) -> Flow:
    """AGF video measurement by Nielsen DCR: playhead in `c7`-style params."""
    slug, titel, dauer = _sendung(c)
    b = FB(c, "nielsen-agf", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", UA)
    b.view("query assetid + program + segB playhead (AGF content ping)")
    b.param("prd", "dcr")
    b.param("ci", "de-rheinfunk-1")
    b.param("assetid", slug)
    b.param("program", titel)
    b.param("length", str(dauer))
    b.param("playhead", str(c.rng.randint(0, dauer)))
    b.param("devid", b.id("gaid", where="query devid (advertising id)"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def programm(c: Context) -> Flow:
    b = FB(c, "rheinfunk", "GET", f"{API}/programm/v1/tag/{iso(c)[:10]}?sender=rheinfunk")
    b.header("user-agent", UA)
    b.decoy("EPG with start times and durations (schedule, not a viewer's history)")
    b.ok_json(
        {
            "sendungen": [
                {"titel": t, "start": iso(c), "dauer_sek": d, "sendungId": s}
                for s, t, d in SENDUNGEN
            ]
        }
    )
    return b.build()


def meistgesehen(c: Context) -> Flow:
    b = FB(c, "rheinfunk", "GET", f"{API}/katalog/v1/rails/meistgesehen")
    b.header("user-agent", UA)
    b.decoy("most-watched rail with view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "titel": "Meistgesehen",
            "eintraege": [
                {"sendungId": s, "titel": t, "aufrufe": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SENDUNGEN
            ],
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    slug = _sendung(c)[0]
    b = FB(c, "rheinfunk", "GET", f"https://vod.rheinfunk-cdn.example/{slug}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3200000,RESOLUTION=1280x720\n720p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def suche(c: Context) -> Flow:
    q = c.rng.choice(["tatort", "maus", "wetter", "karneval"])
    b = FB(c, "rheinfunk", "GET", f"{API}/suche/v1?q={q}&seite=1")
    b.header("user-agent", UA)
    b.decoy("search results with durations")
    b.ok_json({"treffer": [{"sendungId": s, "dauer_sek": d} for s, _, d in SENDUNGEN[:3]]})
    return b.build()


def bild(c: Context) -> Flow:
    b = FB(
        c, "rheinfunk", "GET", f"https://img.rheinfunk-cdn.example/{new_hex(c.rng, 20)}/16x9/640"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(64))
    return b.build()


def session_token(c: Context) -> Flow:
    b = FB(c, "rheinfunk", "POST", f"{API}/auth/v1/token")
    b.header("user-agent", UA)
    b.decoy("session / refresh token (account, not device)")
    b.form(
        [
            ("grant_type", "password"),
            ("username", b.id("email", where="form username (account e-mail)")),
            ("password", new_hex(c.rng, 12)),
        ]
    )
    b.ok_json({"access_token": rid(c.rng), "nutzer": b.acct("mediathek_user"), "expires_in": 3600})
    return b.build()
