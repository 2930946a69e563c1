import { DomainError, type SlotInput } from '../../../../miniprogram/shared/index';
import type { FairSlotDoc } from '../../../../server/collections';
import { slotDocId, slotLabel } from './views';

/** What saving a fair's form does to its slots, decided before anything is written. */
export interface SlotPlan {
  /** Untouched slots the form left out. */
  removed: FairSlotDoc[];
  /** Kept slots, with their new times and the change in seats (0: maybe only the times). */
  resized: { slot: FairSlotDoc; input: SlotInput; delta: number }[];
  /** New slots, under ids the fair does not use yet. */
  added: FairSlotDoc[];
}

/** Ids `s1`, `s2`, … not used by the fair yet. */
export function newSlotIds(count: number, taken: Set<string>): string[] {
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) if (!taken.has(`s${n}`)) ids.push(`s${n}`);
  return ids;
}

export function slotDoc(fairId: string, slotId: string, slot: SlotInput): FairSlotDoc {
  return {
    _id: slotDocId(fairId, slotId),
    fairId,
    slotId,
    start: slot.start,
    end: slot.end,
    capacity: slot.capacity,
    seatsLeft: slot.capacity,
  };
}

/**
 * The slot changes of an edited fair, checked against the seats taken: a slot somebody signed up
 * for can be neither removed nor made smaller than its sign-ups. Pure: refuses with INVALID_INPUT
 * (naming the slot in the form), writes nothing.
 */
export function planSlots(fairId: string, existing: FairSlotDoc[], wanted: SlotInput[]): SlotPlan {
  const byId = new Map(existing.map((s) => [s.slotId, s]));
  const kept = new Set<string>();
  const resized: SlotPlan['resized'] = [];
  const added: SlotInput[] = [];
  wanted.forEach((s, i) => {
    if (!s.id) return void added.push(s);
    const slot = byId.get(s.id);
    if (!slot || kept.has(s.id)) {
      throw new DomainError('INVALID_INPUT', '有个时段已经不存在了，请刷新后再改', {
        [`slots.${i}`]: '时段不存在',
      });
    }
    kept.add(s.id);
    const taken = slot.capacity - slot.seatsLeft;
    if (s.capacity < taken) {
      throw new DomainError(
        'INVALID_INPUT',
        `${slotLabel(slot)}已有${taken}人报名，人数不能少于${taken}`,
        {
          [`slots.${i}.capacity`]: `不能少于已报名的${taken}人`,
        },
      );
    }
    resized.push({ slot, input: s, delta: s.capacity - slot.capacity });
  });
  const removed = existing.filter((s) => !kept.has(s.slotId));
  for (const slot of removed) {
    if (slot.seatsLeft !== slot.capacity) {
      throw new DomainError('INVALID_INPUT', `${slotLabel(slot)}已有人报名，不能删除这个时段`, {
        slots: '已有人报名的时段不能删除',
      });
    }
  }
  const newIds = newSlotIds(added.length, new Set(existing.map((s) => s.slotId)));
  return {
    removed,
    resized,
    added: added.map((s, i) => slotDoc(fairId, newIds[i] as string, s)),
  };
}
