"""An app's own request header that carries one id on every call: the device's binding.

Why: apps bind a phone to their API with a header of their own, and name it in words
no list anticipates (`x-dp-terminal`, `x-id-vinculacion`, `x-ms-instance`, `x-dvc-id`,
`mobile_uid`). A rule hangs on the name; this reading hangs on what the header does: a
custom request header whose value is an id (a UUID, or a hex run of 16 to 64 with a
digit and a letter) and is the SAME on `MIN_FLOWS` or more flows to one app (one
registrable domain) of a session. On sets 3-176 (300 flows) such a header is the
device's id under 254 names against 12 that are not, and those few are named for what
they are (a user, a customer, a contract, a profile, an API key, a session), so the
name vetoes (`vetoed`), in many languages; a device word in the name (`x-rider-device`,
`x-chiave-dispositivo`) outweighs a person word or a bare key, never a token, secret or
session word. Three flows, not two: two read a game's `x-player` on set 15.

A vendor's licence or API key sent in a header named for the device (FaceTec's
`X-Device-Key`, the app's Device Key Identifier) also sends one value on every call, but
the same value on every install, which one session cannot see: what vendors document
their headers to hold is data (`vendor_key_headers.yaml`, with references), read only
beside the vendor's mark (its API user agent or host); a licence word in any name
(`x-device-license`) vetoes it as a credential word does.

Values vetoed whatever the name: one the server sent in a response of the session
(an issued token, not a device's own id) and one the session also sent in an
`authorization` header (a credential).

Order: the reading is settled when the session is whole (a file's end, or the merge
of a split file's parts and of streamed runs), so it is the same in any flow order
and whether or not a file is split; the live proxy, which has no end, settles after
every flow and so reads a value sent three times before a response names it (the
veto then stops its later findings only). Findings are at 0.5, under the 0.6 at
which a device id teaches learned values: a wrong reading must not spread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

from ..attribute import registrable_domain
from ..decode import Node
from .lexicon import load
from .session_values import FlowRef
from .structures._common import key_words

__all__ = ["MIN_FLOWS", "HeaderHit", "SessionHeaders", "merge_headers", "vendor_key", "vetoed"]

MIN_FLOWS = 3
CONFIDENCE = 0.5
MAX_CARRIERS = 200_000
_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")
_HEX = re.compile(r"[0-9a-f]{16,64}")
_ID_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-]{14,}[0-9A-Za-z]")
_HEADER_PREFIX = "header."


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Headers that are HTTP's own, or whose value is read by other rules as what it is.
_STANDARD = _words(
    """authorization proxy-authorization cookie cache-control connection origin pragma
    referer user-agent te upgrade-insecure-requests if-none-match if-modified-since if-match
    range sec-fetch-site sec-fetch-mode sec-fetch-dest sec-fetch-user x-requested-with
    traceparent tracestate baggage date dnt etag x-forwarded-for forwarded via"""
)

# Name words that say a value is not the phone's. A credential, a request, a session or a
# tenant is never outweighed; a person, their account, contract or home, and a bare key
# are outweighed by a device word (`x-rider-device`, `x-chiave-dispositivo`: the device's
# own key). ASCII-folded, as `key_words` gives them.
_CREDENTIAL_WORDS = _words(
    """api apikey token tokens secret secrets session sessions sid nonce signature sig
    trace span request req correlation corr idempotency transaction txn tenant
    subscription auth oauth jwt bearer csrf xsrf otp password passwd pwd jeton sitzung
    sesion sessao sessione sessie sesja sessiya oturum sesi phien"""
)
_KEY_WORDS = _words(
    """key keys clave llave chave cle schluessel chiave sleutel nyckel nokkel avain kulcs
    cheie ufunguo klucz anahtar kunci kluch klyuch kljuch"""
)
_PERSON_WORDS = _KEY_WORDS | _words(
    """user users usr person people customer customers member members account accounts
    acct profile profiles household family contract subscriber rider driver passenger
    patient student employee guest owner payer buyer merchant partner player gamer
    usuario usuaria utilizador cliente clientes socio miembro membro cuenta conta perfil
    profil hogar contrato assinante abonado utilisateur compte abonne membre foyer contrat
    utente conto contratto famiglia benutzer nutzer kunde kundin konto mitglied vertrag
    haushalt gebruiker klant rekening huishouden anvandare kund medlem bruker
    kayttaja asiakas tili uzytkownik klient czlonek umowa uzivatel zakaznik ucet
    felhasznalo ugyfel fiok utilizator cont polzovatel korystuvach akkaunt kullanici
    hesap musteri uye sozlesme pengguna akun pelanggan anggota akaun ahli khachhang
    taikhoan nguoidung mtumiaji akaunti mteja mwanachama sayongja gyejeong gogaek
    hoewon yuza kaiin kokyaku yonghu zhanghao zhanghu kehu huiyuan grahak upyogkarta
    khata sadasya mustakhdim hisab ameel"""
)
_DEVICE_CLASSES = _words(
    """device phone terminal hardware machine install instance binding serial
    advertising fingerprint"""
)


@cache
def _vendor_keys() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Vendor key headers (name -> marks, none: every flow) and licence name words."""
    data = yaml.safe_load(
        resources.files(__package__).joinpath("vendor_key_headers.yaml").read_text("utf-8")
    )
    headers: dict[str, tuple[str, ...]] = {}
    for entry in data["headers"]:
        marks = tuple(str(m).lower() for m in entry.get("marks") or ())
        headers[entry["header"].lower()] = marks
    words = frozenset(w for spellings in data["name_words"].values() for w in spellings)
    return headers, words


