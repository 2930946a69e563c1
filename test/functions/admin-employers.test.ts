import { ADMIN, ADMIN_ZIZHONG, startBackend, type Backend } from '../fixtures/backend/harness';
import { refusedUnchanged } from './expect-unchanged';
import { loginAdmin, registeredEmployer, verifiedEmployer } from '../fixtures/backend/flows';

jest.setTimeout(180_000);

let b: Backend;
let first: string;
let suspended: string;
let pending: string;
/** 浦北县 companies verified one after another: the newest is listed first. */
const verified: string[] = [];

beforeAll(async () => {
  b = await startBackend();
  await loginAdmin(b);
  await loginAdmin(b, ADMIN_ZIZHONG);
  first = await verifiedEmployer(b, 'o-hr-list-0');
  verified.push(first);
  // One more than a page, so the second page is reached by the cursor.
  for (let i = 1; i <= 21; i++) verified.push(await verifiedEmployer(b, `o-hr-list-${i}`));
  suspended = verified.pop()!;
  await b.ok(ADMIN, 'admin.suspendEmployer', { employerId: suspended, reason: '多次被举报收费' });
  pending = (await registeredEmployer(b, 'o-hr-list-pending'))._id;
}, 170_000);
afterAll(() => b?.stop());

describe('admin.listEmployers', () => {
  test('已认证: the area’s verified companies, newest first, a page at a time', async () => {
    const one = await b.ok(ADMIN, 'admin.listEmployers', { status: 'verified' });
    expect(one.items).toHaveLength(20);
    expect(one.items[0]?._id).toBe(verified[verified.length - 1]);
    expect(one.items.every((e) => e.status === 'verified')).toBe(true);
    expect(one.nextCursor).not.toBeNull();
    const two = await b.ok(ADMIN, 'admin.listEmployers', {
      status: 'verified',
      cursor: one.nextCursor!,
    });
    const ids = [...one.items, ...two.items].map((e) => e._id);
    expect(ids).toEqual([...verified].reverse());
    expect(ids).not.toContain(suspended);
    expect(ids).not.toContain(pending);
    expect(two.nextCursor).toBeNull();
  });

  test('已暂停: the suspended company, with its name and contact for the admin', async () => {
    const page = await b.ok(ADMIN, 'admin.listEmployers', { status: 'suspended' });
    expect(page.items.map((e) => e._id)).toEqual([suspended]);
    expect(page.items[0]).toMatchObject({ status: 'suspended', companyName: expect.any(String) });
  });

  test('another county’s admin sees none of them; a worker is refused', async () => {
    const other = await b.ok(ADMIN_ZIZHONG, 'admin.listEmployers', { status: 'verified' });
    expect(other.items.map((e) => e._id)).not.toContain(first);
    const worker = await refusedUnchanged(b, () =>
      b.call('o-hr-list-0', 'admin.listEmployers', { status: 'verified' }),
    );
    expect(worker).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('a status other than 已认证 / 已暂停 is refused', async () => {
    const res = await refusedUnchanged(b, () =>
      b.call(ADMIN, 'admin.listEmployers', { status: 'pending' } as never),
    );
    expect(res).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
