import type { ActionOutput, InterviewView, ParsedInput } from '../miniprogram/shared/index';
import { COLLECTIONS, type ApplicationDoc } from './collections';
import type { Ctx } from './context';
import { createdPageOf, newestFirst } from './cursor';
import { JOB_CARD_FIELDS, toJobCard, type JobCardDoc } from './views';

// The caller's own applications, as application.listMine (jobs) and me.overview (fairs) show them.

/** The current interview as the contracts show it. */
export function interviewOf(a: Pick<ApplicationDoc, 'status' | 'interview'>): {
  interview?: InterviewView;
} {
  const i = a.interview;
  if (a.status !== 'interview' || !i) return {};
  return {
    interview: {
      at: i.at,
      address: i.address,
      location: { lat: i.location.lat, lng: i.location.lng },
      ...(i.note ? { note: i.note } : {}),
      ...(i.answer ? { answer: i.answer } : {}),
      ...(i.answerNote ? { answerNote: i.answerNote } : {}),
      ...(i.answeredAt ? { answeredAt: i.answeredAt } : {}),
    },
  };
}

/** A page of the caller's applications, newest first, each with its post's card. */
export async function myApplications(
  ctx: Ctx,
  cursor: ParsedInput<'application.listMine'>['cursor'],
): Promise<ActionOutput<'application.listMine'>> {
  const rows = await newestFirst<ApplicationDoc>(
    ctx.store,
    COLLECTIONS.applications,
    { workerOpenid: ctx.openid },
    cursor,
  );
  const jobs = await ctx.store.byIds<JobCardDoc>(
    COLLECTIONS.jobs,
    [...new Set(rows.map((r) => r.jobId))],
    JOB_CARD_FIELDS,
  );
  const byId = new Map(jobs.map((j) => [j._id, j]));
  const page = createdPageOf(rows, (a) => {
    const job = byId.get(a.jobId);
    return job
      ? {
          _id: a._id,
          status: a.status,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
          job: toJobCard(job),
          ...interviewOf(a),
        }
      : undefined;
  });
  return {
    items: page.items.filter((i): i is NonNullable<typeof i> => i !== undefined),
    nextCursor: page.nextCursor,
  };
}
