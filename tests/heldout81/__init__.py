"""Held-out set 81: a Samsung Galaxy A25 and the family's Chromecast with Google TV
in Argentina, Chile and Colombia (Latin-American streaming, football, music,
radio, a bank with face liveness, a telco with voice biometrics, a ride-hailing
driver app). Written blind to the signature library."""
