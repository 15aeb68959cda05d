"""Dunia Bocah: a kids' app on the Samsung tablet (cartoons, e-books, songs).

Cartoon watch progress (`ditonton_detik`) and the 'Tontonan Terakhir' list are
viewing history. E-book reading progress is reading (a decoy), and the child's
profile (self-declared gender, birth year) is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.duniabocah.example"
UA = ua("DuniaBocah", "1.19.0", tablet=True)
KARTUN = ["Nussa dan Rara", "Adit Sopo Jarwo", "Si Unyil", "Riko The Series", "Keluarga Somat"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "duniabocah", method, url)
    b.header("user-agent", UA)
    b.header("x-tab-id", b.id("aid_bocah", where="header x-tab-id"))
    return b


def kartun_ditonton(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tontonan")
    b.view("json ditonton_detik of a cartoon episode")
    b.json(
        {
            "profil": b.acct("kid_profile"),
            "judul": c.rng.choice(KARTUN),
            "episode": c.rng.randint(1, 80),
            "ditonton_detik": c.rng.randint(10, 720),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tontonan_terakhir(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/profil/tontonan-terakhir")
    b.view("response json tontonan_terakhir[]", direction="response")
    b.ok_json(
        {"tontonan_terakhir": [{"judul": k, "ditonton": iso(c)} for k in c.rng.sample(KARTUN, 3)]}
    )
    return b.build()


def iklan_anak(c: Context) -> Flow:
    """The kids' ad call: the tablet's advertising id even in a kids' app."""
    b = FB(c, "adnusa", "GET", "https://ads.adnusa.example/v2/iklan")
    b.header("user-agent", UA)
    b.param("ifa", b.id("gaid_tab", where="query ifa"))
    b.param("coppa", "1")
    b.param("slot", "bocah_interstitial")
    b.ok_json(
        {
            "iklan": [
                {
                    "gambar": "https://cdn.adnusa.example/c/123.jpg",
                    "klik": "https://adnusa.example/k",
                }
            ]
        }
    )
    return b.build()


def buku_dibaca(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/buku/progres")
    b.decoy("e-book pages read: reading is not watching or listening")
    b.json(
        {
            "buku": "Kancil dan Buaya",
            "halaman": c.rng.randint(1, 24),
            "waktu_baca_detik": c.rng.randint(30, 600),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def profil_anak(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/profil")
    b.decoy("self-declared gender and birth year on a form: not biometric")
    b.json({"nama": "Raka", "jenis_kelamin": "laki-laki", "tahun_lahir": 2019, "avatar": "kancil"})
    b.ok_json({"profil": b.acct("kid_profile")})
    return b.build()
