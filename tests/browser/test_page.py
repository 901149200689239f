"""The editors' page, /docs and quotes.js in real headless Chromium, against real gunicorn."""

from __future__ import annotations

import json
import re

import pytest
import requests
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.conftest import ROOT
from tests.e2e import GUNICORN, running

ARTIFACTS = ROOT / "tests" / "artifacts"
BODY_LIMIT = 200_000  # bytes: the oversized paste is larger
EMOJI_TEXT = ("🙂🙂 The sign read 👍 “Welcome Home 🏠” today. “We are back 🎉, and 🇸🇪 is with us,” "
              "said Ida Lund 🇸🇪, the coach. 🙌 She added: “No more 😢.”")


@pytest.fixture(scope="module")
def server():
    """gunicorn with 2 workers and a body limit small enough to paste past."""
    with running(GUNICORN, env={"QUOTES_MAX_BODY_BYTES": str(BODY_LIMIT)}) as (base, _):
        yield base


@pytest.fixture(scope="module")
def limited_server():
    """gunicorn allowing one extraction a second per address."""
    with running(GUNICORN, env={"QUOTES_RATELIMIT": "1/second"}) as (base, _):
        yield base


def wait(browser, condition, seconds: float = 20):
    return WebDriverWait(browser, seconds).until(lambda driver: condition(driver))


def open_page(browser, base: str) -> None:
    browser.get(f"{base}/")
    wait(browser, lambda d: d.execute_script("return document.documentElement.dataset.ready === 'true'"))
    browser.get_log("browser")  # start each test's console log afresh


