"""A Python client for the quotes service, on requests; it imports nothing else from ``service``."""

from __future__ import annotations

import time
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

RETRY_STATUSES = (429, 502, 503, 504)


class QuotesError(Exception):
    """The service answered with an error; ``problem`` holds its problem details."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        self.title = str(problem.get("title", ""))
        self.detail = str(problem.get("detail", ""))
        self.errors = problem.get("errors")
        super().__init__(f"{status} {self.title}: {self.detail}")


class BadRequest(QuotesError):
    """400, 413, 415 or 422: the request or the document cannot be processed as sent."""


class Unauthorized(QuotesError):
    """401: the API key is missing or wrong."""


class RateLimited(QuotesError):
    """429, still, after the retries."""


class ServerError(QuotesError):
    """5xx, still, after the retries."""


class TransportError(QuotesError):
    """The service could not be reached, or did not answer in time."""


def _error_class(status: int) -> type[QuotesError]:
    if status == 401:
        return Unauthorized
    if status == 429:
        return RateLimited
    if status >= 500:
        return ServerError
    return BadRequest


class QuotesClient:
    """Calls a quotes service.

    Args:
        base_url: e.g. ``http://127.0.0.1:8000``.
        api_key: sent as ``Authorization: Bearer <key>`` when given.
        timeout: seconds to wait for each answer.
        retries: attempts after the first on 429, 502, 503, 504 and connection errors, with
            exponential backoff (honouring ``Retry-After``); also how often a batch's documents that
            came back 503 (the batch ran out of time before them) are sent again.
        backoff: the backoff factor in seconds.
    """

    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 10, *, retries: int = 3,
                 backoff: float = 0.5) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.session = requests.Session()
        retry = Retry(total=retries, backoff_factor=backoff, status_forcelist=RETRY_STATUSES,
                      allowed_methods=frozenset({"GET", "POST"}), respect_retry_after_header=True,
                      raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        if api_key:
            self.session.headers["Authorization"] = f"Bearer {api_key}"

    def extract(self, text: str, *, id: str | None = None, **options: Any) -> dict[str, Any]:
        """Return the quotes and speakers of one article (options: include_other, min_confidence, offsets)."""
        body: dict[str, Any] = {"text": text}
        if id is not None:
            body["id"] = id
        if options:
            body["options"] = options
        return self._post("/v1/quotes", body)

    def extract_batch(self, documents: list[dict[str, str]], **options: Any) -> dict[str, Any]:
        """Return one result per document (``{"id", "text"}`` each), in order; failed ones carry ``error``.

        Documents that come back 503 (the service was too busy to reach them in time) are sent again,
        in a smaller batch, up to ``retries`` times with exponential backoff.
        """
        answer = self._post("/v1/quotes/batch", self._batch_body(documents, options))
        results = answer["results"]
        for attempt in range(self.retries):
            pending = [i for i, item in enumerate(results) if item.get("status") == 503]
            if not pending:
                break
            time.sleep(self.backoff * 2**attempt)
            again = self._post("/v1/quotes/batch", self._batch_body([documents[i] for i in pending], options))
            for index, item in zip(pending, again["results"], strict=True):
                results[index] = {**item, "index": index}
        answer["meta"]["chars"] = sum(item.get("meta", {}).get("chars", 0) for item in results)
        return answer

    @staticmethod
    def _batch_body(documents: list[dict[str, str]], options: dict[str, Any]) -> dict[str, Any]:
        body: dict[str, Any] = {"documents": documents}
        if options:
            body["options"] = options
        return body

    def health(self) -> bool:
        """Tell whether the service answers GET /readyz with 200."""
        try:
            return self.session.get(f"{self.base_url}/readyz", timeout=self.timeout).status_code == 200
        except requests.RequestException:
            return False

    def close(self) -> None:
        """Close the connection pool."""
        self.session.close()

    def __enter__(self) -> QuotesClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            response = self.session.post(f"{self.base_url}{path}", json=body, timeout=self.timeout)
        except requests.RequestException as exc:
            raise TransportError(0, {"title": "Transport error", "detail": type(exc).__name__}) from exc
        if response.status_code == 200:
            return response.json()
        try:
            problem = response.json()
        except ValueError:
            problem = {"title": response.reason or "Error", "detail": "The answer was not JSON."}
        raise _error_class(response.status_code)(response.status_code, problem)
