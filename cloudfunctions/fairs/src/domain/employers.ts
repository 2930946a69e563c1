import { DomainError } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type EmployerDoc,
  type FairDoc,
  type JobDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';

/**
 * The participating employers a cadre lists on a fair: each must be a verified company, each post
 * must be its own. Returns them with the company names the fair page shows.
 */
export async function resolveFairEmployers(
  ctx: Ctx,
  list: { employerId: string; jobIds: string[] }[],
  /** Companies already on the fair stay when it is edited, even if their review was withdrawn since. */
  alreadyListed: ReadonlySet<string> = new Set(),
): Promise<FairDoc['employers']> {
  const merged = new Map<string, Set<string>>();
  for (const e of list) {
    const jobs = merged.get(e.employerId) ?? new Set<string>();
    e.jobIds.forEach((j) => jobs.add(j));
    merged.set(e.employerId, jobs);
  }
  const employers = await ctx.store.byIds<EmployerDoc>(COLLECTIONS.employers, [...merged.keys()]);
  const jobs = await ctx.store.byIds<JobDoc>(COLLECTIONS.jobs, [
    ...new Set([...merged.values()].flatMap((s) => [...s])),
  ]);
  const jobById = new Map(jobs.map((j) => [j._id, j]));
  const out: FairDoc['employers'] = [];
  let i = 0;
  for (const [employerId, jobIds] of merged) {
    const employer = employers.find((e) => e._id === employerId);
    if (!employer) {
      throw new DomainError('NOT_FOUND', '有一家参会单位没有找到，请重新选择', {
        [`employers.${i}.employerId`]: '没有这家单位',
      });
    }
    if (employer.status !== 'verified' && !alreadyListed.has(employerId)) {
      throw new DomainError(
        'EMPLOYER_NOT_VERIFIED',
        `${employer.companyName}还没通过审核，暂时不能参会`,
        {
          [`employers.${i}.employerId`]: '单位还没通过审核',
        },
      );
    }
    for (const jobId of jobIds) {
      if (jobById.get(jobId)?.employerId !== employerId) {
        throw new DomainError(
          'INVALID_INPUT',
          `有个岗位不属于${employer.companyName}，请重新选择`,
          {
            [`employers.${i}.jobIds`]: '岗位不属于这家单位',
          },
        );
      }
    }
    out.push({ employerId, companyName: employer.companyName, jobIds: [...jobIds] });
    i++;
  }
  return out;
}
