"""The music department's listening booths (kuuntelupisteet) and their admin console.

Each booth is a small player with headphones and a touch screen; its serial
and MAC are equipment. Most of what the console shows is counters: sessions
and minutes per booth per day, the booth's top albums of the week (over all
listeners), headphone and screen status, the catalogue synced to the booths.

A patron can log in at a booth with a library card to keep a personal list;
when a patron asks, the coordinator looks up that card's listening log
(albums, tracks, seconds listened): one identifiable person's listening, so
viewing history. The booths' nightly raw export carries the same per-patron
sessions as nameless rows [card hash, album number, seconds].
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, chrome, equipment_mac, inventory, iso, rid

API = "https://kuuntelu.kalevatalo.example"


def _booths() -> list[tuple[str, str, str]]:
    rng = inventory("booths")
    return [
        (
            f"K{i}",
            "LB24-" + "".join(rng.choice("0123456789") for _ in range(6)),
            equipment_mac(rng, "B8:27:EB"),
        )
        for i in range(1, 7)
    ]


BOOTHS = _booths()
ALBUMIT = [
    (5101, "Jean Sibelius", "Sinfoniat 1–7"),
    (5117, "Apulanta", "Kiila"),
    (5123, "Ismo Alanko", "Kun Suomi putos puusta"),
    (5140, "Mirel Wagner", "When the Cellar Children See the Light of Day"),
    (5152, "Tommi Läntinen", "Kuka kuuntelee"),
    (5166, "Kaija Koo", "Tuntematon maa"),
    (5178, "Arvo Pärt", "Tabula Rasa"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "listening-booths", method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def laskurit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/laskurit?pvm={iso(c)[:10]}")
    b.decoy("sessions and minutes per booth (usage counters)")
    b.ok_json(
        {
            "pvm": iso(c)[:10],
            "kopit": [
                {
                    "koppi": k,
                    "kuuntelukerrat": c.rng.randint(0, 60),
                    "kuunteluminuutit": c.rng.randint(0, 900),
                    "kirjautuneita": c.rng.randint(0, 12),
                }
                for k, _, _ in BOOTHS
            ],
        }
    )
    return b.build()


def kopin_tila(c: Context) -> Flow:
    koppi, serial, mac = c.rng.choice(BOOTHS)
    b = _b(c, "GET", f"{API}/api/v1/kopit/{koppi}")
    b.decoy("booth serial and MAC, headphone status, current playback of a public booth")
    album = c.rng.choice(ALBUMIT)
    b.ok_json(
        {
            "koppi": koppi,
            "sarjanumero": serial,
            "mac": mac,
            "kuulokkeet": c.rng.choice(["ok", "ok", "vasen kanava heikko"]),
            "nyt": {
                "albumi": album[2],
                "kappale": c.rng.randint(1, 12),
                "kohta_s": c.rng.randint(0, 300),
            },
            "kirjautunut": False,
        }
    )
    return b.build()


def viikon_top(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/tilastot/top-albumit?viikko={c.rng.randint(40, 52)}")
    b.decoy("top albums over all booths and listeners (aggregate)")
    b.ok_json(
        {
            "albumit": [
                {"albumId": a, "artisti": ar, "nimi": n, "kuuntelukerrat": c.rng.randint(3, 120)}
                for a, ar, n in ALBUMIT
            ]
        }
    )
    return b.build()


def valikoima(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/valikoima/synkronoi")
    b.decoy("catalogue sync to the booths (content)")
    b.json(
        {
            "kopit": [k for k, _, _ in BOOTHS],
            "lisatyt": [a for a, _, _ in ALBUMIT[:3]],
            "poistetut": [],
        }
    )
    b.ok_json({"tila": "kaynnissa", "tyo": rid(c.rng)})
    return b.build()


def asiakkaan_kuuntelut(c: Context) -> Flow:
    kortti = new_digits(c.rng, 10, "2")
    b = _b(c, "GET", f"{API}/api/v1/asiakkaat/{kortti}/kuuntelut?jakso=30pv")
    b.view("response json kuuntelut[] of one library card (albums, seconds)", direction="response")
    rivit = []
    for _ in range(c.rng.randint(3, 7)):
        a, ar, n = c.rng.choice(ALBUMIT)
        rivit.append(
            {
                "koppi": c.rng.choice(BOOTHS)[0],
                "albumId": a,
                "artisti": ar,
                "albumi": n,
                "kuunneltu_s": c.rng.randint(60, 2400),
                "alkoi": iso(c),
            }
        )
    b.ok_json(
        {"kirjastokortti": kortti, "kuuntelut": rivit, "omaLista": [a for a, _, _ in ALBUMIT[:2]]}
    )
    return b.build()


def yovienti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/vienti/{iso(c)[:10]}.json")
    b.view("response json r[] rows [card hash, album number, seconds]", False, "response")
    rows = []
    for _ in range(c.rng.randint(5, 12)):
        h = hashlib.sha1(new_digits(c.rng, 10, "2").encode()).hexdigest()[:12]
        rows.append([h, c.rng.choice(ALBUMIT)[0], c.rng.randint(30, 2400)])
    b.ok_json({"r": rows, "v": 1})
    return b.build()
