"""gunicorn settings, from the same QUOTES_* variables as the app: ``gunicorn -c python:service.gunicorn_conf``."""

from service.config import Config

_config = Config.from_env()

bind = _config.bind
workers = _config.worker_count
worker_class = "sync"
# A worker silent this long is killed and replaced; extraction itself is bounded by QUOTES_TIMEOUT.
timeout = _config.worker_timeout
# On SIGTERM, workers finish the requests they hold for up to this long before they are stopped.
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that no slow growth in memory can pile up; jitter spreads restarts.
max_requests = _config.max_requests
max_requests_jitter = max(1, _config.max_requests // 10) if _config.max_requests else 0
# Headers and request lines stay small; bodies are limited by the app (QUOTES_MAX_BODY_BYTES).
limit_request_line = 8190
limit_request_fields = 100
accesslog = "-"
errorlog = "-"
loglevel = _config.log_level.lower()
# The access log names the request, never its body: method, path, status, size, time, request id.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms rid=%({x-request-id}o)s'
proc_name = "quotes"