def paste(browser, text: str) -> None:
    """Put ``text`` in the article box as a paste would (typing 4,000 characters would take long)."""
    box = browser.find_element(By.ID, "source")
    browser.execute_script("arguments[0].value = arguments[1];"
                           "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, text)


def console_errors(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_the_page_marks_every_quote_of_the_sample_article_in_its_speakers_colour(browser, server, sample_text):
    expected = requests.post(f"{server}/v1/quotes", json={"text": sample_text, "options": {"offsets": "utf16"}},
                             timeout=10).json()
    open_page(browser, server)
    paste(browser, sample_text)
    find = browser.find_element(By.ID, "find")
    browser.execute_script("arguments[0].focus()", find)
    ActionChains(browser).send_keys(Keys.ENTER).perform()  # sent from the keyboard
    wait(browser, lambda d: d.find_element(By.ID, "results").is_displayed())

    marks = browser.find_elements(By.CSS_SELECTOR, "#article mark.quote")
    shown = [(int(m.get_attribute("data-start")), int(m.get_attribute("data-end")),
              m.find_element(By.CLASS_NAME, "words").text, m.get_attribute("data-speaker")) for m in marks]
    assert shown == [(q["start"], q["end"], q["text"], q["speaker"]["name"]) for q in expected["quotes"]]
    assert [s[3] for s in shown] == ["Interior Ministry"] + ["Mohammad Javad Zarif"] * 3
    assert all(sample_text[start:end] == words for start, end, words, _ in shown)
    # A colour per speaker, and a number per speaker (readable without colour).
    classes = [m.get_attribute("class").split()[1] for m in marks]
    labels = [m.find_element(By.CLASS_NAME, "label").text for m in marks]
    assert classes == ["speaker-0"] + ["speaker-1"] * 3 and labels == ["1", "2", "2", "2"]
    colours = {m.value_of_css_property("background-color") for m in marks}
    assert len(colours) == 2
    # The rule and the confidence on hover, and on focus for the keyboard.
    assert "rule reporting_clause · confidence 0.85" in marks[0].get_attribute("title")
    for _ in range(6):  # Tab from "Find quotes" reaches the first quote past the form's other controls
        ActionChains(browser).send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element.tag_name == "mark":
            break
    assert browser.switch_to.active_element.get_attribute("data-quote") == "q1"
    details = browser.find_element(By.ID, "details").text
    assert "Interior Ministry (organization)" in details and "confidence 0.85" in details

    legend = [(li.get_attribute("data-speaker"), li.get_attribute("data-count"), " ".join(li.text.split()))
              for li in browser.find_elements(By.CSS_SELECTOR, "#legend li")]
    assert [(name, count) for name, count, _ in legend] == [("Interior Ministry", "1"), ("Mohammad Javad Zarif", "3")]
    assert legend[1][2] == "2 Mohammad Javad Zarif person · 3 quotes"
    assert browser.find_element(By.ID, "summary").text.startswith("4 quotes, 2 speakers.")
    assert console_errors(browser) == []

    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(ARTIFACTS / "page-sample-article.png"))


def test_an_unattributed_quote_is_flagged(browser, server):
    open_page(browser, server)
    paste(browser, "The hall was quiet. “Nobody will forget this.” Then the lights went out.")
    browser.find_element(By.ID, "find").click()
    wait(browser, lambda d: d.find_element(By.ID, "results").is_displayed())
    mark = browser.find_element(By.CSS_SELECTOR, "#article mark.quote")
    assert "unattributed" in mark.get_attribute("class").split()
    assert mark.find_element(By.CLASS_NAME, "label").text == "?"
    entry = browser.find_element(By.CSS_SELECTOR, "#legend li.unattributed-entry")
    assert " ".join(entry.text.split()) == "? No speaker found · 1 quote to check"


def test_html_is_marked_where_it_stands_in_the_html(browser, server):
    markup = '<p>&ldquo;We will win,&rdquo; <a href="/people/1">Maria Lopez</a> said.</p>'
    open_page(browser, server)
    paste(browser, markup)
    browser.find_element(By.CSS_SELECTOR, "input[name=format][value=html]").click()
    browser.find_element(By.ID, "find").click()
    wait(browser, lambda d: d.find_element(By.ID, "results").is_displayed())
    mark = browser.find_element(By.CSS_SELECTOR, "#article mark.quote")
    assert mark.find_element(By.CLASS_NAME, "words").text == "We will win,"
    assert mark.get_attribute("data-speaker") == "Maria Lopez"
    assert browser.find_element(By.ID, "article").text.startswith("<p>&ldquo;")  # shown as the source, never run


def test_an_oversized_paste_shows_the_413_message(browser, server, sample_text):
    open_page(browser, server)
    paste(browser, sample_text * (BODY_LIMIT // len(sample_text) + 10))
    browser.find_element(By.ID, "find").click()
    error = wait(browser, lambda d: d.find_element(By.ID, "error").is_displayed() and d.find_element(By.ID, "error"))
    assert error.get_attribute("data-status") == "413"
    assert error.text.startswith(f"Error: This article is too large for the service. The body is larger than the "
                                 f"limit of {BODY_LIMIT} bytes. Send a shorter article, or split it in parts.")
    assert "Request id: " in error.text
    assert not browser.find_element(By.ID, "results").is_displayed()


def test_errors_are_told_in_words(browser, server):
    open_page(browser, server)
    words = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        import("./static/app.js").then((page) => done([
          page.describeError({status: 400, detail: "The request body did not validate.",
                              errors: {text: ["Longer than the limit of 10 characters."]}}),
          page.describeError({status: 429, retryAfter: 7, detail: "x"}),
          page.describeError({status: 401}),
          page.describeError({status: 503}),
        ]));""")
    assert words == [
        "The service could not read this article: text: Longer than the limit of 10 characters.",
        "Too many requests: the service's rate limit was reached. Try again in 7 seconds.",
        "This service needs an API key. Open “API key”, enter yours, and try again.",
        "The service is busy right now. Try again in a few seconds.",
    ]


def run_client(browser, script: str, **values):
    """Run ``script`` with ``extractQuotes``, ``QuotesError`` and ``values`` in scope; return what it gives done."""
    return browser.execute_async_script(f"""
        const done = arguments[arguments.length - 1];
        const values = {json.dumps(values)};
        import("./static/quotes.js").then(async ({{ extractQuotes, QuotesError }}) => {{
          try {{ {script} }} catch (error) {{ done({{thrown: String(error), stack: error.stack}}); }}
        }});""")


def test_quotes_js_offsets_slice_back_in_javascript_on_text_with_emoji(browser, server):
    open_page(browser, server)
    found = run_client(browser, """
        const text = values.text;
        const answer = await extractQuotes(location.origin, { text });
        const html = "<p>🙂 " + text.replaceAll("“", "&ldquo;").replaceAll("”", "&rdquo;") + "</p>";
        const fromHtml = await extractQuotes(location.origin, { html });
        const spans = (a, source) => a.quotes.flatMap((q) => [[q.text, source.slice(q.start, q.end)],
          [q.speaker.mention.text, source.slice(q.speaker.mention.start, q.speaker.mention.end)]]);
        done({ text: spans(answer, text), html: spans(fromHtml, html),
               starts: answer.quotes.map((q) => q.start), speakers: answer.quotes.map((q) => q.speaker.name) });
        """, text=EMOJI_TEXT)
    assert "thrown" not in found, found
    assert found["speakers"] == ["Ida Lund", "Ida Lund"]
    for served, sliced in found["text"] + found["html"]:
        assert served == sliced
    # UTF-16 units, not code points: the emoji before each quote count twice (a flag four times).
    assert found["starts"] == [EMOJI_TEXT.encode("utf-16-le").find("We are back".encode("utf-16-le")) // 2,
                               EMOJI_TEXT.encode("utf-16-le").find("No more".encode("utf-16-le")) // 2]
    assert found["starts"][0] != EMOJI_TEXT.index("We are back")


def test_quotes_js_throws_the_problem_details(browser, server):
    open_page(browser, server)
    found = run_client(browser, """
        try { await extractQuotes(location.origin, { text: "" }); done("no error"); }
        catch (error) { done({ isError: error instanceof QuotesError, name: error.name, status: error.status,
                               type: error.type, detail: error.detail, errors: error.errors,
                               requestId: error.requestId, problem: error.problem }); }
        """)
    assert found["isError"] and found["name"] == "QuotesError" and found["status"] == 400
    assert found["type"] == "urn:quotes:problem:validation-error"
    assert found["errors"] == {"text": ["Shorter than minimum length 1."]}
    assert found["problem"]["request_id"] == found["requestId"] and len(found["requestId"]) == 32


def test_quotes_js_retries_after_429_as_retry_after_says_within_its_cap(browser, limited_server):
    open_page(browser, limited_server)
    found = run_client(browser, """
        const text = "“We won,” said Ida Lund.";
        await extractQuotes(location.origin, { text });
        const started = performance.now();
        const second = await extractQuotes(location.origin, { text });  // 429 first, then sent again
        const waited = (performance.now() - started) / 1000;
        let capped = null;
        try { await extractQuotes(location.origin, { text, maxRetryAfter: 0 }); }
        catch (error) { capped = { status: error.status, retryAfter: error.retryAfter, detail: error.detail }; }
        done({ speaker: second.quotes[0].speaker.name, waited, capped });
        """)
    assert "thrown" not in found, found
    assert found["speaker"] == "Ida Lund" and 0.5 <= found["waited"] <= 3.5
    assert found["capped"]["status"] == 429 and found["capped"]["retryAfter"] >= 1
    assert found["capped"]["detail"].startswith("Too many requests")


def test_the_api_reference_renders_the_contract_with_nothing_from_outside(browser, server):
    browser.get_log("browser")  # this test's console log only
    browser.get(f"{server}/docs")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock-summary-path"))
    paths = {e.get_attribute("data-path") for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/v1/quotes", "/v1/quotes/batch", "/metrics", "/healthz"} <= paths
    assert "quotes" in browser.find_element(By.CSS_SELECTOR, ".swagger-ui .info .title").text
    requested = browser.execute_script("return performance.getEntriesByType('resource').map((e) => e.name)")
    assert requested and all(url.startswith(server) for url in requested), requested
    assert console_errors(browser) == []


def test_the_readme_fetch_example_runs_as_shown(browser, server):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## For CMS plugin authors.*?```js\n(.*?)```", readme, re.DOTALL).group(1)
    printed = block.rstrip().splitlines()[-1].removeprefix("// ")
    open_page(browser, server)
    harness = """
        const done = arguments[arguments.length - 1];
        const lines = [];
        const console = { log: (...parts) => lines.push(parts.join(" ")) };
        (async () => { EXAMPLE })().then(() => done(lines), (error) => done({ thrown: String(error) }));
        """
    lines = browser.execute_async_script(harness.replace("EXAMPLE", block.replace("http://127.0.0.1:8000", server)))
    assert lines == [printed] == ["We will invest, said by Mohammed bin Salman cms-17"]
