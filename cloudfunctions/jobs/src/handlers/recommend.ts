import type { Handler } from '../../../../server/router';
import { recommendJobs } from '../../../../server/recommend';

/** 为您推荐 for the caller's own 求职意向 (server/recommend.ts ranks it). */
export const recommend: Handler<'job.recommend'> = (input, ctx) =>
  recommendJobs(ctx, ctx.user?.profile ?? null, input);
