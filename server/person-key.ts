/**
 * Who a sign-up (or a ledger record) is for. A fair takes each person once (unique index fairId + personKey), however
 * they come: signing up themselves, or registered by a cadre (代登记) with the family's phone or
 * with no phone at all.
 *
 * - With a phone: the phone and the name. One family phone registers several people (different
 *   names); a worker's own sign-up and a cadre's 代登记 of the same person meet on the same key,
 *   because both give the person's name and the phone they are reached on. The village is left
 *   out on purpose: a worker's own sign-up takes it from their profile, which may lack it or
 *   spell it differently (庆荣村 / 庆荣).
 * - Without a phone: the village and the name, and the ID-card tail when the cadre enters one to
 *   tell two people of the same name in one village apart.
 */

/** A name as people write it: width-folded (NFKC), without spaces or middle dots. */
export function normalName(name: string): string {
  return name.normalize('NFKC').replace(/[\s·•・.]/g, '');
}

function normalVillage(village: string): string {
  return village.normalize('NFKC').replace(/\s/g, '');
}

export interface Person {
  name: string;
  phone?: string;
  village?: string;
  idTail?: string;
}

export function personKeyOf(p: Person): string {
  const name = normalName(p.name);
  if (p.phone) return `tel:${p.phone}:${name}`;
  const tail = p.idTail ? `:${p.idTail.toUpperCase()}` : '';
  return `vil:${normalVillage(p.village ?? '')}:${name}${tail}`;
}

/** The last four digits of a phone, for finding a person at the gate; '' without a phone. */
export function phoneTailOf(phone: string): string {
  return phone ? phone.slice(-4) : '';
}
