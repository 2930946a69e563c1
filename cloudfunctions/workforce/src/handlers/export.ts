import {
  AGE_BAND_LABELS,
  FOCUS_GROUP_LABELS,
  JOB_CATEGORY_LABELS,
  PLACEMENT_LABELS,
  SITUATION_LABELS,
  WORK_AREA_LABELS,
  chinaDay,
} from '../../../../miniprogram/shared/index';
import { COLLECTIONS, type WorkforcePersonDoc } from '../../../../server/collections';
import { readAll } from '../../../../server/cursor';
import { asText, toCsv } from '../../../../server/csv';
import type { Handler } from '../../../../server/router';
import { areaWhere } from '../domain/access';

/** The columns of a 人社 office's 就业意向台账. */
export const WORKFORCE_COLUMNS = [
  '序号',
  '姓名',
  '年龄段',
  '联系电话',
  '乡镇',
  '村（社区）',
  '就业状态',
  '意向工种',
  '意向地区',
  '期望月薪（元）',
  '可到岗时间',
  '技能',
  '重点人群类别',
  '是否已就业',
  '就业方式',
  '就业日期',
  '最近走访',
  '下次走访',
] as const;

function wantedArea(p: WorkforcePersonDoc): string {
  return p.workArea === 'cities' ? p.cities.join('、') : WORK_AREA_LABELS[p.workArea];
}

export const exportLedger: Handler<'ledger.export'> = async (input, ctx) => {
  const where: Record<string, unknown> = areaWhere(ctx, input.town);
  if (input.village) where.village = input.village;
  const people = await readAll((skip, limit) =>
    ctx.store.find<WorkforcePersonDoc>(COLLECTIONS.workforcePeople, where, {
      orderBy: [
        ['village', 'asc'],
        ['nameKey', 'asc'],
        ['_id', 'asc'],
      ],
      skip,
      limit,
    }),
  );
  const rows = people.map((p, i) => [
    String(i + 1),
    p.name,
    AGE_BAND_LABELS[p.ageBand],
    p.phone ? asText(p.phone) : '',
    p.town,
    p.village,
    SITUATION_LABELS[p.situation],
    p.categories.map((c) => JOB_CATEGORY_LABELS[c]).join('、'),
    wantedArea(p),
    p.expectedPayYuan !== undefined ? String(p.expectedPayYuan) : '',
    p.availableFrom ?? '',
    p.skills.join('、'),
    p.focusGroup ? FOCUS_GROUP_LABELS[p.focusGroup] : '',
    p.placed ? '是' : '否',
    p.placed ? PLACEMENT_LABELS[p.placed.how] : '',
    p.placed?.day ?? '',
    p.lastVisitDay ?? '',
    p.nextVisitDay ?? '',
  ]);
  const place = [input.town, input.village].filter(Boolean).join('') || '全部';
  return {
    fileName: `劳动力台账-${place}-${chinaDay(ctx.now)}.csv`,
    csv: toCsv(WORKFORCE_COLUMNS, rows),
    rows: rows.length,
  };
};
