#!/usr/bin/env python3
"""Hostile, broken and measuring HTTP/1.1 clients for the reliability checks.

Each subcommand drives a running smtp-codes server on 127.0.0.1 with raw sockets, prints
what it saw, writes a JSON summary with --report, and exits 1 when the server broke a
promise (a wrong status, a reset instead of a clean close, a hang, a crash). Standard
library only, so it runs wherever python3 does.

  health       GET /healthz answers 200
  conformance  RFC 9110/9112 edge cases in raw bytes: status, and a clean close when due
  limits       the configured limits and time-outs, as set by the server's flags
  latency      a separate client's latency, one fresh connection per request
  slowloris    many connections dripping a request head that never ends
  vanish       clients that disappear mid-answer beside one that must not notice
  fuzz         mutated requests over the socket, split anywhere
  inflight     SIGTERM while requests are in flight: each is answered, then the close
"""

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import struct
import sys
import threading
import time

HOST = "127.0.0.1"


class Failure(Exception):
    """The server broke a promise; the message says which."""


# ---------------------------------------------------------------------------------------
# A raw connection that reads HTTP/1.1 responses framed by Content-Length.


class Connection:
    def __init__(self, port, timeout=5.0, receive_buffer=None):
        """Connects to the server. `receive_buffer` makes a slow reader: it is set before
        connecting, so the window advertised in the handshake already reflects it."""
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if receive_buffer:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self.sock.settimeout(timeout)
        try:
            self.sock.connect((HOST, port))
        except OSError:
            self.sock.close()
            raise
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def send(self, data):
        self.sock.sendall(data.encode("latin-1") if isinstance(data, str) else data)

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise Failure("connection closed before a complete response")
        self.buffer += chunk

    def response(self, head_only=False):
        """Reads one response: (status, headers with lower-case names, body)."""
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        match = re.match(r"HTTP/1\.1 (\d{3}) ", lines[0] + " ")
        if not match:
            raise Failure(f"bad status line {lines[0]!r}")
        status = int(match.group(1))
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = 0 if head_only or status < 200 else int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            self._fill()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return status, headers, body

    def ending(self, timeout=3.0):
        """How the server ended the stream: 'fin', 'reset', 'open' (nothing within the
        time-out) or 'data' (unexpected bytes)."""
        if self.buffer:
            return "data"
        self.sock.settimeout(timeout)
        try:
            chunk = self.sock.recv(65536)
        except ConnectionResetError:
            return "reset"
        except socket.timeout:
            return "open"
        return "fin" if not chunk else "data"

    def reset(self):
        """Closes abruptly with a RST, as a crashed or vanished client does."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def close(self):
        self.sock.close()


def read_to_end(connection):
    """Reads whole responses until a clean end of stream; fails on a cut or a reset."""
    answers = []
    while True:
        if not connection.buffer:
            connection.sock.settimeout(10)
            try:
                chunk = connection.sock.recv(65536)
            except ConnectionResetError:
                raise Failure(f"reset after {len(answers)} whole answers")
            if not chunk:
                return answers
            connection.buffer += chunk
        try:
            answers.append(connection.response())
        except Failure as failure:
            raise Failure(f"{failure} after {len(answers)} whole answers")


def get(path, extra=""):
    return f"GET {path} HTTP/1.1\r\nHost: t\r\n{extra}\r\n"


def report(arguments, summary):
    if arguments.report:
        with open(arguments.report, "w") as file:
            json.dump(summary, file, indent=2)


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


# ---------------------------------------------------------------------------------------
# health


def command_health(arguments):
    connection = Connection(arguments.port, timeout=2)
    connection.send(get("/healthz", "Connection: close\r\n"))
    status, _, _ = connection.response()
    if status != 200:
        raise Failure(f"/healthz answered {status}")


# ---------------------------------------------------------------------------------------
# conformance: (name, bytes, expected statuses in order, whether the server must then close)

TLS_CLIENT_HELLO = (
    bytes([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xFC, 0x03, 0x03])
    + bytes(range(32))
    + b"\x00\x20" + bytes(range(0x20))
    + b"\x2f" * (517 - 11 - 32 - 2 - 32)
)
HTTP2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + bytes([0, 0, 0, 4, 0, 0, 0, 0, 0])
POST_HEAD = "POST /codes/235 HTTP/1.1\r\nHost: t\r\n"

CONFORMANCE = [
    ("obs-fold", get("/healthz", "X-A: one\r\n two\r\n"), [400], True),
    ("whitespace before colon", "GET /healthz HTTP/1.1\r\nHost : t\r\n\r\n", [400], True),
    ("Content-Length with Transfer-Encoding",
     POST_HEAD + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
     + get("/smuggled"), [400], True),
    ("two different Content-Lengths",
     POST_HEAD + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", [400], True),
    ("non-numeric Content-Length", POST_HEAD + "Content-Length: 3a\r\n\r\nabc", [400], True),
    ("negative Content-Length", POST_HEAD + "Content-Length: -5\r\n\r\n", [400], True),
    ("Content-Length past any limit",
     POST_HEAD + "Content-Length: 99999999999999999999999\r\n\r\n", [413], True),
    ("chunked body decoded, next request framed right",
     POST_HEAD + "Transfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n3\r\n, w\r\n0\r\n"
     "Trailer: z\r\n\r\n" + get("/healthz"), [405, 200], False),
    ("chunked body past the body limit",
     POST_HEAD + "Transfer-Encoding: chunked\r\n\r\n200000\r\nxxxx", [413], True),
    ("malformed chunk size", POST_HEAD + "Transfer-Encoding: chunked\r\n\r\nzz\r\n", [400], True),
    ("a transfer coding other than chunked",
     POST_HEAD + "Transfer-Encoding: gzip, chunked\r\n\r\n", [501], True),
    ("HTTP/1.1 without Host", "GET /healthz HTTP/1.1\r\nAccept: */*\r\n\r\n", [400], True),
    ("HTTP/1.0 without Host", "GET /healthz HTTP/1.0\r\n\r\n", [200], True),
    ("unknown method", "BREW /codes/235 HTTP/1.1\r\nHost: t\r\n\r\n", [501], True),
    ("absolute-form target", "GET http://example.org/codes/235 HTTP/1.1\r\nHost: e\r\n\r\n",
     [200], False),
    ("percent-decoded once: %32 is 2", get("/codes/%3235"), [200], False),
    ("percent-decoded once: %2532 stays %32", get("/codes/%253235"), [400], False),
    ("encoded slash decoded once, dot segments after", get("/static/..%2F..%2FPackage.swift"),
     [404], False),
    ("encoded NUL", get("/codes/2%0035"), [400], True),
    ("overlong UTF-8 dot-dot", get("/static/%C0%AE%C0%AE/x"), [400], True),
    ("overlong UTF-8 slash", get("/codes%C0%AF235"), [400], True),
    ("bare LF line endings", "GET /healthz HTTP/1.1\nHost: t\n\n", [200], False),
    ("unsupported expectation", get("/healthz", "Expect: teapot\r\n"), [417], True),
    ("HTTP/2 preface", HTTP2_PREFACE, [400], True),
    ("TLS ClientHello", TLS_CLIENT_HELLO, [400], True),
    ("HTTP/2 upgrade request is served as HTTP/1.1",
     get("/healthz", "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
         "HTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n"), [200], False),
    ("HTTP/3.0 request line", "GET /healthz HTTP/3.0\r\nHost: t\r\n\r\n", [505], True),
]


def expect_clean_close(connection, name, seconds=3.0):
    ending = connection.ending(seconds)
    if ending != "fin":
        raise Failure(f"{name}: expected a clean close (FIN), got {ending}")


def command_conformance(arguments):
    failures = []
    for name, request, statuses, closes in CONFORMANCE:
        try:
            connection = Connection(arguments.port)
            connection.send(request)
            seen = [connection.response()[0] for _ in statuses]
            if seen != statuses:
                raise Failure(f"{name}: expected {statuses}, got {seen}")
            if closes:
                expect_clean_close(connection, name)
            connection.close()
            print(f"ok   {name}: {seen}{' then close' if closes else ''}")
        except (Failure, OSError) as error:
            failures.append(str(error))
            print(f"FAIL {name}: {error}")

    for name, check in [("100-continue", check_continue), ("no 100 for a body too large",
                                                              check_continue_refused)]:
        try:
            check(arguments.port)
            print(f"ok   {name}")
        except (Failure, OSError) as error:
            failures.append(f"{name}: {error}")
            print(f"FAIL {name}: {error}")

    cases = len(CONFORMANCE) + 2
    report(arguments, {"cases": cases, "failures": failures})
    if failures:
        raise Failure(f"{len(failures)} of {cases} conformance cases failed")
    print(f"conformance: {cases} cases held")


def check_continue(port):
    connection = Connection(port)
    connection.send(POST_HEAD + "Expect: 100-continue\r\nContent-Length: 3\r\n\r\n")
    status, _, _ = connection.response()
    if status != 100:
        raise Failure(f"expected 100 Continue first, got {status}")
    connection.send("abc")
    status, _, _ = connection.response()
    if status != 405:
        raise Failure(f"expected the route's 405 after the body, got {status}")


def check_continue_refused(port):
    connection = Connection(port)
    connection.send(POST_HEAD + "Expect: 100-continue\r\nContent-Length: 9999999\r\n\r\n")
    status, _, _ = connection.response()
    if status != 413:
        raise Failure(f"expected 413 at once instead of 100, got {status}")
    expect_clean_close(connection, "413 after Expect")


# ---------------------------------------------------------------------------------------
# limits: each check runs only when its expected value is given


def timed_ending(connection, low, high):
    """Waits for the server to end the stream; fails unless it does so cleanly between
    `low` and `high` seconds from now."""
    started = time.monotonic()
    ending = connection.ending(high + 1)
    elapsed = time.monotonic() - started
    if ending != "fin" or not low <= elapsed <= high:
        raise Failure(f"expected a FIN after {low:.1f}-{high:.1f} s, got {ending} "
                      f"after {elapsed:.2f} s")
    return elapsed


def command_limits(arguments):
    port = arguments.port
    checks = []

    def check(name):
        def register(function):
            checks.append((name, function))
            return function
        return register

    if arguments.max_request_line is not None:
        @check(f"request line over {arguments.max_request_line} bytes → 414")
        def _():
            connection = Connection(port)
            connection.send(get("/" + "a" * (arguments.max_request_line + 10)))
            expect_status_and_close(connection, 414)

    if arguments.max_header_bytes is not None:
        @check(f"header section over {arguments.max_header_bytes} bytes → 431")
        def _():
            connection = Connection(port)
            connection.send(get("/healthz", "X-Big: " + "b" * arguments.max_header_bytes + "\r\n"))
            expect_status_and_close(connection, 431)

    if arguments.max_header_count is not None:
        @check(f"more than {arguments.max_header_count} header fields → 431")
        def _():
            fields = "".join(f"X-{n}: v\r\n" for n in range(arguments.max_header_count))
            connection = Connection(port)
            connection.send(get("/healthz", fields))  # plus Host: one too many
            expect_status_and_close(connection, 431)
            connection = Connection(port)
            connection.send(get("/healthz", fields[fields.index("\n") + 1:]))
            if connection.response()[0] != 200:
                raise Failure("exactly the header limit was refused")

    if arguments.max_body is not None:
        @check(f"body over {arguments.max_body} bytes → 413")
        def _():
            connection = Connection(port)
            connection.send(POST_HEAD + f"Content-Length: {arguments.max_body + 1}\r\n\r\n")
            expect_status_and_close(connection, 413)

    if arguments.header_timeout is not None:
        @check(f"a head dripped byte by byte → 408 after {arguments.header_timeout} s")
        def _(limit=arguments.header_timeout):
            connection = Connection(port)
            connection.send("GET /healthz HTTP/1.1\r\nHost: t\r\n")
            started = time.monotonic()
            connection.sock.settimeout(0.1)
            while time.monotonic() - started < limit + 2:
                try:
                    connection.send("x")
                    chunk = connection.sock.recv(65536)
                except socket.timeout:
                    continue
                connection.buffer += chunk
                break
            elapsed = time.monotonic() - started
            connection.sock.settimeout(5)
            status, _, _ = connection.response()
            if status != 408 or not limit - 0.2 <= elapsed <= limit + 1.5:
                raise Failure(f"got {status} after {elapsed:.2f} s")
            expect_clean_close(connection, "408")

        @check(f"a connection that sends nothing is closed after {arguments.header_timeout} s")
        def _(limit=arguments.header_timeout):
            timed_ending(Connection(port), limit - 0.2, limit + 1.5)

    if arguments.idle_timeout is not None:
        @check(f"an idle keep-alive connection is closed after {arguments.idle_timeout} s")
        def _(limit=arguments.idle_timeout):
            connection = Connection(port)
            connection.send(get("/healthz"))
            connection.response()
            timed_ending(connection, limit - 0.2, limit + 1.5)

    if arguments.max_requests is not None:
        count = arguments.max_requests

        @check(f"request {count} on a connection says close, then closes")
        def _():
            connection = Connection(port)
            connection.send(get("/healthz") * (count + 1))
            for number in range(1, count + 1):
                _, headers, _ = connection.response()
                closes = headers.get("connection") == "close"
                if closes != (number == count):
                    raise Failure(f"request {number} had Connection: {headers.get('connection')}")
            expect_clean_close(connection, "after the last request")

    if arguments.max_connections is not None:
        cap = arguments.max_connections

        @check(f"connection {cap + 1} gets a fast 503 and a close; a freed slot is reused")
        def _():
            held = []
            for _ in range(cap):
                connection = Connection(port)
                connection.send(get("/healthz"))
                if connection.response()[0] != 200:
                    raise Failure("a connection under the cap was not served")
                held.append(connection)
            started = time.monotonic()
            refused = Connection(port)
            status, headers, _ = refused.response()
            elapsed = time.monotonic() - started
            if status != 503 or elapsed > 0.25:
                raise Failure(f"connection {cap + 1} got {status} after {elapsed:.3f} s")
            expect_clean_close(refused, "503")
            held.pop().close()
            if not eventually_served(port, 1):
                raise Failure("a freed slot was not reused")
            for connection in held:
                connection.close()

    failures = []
    for name, function in checks:
        try:
            function()
            print(f"ok   {name}")
        except (Failure, OSError) as error:
            failures.append(f"{name}: {error}")
            print(f"FAIL {name}: {error}")
    report(arguments, {"cases": len(checks), "failures": failures})
    if failures:
        raise Failure(f"{len(failures)} of {len(checks)} limit checks failed")
    print(f"limits: {len(checks)} checks held")


def expect_status_and_close(connection, status):
    seen, headers, _ = connection.response()
    if seen != status or headers.get("connection") != "close":
        raise Failure(f"expected {status} with Connection: close, got {seen}")
    expect_clean_close(connection, str(status))


def eventually_served(port, clients, seconds=3.0):
    """Whether `clients` fresh connections are all answered 200 within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        statuses = []
        for _ in range(clients):
            try:
                connection = Connection(port, timeout=2)
                connection.send(get("/healthz", "Connection: close\r\n"))
                statuses.append(connection.response()[0])
                connection.close()
            except (Failure, OSError):
                statuses.append(0)
        if all(status == 200 for status in statuses):
            return True
        time.sleep(0.1)
    return False


