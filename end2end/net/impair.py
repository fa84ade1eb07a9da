#!/usr/bin/env python3
"""Delay and loss on a routed link, for kernels without `tc netem`.

Usage (inside the router namespace): impair.py TUN_NAME CONFIG_JSON MAX_SECONDS

Opens the TUN device TUN_NAME and prints "ready". The caller then policy-routes the
packets to impair into it (`ip rule ... lookup T`, `ip route add default dev TUN_NAME
table T`). Each packet read from the device is dropped with probability `loss`, or held
for `delay_ms` and written back, so the kernel forwards it on with its main table: every
packet crosses the device once, so the figures apply once per direction.

CONFIG_JSON is read again when it changes: {"delay_ms": 100, "loss": 0.1}. The program
exits on SIGTERM and after MAX_SECONDS in any case, printing what it forwarded and
dropped; the device (and its routes) go with it.
"""
import fcntl
import heapq
import json
import os
import random
import select
import signal
import struct
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


class Config:
    def __init__(self, path):
        self.path, self.stamp, self.delay, self.loss = path, None, 0.0, 0.0

    def refresh(self):
        try:
            stamp = os.stat(self.path).st_mtime_ns
            if stamp == self.stamp:
                return
            with open(self.path) as f:
                cfg = json.load(f)
        except (OSError, ValueError):
            return
        self.stamp = stamp
        self.delay = float(cfg.get("delay_ms", 0)) / 1000.0
        self.loss = float(cfg.get("loss", 0))
        print(f"impair: delay {self.delay * 1000:.0f} ms, loss {self.loss:.2f}", flush=True)


def main():
    name, cfg_path, max_seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    fd = open_tun(name)
    cfg = Config(cfg_path)
    cfg.refresh()
    counts = {"forwarded": 0, "dropped": 0}

    def stop(*_):
        print(f"impair: stopped, forwarded {counts['forwarded']}, dropped {counts['dropped']}", flush=True)
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("ready", flush=True)

    held = []  # (due, sequence, packet)
    sequence = 0
    deadline = time.monotonic() + max_seconds
    next_refresh = 0.0
    while True:
        now = time.monotonic()
        if now > deadline:
            stop()
        if now > next_refresh:
            cfg.refresh()
            next_refresh = now + 0.2
        wait = 0.05 if not held else min(0.05, max(0.0, held[0][0] - now))
        readable, _, _ = select.select([fd], [], [], wait)
        now = time.monotonic()
        while readable:
            try:
                packet = os.read(fd, 65535)
            except BlockingIOError:
                break
            if random.random() < cfg.loss:
                counts["dropped"] += 1
                continue
            sequence += 1
            heapq.heappush(held, (now + cfg.delay, sequence, packet))
        while held and held[0][0] <= now:
            _, _, packet = heapq.heappop(held)
            try:
                os.write(fd, packet)
                counts["forwarded"] += 1
            except OSError:
                counts["dropped"] += 1


if __name__ == "__main__":
    main()
