"""How much one worker takes on: a few extraction slots, and a wall-clock deadline for every request."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Flask, Response, current_app, g

from ..config import Config
from ..extractor import budget
from .errors import OVERLOAD_PROBLEM, APIError
from .payload import prefetch_body

# What an overloaded worker tells the client: come back in a second (the client retries by itself).
RETRY_AFTER_SECONDS = 1


def install_capacity(app: Flask, config: Config) -> None:
    """Give ``app`` its extraction slots and start every request's clock."""
    app.extensions["quotes_slots"] = threading.BoundedSemaphore(config.extraction_slots)

    @app.before_request
    def start_clock() -> None:
        g.deadline = time.monotonic() + config.batch_timeout


def overloaded(detail: str) -> APIError:
    """The 503 of a worker too busy for this request: sending it again can succeed."""
    return APIError(503, detail, type_=OVERLOAD_PROBLEM, title="Overloaded",
                    headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def extraction(view: Callable[..., Any]) -> Callable[..., Response]:
    """Run an extracting view in one of the worker's slots, within the request's deadline.

    The body is read first: a slow client holds one of the worker's connection threads (QUOTES_THREADS),
    never a slot. Only QUOTES_EXTRACTION_SLOTS requests parse, extract and build their answer at once, so
    a worker's memory is bounded by the slots, not by the connections. A request that waits
    QUOTES_QUEUE_TIMEOUT for a slot gets 503 with Retry-After. The answer is built inside the slot and
    before the deadline (QUOTES_BATCH_TIMEOUT from arrival).
    """

    @wraps(view)
    def run(*args: Any, **kwargs: Any) -> Response:
        config: Config = current_app.config["QUOTES"]
        prefetch_body()
        slots: threading.BoundedSemaphore = current_app.extensions["quotes_slots"]
        wait = min(config.queue_timeout, g.deadline - time.monotonic())
        if wait <= 0 or not slots.acquire(timeout=wait):
            raise overloaded(f"This worker's extraction slots stayed busy for {config.queue_timeout:g} s; "
                             "send the request again.")
        try:
            with budget.deadline(g.deadline):
                answer = view(*args, **kwargs)
            return answer if isinstance(answer, Response) else current_app.json.response(answer)
        finally:
            slots.release()

    return run
