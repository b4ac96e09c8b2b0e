"""The HTTP API: one blueprint module per resource."""

from __future__ import annotations

from importlib import import_module

from apiflask import APIFlask

MODULES = ("health", "profile", "analyze", "postings", "shopping_list", "credentials", "resumes", "tracker", "tokens")


def register_blueprints(app: APIFlask) -> None:
    for name in MODULES:
        app.register_blueprint(import_module(f"credstack.api.{name}").bp)