# ---------------------------------------------------------------------------------------
# latency: a well-behaved client timing each request on a fresh connection


def command_latency(arguments):
    samples, failures = [], []
    interval = 1.0 / arguments.rate
    deadline = time.monotonic() + arguments.seconds
    next_start = time.monotonic()
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            connection = Connection(arguments.port, timeout=5)
            connection.send(get(arguments.path, "Connection: close\r\n"))
            status, _, body = connection.response()
            connection.close()
            if status != 200:
                failures.append(f"status {status}")
        except (Failure, OSError) as error:
            failures.append(str(error))
        samples.append((time.perf_counter() - started) * 1000)
        next_start += interval
        time.sleep(max(0.0, next_start - time.monotonic()))

    summary = {
        "requests": len(samples), "failures": len(failures),
        "p50_ms": round(percentile(samples, 0.50), 2),
        "p99_ms": round(percentile(samples, 0.99), 2),
        "max_ms": round(max(samples, default=0), 2),
    }
    summary["summary"] = (f"{summary['requests']} requests, {summary['failures']} failed, "
                          f"p50 {summary['p50_ms']} ms, p99 {summary['p99_ms']} ms, "
                          f"max {summary['max_ms']} ms")
    report(arguments, summary)
    print(f"latency: {summary}")
    if failures:
        raise Failure(f"{len(failures)} requests failed, first: {failures[0]}")
    if summary["p99_ms"] >= arguments.p99_ms:
        raise Failure(f"p99 {summary['p99_ms']} ms is not under {arguments.p99_ms} ms")


