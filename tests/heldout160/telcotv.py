"""NetaTV: a telco's TV app with live channels, and the set-top box it pairs with.

Live-channel tuning (zapping) logs list which channel was on and for how long;
the box's own reporter uses numeric keys (`"1"`: channel, `"2"`: start,
`"3"`: seconds), which say nothing readable. The box is the family's own, rented
with the subscription but in their living room for years: its serial and
Ethernet MAC are labelled as the household's device (a choice: the box belongs
to the operator on paper, but it is the tester's device in use). The EPG and the
channel list are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://tv-api.netatv.example"
STB = "https://stb-collect.netatv.example"
UA = ua("NetaTV", "8.1.0")
CHANNELS = [
    (101, "TVR 1"),
    (104, "Pro TV"),
    (107, "Antena 1"),
    (110, "Digi 24"),
    (215, "Jurnal TV"),
    (218, "Moldova 1"),
    (230, "Первый в Молдове"),
    (241, "Nicovala TV"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "netatv", method, url)
    b.header("user-agent", UA)
    b.header("x-neta-androidid", b.id("aid_neta", where="header x-neta-androidid"))
    b.header("x-abonat", b.acct("neta_subscriber"))
    return b


def zapping_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/jurnal/zapping")
    b.view("json sesiuni_canal[] canal / secunde")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        num, name = c.rng.choice(CHANNELS)
        rows.append(
            {"canal": num, "denumire": name, "inceput": iso(c), "secunde": c.rng.randint(20, 2400)}
        )
    b.json({"sesiuni_canal": rows, "sursa": "aplicatie"})
    b.no_content()
    return b.build()


def timeshift_resume(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "PUT", f"{API}/v2/timeshift/{num}/ultimaPozitie")
    b.view("json ultimaPoziție (timeshift resume point, diacritics in key)")
    b.json({"canal": name, "ultimaPoziție": c.rng.randint(60, 7200), "actualizat": iso(c)})
    b.no_content()
    return b.build()


def stb_tuning(c: Context) -> Flow:
    """The box's reporter: numeric keys only; the serial is in the path."""
    b = FB(c, "netatv-stb", "POST", f"{STB}/r/" + "{serial}")
    serial = b.id("stb_serial", where="path /r/{serial} (no key name)", detectable=False)
    b.base = f"{STB}/r/{serial}"
    b.header("user-agent", "NetaSTB/4.2 (Linux; Broadcom BCM7271)")
    b.view("json numeric keys 1/2/3 (channel, start, seconds)", detectable=False)
    rows = [
        {"1": c.rng.choice(CHANNELS)[0], "2": ms(c) // 1000, "3": c.rng.randint(20, 3000)}
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"0": 7, "9": rows})
    b.no_content()
    return b.build()


def stb_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/stb/asociere")
    b.json(
        {
            "serieDecodor": b.id("stb_serial", where="json serieDecodor"),
            "macDecodor": b.id("stb_mac", "nosep_upper", "json macDecodor"),
            "cod": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"asociat": True, "sesiune": rid(c.rng)})
    return b.build()


def stb_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/stb/stare")
    mac = b.id("stb_mac", "lower", "response json retea.mac", direction="response")
    b.ok_json(
        {
            "pornit": True,
            "firmware": "4.2.17",
            "retea": {"tip": "ethernet", "mac": mac},
            "temperaturaC": c.rng.randint(38, 61),
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/v1/epg?canal={num}&zi=azi")
    b.decoy("programme guide with start times and durations (content fetch)")
    progs = [
        {"titlu": t, "start": iso(c), "durataMin": c.rng.choice([30, 60, 90])}
        for t in ("Telejurnal", "Vremea", "Film: Moromeții", "Сериал: Кухня")
    ]
    b.ok_json({"canal": name, "programe": progs})
    return b.build()


def live_manifest(c: Context) -> Flow:
    num, _ = c.rng.choice(CHANNELS)
    b = FB(c, "exoplayer", "GET", f"https://live.netatv.example/ch{num}/index.mpd?tok={rid(c.rng)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("live manifest with a session token (stream fetch, not a tuning log)")
    b.respond(200, "application/dash+xml", b'<?xml version="1.0"?><MPD type="dynamic"/>')
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/canale?pachet=extra")
    b.ok_json({"canale": [{"nr": n, "nume": name, "hd": n < 200} for n, name in CHANNELS]})
    return b.build()
