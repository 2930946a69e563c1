import type { ErrorCode, Inviter } from '../../miniprogram/shared/index';
import type { CollectionName } from '../collections';

/**
 * What every roster entry holds, whatever the roster (a fair's sign-up, a trip's booking): who it
 * is for (one entry per person and roster, by the unique index owner + personKey), how to reach
 * them, who brought them, the code they show at the door and where it stands.
 */
export interface RosterEntryDoc {
  _id: string;
  /** Who the entry is for (server/roster/person.ts). */
  personKey: string;
  /** The account that registered, or that claimed a cadre's 代登记 of them; absent for 代登记. */
  workerOpenid?: string;
  name: string;
  /** The normalised name, for finding a person at the door. */
  nameKey: string;
  /** '' when the villager has no phone (the cadre who registered them is the contact). */
  phone: string;
  /** The phone's last four digits, for finding a person at the door. */
  phoneTail: string;
  village?: string;
  inviter: Inviter;
  checkInCode: string;
  status: string;
  proxy: boolean;
  /** The cadre who registered a 代登记 entry. */
  proxyBy?: string;
  createdAt: number;
  updatedAt: number;
  checkedInAt?: number;
  /** When the entry joined the waiting list (rosters that keep one): its place in the queue. */
  queuedAt?: number;
  /** The retry key of the request that wrote the entry last (server/roster/register.ts replayOf). */
  requestKey?: string;
}

/** The words a roster refuses a second entry of one person with. */
export interface RosterWords {
  /** The code of those refusals (ALREADY_SIGNED_UP, ALREADY_BOOKED). */
  alreadyCode: ErrorCode;
  /** The caller holds an entry at another place of the roster (slot, pick-up point). */
  otherPlace: string;
  /** A worker's own entry exists already (someone else's account, or a cadre's claimed one). */
  already(name: string): string;
  /** A cadre registers a person who is on the roster already. */
  alreadyRegistered(name: string): string;
  /** The door refuses a cancelled entry. */
  cancelled: string;
  /** A checked-in entry cannot be cancelled. */
  checkedIn: string;
  door: DoorWords;
}

/** The words the door (签到, 登车核验) refuses with. */
export interface DoorWords {
  /** The input field of an entry chosen by name (signupId, bookingId). */
  entryField: string;
  /** The chosen entry is not on this roster: the message and the field's note. */
  notHere: string;
  notHereField: string;
  /** What the code is called (签到码, 乘车码) and the roster is (本场, 这趟车). */
  code: string;
  here: string;
  /** The code of the refusal of another roster's QR (WRONG_FAIR, WRONG_TRIP). */
  wrongRoster: ErrorCode;
  /** Refuses someone still on the waiting list (rosters that keep one). */
  waiting?(name: string): string;
}

/**
 * One roster: where its entries are, which field names its owner and the place inside it, which
 * document holds the seats, the statuses its entries take and the words it speaks.
 */
export interface Roster {
  entries: CollectionName;
  /** The entry field naming the owner (`fairId`, `tripId`) and the owner's id. */
  ownerField: string;
  ownerId: string;
  /** The entry field naming the place inside the roster (`slotId`, `pickupId`). */
  placeField: string;
  /** The document whose `seatsLeft` counts the free seats of a place. */
  seatsOf(place: string): { collection: CollectionName; id: string };
  status: {
    /** Holds a seat. */
    active: string;
    /** Checked in at the door (still holds the seat). */
    done: string;
    cancelled: string;
    /** Queued for a seat; a roster without a waiting list refuses when full. */
    waiting?: string;
  };
  /** Where a test may stop an operation between its two writes (server/crash-point.ts). */
  crashPoints: { afterSeat: string; afterCancel: string };
  words: RosterWords;
}
