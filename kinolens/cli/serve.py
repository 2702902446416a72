"""`kinolens serve`: the HTTP API and web pages."""
from __future__ import annotations

from typing import Optional

import typer

from .common import user_errors


def serve_command(
    store: Optional[str] = typer.Option(None, "--store", envvar="KINOLENS_STORE",
                                        help="store for the corpus pages (default sqlite:///kinolens.db)"),
    host: str = typer.Option("127.0.0.1", help="address to listen on"),
    port: int = typer.Option(8000, help="port to listen on"),
) -> None:
    """Serve the API (OpenAPI at /docs) and the web pages (/, /films, /search)."""
    from ..server.app import serve

    with user_errors():
        serve(store, host, port)
