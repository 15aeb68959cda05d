"""房 The hotel's interactive TV: the guest rooms' set-top boxes and movie logs.

The resort's iTV middleware (one STB per room, by MAC and serial) reports power
and the channel tuned, the pay-movie purchases and how long each was watched,
and posts the charges to the hotel PMS through a Portuguese-keyed interface
(`quarto`, `filme`, `valor_mop`, `duracao_min`). The channel line-up gives each
channel's `posicao`; a room's TV audit log (`viewing_log`) is pulled when the
surveillance room investigates a complaint.

Viewing history is what an identifiable viewer watched, whoever it is: the
boxes' per-room status rows (room, channel, since), the pay-movie purchases
per room with the minutes watched (`watchedMin`) and a room's `viewing_log`
are labelled viewing history, readable by their keys. The PMS charge (a
film's price and running time on a room's bill, nothing watched), the line-up,
the welcome screen and the reboot stay negative; the boxes' MACs and serials
are the resort's, not the tester's device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, equipment_mac, iso, rf

API = "https://itv.hotel.lotusbay.example"
CHANNELS = [
    "TDM Ou Mun",
    "TDM 澳門",
    "TVB 翡翠台",
    "CCTV-4",
    "CNN",
    "NHK World",
    "Lotus Bay 資訊台",
]
MOVIES = [
    ("Dune: Part Two", 166),
    ("熱辣滾燙", 129),
    ("Inside Out 2", 96),
    ("九龍城寨之圍城", 125),
    ("Godzilla x Kong", 115),
]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-itv", method, url)
    b.header("user-agent", "LotusOps/4.1.0 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _room(c: Context) -> str:
    return f"{c.rng.randint(8, 38)}{c.rng.randint(1, 40):02d}"


def stb_status(c: Context) -> Flow:
    floor = c.rng.randint(8, 38)
    b = _b(c, "GET", f"{API}/itv/api/v1/stb/status?floor={floor}")
    b.decoy("guest rooms' STB MACs / serials (the resort's boxes)")
    b.view("response json rooms[] room + channel + since (now on)", direction="response")
    b.ok_json(
        {
            "floor": floor,
            "rooms": [
                {
                    "room": f"{floor}{n:02d}",
                    "stbMac": equipment_mac(c.rng, "00:02:02"),
                    "stbSerial": "LTV" + new_hex(c.rng, 9).upper(),
                    "power": c.rng.choice(["on", "standby"]),
                    "channel": c.rng.choice(CHANNELS),
                    "since": iso(c),
                }
                for n in c.rng.sample(range(1, 40), 5)
            ],
        }
    )
    return b.build()


def vod_purchases(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/itv/api/v1/vod/purchases?date={iso(c)[:10]}")
    b.view("response json purchases[] room / title / watchedMin", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        title, length = c.rng.choice(MOVIES)
        rows.append(
            {
                "room": _room(c),
                "title": title,
                "price": 98,
                "currency": "MOP",
                "purchasedAt": iso(c),
                "watchedMin": c.rng.randint(5, length),
            }
        )
    b.ok_json({"purchases": rows})
    return b.build()


def pms_posting(c: Context) -> Flow:
    title, length = c.rng.choice(MOVIES)
    b = _b(c, "POST", f"{API}/itv/api/v1/pms/lancamento")
    b.decoy("PMS charge for a room's movie: quarto / filme / duracao (billing, nothing watched)")
    b.json(
        {
            "quarto": _room(c),
            "filme": title,
            "valor_mop": 98,
            "duracao_min": length,
            "data_hora": iso(c),
            "folio": "F" + str(c.rng.randint(10**6, 10**7)),
        }
    )
    b.ok_json({"estado": "lancado"})
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/itv/api/v1/canais")
    b.decoy("channel line-up with posicao (content list)")
    b.ok_json({"canais": [{"posicao": i + 1, "nome": ch} for i, ch in enumerate(CHANNELS)]})
    return b.build()


def room_viewing_log(c: Context) -> Flow:
    room = _room(c)
    b = _b(c, "GET", f"{API}/itv/api/v1/rooms/{room}/viewing_log?hours=12")
    b.view("response json room + viewing_log[] channel / from / minutes", direction="response")
    b.ok_json(
        {
            "room": room,
            "viewing_log": [
                {"channel": c.rng.choice(CHANNELS), "from": iso(c), "minutes": c.rng.randint(3, 90)}
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    return b.build()


def welcome(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/itv/api/v1/rooms/{_room(c)}/welcome")
    b.decoy("guest welcome screen (guest name)")
    b.ok_json(
        {
            "guestName": c.rng.choice(["Mr. Lee", "Ms. Tanaka", "黃先生", "Sra. Costa"]),
            "language": c.rng.choice(["zh-HK", "en", "ja", "pt"]),
            "checkout": iso(c)[:10],
        }
    )
    return b.build()


def stb_reboot(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/itv/api/v1/stb/reboot")
    b.decoy("reboot of a guest-room STB by MAC (resort's box)")
    b.json({"stbMac": equipment_mac(c.rng, "00:02:02"), "room": _room(c), "by": b.acct("staff_no")})
    b.ok_json({"queued": True, "eta_s": rf(c.rng, 5, 30, 0)})
    return b.build()
