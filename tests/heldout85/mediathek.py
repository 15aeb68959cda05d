"""A public-service Mediathek (ARD/ORF/SRF-like, made up: "Sendehaus"), on the
phone and on the family's Android TV, with the AGF (Nielsen DCR) and INFOnline
(IVW) measurement German broadcasters embed.

Sources: Nielsen DCR pings (`secure-dcr.imrworldwide.com/cgi-bin/gn`, key=value
pairs such as `c9=devid,...`, `c13=asid,...`) as seen in the Omnibug Nielsen
parser and Nielsen's DCR Android SDK guide (engineeringportal.nielsen.com);
INFOnline IOLib / IOMb for Android (AppWerft/Ti.IVW docs: offer identifier,
view events with category code and comment). The Mediathek backend is the
app's own: German key names, compounds and abbreviations.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .catalog import cipher_blob, content_id, episode
from .phone import FB, iso, ms, rid, tv_ua, ua

API = "https://api.sendehaus-mediathek.de"
UA = ua("SendehausMediathek", "9.14.2")
TVUA = tv_ua("SendehausMediathekTV", "4.2.0")


def _b(c: Context, method: str, path: str, tv: bool = False) -> FB:
    b = FB(c, "sendehaus", method, API + path)
    b.header("user-agent", TVUA if tv else UA)
    b.header("x-request-id", rid(c.rng))
    return b


def fortschritt(c: Context) -> Flow:
    """Progress sync: German keys, position in seconds, season and episode."""
    title, st, fo = episode(c.rng)
    b = _b(c, "PUT", f"/nutzer/v3/{c.phone.mt_user}/wiedergabe/fortschritt")
    dauer = c.rng.choice([2640, 2700, 5340])
    b.json(
        {
            "sendungId": content_id(c.rng, "SH"),
            "titel": title,
            "staffel": st,
            "folge": fo,
            "wiedergabeposition": c.rng.randint(30, dauer),
            "gesamtdauer": dauer,
            "zuletztGesehen": iso(c),
        }
    )
    b.view("body.json.wiedergabeposition")
    b.no_content()
    return b.build()


def weiterschauen(c: Context) -> Flow:
    """The continue-watching list, umlauts spelt out (fortschritt, gesehen_am)."""
    b = _b(c, "POST", "/sync/v2/weiterschauen")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        rows.append(
            {
                "beitrag": content_id(c.rng, "B"),
                "fortschritt_prozent": c.rng.randint(3, 97),
                "gesehen_am": ms(c) - c.rng.randint(3600_000, 9 * 86400_000),
            }
        )
    b.json({"geraet": "android", "eintraege": rows}, encoding="gzip")
    b.view("body.json.eintraege[].fortschritt_prozent")
    b.ok_json({"ok": True})
    return b.build()


def herzschlag(c: Context, tv: bool = False) -> Flow:
    """A GET heartbeat pixel with short keys (cid, pos, hb), on the phone or TV."""
    b = _b(c, "GET", "/ping/hb.gif", tv)
    b.param("cid", content_id(c.rng, "SH"))
    b.param("ev", "hb")
    b.param("pos", str(c.rng.randint(10, 5000)))
    b.param("iv", "30")
    b.param("live", "0")
    if tv:
        b.param("gid", b.id("aid_tv", where="query.gid", detectable=False))
    b.view("query.cid+pos+ev=hb")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def geraet_registrieren(c: Context) -> Flow:
    b = _b(c, "POST", "/geraete/v1/registrieren")
    b.json(
        {
            "geraeteId": b.id("aid_mediathek", where="body.json.geraeteId"),
            "plattform": "android",
            "modell": "Pixel 8",
            "appVersion": "9.14.2",
            "pushAktiv": True,
        }
    )
    b.ok_json({"status": "registriert"})
    return b.build()


def tv_koppeln(c: Context) -> Flow:
    """The TV app links itself to the account: its serial and Wi-Fi MAC go along."""
    b = _b(c, "POST", "/geraete/v1/tv/kopplung", tv=True)
    b.json(
        {
            "kopplungsCode": str(c.rng.randint(100000, 999999)),
            "tv": {
                "hersteller": "Philips",
                "modell": "55PUS8818/12",
                "seriennummer": b.id("tv_serial", where="body.json.tv.seriennummer"),
                "wlanMac": b.id("tv_mac", where="body.json.tv.wlanMac"),
                "androidId": b.id("aid_tv", where="body.json.tv.androidId"),
            },
        }
    )
    b.ok_json({"gekoppelt": True})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's QoS/usage log, encrypted by the app: nothing a reader can see."""
    b = _b(c, "POST", "/t/v1/e")
    b.set_body(b64(cipher_blob(c.rng)).encode(), "text/plain")
    b.view("body.cipher", detectable=False)
    b.no_content()
    return b.build()