# ---------------------------------------------------------------------------------------
# slowloris: connections that each drip a request head that never ends


async def slowloris_connection(port, deadline, stats, number):
    rng = random.Random(number)
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            stats["connect_errors"] += 1
            await asyncio.sleep(0.5)
            continue
        stats["opened"] += 1
        stats["open"] += 1
        stats["peak_open"] = max(stats["peak_open"], stats["open"])
        started = time.monotonic()
        outcome = "held to the end"
        try:
            writer.write(f"GET /codes/235?drip={number} HTTP/1.1\r\nHost: t\r\nX-Drip: ".encode())
            await writer.drain()
            while time.monotonic() < deadline:
                try:
                    data = await asyncio.wait_for(reader.read(4096), rng.uniform(0.5, 1.5))
                except asyncio.TimeoutError:
                    writer.write(b"z")
                    await writer.drain()
                    continue
                if data.startswith(b"HTTP/1.1 408 "):
                    outcome = "408"
                elif data:
                    outcome = "other answer: " + data[:12].decode("latin-1")
                else:
                    outcome = "closed without answer"
                break
        except (ConnectionResetError, BrokenPipeError):
            outcome = "reset"
        finally:
            held = time.monotonic() - started
            stats["open"] -= 1
            writer.close()
        stats["outcomes"][outcome] = stats["outcomes"].get(outcome, 0) + 1
        if outcome != "held to the end":
            stats["max_held_s"] = max(stats["max_held_s"], round(held, 2))


