#!/usr/bin/env python3
"""Drives headless Chromium through smtp-codes as a reader would: home page, search, a
code, the switch to Turkish, a comparison. Fails on any console error, broken internal
link, missing stylesheet, unlabeled form field or skipped heading level. Screenshots go
to the folder given as the second argument (git-ignored), for CI artefacts.

usage: browse.py BASE_URL SCREENSHOT_DIR
"""
import sys
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BASE, SHOTS = sys.argv[1].rstrip("/"), sys.argv[2]
failures = []
checked_links = {}


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def make_driver():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check_page(driver, name, error_page=False):
    """The checks every page must pass; saves a screenshot named after the step. An error
    page's own 4xx status is the one console message it is allowed."""
    driver.save_screenshot(f"{SHOTS}/{name}.png")
    for entry in driver.get_log("browser"):
        if entry["level"] not in ("SEVERE", "ERROR"):
            continue
        if error_page and entry["message"].startswith(driver.current_url + " - Failed to load"):
            continue
        fail(f"{name}: console error: {entry['message']}")

    sheets = driver.execute_script(
        "return Array.from(document.styleSheets).map(s => s.cssRules.length)")
    if not sheets or min(sheets) == 0:
        fail(f"{name}: stylesheet missing or empty ({sheets})")

    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    if lang not in ("en", "tr"):
        fail(f"{name}: <html lang> is {lang!r}")
    if not driver.title.strip():
        fail(f"{name}: empty <title>")

    levels = [int(h.tag_name[1]) for h in driver.find_elements(By.CSS_SELECTOR, "h1,h2,h3,h4")]
    if levels and levels[0] != 1:
        fail(f"{name}: first heading is h{levels[0]}")
    for before, after in zip(levels, levels[1:]):
        if after > before + 1:
            fail(f"{name}: heading jumps from h{before} to h{after}")

    for field in driver.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]),select,textarea"):
        field_id = field.get_attribute("id")
        labels = driver.find_elements(By.CSS_SELECTOR, f"label[for='{field_id}']") if field_id else []
        if not labels and not field.get_attribute("aria-label"):
            fail(f"{name}: form field {field.get_attribute('name')!r} has no label")

    for anchor in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = anchor.get_attribute("href")
        if href.startswith(BASE):
            check_link(name, href)


def check_link(name, href):
    if href in checked_links:
        return
    request = urllib.request.Request(href, headers={"Accept": "text/html"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            checked_links[href] = response.status
    except urllib.error.HTTPError as error:
        checked_links[href] = error.code
        fail(f"{name}: broken link {href} ({error.code})")


def main():
    driver = make_driver()
    try:
        driver.get(f"{BASE}/?lang=en")
        check_page(driver, "01-home")

        search = driver.find_element(By.ID, "lookup-q")
        search.send_keys("mailbox full")
        search.submit()
        if "/codes" not in driver.current_url:
            fail(f"search went to {driver.current_url}")
        check_page(driver, "02-search")
        results = driver.find_elements(By.CSS_SELECTOR, ".code-list a")
        if not results:
            fail("search for 'mailbox full' found nothing")

        driver.get(f"{BASE}/codes/550?lang=en")
        check_page(driver, "03-code-550")
        driver.find_element(By.CSS_SELECTOR, "a[hreflang='tr']").click()
        if "lang=tr" not in driver.current_url:
            fail(f"language switch went to {driver.current_url}")
        check_page(driver, "04-code-550-tr")
        if "Nasıl Düzeltilir" not in driver.page_source:
            fail("Turkish code page lacks 'Nasıl Düzeltilir'")

        compare = driver.find_element(By.ID, "compare-b")
        compare.send_keys("553")
        compare.submit()
        if "/compare/550/553" not in driver.current_url:
            fail(f"compare form went to {driver.current_url}")
        check_page(driver, "05-compare-550-553-tr")
        for heading in ("Temel Farklar", "Hangisini Ne Zaman Kullanmalı"):
            if heading not in driver.page_source:
                fail(f"comparison lacks {heading!r}")

        driver.get(f"{BASE}/?lang=tr")
        paste = driver.find_element(By.ID, "reply-home")
        paste.send_keys("550 5.7.1 <script>alert(1)</script> Relay access denied")
        paste.submit()
        check_page(driver, "06-explain-tr")
        marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "mark.basic, mark.enhanced")]
        if "550" not in marks or "5.7.1" not in marks:
            fail(f"explain page did not mark the codes: {marks}")
        if driver.execute_script("return typeof window.alert_called") != "undefined":
            fail("the pasted script ran")

        driver.get(f"{BASE}/compare/221/235?lang=tr")
        check_page(driver, "07-compare-221-235-tr")
        driver.get(f"{BASE}/commands/RCPT?lang=tr")
        check_page(driver, "08-command-rcpt-tr")
        driver.get(f"{BASE}/codes/nope?lang=tr")
        check_page(driver, "09-error-tr", error_page=True)
    finally:
        driver.quit()

    print(f"browser: {len(checked_links)} links checked, {len(failures)} failures")
    sys.exit(1 if failures else 0)


main()
