# quotes: the quote-attribution service, served by gunicorn on port 8000.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    QUOTES_BIND=0.0.0.0:8000

WORKDIR /app

# Requirements first, so that code changes do not reinstall them.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# The code, with the files it reads at run time (the contract, the pages, the language packs).
COPY service/ service/

RUN useradd --system --no-create-home --uid 10001 quotes
USER 10001

EXPOSE 8000

# On the port gunicorn binds (QUOTES_BIND may move it from 8000).
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; port = os.environ.get('QUOTES_BIND', ':8000').rpartition(':')[2]; urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2)"]

CMD ["python", "-m", "gunicorn", "-c", "python:service.gunicorn_conf", "service.wsgi:app"]