async def run_slowloris(arguments):
    stats = {"opened": 0, "open": 0, "peak_open": 0, "connect_errors": 0,
             "max_held_s": 0.0, "outcomes": {}}
    deadline = time.monotonic() + arguments.seconds
    tasks = []
    for number in range(arguments.connections):
        tasks.append(asyncio.create_task(slowloris_connection(arguments.port, deadline, stats,
                                                              number)))
        if number % 50 == 49:
            await asyncio.sleep(0.05)  # ramp up instead of a SYN flood
    await asyncio.gather(*tasks)
    return stats


def command_slowloris(arguments):
    stats = asyncio.run(run_slowloris(arguments))
    stats["summary"] = (f"{stats['peak_open']} open at once, {stats['opened']} opened, "
                        f"{stats['outcomes'].get('408', 0)} cut by 408 (longest held "
                        f"{stats['max_held_s']} s)")
    report(arguments, stats)
    print(f"slowloris: {stats}")
    unexpected = {k: v for k, v in stats["outcomes"].items() if k not in ("408",
                                                                          "held to the end")}
    if stats["peak_open"] < arguments.connections * 0.95:
        raise Failure(f"only {stats['peak_open']} of {arguments.connections} were open at once")
    if unexpected:
        raise Failure(f"unexpected endings: {unexpected}")
    if arguments.header_timeout and arguments.seconds > arguments.header_timeout + 2:
        if stats["outcomes"].get("408", 0) < arguments.connections * 0.9:
            raise Failure("the server did not cut the dripping connections with 408")
        if stats["max_held_s"] > arguments.header_timeout + 1.5:
            raise Failure(f"a dripping connection was held {stats['max_held_s']} s")


