"""Normalising organisation names, country codes and category labels.

Every list spells the same company differently ("ByteDance Ltd.", "Bytedance",
"bytedance_inc"), and each uses its own category words. Matching them on a
normalised form is what lets an imported list point at an embedded organisation
(and so inherit its countries and parent) instead of creating a stranger.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Legal-form words dropped from the end of a name: "Meta Platforms, Inc." and
# "Meta Platforms" are one company. Kept short on purpose: "Group" or
# "Technologies" can be the distinguishing part of a name, so aliases cover those.
_LEGAL_FORMS = frozenset(
    (
        *("inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "corp"),
        *("corporation", "co", "company", "gmbh", "mbh", "ag", "kg", "sa", "sas", "sarl"),
        *("srl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "kk", "pte"),
        *("pty", "sl", "se", "pbc", "ltda"),
    )
)
# Letters of every script are kept: a name written only in Cyrillic, Persian or Han
# characters must not normalise to "" and so match whichever organisation first
# registered an all-foreign alias. Accents are folded so "Médiamétrie" and
# "Mediametrie" are one name.
_NON_WORD = re.compile(r"[\W_]+")
_ISO2 = re.compile(r"^[A-Z]{2}$")

# Category words from the lists users import, mapped to the project's own words.
_CATEGORY_SYNONYMS = {
    "advertisement": "advertising",
    "ad-motivated-tracking": "advertising",
    "ad-fraud": "anti-fraud",
    "site-analytics": "analytics",
    "mobile-analytics": "analytics",
    "third-party-analytics-marketing": "analytics",
    "audience-measurement": "audience-measurement",
    "social-media": "social",
    "social-network": "social",
    "social-share": "social",
    "social-comment": "social",
    "audio-video-player": "audio-video",
    "pornvertising": "adult-advertising",
    "customer-interaction": "customer-engagement",
    "support-chat-widget": "customer-engagement",
    "consentmanagers": "consent",
    "consent-management-platform": "consent",
    "emailaggressive": "email",
    "fingerprintinginvasive": "fingerprinting",
    "fingerprintinggeneral": "fingerprinting",
    "crash-reporting": "crash-reporting",
    "embedded-content": "content",
    "tag-manager": "tag-manager",
    "session-replay": "session-replay",
    "online-payment": "payments",
    "federated-login": "identity",
    "sso": "identity",
    "extensions": "misc",
    "unknown": "misc",
    "non-tracking": "misc",
}


def normalise_name(name: str) -> str:
    """`"Meta Platforms, Inc."` -> `"meta platforms"`; `"bytedance_inc"` -> `"bytedance"`."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = _NON_WORD.sub(" ", folded.replace("&", " and ")).split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def country_code(value: object) -> str | None:
    """An ISO 3166 alpha-2 code in upper case, or None for anything else ("", "--", "Europe")."""
    if not isinstance(value, str):
        return None
    code = value.strip().upper()
    if code == "UK":
        return "GB"
    return code if _ISO2.match(code) else None


def category(label: str) -> str:
    """One list's category word in the project's vocabulary ("site_analytics" -> "analytics")."""
    slug = _NON_WORD.sub("-", label.strip().lower()).strip("-")
    return _CATEGORY_SYNONYMS.get(slug, slug)


def categories(labels: Iterable[str]) -> tuple[str, ...]:
    """Normalised, de-duplicated, order kept."""
    out: dict[str, None] = {}
    for label in labels:
        if isinstance(label, str) and label.strip():
            out[category(label)] = None
    return tuple(out)
