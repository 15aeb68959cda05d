"""The building's screens: digital signage (a cloud signage CMS) and meeting-room displays.

Signage players (lobby, children's section, café, auditorium foyer, the
Swedish-language corner) report heartbeats with their serial, MAC and what they
show, upload proof-of-play rows (content, screen, start, seconds played) that
the CMS turns into monthly play reports for advertisers of events; the
coordinator fetches playlists and schedules. Meeting-room displays (a room
panel outside each room and the presentation display inside) report their
input source and booking. None of it is anyone's viewing: the screens are
public, nobody is identified, the ids are the library's equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, chrome, equipment_mac, inventory, iso, ms, rf, rid

CMS = "https://api.opastin-cms.example"
ROOMS = "https://huonenaytot.kalevatalo.example"


def _players() -> list[tuple[str, str, str]]:
    rng = inventory("signage")
    names = ["Aula-1", "Aula-2", "Lastenosasto", "Kahvila", "Auditorio-lämpiö", "Svenska hörnan"]
    return [
        (
            n,
            "SMP" + "".join(rng.choice("0123456789") for _ in range(10)),
            equipment_mac(rng, "00:1C:B3"),
        )
        for n in names
    ]


def _room_panels() -> list[tuple[str, str, str]]:
    rng = inventory("rooms")
    names = ["Neuvotteluhuone Pyynikki", "Ryhmätila Näsi", "Studio Hervanta", "Mötesrum Kaleva"]
    return [
        (
            n,
            "EVP-" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)),
            equipment_mac(rng, "00:0D:4B"),
        )
        for n in names
    ]


PLAYERS = _players()
PANELS = _room_panels()
SISALLOT = [
    ("c-2201", "Satutunti lapsille la 10-11.mp4", 20),
    ("c-2215", "Konsertti: Tampere Filharmonia kamariryhmä.jpg", 12),
    ("c-2230", "Kirjaston aukioloajat joulu.png", 10),
    ("c-2244", "Makerspace: 3D-tulostuksen perusteet.mp4", 30),
    ("c-2251", "Elokuvakerho: Kuolleet lehdet.jpg", 15),
    ("c-2263", "Sagostund på svenska.png", 12),
    ("c-2270", "Lukudiplomi 2025.mp4", 25),
]


def _cms(c: Context, method: str, url: str) -> FB:
    b = FB(c, "signage-cms", method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "Token " + rid(c.rng).replace("-", ""))
    return b


def soitin_syke(c: Context) -> Flow:
    nimi, serial, mac = c.rng.choice(PLAYERS)
    cid, tiedosto, kesto = c.rng.choice(SISALLOT)
    b = _cms(c, "GET", f"{CMS}/v2/players/{serial}/status")
    b.decoy("signage player serial and MAC, current item and its position (public screen)")
    b.ok_json(
        {
            "player": nimi,
            "serial": serial,
            "mac": mac,
            "online": True,
            "uptime_s": c.rng.randint(3600, 900000),
            "cpuTemp": rf(c.rng, 38, 71, 1),
            "nowPlaying": {
                "contentId": cid,
                "file": tiedosto,
                "position_s": c.rng.randint(0, kesto),
                "duration_s": kesto,
            },
            "display": {"power": "on", "input": "HDMI1", "brightness": 80},
        }
    )
    return b.build()


def proof_of_play(c: Context) -> Flow:
    nimi, serial, _mac = c.rng.choice(PLAYERS)
    b = _cms(c, "GET", f"{CMS}/v2/pop?player={serial}&from={iso(c)[:10]}&limit=50")
    b.decoy("proof-of-play log of a public screen (content, start, seconds played)")
    rows = []
    for _ in range(c.rng.randint(4, 9)):
        cid, tiedosto, kesto = c.rng.choice(SISALLOT)
        rows.append(
            {
                "screen": nimi,
                "contentId": cid,
                "title": tiedosto,
                "started": iso(c),
                "played_s": kesto,
                "complete": True,
            }
        )
    b.ok_json({"rows": rows, "next": None})
    return b.build()


def toistoraportti(c: Context) -> Flow:
    b = _cms(c, "GET", f"{CMS}/v2/reports/plays?month={iso(c)[:7]}&groupBy=content")
    b.decoy("monthly play counts per content across screens (aggregate)")
    b.ok_json(
        {
            "month": iso(c)[:7],
            "items": [
                {
                    "contentId": cid,
                    "title": t,
                    "plays": c.rng.randint(200, 6000),
                    "airtime_s": c.rng.randint(4000, 90000),
                    "screens": c.rng.randint(1, len(PLAYERS)),
                }
                for cid, t, _ in SISALLOT
            ],
        }
    )
    return b.build()


def soittolista(c: Context) -> Flow:
    nimi, _serial, _mac = c.rng.choice(PLAYERS)
    b = _cms(c, "GET", f"{CMS}/v2/playlists?screen={nimi.replace(' ', '%20')}")
    b.decoy("playlist items with durations (schedule)")
    b.ok_json(
        {
            "playlist": f"{nimi} oletus",
            "items": [{"contentId": cid, "file": t, "duration_s": d} for cid, t, d in SISALLOT[:5]],
            "loop": True,
        }
    )
    return b.build()


def aikataulu(c: Context) -> Flow:
    b = _cms(c, "PUT", f"{CMS}/v2/schedules/{c.rng.randint(100, 199)}")
    b.decoy("screen schedule (dayparts)")
    b.json(
        {
            "name": "Aukioloajat",
            "dayparts": [
                {"days": "ma-pe", "from": "08:00", "to": "20:00", "playlist": "Aula oletus"},
                {"days": "la", "from": "10:00", "to": "16:00", "playlist": "Lauantai"},
            ],
            "screens": [n for n, _, _ in PLAYERS[:3]],
        }
    )
    b.ok_json({"saved": True, "version": c.rng.randint(10, 90)})
    return b.build()


def sisalto_lataus(c: Context) -> Flow:
    cid, tiedosto, kesto = c.rng.choice(SISALLOT)
    b = _cms(c, "POST", f"{CMS}/v2/content")
    b.json(
        {"title": tiedosto, "duration_s": kesto, "tags": ["tapahtumat"], "validUntil": iso(c)[:10]}
    )
    b.ok_json({"contentId": cid, "status": "processing"})
    return b.build()


def huonenaytto(c: Context) -> Flow:
    nimi, serial, mac = c.rng.choice(PANELS)
    b = FB(c, "room-displays", "GET", f"{ROOMS}/api/v1/paneelit/{serial}")
    b.header("user-agent", chrome())
    b.decoy("room panel serial, MAC and the room's booking (equipment, schedule)")
    b.ok_json(
        {
            "huone": nimi,
            "sarjanumero": serial,
            "mac": mac,
            "firmware": "4.2.11",
            "varaus": {
                "otsikko": "Lukupiiri",
                "alkaa": iso(c),
                "kesto_min": c.rng.choice([30, 60, 90]),
            },
            "vapaa": c.rng.random() < 0.4,
        }
    )
    return b.build()


def esitysnaytto(c: Context) -> Flow:
    nimi, _serial, _mac = c.rng.choice(PANELS)
    b = FB(c, "room-displays", "GET", f"{ROOMS}/api/v1/huoneet/{nimi.split()[-1].lower()}/naytto")
    b.header("user-agent", chrome())
    b.decoy("meeting-room display input source and on-time (equipment)")
    b.ok_json(
        {
            "huone": nimi,
            "virta": "paalla",
            "lahde": c.rng.choice(["HDMI1", "USB-C", "langaton"]),
            "esitetaan": c.rng.random() < 0.6,
            "paalla_min": c.rng.randint(1, 240),
            "aika": ms(c),
        }
    )
    return b.build()
