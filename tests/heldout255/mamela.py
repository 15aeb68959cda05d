"""Mamela: a famo / kwaito / gospel music and community-radio app on the mother's
Tecno Spark 20 in Bloemfontein.

Analytics go to CleverTap (`POST /a1?os=Android&t=..&z=<account>` with a JSON
array: a `type: meta` header then events with `evtName` / `evtData`; with
`useGoogleAdId` on, the CleverTap id `g` is "__g" and the advertising id without
dashes). The app's own backend speaks Sesotho: `mamela` = listen, `pina` =
song, `sebini` = artist, `seteishene` = station, `metsotsoana` = seconds,
`metsotso` = minutes, `ka` = at. Station schedules (`lenaneo`), the famo
chart's play counts, what a station is playing now, lyrics, the Icecast
stream itself and gospel concert tickets are content, not anyone's listening
history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, PHONES, dalvik, iso, iso_ago, ms, new_hex, rf, rid, ua

API = "https://api.mamela.example"
CT = "https://eu1.clevertap-prod.com/a1"
CT_ACCOUNT = "W9R-8K4-Z76Z"
CT_TOKEN = "b42-a1c"
UA = ua("Mamela", "5.2.1", "mme")
LIPINA = [
    ("p1101", "Mosotho Chakela", "Ha ke le Mosotho", "famo"),
    ("p1102", "Puseletso Seema", "Khomo ea Lebese", "famo"),
    ("p1103", "Mandoza", "Nkalakatha", "kwaito"),
    ("p1104", "Brenda Fassie", "Vulindlela", "kwaito"),
    ("p1105", "Rebecca Malope", "Moya Wami", "gospel"),
    ("p1106", "Joyous Celebration", "Ke Na Le Modimo", "gospel"),
    ("p1107", "Lekase", "Lipapali tsa Bana", "famo"),
]
LITEISHENE = ["Harvest FM", "Radio Lesotho", "MoAfrika FM", "Motheo FM", "Lesedi FM", "Tsenolo FM"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mamela", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def _ct(c: Context, events: list[dict]) -> FB:
    """A CleverTap upload: the meta header (with the id `g`) and the events."""
    b = FB(
        c,
        "clevertap",
        "POST",
        f"{CT}?os=Android&t=60400&z={CT_ACCOUNT}&ts={int(c.now)}",
    )
    b.header("user-agent", dalvik("mme"))
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", CT_TOKEN)
    g = "__g" + b.id("gaid_mme", "nosep", "json [0].g (CleverTap id, __g + ad id)")
    osv, model, _ = PHONES["mme"]
    meta = {
        "type": "meta",
        "g": g,
        "tk": CT_TOKEN,
        "id": CT_ACCOUNT,
        "ddnd": False,
        "frs": False,
        "l_ts": int(c.now) - c.rng.randint(600, 90000),
        "f_ts": 1733200000 + c.rng.randint(0, 99999),
        "rtl": [],
        "af": {
            "Build": "521",
            "Version": "5.2.1",
            "OS Version": osv,
            "SDK Version": 60400,
            "Make": "TECNO",
            "Model": model,
            "Carrier": "Vodacom",
            "useIP": False,
            "OS": "Android",
            "wdt": 2.85,
            "hgt": 6.19,
            "dpi": 320,
            "cc": "za",
            "nt": "4G",
        },
    }
    session = int(c.now) - c.rng.randint(10, 900)
    stamped = [
        {**e, "s": session, "pg": c.rng.randint(1, 9), "ep": int(c.now), "f": False, "lsl": 0}
        for e in events
    ]
    b.json([meta, *stamped], ctype="application/json; charset=utf-8")
    b.ok_json({"arp": {"j": c.rng.randint(10**8, 10**9), "i_n": 1}, "inapp_notifs": []})
    return b


def ct_launch(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {
                "type": "event",
                "evtName": "App Launched",
                "evtData": {"Build": "521", "Version": "5.2.1", "Sefate": "lehae"},
                "n": "LehaeActivity",
            },
            {
                "type": "profile",
                "profile": {"Identity": _account(c), "Puo": "st", "MSG-push": True},
            },
        ],
    )
    return b.build()


def _account(c: Context) -> str:
    """The account id, read straight off the device object (an account, not labelled)."""
    return str(c.phone.mamela_user)


def ct_pina(c: Context) -> Flow:
    _, sebini, pina, mofuta = c.rng.choice(LIPINA)
    b = _ct(
        c,
        [
            {
                "type": "event",
                "evtName": "Pina e Mameletsoe",
                "evtData": {
                    "Pina": pina,
                    "Sebini": sebini,
                    "Mofuta": mofuta,
                    "Metsotsoana": c.rng.randint(25, 300),
                    "E Phethiloe": c.rng.random() < 0.6,
                },
                "n": "SebapaliActivity",
            }
        ],
    )
    b.view("json evtName Pina e Mameletsoe + evtData Pina / Sebini / Metsotsoana")
    return b.build()


def ct_radio(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {
                "type": "event",
                "evtName": "Seteishene se Mametsoe",
                "evtData": {
                    "Seteishene": c.rng.choice(LITEISHENE),
                    "Metsotso": c.rng.randint(3, 180),
                    "Mohloli": "app",
                },
                "n": "RadioActivity",
            }
        ],
    )
    b.view("json evtName Seteishene se Mametsoe + evtData Seteishene / Metsotso")
    return b.build()


def ct_screen(c: Context) -> Flow:
    b = _ct(
        c,
        [
            {
                "type": "page",
                "n": c.rng.choice(["LehaeActivity", "BatlaActivity", "RadioActivity"]),
            }
        ],
    )
    return b.build()


def ngolisa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sesebelisoa/ngolisa")
    b.json(
        {
            "androidId": b.id("aid_mamela", where="json androidId"),
            "mohlala": PHONES["mme"][1],
            "puo": "st",
            "naha": "ZA",
        }
    )
    b.ok_json({"mosebelisi": b.acct("mamela_user"), "ngolisitsoe": True})
    return b.build()


def mamela_log(c: Context) -> Flow:
    pid, sebini, pina, mofuta = c.rng.choice(LIPINA)
    b = _b(c, "POST", f"{API}/v2/mamela/tse-mametsoeng")
    b.view("json pinaId / sebini / metsotsoana (song listened)")
    b.json(
        {
            "pinaId": pid,
            "sebini": sebini,
            "sehlooho": pina,
            "mofuta": mofuta,
            "metsotsoana": c.rng.randint(20, 300),
            "ka": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_seanca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/radio/mametse")
    b.view("json seteishene + metsotso (radio listening session)")
    b.json(
        {
            "seteishene": c.rng.choice(LITEISHENE),
            "qalile": iso(c),
            "metsotso": c.rng.randint(2, 240),
            "sesebelisoa": "fono",
        }
    )
    b.no_content()
    return b.build()


def haufinyane(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/mosebelisi/tse-mametsoeng-haufinyane")
    b.view("response json lipina[] (recently played)", direction="response")
    b.ok_json(
        {
            "lipina": [
                {"pinaId": p, "sebini": s, "sehlooho": t, "mametsoe": iso_ago(c, 300, 3 * 86400)}
                for p, s, t, _ in c.rng.sample(LIPINA, 4)
            ]
        }
    )
    return b.build()


def opaque_rows(c: Context) -> Flow:
    """The player's batch: `id;seconds;ts` rows in plain text, nothing named; the
    ANDROID_ID rides as an upper-case MD5 in header `x-m`."""
    b = _b(c, "POST", f"{API}/t")
    b.header("x-m", b.id("aid_mamela", "md5_upper", "header x-m", detectable=False))
    b.view("text/plain nameless rows", detectable=False)
    rows = [
        f"{c.rng.choice(LIPINA)[0][1:]};{c.rng.randint(20, 300)};{ms(c)}"
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body("\n".join(rows).encode(), "text/plain; charset=utf-8")
    b.no_content()
    return b.build()


def config_hashed(c: Context) -> Flow:
    """Feature flags keyed by the ANDROID_ID's SHA-1 under a one-letter form field."""
    b = _b(c, "POST", f"{API}/c")
    b.form([("a", "za.mamela.app"), ("k", b.id("aid_mamela", "sha1", "form k", False))])
    b.ok_json({"f": {"radio_v3": True, "lyrics": c.rng.random() < 0.5}})
    return b.build()


