"""A TV-guide app with catch-up playback: "GuidaTV Più" (fictional, in-house API).

Look-alikes: EPG grids (programme titles, start times, durations), programme
reminders, "popular now" charts. Real viewing: the catch-up player's NPAW
Youbora beacons (Open REST API v2: /start with system, title, duration,
resource, live; /ping with code, pingTime, time = playhead; see the Youbora
plugins in NicePeopleAtWork/NicePlayers and kaltura/playkit-ios-youbora), a
progress sync and the "continua a guardare" list the server returns.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, digits, hexs, iso, ms, rid, ua

API = "https://api.guidatvpiu.it/v2"
SHOWS = [
    ("Il Commissario Montalbano", 6300),
    ("Che tempo che fa", 5400),
    ("Τα Νέα του ΣΚΑΪ", 3600),
    ("Preço Certo", 2700),
    ("Techetechetè", 2400),
]
NQS = "https://nqs.nice264.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "guidatv", method, API + path)
    b.header("user-agent", ua("GuidaTVPiu", "4.7.0"))
    return b


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "/palinsesto?data=2025-11-30&canali=rai1,rai3,canale5,skai,rtp1")
    t = 1764489600
    griglia = []
    for name, dur in SHOWS:
        griglia.append(
            {
                "canale": c.rng.choice(["rai1", "skai", "rtp1"]),
                "titolo": name,
                "inizio": t,
                "durata": dur,
                "genere": "intrattenimento",
            }
        )
        t += dur
    b.ok_json({"griglia": griglia})
    b.decoy("EPG grid: programme titles, start times and durations of the schedule")
    return b.build()


def reminder(c: Context) -> Flow:
    name, _ = c.rng.choice(SHOWS)
    b = _b(c, "POST", "/promemoria")
    b.json(
        {
            "programma": name,
            "canale": "rai1",
            "inizio": "2025-11-30T21:25:00+01:00",
            "avvisaMinutiPrima": 10,
        }
    )
    b.ok_json({"id": digits(c.rng, 8)})
    b.decoy("programme reminder for a future broadcast: nothing watched yet")
    return b.build()


def popular(c: Context) -> Flow:
    b = _b(c, "GET", "/popolari-ora")
    b.ok_json(
        {
            "classifica": [
                {
                    "titolo": n,
                    "spettatori": c.rng.randint(10**5, 5 * 10**6),
                    "share": round(c.rng.uniform(3, 25), 1),
                }
                for n, _ in SHOWS
            ]
        }
    )
    b.decoy("'popular now' chart: audience figures of programmes, not this household's")
    return b.build()


def youbora_start(c: Context) -> Flow:
    name, dur = c.rng.choice(SHOWS)
    b = FB(
        c,
        "youbora",
        "GET",
        NQS + "/start",
        [
            ("system", "guidatvpiu"),
            ("pluginVersion", "6.8.9-exoplayer"),
            ("title", name),
            ("duration", str(dur)),
            ("live", "false"),
            ("resource", f"https://vod.guidatvpiu.it/{hexs(c.rng, 10)}/master.m3u8"),
            ("code", "U_" + hexs(c.rng, 14)),
            ("timemark", str(ms(c))),
        ],
    )
    b.view("query title/duration/resource (Youbora /start)")
    b.no_content()
    return b.build()


def youbora_ping(c: Context) -> Flow:
    _, dur = c.rng.choice(SHOWS)
    b = FB(
        c,
        "youbora",
        "GET",
        NQS + "/ping",
        [
            ("code", "U_" + hexs(c.rng, 14)),
            ("pingTime", "5"),
            ("time", f"{c.rng.uniform(10, dur):.3f}"),
            ("bitrate", str(c.rng.randint(900000, 4500000))),
            ("timemark", str(ms(c))),
        ],
    )
    b.view("query time = playhead (Youbora /ping)")
    b.no_content()
    return b.build()


def progress_sync(c: Context) -> Flow:
    name, dur = c.rng.choice(SHOWS)
    b = _b(c, "PUT", "/utente/" + b_acct(c) + "/progresso")
    b.header("x-install-id", c.phone.tv_install)
    b.other_id("tv_install", "header x-install-id")
    b.json(
        {
            "contenuto": {"id": "ep" + digits(c.rng, 6), "titolo": name},
            "posizioneSec": c.rng.randint(60, dur),
            "durataSec": dur,
            "aggiornato": iso(c),
        }
    )
    b.view("body contenuto + posizioneSec/durataSec (resume point)")
    b.no_content()
    return b.build()


def b_acct(c: Context) -> str:
    return str(c.phone.tv_user)


def continua(c: Context) -> Flow:
    b = _b(c, "GET", "/utente/" + b_acct(c) + "/continua-a-guardare")
    b.ok_json(
        {
            "elementi": [
                {"titolo": n, "visto": round(c.rng.uniform(0.1, 0.9), 2), "ultimaVisione": iso(c)}
                for n, _ in SHOWS[:3]
            ]
        }
    )
    b.view("response continue-watching list", direction="response")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/login")
    b.header("x-android-id", b.id("aid_tv", where="header x-android-id"))
    b.json({"email": b.id("email", where="body email"), "password": "***", "traceId": rid(c.rng)})
    b.ok_json({"token": hexs(c.rng, 48), "utente": b_acct(c)})
    return b.build()


DECOYS = [(0.8, epg), (0.35, reminder), (0.5, popular)]
SENSITIVE = [youbora_start, youbora_ping, progress_sync, youbora_ping, continua, youbora_start]
