// Hybrid logical clock: wall-clock milliseconds plus a counter plus the device id, so stamps from
// several devices order consistently even when their clocks drift or two changes share a millisecond.
// Encoded as a fixed-width string so that string order is clock order (and IndexedDB can index it).

export interface HlcState {
  wallMs: number;
  counter: number;
}

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;

export function encodeHlc(state: HlcState, deviceId: string): string {
  return `${state.wallMs.toString().padStart(WALL_WIDTH, '0')}-${state.counter
    .toString()
    .padStart(COUNTER_WIDTH, '0')}-${deviceId}`;
}

export function decodeHlc(stamp: string): HlcState & { deviceId: string } {
  const [wall, counter, ...rest] = stamp.split('-');
  return { wallMs: Number(wall), counter: Number(counter), deviceId: rest.join('-') };
}

/** The next local stamp: never behind the last one, even if the wall clock went back. */
export function tickHlc(last: HlcState, nowMs: number): HlcState {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0 };
  return { wallMs: last.wallMs, counter: last.counter + 1 };
}

/** Merge a stamp received from elsewhere, so the next local stamp sorts after it. */
export function receiveHlc(last: HlcState, remote: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(last.wallMs, remote.wallMs, nowMs);
  if (wallMs === last.wallMs && wallMs === remote.wallMs) {
    return { wallMs, counter: Math.max(last.counter, remote.counter) + 1 };
  }
  if (wallMs === last.wallMs) return { wallMs, counter: last.counter + 1 };
  if (wallMs === remote.wallMs) return { wallMs, counter: remote.counter + 1 };
  return { wallMs, counter: 0 };
}
