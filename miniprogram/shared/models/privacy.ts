import { z } from 'zod';

/**
 * Who may see a personal field of an output (个人信息保护法; DESIGN.md "Privacy"). Every output
 * field that holds a phone number, a check-in code, a 统一社会信用代码 or a file of such things is
 * declared with `seenBy`, and each audience gets its own output schema: the router parses every
 * answer with its action's output schema, so a field a schema does not declare never leaves the
 * server. test/shared/privacy.test.ts finds undeclared personal fields; the functions' sweep
 * (test/functions/privacy-sweep.test.ts) calls every action as every role and looks for what
 * each may not get.
 *
 * - self: the person the record is about (their own sign-up, profile, company)
 * - postEmployer: the employer of a post the person applied to (while not withdrawn)
 * - fairCadre: the cadres and admins who manage the fair the person signed up for
 * - tripOrganiser: the cadres, admins or employer who organise the trip the person booked or
 *   the area their travel need leaves from
 * - areaAdmin: the 人社局 of the record's area
 * - areaCadre: the cadres (their town, or county) and admins of a ledger record's area (劳动力台账)
 * - anyone: public by the product's rules (a published post's contact, a masked phone)
 */
export type Viewer =
  'self' | 'postEmployer' | 'fairCadre' | 'tripOrganiser' | 'areaAdmin' | 'areaCadre' | 'anyone';

const PREFIX = 'seenBy:';

/** Declares who may see a personal field (kept in the schema's description). */
export function seenBy<T extends z.ZodTypeAny>(viewers: readonly Viewer[], schema: T): T {
  return schema.describe(`${PREFIX}${viewers.join(',')}`) as T;
}

/** The viewers a field was declared for, or undefined when it was not declared. */
export function viewersOf(schema: z.ZodTypeAny): Viewer[] | undefined {
  const d = schema.description;
  return d?.startsWith(PREFIX) ? (d.slice(PREFIX.length).split(',') as Viewer[]) : undefined;
}

/** A phone shown masked (138****5678), as anyone but the phone's owner and their contacts sees it. */
export const maskedPhone = seenBy(['anyone'], z.string().regex(/^(\d{3}\*{4}\d{4}|\*{4})?$/));
