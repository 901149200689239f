"""gunicorn settings, from the same QUOTES_* variables as the app: ``gunicorn -c python:service.gunicorn_conf``.

A bad setting stops gunicorn here, before it binds, with one line per bad value and exit status 1.
"""

import atexit
import os
import shutil
import sys
import tempfile

# Metrics in prometheus-client's multiprocess mode: a fresh directory of this server's own under the
# temporary directory (/tmp, writable on the container's read-only root file system), named before
# prometheus-client is first imported (by the app, below), and removed when the master exits, however it
# exits (a bad setting included; workers exit too, but only the master removes it). A directory left by
# a server that was killed is never read again: the next start makes a new one.
_metrics_dir = tempfile.mkdtemp(prefix="quotes-metrics-")
os.environ["PROMETHEUS_MULTIPROC_DIR"] = _metrics_dir
_master_pid = os.getpid()


def _remove_metrics_dir() -> None:
    if os.getpid() == _master_pid:
        shutil.rmtree(_metrics_dir, ignore_errors=True)


atexit.register(_remove_metrics_dir)

from service.config import Config, ConfigError  # noqa: E402 - after the metrics directory is named

try:
    _config = Config.from_env()
except ConfigError as _error:
    sys.exit("\n".join(f"quotes: bad setting: {problem}" for problem in _error.problems))

bind = _config.bind
workers = _config.worker_count
# Threads per worker, for connections: an idle or slow client holds a thread, never the worker, and
# gthread parks a connection that sends nothing in its event loop after 5 s. Extraction itself runs in
# at most QUOTES_EXTRACTION_SLOTS threads at once (service/api/capacity.py). See the README.
worker_class = "service.server.Worker"
threads = _config.threads
# The app is built once in the master, before the workers fork: settings, the API keys and the limits'
# storage URI are checked there (a bad one stops the start; a storage that does not answer yet is a
# warning), and every worker holds the same keys.
preload_app = True
# A worker whose main loop is silent this long is killed and replaced. Requests do not count: each
# ends by QUOTES_BATCH_TIMEOUT, which is below it.
timeout = _config.worker_timeout
# After the drain (QUOTES_DRAIN_SECONDS), workers finish the requests they hold for up to this long.
graceful_timeout = _config.worker_timeout
keepalive = 5
# Recycle workers now and then so that no slow growth in memory can pile up; jitter spreads restarts.
max_requests = _config.max_requests
max_requests_jitter = max(1, _config.max_requests // 10) if _config.max_requests else 0
# Headers and request lines stay small; bodies are limited by the app (QUOTES_MAX_BODY_BYTES).
limit_request_line = 8190
limit_request_fields = 100
# gunicorn 27's control socket defaults to ~/.gunicorn/gunicorn.ctl, shared by every instance of the
# user (two instances take it from each other; in the image, with no home, every start logged an error).
control_socket_disable = True
accesslog = "-"
errorlog = "-"
loglevel = _config.log_level.lower()
# The access log names the request, never its body: method, path, status, size, time, request id.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms rid=%({x-request-id}o)s'
proc_name = "quotes"
# The service's own loggers (keys reloads, limits' storage outages) write where gunicorn's error log does.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "loggers": {
        name: {"level": _config.log_level.upper(), "handlers": ["error_console"], "propagate": False}
        for name in ("service", "flask-limiter")
    },
}


def when_ready(server):
    """In the master, before the workers fork: client socket timeouts, and the drain on SIGTERM."""
    from service.server import drain_on_sigterm, set_client_timeouts

    set_client_timeouts(server.LISTENERS, _config.client_timeout)
    drain_on_sigterm(server, _config.drain_seconds)


def on_reload(server):
    """HUP: read the API keys file again (a bad file keeps the keys in use)."""
    from service.server import reload_keys

    reload_keys(server)


def child_exit(server, worker):
    """In the master, when a worker has exited: a restart unless the server is stopping (it has closed
    its listening sockets then)."""
    from service.metrics import worker_exited

    metrics = server.app.wsgi().extensions.get("quotes_metrics")
    if metrics is not None:  # an app that counts nothing (the benchmark's floor) has no files to fold
        worker_exited(metrics, worker.pid, replaced=bool(server.LISTENERS))
