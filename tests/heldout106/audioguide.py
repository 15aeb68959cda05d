"""Lydguide: the fleet service of the audio-guide players the museum lends to visitors.

The curator's staff app shows the fleet (serial, Wi-Fi MAC, battery, dock slot),
pulls the players' play logs to see which stops visitors use, and edits tracks.
Every serial and MAC here is the museum's equipment, lent to strangers, and every
play log is other people's listening on it: no device identifier of hers and no
viewing history of hers, however much it looks like both (Danish keys: `spor`,
`afspillet_sek`, `serienr`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, museum_mac, museum_serial, rf, rid, ua

API = "https://fleet.lydguide.example"
UA = ua("HavnemuseetStaff", "3.4.1")
ROOMS = ["Sal 1", "Sal 2", "Portrætgangen", "Havnesalen", "Kælderen", "Tårnrummet"]
LANGS = ["da", "en", "de", "sv"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lydguide", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _player(c: Context) -> dict[str, object]:
    return {
        "serienr": museum_serial(c.rng, "LG4-"),
        "mac": museum_mac(c.rng, "b8:27:eb"),
        "batteri_pct": c.rng.randint(3, 100),
        "dockPlads": c.rng.randint(1, 120),
        "status": c.rng.choice(["udlånt", "i_dock", "oplader", "defekt"]),
        "sidstSet": iso(c),
    }


def fleet_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/enheder?lokation=havnemuseet&side=1")
    b.decoy("lent audio-guide players' serials and MACs: the museum's devices, not hers")
    b.ok_json({"enheder": [_player(c) for _ in range(c.rng.randint(6, 14))], "total": 120})
    return b.build()


def player_detail(c: Context) -> Flow:
    serial = museum_serial(c.rng, "LG4-")
    b = _b(c, "GET", f"{API}/api/v2/enheder/{serial}")
    b.decoy("one lent player's serial, MAC and firmware (museum equipment)")
    player = _player(c) | {"serienr": serial, "firmware": "2.18.4", "imei": None}
    b.ok_json(player)
    return b.build()


def play_log(c: Context) -> Flow:
    """A docked player's log of stops a visitor played: a stranger's listening."""
    serial = museum_serial(c.rng, "LG4-")
    b = _b(c, "GET", f"{API}/api/v2/enheder/{serial}/afspilninger?siden=idag")
    b.decoy("visitors' track plays on a lent player (other people's listening)")
    rows = [
        {
            "spor": c.rng.randint(100, 260),
            "sprog": c.rng.choice(LANGS),
            "startet": iso(c),
            "afspillet_sek": c.rng.randint(4, 240),
            "fuldført": c.rng.random() < 0.4,
        }
        for _ in range(c.rng.randint(5, 20))
    ]
    b.ok_json({"serienr": serial, "udlånId": rid(c.rng), "afspilninger": rows})
    return b.build()


def dock_sync(c: Context) -> Flow:
    """The dock's batch upload, relayed through the staff app during a check."""
    b = _b(c, "POST", f"{API}/api/v2/dock/{c.rng.randint(1, 6)}/sync")
    b.decoy("dock batch: players' MACs and play positions (museum devices, visitors)")
    b.json(
        {
            "dock": c.rng.randint(1, 6),
            "players": [
                {
                    "mac": museum_mac(c.rng, "b8:27:eb"),
                    "lastTrack": c.rng.randint(100, 260),
                    "positionSec": c.rng.randint(0, 240),
                    "battery": c.rng.randint(3, 100),
                }
                for _ in range(c.rng.randint(4, 10))
            ],
            "ts": ms(c),
        },
        "gzip",
    )
    b.ok_json({"accepted": True})
    return b.build()


def track_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/statistik/spor?periode=uge")
    b.decoy("per-track play counts and average listening time over all visitors (aggregate)")
    b.ok_json(
        {
            "spor": [
                {
                    "spor": n,
                    "rum": c.rng.choice(ROOMS),
                    "afspilninger": c.rng.randint(40, 3000),
                    "gns_lyttetid_sek": rf(c.rng, 20, 200, 1),
                    "gennemførelsesrate": rf(c.rng, 0.1, 0.9, 2),
                }
                for n in range(101, 101 + c.rng.randint(8, 16))
            ]
        }
    )
    return b.build()


def track_edit(c: Context) -> Flow:
    n = c.rng.randint(100, 260)
    b = _b(c, "PUT", f"{API}/api/v2/spor/{n}")
    b.json(
        {
            "titel": c.rng.choice(["Kvinde ved vinduet", "Havnen 1890", "Portræt af en ukendt"]),
            "sprog": c.rng.choice(LANGS),
            "varighed_sek": c.rng.randint(40, 240),
            "fil": f"spor_{n}_{c.rng.choice(LANGS)}.mp3",
        }
    )
    b.ok_json({"version": c.rng.randint(2, 30)})
    return b.build()


def track_audio(c: Context) -> Flow:
    n = c.rng.randint(100, 260)
    b = FB(c, "lydguide", "GET", f"https://cdn.lydguide.example/havnemuseet/spor_{n}_da.mp3")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def loan_checkout(c: Context) -> Flow:
    """The front desk lends a player: its serial against a ticket number."""
    b = _b(c, "POST", f"{API}/api/v2/udlaan")
    b.decoy("loan of a museum player to a visitor (ticket no. and player serial)")
    b.json(
        {
            "serienr": museum_serial(c.rng, "LG4-"),
            "billetNr": f"HM-{c.rng.randint(100000, 999999)}",
            "sprog": c.rng.choice(LANGS),
            "depositum": False,
        }
    )
    b.ok_json({"udlånId": rid(c.rng), "udlånt": iso(c)})
    return b.build()


def transcribe_track(c: Context) -> Flow:
    """Subtitles for the deaf: the narrator's track sent to speech-to-text."""
    n = c.rng.randint(100, 260)
    b = _b(c, "POST", f"{API}/api/v2/spor/{n}/transskription")
    b.decoy("speech-to-text of a narrator track with word timings (no speaker model)")
    words = ["Her", "ser", "vi", "købmandens", "hustru", "malet", "af", "Jens", "Juel"]
    b.json({"lydfil": f"spor_{n}_da.mp3", "sprog": "da-DK", "ordtider": True})
    t = 0.0
    timed = []
    for w in words:
        timed.append({"ord": w, "start": round(t, 2), "slut": round(t + 0.4, 2)})
        t += c.rng.uniform(0.3, 0.7)
    b.ok_json({"tekst": " ".join(words), "ord": timed, "talere": 1})
    return b.build()
