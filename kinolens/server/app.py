"""The FastAPI app: `/v1/...` JSON API over the analyzer and the store, and the web pages.

Models load once when the app starts; analysis runs in a worker thread (off
the event loop), one call at a time per process since the pipeline's models
are shared. Review text is never put into HTML on the server: pages are
static files that build the DOM with `textContent`.
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import KinolensError
from .limits import BodyLimit

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000
MAX_BATCH = 100
PAGES = ("/", "/films", "/film", "/person", "/search")  # one HTML shell; app.js builds each page


class AnalyzeRequest(BaseModel):
    text: str = Field(..., description="the review, plain text or HTML", max_length=200_000)
    id: Optional[str] = Field(None, description="kept as the card's id")


class BatchRequest(BaseModel):
    texts: list[str] = Field(..., min_length=1, max_length=MAX_BATCH, description=f"1 to {MAX_BATCH} reviews")


class Analyzer:
    """The pipeline, loaded once and used by one thread at a time."""

    def __init__(self):
        from ..analyzer import default_pipeline
        from ..sentiment.model import load_model

        self.pipeline = default_pipeline()
        load_model()
        self.lock = threading.Lock()
        self("Прогрев: режиссёр Иван Петров снял фильм «Проба».")  # first call loads the NER

    def __call__(self, text: str, rid: Optional[str] = None) -> dict:
        return self.many([text], [rid])[0]

    def many(self, texts: list[str], ids: Optional[list] = None) -> list[dict]:
        from ..analyzer import analyze_docs, make_doc

        ids = ids or [None] * len(texts)
        with self.lock:
            return [card.to_dict() for card in analyze_docs([make_doc(t, i) for t, i in zip(texts, ids)], self.pipeline)]


def create_app(store_url: Optional[str] = None, max_body: int = MAX_BODY) -> FastAPI:
    """The app; `store_url` (default sqlite:///kinolens.db) backs the corpus endpoints."""
    state: dict = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state["analyzer"] = await run_in_threadpool(Analyzer)
        yield

    app = FastAPI(title="kinolens", version=__version__, lifespan=lifespan,
                  description="Russian film reviews in, review cards out; corpus queries over a store.")
    app.add_middleware(BodyLimit, max_bytes=max_body)

    def store():
        if "store" not in state:
            from ..corpus.store import DEFAULT_URL, Store
            state["store"] = Store(store_url or DEFAULT_URL)
        return state["store"]

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {e.get('msg')}")
        return JSONResponse(status_code=422, content={"error": "; ".join(problems),
                                                      "details": jsonable_encoder(exc.errors())})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail
        if message == "There was an error parsing the body":
            message = "request body is not valid JSON in UTF-8"
        return JSONResponse(status_code=exc.status_code, content={"error": message}, headers=exc.headers)

    @app.exception_handler(KinolensError)
    async def kinolens_error(request: Request, exc: KinolensError):
        status = 404 if str(exc).startswith("no ") else 400
        return JSONResponse(status_code=status, content={"error": str(exc)})

    @app.get("/healthz")
    async def healthz():
        return {"status": "ok" if "analyzer" in state else "loading", "version": __version__}

    @app.post("/v1/analyze")
    async def analyze(body: AnalyzeRequest):
        """The card of one review."""
        return await run_in_threadpool(state["analyzer"], body.text, body.id)

    @app.post("/v1/analyze/batch")
    async def analyze_batch(body: BatchRequest):
        """Cards of up to 100 reviews, in order."""
        return {"cards": await run_in_threadpool(state["analyzer"].many, body.texts)}

    @app.get("/v1/films")
    def films(limit: Optional[int] = Query(None, ge=1, le=10_000)):
        from ..corpus.queries import list_films
        return {"films": list_films(store(), limit)}

    @app.get("/v1/films/{film_id}")
    def film(film_id: str):
        from ..corpus.queries import film_profile
        return film_profile(store(), film_id)

    @app.get("/v1/people/{name}")
    def person(name: str):
        from ..corpus.queries import person_profile
        return person_profile(store(), name)

    @app.get("/v1/search")
    def search(q: str = Query(..., min_length=1, max_length=500), film: Optional[str] = None,
               person: Optional[str] = None, sentiment: Optional[str] = Query(None, pattern="^(positive|neutral|negative)$"),
               aspect: Optional[str] = None, limit: int = Query(20, ge=1, le=200)):
        from ..corpus.search import search as run
        return {"results": run(store(), q, film, person, sentiment, aspect, limit)}

    for path in PAGES:
        app.add_api_route(path, _page, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


async def _page():
    return FileResponse(STATIC / "page.html", media_type="text/html")


def serve(store_url: Optional[str], host: str, port: int) -> None:
    import uvicorn
    uvicorn.run(create_app(store_url), host=host, port=port, log_level="info")
