"""Held-out set 198: a Haitian family's apps in Port-au-Prince, Cap-Haïtien and Miami."""
