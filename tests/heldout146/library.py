"""The school library's e-book loans (Ellibs). Loans, reading position and reading
progress are reading, not watching or listening: decoys by the definitions.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

API = "https://www.ellibs.com/api/v3"
BOOKS = ["Tuntematon sotilas", "Muumipappa ja meri", "Seitsemän veljestä", "Röde Orm"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ellibs", method, url)
    b.header("user-agent", ua("EllibsReader", "4.3.2"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def loans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/lainat?kirjasto=espoo-koulut")
    b.decoy("e-book loans of the library account (reading, not watching)")
    b.ok_json(
        {
            "lainat": [
                {"nimeke": t, "isbn": f"978952{c.rng.randint(10**6, 10**7)}", "erapaiva": iso(c)}
                for t in c.rng.sample(BOOKS, 2)
            ]
        }
    )
    return b.build()


def reading_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/lukuasema/{c.rng.randint(10**5, 10**6)}")
    b.decoy("e-book reading position and lukuedistyminen: reading is not viewing history")
    b.json(
        {
            "nimeke": c.rng.choice(BOOKS),
            "sivu": c.rng.randint(1, 400),
            "lukuedistyminen": rf(c.rng, 0, 1, 3),
            "lukuaika_s": c.rng.randint(60, 3600),
            "paivitetty": iso(c),
        }
    )
    b.no_content()
    return b.build()