def nielsen_dcr(c: Context, tv: bool = False) -> Flow:
    """AGF measurement through Nielsen DCR: asset id, title, length, device id."""
    title, st, fo = episode(c.rng)
    b = FB(c, "nielsen", "GET", "https://secure-dcr.imrworldwide.com/cgi-bin/gn")
    b.header("user-agent", TVUA if tv else UA)
    b.param("prd", "dcr")
    b.param("ci", "de-agf-sendehaus")
    b.param("ch", "de-agf-sendehaus_app")
    b.param("asn", "sendehaus")
    b.param("sessionId", rid(c.rng).replace("-", ""))
    b.param("assetid", content_id(c.rng, "SH"))
    b.param("tl", f"{title} S{st}F{fo}")
    b.param("c3", "st,c")
    b.param("c8", "devgrp," + ("CTV" if tv else "PHN"))
    attr = "aid_tv" if tv else "gaid"
    b.param("c9", "devid," + b.id(attr, where="query.c9=devid,"))
    b.param("c13", "asid,P6E2A1B44-1F02-4D63-9A2B-0AE6A4B4C7E1")
    b.param("c14", "osver,ANDROID14" if not tv else "osver,ANDROID12")
    b.param("rt", "video")
    b.param("c62", f"sendTime,{int(c.now)}")
    b.param("c58", "isLive,false")
    b.param("pd", str(c.rng.randint(1, 180)))
    b.param("pc", "c01")
    b.view("query.assetid+tl+pd")
    b.no_content()
    return b.build()


def ivw(c: Context) -> Flow:
    """INFOnline IVW page measurement: offer id, category code, hashed ANDROID_ID."""
    b = FB(c, "infonline", "POST", "https://de.ioam.de/aio")
    b.header("user-agent", UA)
    aid = b.id("aid_mediathek", "md5", where="body.json.client.uuids.androidId")
    b.other_id("mt_ioam_install", where="body.json.client.uuids.installationId")
    body = {
        "library": {"libVersion": "2.5.0", "offerIdentifier": "aadshaus"},
        "client": {
            "uuids": {"installationId": c.phone.mt_ioam_install, "androidId": aid},
            "osIdentifier": "android",
            "osVersion": "14",
            "platform": "Pixel 8",
            "carrier": "A1",
            "screen": {"resolution": "1080x2400", "dpi": 420},
        },
        "events": [
            {
                "identifier": "viewAppeared",
                "category": "aadshaus_mediathek_start",
                "comment": "",
                "createdAt": int(c.now),
            }
        ],
    }
    b.json(body, encoding="gzip")
    b.decoy("IVW page-view event: a category code, no content id or watch time")
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    """Catalogue page with 'zuletzt hinzugefügt' rows: content, not history."""
    b = _b(c, "GET", "/katalog/v4/startseite")
    b.param("region", c.rng.choice(["DE", "AT", "CH"]))
    rows = [
        {"id": content_id(c.rng, "SH"), "titel": t, "dauer": d, "neu": True}
        for t, d in [("Nordlicht", 5340), ("Alpenklinik", 2700), ("Grenzgänger", 5520)]
    ]
    b.ok_json({"rubriken": [{"titel": "Zuletzt hinzugefügt", "inhalte": rows}]})
    b.decoy("catalogue row 'Zuletzt hinzugefügt' with durations: not watched")
    return b.build()


def vorschaubild(c: Context) -> Flow:
    b = FB(c, "sendehaus", "GET", f"https://img.sendehaus-mediathek.de/bild/{rid(c.rng)}/640x360")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0thumb\xff\xd9")
    b.decoy("thumbnail fetch")
    return b.build()


def hls(c: Context) -> Flow:
    n = c.rng.randint(1, 900)
    b = FB(c, "sendehaus", "GET", f"https://cdn.sendehaus-mediathek.de/vod/{n}/seg_{n:05d}.ts")
    b.header("user-agent", UA)
    b.respond(200, "video/mp2t", b"\x47" + bytes(60))
    b.decoy("video segment fetch")
    return b.build()
