import type {
  LedgerPerson,
  LedgerRow,
  LedgerVisit,
  PublicJobApplicant,
  PublicJobCard,
} from '../../../../miniprogram/shared/index';
import type {
  PublicJobApplicationDoc,
  PublicJobDoc,
  WorkforcePersonDoc,
  WorkforceVisitDoc,
} from '../../../../server/collections';

/** A ledger row for the area's cadres and admins. */
export function ledgerRowOf(p: WorkforcePersonDoc): LedgerRow {
  return {
    _id: p._id,
    name: p.name,
    town: p.town,
    village: p.village,
    phone: p.phone,
    ageBand: p.ageBand,
    situation: p.situation,
    categories: p.categories,
    ...(p.focusGroup ? { focusGroup: p.focusGroup } : {}),
    placed: p.placed ?? null,
    linked: !!p.workerOpenid,
    deletionRequested: !!p.deletionRequestedAt,
    ...(p.lastVisitDay ? { lastVisitDay: p.lastVisitDay } : {}),
    ...(p.nextVisitDay ? { nextVisitDay: p.nextVisitDay } : {}),
    updatedAt: p.updatedAt,
  };
}

export function ledgerPersonOf(p: WorkforcePersonDoc): LedgerPerson {
  return {
    ...ledgerRowOf(p),
    region: p.region,
    ...(p.idTail ? { idTail: p.idTail } : {}),
    workArea: p.workArea,
    cities: p.cities,
    ...(p.expectedPayYuan !== undefined ? { expectedPayYuan: p.expectedPayYuan } : {}),
    ...(p.availableFrom ? { availableFrom: p.availableFrom } : {}),
    skills: p.skills,
    ...(p.focusConsentAt ? { focusConsentAt: p.focusConsentAt } : {}),
    createdAt: p.createdAt,
  };
}

/** The record as the worker it is about sees it. */
export function myRecordOf(p: WorkforcePersonDoc, openid: string) {
  return {
    _id: p._id,
    town: p.town,
    village: p.village,
    name: p.name,
    phone: p.phone,
    situation: p.situation,
    categories: p.categories,
    ...(p.focusGroup ? { focusGroup: p.focusGroup } : {}),
    placed: p.placed ?? null,
    linked: p.workerOpenid === openid,
    deletionRequested: !!p.deletionRequestedAt,
    updatedAt: p.updatedAt,
  };
}

export function visitOf(v: WorkforceVisitDoc): LedgerVisit {
  return {
    _id: v._id,
    kind: v.kind,
    day: v.day,
    visitNote: v.visitNote,
    nextStep: v.nextStep,
    ...(v.remindOn ? { remindOn: v.remindOn } : {}),
    createdAt: v.createdAt,
  };
}

export function publicJobCardOf(j: PublicJobDoc): PublicJobCard {
  return {
    _id: j._id,
    region: j.region,
    town: j.town,
    ...(j.village ? { village: j.village } : {}),
    position: j.position,
    duties: j.duties,
    subsidyYuan: j.subsidyYuan,
    headcount: j.headcount,
    onDuty: j.onDuty,
    eligibility: j.eligibility,
    applyUntil: j.applyUntil,
    status: j.status,
    ...(j.reviewNote ? { reviewNote: j.reviewNote } : {}),
    createdAt: j.createdAt,
  };
}

/** An application for the area's cadres and admins (the person's 重点人群 from the ledger). */
export function applicantOf(
  a: PublicJobApplicationDoc,
  person: WorkforcePersonDoc | undefined,
): PublicJobApplicant {
  return {
    _id: a._id,
    personId: a.personId,
    name: a.name,
    village: a.village,
    ...(person?.focusGroup ? { focusGroup: person.focusGroup } : {}),
    step: a.step,
    history: a.history.map((h) => ({
      step: h.step,
      at: h.at,
      ...(h.note ? { note: h.note } : {}),
    })),
    ...(a.noticeUntil ? { noticeUntil: a.noticeUntil } : {}),
    ...(a.onDutyFrom ? { onDutyFrom: a.onDutyFrom } : {}),
    attendance: Object.entries(a.attendance ?? {})
      .map(([month, v]) => ({ month, days: v.days }))
      .sort((x, y) => (x.month < y.month ? -1 : 1)),
  };
}
