import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIp } from '../../server/client-ip';
import {
  createAuthThrottle,
  createThrottle,
  IP_FREE_FAILURES,
  PHONE_FREE_FAILURES,
} from '../../server/services/throttle';

/** A clock the test moves by hand. */
function clock() {
  let t = Date.UTC(2025, 5, 1);
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

const failTimes = (th: { fail(k: string[]): void }, keys: string[], n: number) => {
  for (let i = 0; i < n; i++) th.fail(keys);
};

describe('createThrottle', () => {
  it('allows the free failures, then locks with a doubling wait up to the cap', () => {
    const c = clock();
    const th = createThrottle({ now: c.now });
    const key = ['phone:0900000011'];
    failTimes(th, key, 5);
    expect(th.retryAfter(key)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      th.fail(key);
      const wait = th.retryAfter(key);
      waits.push(wait);
      c.advance(wait); // wait it out, then guess again
      expect(th.retryAfter(key)).toBe(0);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });

  it('counts the wait down with the clock', () => {
    const c = clock();
    const th = createThrottle({ freeFailures: 0, now: c.now });
    th.fail(['ip:1.2.3.4']);
    c.advance(12.5);
    expect(th.retryAfter(['ip:1.2.3.4'])).toBe(18);
  });

  it('refuses when any key is locked and counts a failure against every key', () => {
    const th = createThrottle({ freeFailures: 1, now: clock().now });
    failTimes(th, ['ip:1.2.3.4', 'phone:0900000011'], 2);
    expect(th.retryAfter(['ip:1.2.3.4'])).toBe(30);
    expect(th.retryAfter(['phone:0900000011'])).toBe(30);
    expect(th.retryAfter(['ip:5.6.7.8', 'phone:0900000011'])).toBe(30);
    expect(th.retryAfter(['ip:5.6.7.8', 'phone:0900000012'])).toBe(0);
  });

  it('clears a key on success, and only that key', () => {
    const th = createThrottle({ now: clock().now });
    failTimes(th, ['ip:1.2.3.4', 'phone:0900000011'], 6);
    th.succeed(['phone:0900000011']);
    expect(th.retryAfter(['phone:0900000011'])).toBe(0);
    expect(th.retryAfter(['ip:1.2.3.4'])).toBe(30);
    failTimes(th, ['phone:0900000011'], 5); // free again after the success
    expect(th.retryAfter(['phone:0900000011'])).toBe(0);
  });

  it('forgets failures an hour after the last one or the end of the lock', () => {
    const c = clock();
    const th = createThrottle({ maxLockSeconds: 7200, now: c.now });
    const key = ['phone:0900000011'];
    failTimes(th, key, 4);
    c.advance(3600);
    failTimes(th, key, 4); // the first four were forgotten: still free
    expect(th.retryAfter(key)).toBe(0);
    failTimes(th, key, 9); // 13 failures: locked for 30·2^7 = 3840 s
    c.advance(3700);
    expect(th.retryAfter(key)).toBe(140);
    c.advance(140 + 3599); // the lock is over, but not yet an hour ago: the backoff goes on
    th.fail(key);
    expect(th.retryAfter(key)).toBe(7200);
    c.advance(7200 + 3600);
    failTimes(th, key, 5);
    expect(th.retryAfter(key)).toBe(0);
  });

  it('never holds more than maxKeys keys: the least recently failed go first', () => {
    const th = createThrottle({ freeFailures: 0, maxKeys: 3, now: clock().now });
    for (const k of ['a', 'b', 'c']) th.fail([k]);
    th.fail(['a']); // a is now the most recent
    th.fail(['d']); // evicts b
    expect(['a', 'b', 'c', 'd'].map((k) => th.retryAfter([k]) > 0)).toEqual([
      true,
      false,
      true,
      true,
    ]);
    for (let i = 0; i < 1000; i++) th.fail([`phone:${i}`]);
    expect(['a', 'c', 'd', 'phone:997', 'phone:999'].map((k) => th.retryAfter([k]) > 0)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('gives an IP (many people behind one NAT) more free failures than a phone', () => {
    const th = createAuthThrottle(clock().now);
    failTimes(th, ['ip:1.2.3.4'], PHONE_FREE_FAILURES + 1);
    expect(th.retryAfter(['ip:1.2.3.4'])).toBe(0);
    failTimes(th, ['ip:1.2.3.4'], IP_FREE_FAILURES - PHONE_FREE_FAILURES);
    expect(th.retryAfter(['ip:1.2.3.4'])).toBe(30);
    failTimes(th, ['phone:0900000011'], PHONE_FREE_FAILURES + 1);
    expect(th.retryAfter(['phone:0900000011'])).toBe(30);
  });
});

describe('clientIp', () => {
  const ipOf = async (trustProxy: boolean, headers: Record<string, string>, env?: object) => {
    const app = new Hono().get('/', (c) => c.text(clientIp(c, trustProxy)));
    return (await app.fetch(new Request('http://x/', { headers }), env)).text();
  };
  const socket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

  it('is the socket address without a trusted proxy, whatever X-Forwarded-For says', async () => {
    expect(await ipOf(false, { 'x-forwarded-for': '6.6.6.6' }, socket('::ffff:10.0.0.7'))).toBe(
      '10.0.0.7',
    );
    expect(await ipOf(false, {}, socket('2001:db8::1'))).toBe('2001:db8::1');
  });

  it('is the hop the trusted proxy appended, not one the client wrote', async () => {
    const xff = { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' };
    expect(await ipOf(true, xff, socket('127.0.0.1'))).toBe('203.0.113.9');
    expect(await ipOf(true, {}, socket('127.0.0.1'))).toBe('127.0.0.1');
  });

  it("is 'unknown' with no socket (app.request in tests)", async () => {
    expect(await ipOf(false, {})).toBe('unknown');
    expect(await ipOf(true, {})).toBe('unknown');
  });
});