def vendor_key(name: str, host: str, request_headers: Iterable[tuple[str, str]]) -> bool:
    """Whether a header is a vendor's documented licence key beside the vendor's mark."""
    marks = _vendor_keys()[0].get(name.lower())
    if marks is None:
        return False
    if not marks:
        return True
    texts = [host.lower(), *(v.lower() for _, v in request_headers)]
    return any(m in t for m in marks for t in texts)


@dataclass(frozen=True, slots=True)
class HeaderHit:
    """A flow that carried a device-binding header: the engine makes the finding."""

    ref: FlowRef
    name: str
    value: str


@lru_cache(maxsize=4096)
def vetoed(name: str) -> bool:
    """Whether a header's name says its value is a credential or a person's, not the
    phone's. Words run together (`x-grana-cliente`, `x-ritmousuario`) are read too."""
    words = key_words(name)
    joined = "".join(words)
    licence = _vendor_keys()[1]
    if (
        any(w in _CREDENTIAL_WORDS or w in licence for w in words)
        or any(w in joined for w in ("apikey", "token", "secret", "session"))
        or any(w in joined for w in licence if len(w) >= 7)
    ):
        return True
    if not any(w in _PERSON_WORDS for w in words):
        return False
    device = load("device")
    return not any(device.word(w) in _DEVICE_CLASSES for w in words)


def id_shaped(value: str) -> bool:
    """A UUID, or a hex run long enough to be one unit's id and not a number."""
    value = value.strip().lower()
    if _UUID.fullmatch(value):
        return True
    return bool(_HEX.fullmatch(value)) and not value.isdigit() and not value.isalpha()


@dataclass(slots=True)
class SessionHeaders:
    """What a session sent in its custom request headers, and what it must not read."""

    carriers: dict[tuple[str, str, str], list[tuple[FlowRef, str, bool]]] = field(
        default_factory=dict
    )
    """(app domain, header name, value) -> the flows that sent it: the value as sent, and
    whether a rule already found it there (it counts, but is not reported twice)."""
    issued: set[str] = field(default_factory=set)
    """Id-shaped runs of the session's responses (lower case)."""
    credentials: set[str] = field(default_factory=set)
    """Id-shaped runs of the session's authorization headers (lower case)."""
    reported: set[tuple[str, str]] = field(default_factory=set)
    stored: int = 0
    dirty: set[tuple[str, str, str]] = field(default_factory=set)

    def observe(
        self,
        ref: FlowRef,
        host: str,
        request_headers: Iterable[tuple[str, str]],
        nodes: Sequence[Node],
        found: frozenset[str] = frozenset(),
    ) -> None:
        """Remember this flow's id-shaped custom headers and the ids its responses and
        credentials name; nothing is read until `settle`."""
        domain = registrable_domain(host) if host else ""
        seen: set[tuple[str, str, str]] = set()
        request_headers = list(request_headers)
        for name, value in request_headers:
            lname = name.lower()
            if lname in ("authorization", "proxy-authorization"):
                self.credentials.update(r.lower() for r in _ID_RUN.findall(value))
                continue
            if lname.startswith(":") or lname in _STANDARD or not id_shaped(value):
                continue
            carrier = (domain, lname, value.strip().lower())
            if carrier in seen or vetoed(lname) or vendor_key(lname, host, request_headers):
                continue
            seen.add(carrier)
            if self.stored < MAX_CARRIERS:
                found_here = header_path(lname) in found
                self.carriers.setdefault(carrier, []).append((ref, value.strip(), found_here))
                self.stored += 1
                self.dirty.add(carrier)
        for node in nodes:
            value = node.value
            if node.direction == "response" and isinstance(value, str) and 16 <= len(value) <= 4096:
                self.issued.update(r.lower() for r in _ID_RUN.findall(value))

    def settle(self) -> list[HeaderHit]:
        """The flows of every header that now reads as a device binding, not yet reported."""
        out: list[HeaderHit] = []
        for carrier in sorted(self.dirty):
            _, name, value = carrier
            flows = self.carriers[carrier]
            if len(flows) < MIN_FLOWS or value in self.issued or value in self.credentials:
                continue
            for ref, sent, found_here in flows:
                if not found_here and (ref.flow, name) not in self.reported:
                    self.reported.add((ref.flow, name))
                    out.append(HeaderHit(ref, name, sent))
        self.dirty = set()  # a header is read again when it is sent again
        return out

    @property
    def note(self) -> str | None:
        if self.stored >= MAX_CARRIERS:
            return f"device-binding headers: over {MAX_CARRIERS:,} kept, later ones not read"
        return None


def merge_headers(parts: Sequence[SessionHeaders]) -> SessionHeaders:
    """One session from the parts of a split file or the runs of a streamed one: the
    same as if the file had been read whole, as `settle` reads only the whole."""
    merged = SessionHeaders()
    for part in parts:
        for carrier, flows in part.carriers.items():
            merged.carriers.setdefault(carrier, []).extend(flows)
        merged.issued |= part.issued
        merged.credentials |= part.credentials
        merged.reported |= part.reported
        merged.stored += part.stored
    merged.dirty = set(merged.carriers)
    return merged


def header_path(name: str) -> str:
    """The finding's location, as the decoder names a request header's node."""
    return f"{_HEADER_PREFIX}{name}"
