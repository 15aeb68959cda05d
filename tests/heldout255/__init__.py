"""Held-out set 255: a Basotho / Batswana family's devices in Maseru, Gaborone,
Francistown and Bloemfontein."""
