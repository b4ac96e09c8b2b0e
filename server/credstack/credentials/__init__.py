"""Micro-credentials: the catalog, stack recommendations and expiry checks."""
