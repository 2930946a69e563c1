import { z } from 'zod';
import { jobCategory } from '../catalog/job-categories';
import { workArea } from '../catalog/statuses';
import { day, geoPoint, mobile, region, text, yuan } from './common';
import { seenBy } from './privacy';

/** The cities a worker would go to (workArea 'cities'), as 求职意向 and the 台账 keep them. */
export const wantedCities = z
  .array(text('城市', 2, 20))
  .max(5, '城市最多选5个')
  .default([]);

/** What a worker can do, in their own words. */
export const skillList = z
  .array(text('技能', 1, 20))
  .max(10, '技能最多填10个')
  .default([]);

/** 求职意向: what a worker tells us so we can recommend jobs. */
export const workerProfile = z
  .object({
    name: text('姓名', 1, 20),
    /** The worker's own; employers get it only through an application (applicant.phone). */
    phone: seenBy(['self'], mobile).optional(),
    home: region
      .extend({
        town: text('乡镇', 1, 20).optional(),
        village: text('村', 1, 20).optional(),
      })
      .strict(),
    homeLocation: geoPoint.optional(),
    workArea,
    cities: wantedCities,
    categories: z.array(jobCategory).min(1, '请至少选一个工种').max(5, '工种最多选5个'),
    /** Expected monthly pay in yuan. */
    expectedPayYuan: yuan.optional(),
    availableFrom: day.optional(),
    skills: skillList,
  })
  .strict()
  .refine((p) => p.workArea !== 'cities' || p.cities.length > 0, {
    message: '请选择想去的城市',
    path: ['cities'],
  });
export type WorkerProfile = z.infer<typeof workerProfile>;