# --- content (decoys and plain fetches) -----------------------------------------


def lenaneo(c: Context) -> Flow:
    st = c.rng.choice(LITEISHENE)
    b = _b(c, "GET", f"{API}/v2/radio/lenaneo?seteishene={st.replace(' ', '+')}")
    b.decoy("station programme schedule with start times and durations")
    b.ok_json(
        {
            "seteishene": st,
            "lenaneo": [
                {"lebitso": n, "qala": f"{h:02d}:00", "nako": 120}
                for h, n in ((6, "Hoseng Hoseng"), (9, "Famo Hour"), (12, "Lihoreng"))
            ],
        }
    )
    return b.build()


def e_bapalang_joale(c: Context) -> Flow:
    st = c.rng.choice(LITEISHENE)
    _, sebini, pina, _ = c.rng.choice(LIPINA)
    b = _b(c, "GET", f"{API}/v2/radio/joale?seteishene={st.replace(' ', '+')}")
    b.decoy("station now-playing title and listener count (content fetch)")
    b.ok_json(
        {"seteishene": st, "joale": f"{sebini} - {pina}", "bamameli": c.rng.randint(40, 9000)}
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/lethathamo?mofuta=famo")
    b.decoy("chart with aggregate play counts")
    b.ok_json(
        {
            "lethathamo": [
                {
                    "sebaka": i + 1,
                    "pinaId": p,
                    "sehlooho": t,
                    "ho_mamela": c.rng.randint(10**3, 10**6),
                }
                for i, (p, _, t, _) in enumerate(LIPINA)
            ]
        }
    )
    return b.build()


def mantsoe(c: Context) -> Flow:
    pid, _, pina, _ = c.rng.choice(LIPINA)
    b = _b(c, "GET", f"{API}/v2/lipina/{pid}/mantsoe")
    b.ok_json({"sehlooho": pina, "mantsoe": "Ke Mosotho oa 'nete...\n" * 3})
    return b.build()


def icecast(c: Context) -> Flow:
    st = c.rng.choice(LITEISHENE).lower().replace(" ", "")
    b = FB(
        c,
        "mamela",
        "GET",
        f"https://stream.radio-ls.example/{st}/live.mp3",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def tekete(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/liketsahalo?toropo=Bloemfontein")
    b.decoy("gospel concert tickets: dates, durations, prices")
    b.ok_json(
        {
            "liketsahalo": [
                {
                    "lebitso": "Joyous Celebration Live",
                    "sebaka": "Mangaung Indoor Centre",
                    "ka": iso(c),
                    "duration": "3h",
                    "theko": rf(c.rng, 250, 450, 0),
                    "tekete_id": rid(c.rng),
                }
            ]
        }
    )
    return b.build()
