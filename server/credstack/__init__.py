"""credstack: a job listing -> skills, gaps, micro-credentials and a tailored resume."""

from __future__ import annotations

__version__ = "0.1.0"


def create_app(test_config: dict | None = None):
    """Build the Flask (APIFlask) app: defaults, then CREDSTACK_* environment, then ``test_config``.

    Migrations run here, so a fresh instance folder or database is usable at once.
    """
    import logging
    from pathlib import Path

    from apiflask import APIFlask

    from credstack import config as cfg
    from credstack.api import register_blueprints
    from credstack.db import Database, close_session
    from credstack.errors import document_errors, error_schema, register_error_handlers
    from credstack.policies import register_policies
    from credstack.resources import Resources

    instance = (test_config or {}).get("INSTANCE_PATH") or cfg.default_instance_path()
    Path(instance).mkdir(parents=True, exist_ok=True)
    app = APIFlask(
        "credstack", instance_path=str(Path(instance).resolve()), title="credstack API",
        version=__version__, spec_path="/api/v1/openapi.json", docs_path="/api/v1/docs",
    )
    app.config.from_mapping(cfg.DEFAULTS)
    app.config.from_prefixed_env("CREDSTACK")
    if test_config:
        app.config.from_mapping(test_config)
    app.config.update(
        DESCRIPTION="Turn a job listing into skills, gaps, micro-credentials and a tailored resume.",
        SWAGGER_UI_CSS="/api/v1/docs/static/swagger-ui.css",
        SWAGGER_UI_BUNDLE_JS="/api/v1/docs/static/swagger-ui-bundle.js",
        SWAGGER_UI_STANDALONE_PRESET_JS="/api/v1/docs/static/swagger-ui-standalone-preset.js",
        DOCS_FAVICON="data:,",
        VALIDATION_ERROR_STATUS_CODE=422,
        VALIDATION_ERROR_DESCRIPTION="The request is not valid",
        HTTP_ERROR_SCHEMA=error_schema(),
        VALIDATION_ERROR_SCHEMA=error_schema(),
    )
    app.json.sort_keys = False
    logging.getLogger("credstack").setLevel(str(app.config.get("LOG_LEVEL", "INFO")).upper())

    app.extensions["credstack.resources"] = Resources.load(
        cfg.cache_dir(app.config), app.config.get("EMBEDDER"), tagger=bool(app.config["SKILL_TAGGER"]))
    db = Database(cfg.database_url(app.config, app.instance_path),
                  busy_seconds=float(app.config.get("SQLITE_BUSY_SECONDS") or 30))
    db.upgrade()
    app.extensions["credstack.db"] = db
    app.teardown_appcontext(close_session)

    register_policies(app)
    register_error_handlers(app)
    register_blueprints(app)
    from credstack.api.schemas import refine_spec

    app.spec_processor(lambda spec: refine_spec(document_errors(spec)))
    return app
