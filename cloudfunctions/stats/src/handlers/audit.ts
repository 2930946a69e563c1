import { areaWhere } from '../../../../server/admins';
import { COLLECTIONS, type AuditDoc } from '../../../../server/collections';
import { createdPageOf, newestFirst } from '../../../../server/cursor';
import { DomainError } from '../../../../miniprogram/shared/index';
import type { Handler } from '../../../../server/router';

/** 操作记录: what admins and cadres of the caller's area changed, newest first. */
export const auditList: Handler<'audit.list'> = async ({ cursor }, ctx) => {
  if (!ctx.admin) throw new DomainError('FORBIDDEN', '操作记录只给人社局看');
  const rows = await newestFirst<AuditDoc>(
    ctx.store,
    COLLECTIONS.auditLog,
    areaWhere('area', ctx.admin),
    cursor,
  );
  return createdPageOf(rows, (a) => ({
    _id: a._id,
    at: a.createdAt,
    actorRole: a.actorRole,
    actorName: a.actorName,
    action: a.action,
    what: a.what,
    targets: a.targets,
    ...(a.detail ? { detail: a.detail } : {}),
  }));
};