# ---------------------------------------------------------------------------------------
# vanish: clients that disappear while answers are being written to them


def vanishing_client(port, rng, counts, errors):
    try:
        connection = Connection(port, receive_buffer=4096)
        connection.send(get("/sitemap.xml") * 3 + get("/codes?format=html"))
        time.sleep(rng.uniform(0, 0.02))
        way = rng.choice(["reset", "close", "shutdown", "read-some-then-reset"])
        if way == "read-some-then-reset":
            connection.sock.recv(rng.randint(1, 50000))
            connection.reset()
        elif way == "reset":
            connection.reset()
        elif way == "shutdown":
            connection.sock.shutdown(socket.SHUT_RDWR)
            connection.close()
        else:
            connection.close()
        counts[way] = counts.get(way, 0) + 1
    except OSError as error:
        errors.append(f"vanishing client could not even start: {error}")


def command_vanish(arguments):
    rng = random.Random(arguments.seed)
    counts, errors = {}, []
    steady = Connection(arguments.port)
    steady_answers = 0
    for round_number in range(arguments.rounds):
        threads = [threading.Thread(target=vanishing_client,
                                    args=(arguments.port, random.Random(rng.random()), counts,
                                          errors))
                   for _ in range(arguments.clients)]
        for thread in threads:
            thread.start()
        for _ in range(3):
            steady.send(get("/codes/235"))
            status, _, body = steady.response()
            if status != 200 or b'"code":"235"' not in body:
                raise Failure(f"the steady client got {status} in round {round_number}")
            steady_answers += 1
        for thread in threads:
            thread.join()
    if errors:
        raise Failure(errors[0])
    fresh = arguments.fresh
    if fresh and not eventually_served(arguments.port, fresh, seconds=5):
        raise Failure(f"{fresh} fresh connections were not all served: slots leaked")
    ways = ", ".join(f"{count} {way}" for way, count in sorted(counts.items()))
    summary = {"vanished": sum(counts.values()), "ways": counts,
               "steady_answers": steady_answers, "fresh_served": fresh,
               "summary": f"{sum(counts.values())} clients vanished mid-answer ({ways}); the "
                          f"steady client got all {steady_answers} answers; {fresh} fresh "
                          f"clients served afterwards"}
    report(arguments, summary)
    print(f"vanish: {summary}")


