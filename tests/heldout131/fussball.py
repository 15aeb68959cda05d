"""Anstoss: a football app (Bundesliga, Süper Lig for the grandfather).

Live tickers, tables and push subscriptions are ordinary; highlight clips
report `video_fortschritt` to the app's backend. Attribution goes through Adjust
(see messung.py); the app's own registration sends the ANDROID_ID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.anstoss.example"
UA = android_ua("Anstoss", "12.3.0")
CLIPS = [
    ("clip_fc-b04_hl", "1. FC Köln – Leverkusen: Highlights", 312),
    ("clip_gs-fb_hl", "Galatasaray – Fenerbahçe: Özet", 420),
    ("clip_rapid-austria", "Rapid – Austria Wien: Tore", 185),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "anstoss", method, url)
    b.header("user-agent", UA)
    return b


def registrierung(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/geraete")
    b.json(
        {
            "geraeteId": b.id("aid_fussball", where="json geraeteId (ANDROID_ID)"),
            "plattform": "android",
            "pushToken": "fcm:" + rid(c.rng).replace("-", ""),
            "lieblingsvereine": ["1. FC Köln", "Galatasaray"],
        }
    )
    b.ok_json({"registriert": True})
    return b.build()


def clip_fortschritt(c: Context) -> Flow:
    cid, titel, dauer = c.rng.choice(CLIPS)
    b = _b(c, "POST", f"{API}/v2/video/fortschritt")
    b.header("x-geraet", b.id("aid_fussball", where="header x-geraet"))
    b.view("json clipId + video_fortschritt + gesehen_sek")
    sek = c.rng.randint(3, dauer)
    b.json(
        {
            "clipId": cid,
            "titel": titel,
            "gesehen_sek": sek,
            "video_fortschritt": round(sek / dauer * 100),
            "zeit": iso(c),
        }
    )
    b.no_content()
    return b.build()


def liveticker(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/spiele/{c.rng.randint(40000, 49999)}/ticker?seit={ms(c)}")
    b.decoy("live ticker with minute marks and timestamps (match, not a viewer)")
    b.ok_json(
        {
            "ereignisse": [
                {"minute": c.rng.randint(1, 90), "typ": c.rng.choice(["Tor", "Gelb", "Wechsel"])}
                for _ in range(4)
            ],
            "stand": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
        }
    )
    return b.build()


def tabelle(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ligen/bl1/tabelle")
    b.ok_json(
        {
            "tabelle": [
                {"platz": i + 1, "verein": v, "punkte": c.rng.randint(5, 30)}
                for i, v in enumerate(["Bayern", "Leverkusen", "Köln", "Dortmund"])
            ]
        }
    )
    return b.build()


def spielerwerte(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/spieler/{c.rng.randint(1000, 9999)}/tracking")
    b.decoy("player tracking: pitch x/y heat points and speed series (not a person's face)")
    b.ok_json(
        {
            "heatmap": [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(20)],
            "sprints_kmh": [rf(c.rng, 20, 35, 1) for _ in range(6)],
        }
    )
    return b.build()


def clip_manifest(c: Context) -> Flow:
    cid = c.rng.choice(CLIPS)[0]
    b = FB(c, "anstoss", "GET", f"https://video.anstoss-cdn.example/{cid}/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-TARGETDURATION:6\n")
    return b.build()
