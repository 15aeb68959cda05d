"""The e-book and e-audiobook lending service's library admin (a Finnish e-library vendor).

Monthly loan reports per title (loans, distinct borrowers, total listening
hours over all borrowers), licence stock and waiting lists are aggregates and
catalogue. When a patron reports that an audiobook "lost its place", support
looks up that patron's current loans with each one's listening position and
last-listened time: one identifiable patron's listening, so viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, chrome, iso, rid

API = "https://hallinta.ekirjasto-palvelu.example/api/v1/kirjastot/kalevatalo"
NIMEKKEET = [
    ("978-952-04-1234-5", "Sinuhe egyptiläinen", "Mika Waltari", 79200),
    ("978-951-0-45678-2", "Tuntematon sotilas", "Väinö Linna", 68400),
    ("978-952-279-111-0", "Puhdistus", "Sofi Oksanen", 43200),
    ("978-951-1-33445-7", "Muumipappa ja meri", "Tove Jansson", 25200),
    ("978-952-300-212-9", "Kalevala", "Elias Lönnrot", 90000),
    ("978-952-04-5566-1", "Vanhan herran kuolema", "Laura Lindstedt", 36000),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "e-library-admin", method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def kuukausiraportti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/raportit/lainat?kk={iso(c)[:7]}&muoto=aani")
    b.decoy("monthly audiobook loans and listening hours per title (aggregate)")
    b.ok_json(
        {
            "kk": iso(c)[:7],
            "nimekkeet": [
                {
                    "isbn": isbn,
                    "nimi": nimi,
                    "lainoja": c.rng.randint(5, 300),
                    "eriLainaajia": c.rng.randint(5, 250),
                    "kuunteluaika_h_yhteensa": c.rng.randint(20, 4000),
                    "keskimKuunneltu_pct": c.rng.randint(20, 90),
                }
                for isbn, nimi, _, _ in NIMEKKEET
            ],
        }
    )
    return b.build()


def lisenssit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/lisenssit?vanhenevat=90pv")
    b.decoy("licence stock and waiting lists (catalogue)")
    b.ok_json(
        {
            "lisenssit": [
                {
                    "isbn": isbn,
                    "nimi": nimi,
                    "kappaleita": c.rng.randint(1, 10),
                    "jono": c.rng.randint(0, 40),
                    "kesto_s": kesto,
                }
                for isbn, nimi, _, kesto in NIMEKKEET
            ]
        }
    )
    return b.build()


def asiakkaan_lainat(c: Context) -> Flow:
    kortti = new_digits(c.rng, 10, "2")
    b = _b(c, "GET", f"{API}/asiakkaat/{kortti}/lainat?sisalto=kuuntelukohta")
    b.view("response json lainat[] of one patron with kuuntelukohta_s", direction="response")
    lainat = []
    for isbn, nimi, tekija, kesto in c.rng.sample(NIMEKKEET, c.rng.randint(1, 3)):
        lainat.append(
            {
                "isbn": isbn,
                "nimi": nimi,
                "tekija": tekija,
                "kuuntelukohta_s": c.rng.randint(60, kesto),
                "kesto_s": kesto,
                "viimeksiKuunneltu": iso(c),
                "erapaiva": iso(c)[:10],
            }
        )
    b.ok_json({"kirjastokortti": kortti, "lainat": lainat})
    return b.build()


def asiakkaan_vienti(c: Context) -> Flow:
    """The support tool's export of one patron's loans: a header-less CSV of
    ISBN, second and timestamp (what it is shows nowhere in the rows)."""
    kortti = new_digits(c.rng, 10, "2")
    b = _b(c, "GET", f"{API}/tuki/{kortti}/vienti.csv")
    b.view("response CSV rows isbn;second;ts without a header", False, "response")
    rows = [
        f"{isbn};{c.rng.randint(60, kesto)};{int(c.now) - c.rng.randint(0, 10**6)}"
        for isbn, _, _, kesto in c.rng.sample(NIMEKKEET, c.rng.randint(1, 3))
    ]
    b.respond(200, "text/csv; charset=utf-8", ("\n".join(rows) + "\n").encode())
    return b.build()
