import { z } from 'zod';
import { idTail, mobile, text } from './common';
import { seenBy, type Viewer } from './privacy';

// The people on an organiser's roster, the same for a fair's sign-ups and a trip's bookings.

/** Who a cadre registers for a villager (代登记, 代订): with the family's phone, or none. */
export const proxyPerson = {
  name: text('姓名', 1, 20),
  /** Left out when the villager has no phone: the cadre is the contact. */
  phone: mobile.optional(),
  village: text('村', 1, 20),
  idTail: idTail.optional(),
};

/** The person as they see their own sign-up or booking. */
export function ownPerson<S extends z.ZodTypeAny>(status: S) {
  return {
    name: z.string(),
    phone: seenBy(['self'], z.string()),
    village: z.string().optional(),
    status,
  };
}

/**
 * The person as the roster's `organiser` sees them: the full phone to call, or `noPhone` when the
 * villager has none and the cadre is the contact; `proxy` when a cadre registered them.
 */
export function rosterPerson<S extends z.ZodTypeAny>(organiser: Viewer, status: S) {
  return {
    name: z.string(),
    phone: seenBy([organiser], z.string()),
    noPhone: z.literal(true).optional(),
    village: z.string().optional(),
    status,
    proxy: z.boolean(),
  };
}
