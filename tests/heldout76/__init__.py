"""Held-out set 76: a journalist's iPhone, a precision stress set written without
reading the signature library."""
