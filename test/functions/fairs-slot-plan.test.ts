import { DomainError, type SlotInput } from '../../miniprogram/shared/index';
import { planSlots } from '../../cloudfunctions/fairs/src/domain/slot-plan';
import type { FairSlotDoc } from '../../server/collections';

/** The pure half of fair.update: what saving the form does to the slots, decided before writing. */

const slot = (slotId: string, start: string, end: string, capacity: number, taken = 0) =>
  ({
    _id: `f1-${slotId}`,
    fairId: 'f1',
    slotId,
    start,
    end,
    capacity,
    seatsLeft: capacity - taken,
  }) satisfies FairSlotDoc;

const EXISTING = [slot('s1', '09:00', '10:00', 30, 5), slot('s2', '10:00', '11:00', 20)];

function refusal(wanted: SlotInput[]): Pick<DomainError, 'code' | 'message' | 'fields'> {
  try {
    planSlots('f1', EXISTING, wanted);
  } catch (err) {
    if (err instanceof DomainError)
      return { code: err.code, message: err.message, fields: err.fields };
    throw err;
  }
  throw new Error('planSlots accepted the form');
}

test('keeps, resizes, removes an untouched slot and adds new ones under unused ids', () => {
  const plan = planSlots('f1', EXISTING, [
    { id: 's1', start: '09:00', end: '10:30', capacity: 40 },
    { start: '13:00', end: '14:00', capacity: 10 },
    { start: '14:00', end: '15:00', capacity: 12 },
  ]);
  expect(plan.resized.map((r) => [r.slot.slotId, r.input.end, r.delta])).toEqual([
    ['s1', '10:30', 10],
  ]);
  expect(plan.removed.map((s) => s.slotId)).toEqual(['s2']);
  expect(plan.added).toEqual([
    {
      _id: 'f1-s3',
      fairId: 'f1',
      slotId: 's3',
      start: '13:00',
      end: '14:00',
      capacity: 10,
      seatsLeft: 10,
    },
    {
      _id: 'f1-s4',
      fairId: 'f1',
      slotId: 's4',
      start: '14:00',
      end: '15:00',
      capacity: 12,
      seatsLeft: 12,
    },
  ]);
});

test('refuses a slot smaller than its sign-ups, naming the field', () => {
  expect(
    refusal([
      { id: 's1', start: '09:00', end: '10:00', capacity: 4 },
      { id: 's2', start: '10:00', end: '11:00', capacity: 20 },
    ]),
  ).toEqual({
    code: 'INVALID_INPUT',
    message: '09:00-10:00已有5人报名，人数不能少于5',
    fields: { 'slots.0.capacity': '不能少于已报名的5人' },
  });
});

test('refuses removing a slot somebody signed up for', () => {
  expect(refusal([{ id: 's2', start: '10:00', end: '11:00', capacity: 20 }])).toEqual({
    code: 'INVALID_INPUT',
    message: '09:00-10:00已有人报名，不能删除这个时段',
    fields: { slots: '已有人报名的时段不能删除' },
  });
});

test('refuses a slot that no longer exists, or the same slot twice', () => {
  const gone = { id: 's9', start: '09:00', end: '10:00', capacity: 30 };
  const s1 = { id: 's1', start: '09:00', end: '10:00', capacity: 30 };
  for (const wanted of [
    [s1, gone],
    [s1, s1],
  ]) {
    expect(refusal(wanted)).toEqual({
      code: 'INVALID_INPUT',
      message: '有个时段已经不存在了，请刷新后再改',
      fields: { 'slots.1': '时段不存在' },
    });
  }
});
