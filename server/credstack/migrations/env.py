"""Alembic environment: runs on the connection the app hands over (see ``Database.upgrade``)."""

from alembic import context

from credstack.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
