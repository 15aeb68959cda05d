"""Held-out set 283: Yiddish-speaking households in Brooklyn, Antwerp and Bnei Brak."""
