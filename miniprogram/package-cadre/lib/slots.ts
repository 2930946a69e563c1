import type { SlotView } from '../../shared/models/fair';

/** A time slot as the editor holds it: the capacity is what was typed. */
export interface SlotRow {
  /** Stable key for wx:for while rows are added and removed. */
  key: string;
  /** Set for a slot that already exists on the server (kept when edited). */
  id?: string;
  start: string;
  end: string;
  capacity: string;
}

let counter = 0;
const newKey = () => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

const pad = (n: number) => String(n).padStart(2, '0');

function toMinutes(clock: string): number {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
}

function toClock(minutes: number): string {
  const m = Math.min(Math.max(minutes, 0), 23 * 60 + 59);
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function firstSlot(): SlotRow {
  return { key: newKey(), start: '09:00', end: '10:00', capacity: '100' };
}

/** The next slot starts where the last one ends, lasts as long, and keeps its capacity. */
export function nextSlot(last: SlotRow | undefined): SlotRow {
  if (!last) return firstSlot();
  const length = Math.max(toMinutes(last.end) - toMinutes(last.start), 30);
  const start = toMinutes(last.end);
  return {
    key: newKey(),
    start: toClock(start),
    end: toClock(start + length),
    capacity: last.capacity,
  };
}

export function slotRowOf(s: SlotView): SlotRow {
  return { key: newKey(), id: s.id, start: s.start, end: s.end, capacity: String(s.capacity) };
}

/** The wire shape (slotInput); the contract decides what is wrong. */
export function slotInputOf(s: SlotRow) {
  const capacity = s.capacity.trim() === '' ? undefined : Number(s.capacity);
  return { ...(s.id ? { id: s.id } : {}), start: s.start, end: s.end, capacity };
}
