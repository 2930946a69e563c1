/**
 * Brings the environment's collections to what database/collections.json declares, through
 * @cloudbase/manager-node: creates a missing collection, adds its missing indexes and sets its
 * security rule. Never drops a collection or an index; an index of the same name with other keys
 * is reported, not replaced. Returns what it did (nothing on a second run).
 */
import type CloudBase from '@cloudbase/manager-node';
import type { IndexDeclaration } from '../../local-cloud/db/index-declarations';
import type { DesiredCollection } from './desired';

interface TableIndex {
  Name: string;
  Unique?: boolean;
  Keys?: { Name?: string; Direction?: string }[];
}

const sameKeys = (a: IndexDeclaration, b: TableIndex): boolean =>
  JSON.stringify(a.keys.map((k) => [k.name, k.direction])) ===
    JSON.stringify((b.Keys ?? []).map((k) => [k.Name, String(k.Direction)])) &&
  (a.unique === true) === (b.Unique === true);

const notFound = (err: unknown): boolean =>
  /ResourceNotFound|not ?exist/i.test(
    `${(err as { code?: string }).code ?? ''} ${(err as Error).message ?? ''}`,
  );

export async function deployCollections(
  manager: CloudBase,
  envId: string,
  collections: DesiredCollection[],
): Promise<string[]> {
  const done: string[] = [];
  const db = manager.database;
  const tcb = manager.commonService('tcb');
  for (const c of collections) {
    let indexes: TableIndex[] = [];
    try {
      const table = (await db.describeCollection(c.name)) as { Indexes?: TableIndex[] };
      indexes = table.Indexes ?? [];
    } catch (err) {
      if (!notFound(err)) throw err;
      await db.createCollection(c.name);
      done.push(`collection ${c.name}: created`);
    }
    const missing = c.indexes.filter((ix) => !indexes.some((t) => t.Name === ix.name));
    for (const ix of c.indexes) {
      const found = indexes.find((t) => t.Name === ix.name);
      if (found && !sameKeys(ix, found))
        done.push(
          `collection ${c.name}: index ${ix.name} differs from the declaration (left as is; drop it in the console to recreate)`,
        );
    }
    if (missing.length) {
      await db.updateCollection(c.name, {
        CreateIndexes: missing.map((ix) => ({
          IndexName: ix.name,
          MgoKeySchema: {
            MgoIsUnique: ix.unique === true,
            MgoIndexKeys: ix.keys.map((k) => ({ Name: k.name, Direction: k.direction })),
          },
        })),
      });
      done.push(`collection ${c.name}: indexes ${missing.map((ix) => ix.name).join(', ')} created`);
    }
    const acl = (await tcb.call({
      Action: 'DescribeDatabaseACL',
      Param: { EnvId: envId, CollectionName: c.name },
    })) as { AclTag?: string };
    if (acl.AclTag !== c.rule) {
      await tcb.call({
        Action: 'ModifyDatabaseACL',
        Param: { EnvId: envId, CollectionName: c.name, AclTag: c.rule },
      });
      done.push(`collection ${c.name}: security rule ${acl.AclTag ?? '(none)'} → ${c.rule}`);
    }
  }
  return done;
}
