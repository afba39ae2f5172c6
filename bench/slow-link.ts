/**
 * A slow link for bench:sync: a TCP proxy in front of the server that carries each direction at
 * `bitsPerSecond`, shared by all the connections through it (two requests at once each get
 * half), and delivers every byte `rttMs / 2` after the link has sent it, so one request
 * and its answer take at least one round trip plus their bytes' time on the wire. TCP's own
 * handshake, slow start and losses are not modelled.
 */

import type { AddressInfo } from 'node:net';
import { connect, createServer, type Socket } from 'node:net';

export interface Link {
  bitsPerSecond: number;
  rttMs: number;
}

/** One direction of the link, shared by every connection through it (as a phone's 2G is). */
interface Direction {
  busyUntil: number;
}

/** Copies `from` to `to` as the link would: in order, paced, late by half a round trip. */
function carry(from: Socket, to: Socket, link: Link, direction: Direction): void {
  let lastAt = 0;
  const later = (at: number, run: () => void) =>
    setTimeout(run, Math.max(0, at - performance.now()));
  from.on('data', (chunk: Buffer) => {
    const now = performance.now();
    direction.busyUntil =
      Math.max(direction.busyUntil, now) + (chunk.length * 8 * 1000) / link.bitsPerSecond;
    lastAt = direction.busyUntil + link.rttMs / 2;
    later(lastAt, () => to.write(chunk));
  });
  from.on('end', () => later(lastAt, () => to.end()));
}

/** Starts the link to `target` (the server's URL); its URL is the server's, through the link. */
export async function startSlowLink(
  target: string,
  link: Link,
): Promise<{ url: string; close(): void }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const up: Direction = { busyUntil: 0 };
  const down: Direction = { busyUntil: 0 };
  const proxy = createServer((phone) => {
    const server = connect(Number(port), hostname);
    for (const s of [phone, server]) {
      sockets.add(s);
      s.on('error', () => {
        phone.destroy();
        server.destroy();
      });
      s.on('close', () => sockets.delete(s));
    }
    carry(phone, server, link, up);
    carry(server, phone, link, down);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`,
    close() {
      for (const s of sockets) s.destroy();
      proxy.close();
    },
  };
}