# ---------------------------------------------------------------------------------------
# fuzz: mutated requests over the socket

FUZZ_SEEDS = [
    get("/codes/235?lang=tr", "Accept: text/html\r\nAccept-Language: tr-TR,tr;q=0.9\r\n"),
    get("/compare/221/235", "If-None-Match: \"x\"\r\nAccept-Encoding: gzip\r\n"),
    "HEAD /codes/550 HTTP/1.1\r\nHost: t\r\n\r\n",
    get("/codes?q=5.7.1&class=5"),
    get("/static/style.css"),
    POST_HEAD + "Content-Length: 5\r\n\r\nhello",
    POST_HEAD + "Transfer-Encoding: chunked\r\n\r\n3;e=1\r\nabc\r\n0\r\nT: 1\r\n\r\n",
    "GET http://h/%E2%82%AC/../codes/%32%33%35 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    POST_HEAD + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\nok",
    "OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n",
]
FUZZ_TOKENS = [b"\r\n", b"\n", b"\r", b" ", b"\t", b":", b"%", b"%00", b"%2F", b"%C0%AF",
               b"/../", b"Content-Length: 7\r\n", b"Transfer-Encoding: chunked\r\n",
               b"Host: x\r\n", b"Expect: 100-continue\r\n", b"Connection: close\r\n",
               b"HTTP/1.0", b"HTTP/2.0", b"\x00", b"\xff", b"0\r\n\r\n", b"FFFFFFFFFFFFFFFF",
               b"?", b"#", b";", b",", b"*", b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"]


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        index = rng.randrange(len(data) + 1)
        choice = rng.randrange(8)
        if choice == 0 and data:
            data[min(index, len(data) - 1)] = rng.randrange(256)
        elif choice == 1:
            data[index:index] = rng.choice(FUZZ_TOKENS)
        elif choice == 2 and data:
            del data[index:index + rng.randint(1, 16)]
        elif choice == 3:
            data[index:index] = data[index:index + rng.randint(1, 64)]
        elif choice == 4:
            data = data[:index] if index > 0 else data
        elif choice == 5:
            data = data + data  # pipelining
        elif choice == 6:
            data[index:index] = b"X-" + bytes([65 + rng.randrange(26)]) * rng.randint(1, 20000)
        else:
            data = data.replace(b"\r\n", b"\n") if rng.random() < 0.5 else data.upper()
    return bytes(data[:200_000]) or b"G"


def fuzz_case(port, data, rng):
    """Sends `data` in random pieces, half-closes, and reads to the end. Returns a reason
    the server failed, or None."""
    connection = Connection(port, timeout=8)
    try:
        offset = 0
        while offset < len(data):
            end = min(len(data), offset + rng.choice([1, 7, 64, 1500, 65536]))
            connection.send(data[offset:end])
            offset = end
            if rng.random() < 0.05:
                time.sleep(0.002)
        connection.sock.shutdown(socket.SHUT_WR)
        received = b""
        while True:
            chunk = connection.sock.recv(65536)
            if not chunk:
                break
            received += chunk
    except socket.timeout:
        return "hang: no end of stream within 8 s"
    except (ConnectionResetError, BrokenPipeError):
        return None  # the server closed on a refused request while we were still sending
    finally:
        connection.close()
    if received and not received.startswith(b"HTTP/1.1 "):
        return f"answer does not start with a status line: {received[:40]!r}"
    for status in re.findall(rb"HTTP/1\.1 (\d{3}) ", received):
        if status == b"500":
            return "500 Internal Server Error"
    return None


def command_fuzz(arguments):
    deadline = time.monotonic() + arguments.seconds
    counts = {"cases": 0}
    failures = []
    lock = threading.Lock()

    def worker(seed):
        try:
            fuzz_worker(seed)
        except Exception as error:  # a bug in the probe must fail the check, not hide
            with lock:
                failures.append({"reason": f"probe error: {error!r}", "input": ""})

    def fuzz_worker(seed):
        rng = random.Random(seed)
        while time.monotonic() < deadline and not failures:
            data = mutate(rng, rng.choice(FUZZ_SEEDS).encode("latin-1"))
            try:
                reason = fuzz_case(arguments.port, data, rng)
            except OSError as error:
                reason = f"cannot connect: {error}"
            with lock:
                counts["cases"] += 1
                if reason:
                    failures.append({"reason": reason, "input": data[:2000].hex()})
                if counts["cases"] % 200 == 0:
                    try:
                        command_health(arguments)
                    except (Failure, OSError) as error:
                        failures.append({"reason": f"health check failed: {error}",
                                         "input": data[:2000].hex()})

    threads = [threading.Thread(target=worker, args=(arguments.seed + n,))
               for n in range(arguments.workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    summary = {"cases": counts["cases"], "failures": failures[:5]}
    report(arguments, summary)
    print(f"fuzz: {counts['cases']} cases, {len(failures)} failures")
    if failures:
        raise Failure(f"first failure: {failures[0]['reason']} (input hex in the report)")


# ---------------------------------------------------------------------------------------
# inflight: SIGTERM while requests are half received, answers half written, others idle


PIPELINED_ANSWERS = 40


def command_inflight(arguments):
    port = arguments.port
    partial = []
    for _ in range(arguments.connections):
        connection = Connection(port, timeout=10)
        connection.send(POST_HEAD + "Content-Length: 10\r\n\r\nabcde")
        partial.append(connection)
    # Slow readers: 40 large answers pipelined behind a small receive window, so at the
    # signal the server still holds most of them, unsent, in its own queue.
    readers = []
    for _ in range(arguments.readers):
        connection = Connection(port, timeout=10, receive_buffer=4096)
        connection.send(get("/sitemap.xml") * PIPELINED_ANSWERS)
        readers.append(connection)
    idle = []
    for _ in range(arguments.idle):
        connection = Connection(port, timeout=10)
        connection.send(get("/healthz"))
        connection.response()
        idle.append(connection)
    time.sleep(0.3)

    os.kill(arguments.pid, signal.SIGTERM)
    signalled = time.monotonic()
    time.sleep(0.2)
    try:
        Connection(port, timeout=1)
        raise Failure("a new connection was accepted after SIGTERM")
    except ConnectionRefusedError:
        pass

    for connection in partial:
        connection.send("fghij")
    answered = 0
    for connection in partial:
        status, headers, _ = connection.response()
        if status >= 500 or headers.get("connection") != "close":
            raise Failure(f"an in-flight request got {status}, Connection: "
                          f"{headers.get('connection')}")
        expect_clean_close(connection, "in-flight request")
        answered += 1

    complete_answers = 0
    for connection in readers:
        # Answers already queued are finished; a request not yet answered may be dropped,
        # but only after an answer that says `Connection: close` (RFC 9112 §9.6).
        answers = read_to_end(connection)
        for status, _, body in answers:
            if status != 200 or len(body) < 10000:
                raise Failure(f"a half-written answer ended as {status} with {len(body)} bytes")
        last = answers[-1][1].get("connection") if answers else None
        if len(answers) < PIPELINED_ANSWERS and last != "close":
            raise Failure(f"{len(answers)} of {PIPELINED_ANSWERS} answers, the last without "
                          "Connection: close")
        complete_answers += len(answers)

    for connection in idle:
        ending = connection.ending(2)
        if ending != "fin":
            raise Failure(f"an idle connection ended with {ending} instead of a close")

    summary = {"in_flight_answered": answered, "readers": len(readers),
               "complete_answers_to_readers": complete_answers, "idle_closed": len(idle),
               "seconds_after_signal": round(time.monotonic() - signalled, 2),
               "summary": f"{answered} half-received requests answered with a close, "
                          f"{complete_answers} large answers finished to {len(readers)} slow "
                          f"readers, {len(idle)} idle connections closed, new ones refused"}
    report(arguments, summary)
    print(f"inflight: {summary}")


# ---------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name, function):
        sub = commands.add_parser(name)
        sub.add_argument("--port", type=int, required=True)
        sub.add_argument("--report")
        sub.set_defaults(function=function)
        return sub

    add("health", command_health)
    add("conformance", command_conformance)
    limits = add("limits", command_limits)
    for flag in ["--max-request-line", "--max-header-bytes", "--max-header-count",
                 "--max-body", "--max-requests", "--max-connections"]:
        limits.add_argument(flag, type=int)
    limits.add_argument("--header-timeout", type=float)
    limits.add_argument("--idle-timeout", type=float)
    latency = add("latency", command_latency)
    latency.add_argument("--seconds", type=float, default=10)
    latency.add_argument("--rate", type=float, default=50)
    latency.add_argument("--path", default="/codes/235")
    latency.add_argument("--p99-ms", type=float, default=50)
    slowloris = add("slowloris", command_slowloris)
    slowloris.add_argument("--connections", type=int, default=500)
    slowloris.add_argument("--seconds", type=float, default=15)
    slowloris.add_argument("--header-timeout", type=float)
    vanish = add("vanish", command_vanish)
    vanish.add_argument("--rounds", type=int, default=50)
    vanish.add_argument("--clients", type=int, default=8)
    vanish.add_argument("--fresh", type=int, default=0)
    vanish.add_argument("--seed", type=int, default=1)
    fuzz = add("fuzz", command_fuzz)
    fuzz.add_argument("--seconds", type=float, default=20)
    fuzz.add_argument("--workers", type=int, default=4)
    fuzz.add_argument("--seed", type=int, default=1)
    inflight = add("inflight", command_inflight)
    inflight.add_argument("--pid", type=int, required=True)
    inflight.add_argument("--connections", type=int, default=50)
    inflight.add_argument("--readers", type=int, default=10)
    inflight.add_argument("--idle", type=int, default=50)

    arguments = parser.parse_args()
    try:
        arguments.function(arguments)
    except Failure as failure:
        print(f"probe {arguments.command}: {failure}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
