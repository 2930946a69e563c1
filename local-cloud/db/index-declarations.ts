import { existsSync, readFileSync } from 'node:fs';

export interface IndexKey {
  name: string;
  direction: '1' | '-1' | '2dsphere';
}

export interface IndexDeclaration {
  name: string;
  unique?: boolean;
  keys: IndexKey[];
}

export type IndexDeclarations = Record<string, IndexDeclaration[]>;

/**
 * A collection's simple permission (CloudBase `AclTag`), what a mini-program client
 * (`wx.cloud.database()`) may do; functions and the console (the admin side) may do everything.
 * READONLY: all read, creator writes; PRIVATE: creator reads and writes; ADMINWRITE: all read,
 * nobody writes; ADMINONLY: no client access.
 */
export const ACL_TAGS = ['ADMINONLY', 'ADMINWRITE', 'READONLY', 'PRIVATE'] as const;
export type AclTag = (typeof ACL_TAGS)[number];

/** One collection as a deployer declares it: its security rule and its indexes. */
export interface CollectionDeclaration {
  rule?: AclTag;
  /** Why the rule is not ADMINONLY (required then). */
  reason?: string;
  indexes: IndexDeclaration[];
}

export interface CollectionDeclarations {
  indexes: IndexDeclarations;
  rules: Record<string, AclTag>;
}

function checkIndexes(file: string, collection: string, indexes: unknown): IndexDeclaration[] {
  if (!Array.isArray(indexes))
    throw new Error(`${file}: collections.${collection}.indexes must be an array`);
  for (const index of indexes as IndexDeclaration[]) {
    if (!index.name || !Array.isArray(index.keys) || index.keys.length === 0) {
      throw new Error(`${file}: an index of ${collection} needs a name and keys`);
    }
    for (const key of index.keys) {
      if (!['1', '-1', '2dsphere'].includes(String(key.direction))) {
        throw new Error(`${file}: ${collection}.${index.name}: bad direction ${key.direction}`);
      }
    }
  }
  return indexes as IndexDeclaration[];
}

/**
 * Reads a collection declaration file: `{ collections: { name: { rule, reason?, indexes: [ { name,
 * unique, keys } ] } } }`; a collection may also be just its array of indexes (no rule).
 */
export function readCollectionDeclarations(file: string): CollectionDeclarations {
  const out: CollectionDeclarations = { indexes: {}, rules: {} };
  if (!existsSync(file)) return out;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    collections?: Record<string, CollectionDeclaration | IndexDeclaration[]>;
  };
  for (const [collection, entry] of Object.entries(parsed.collections ?? {})) {
    if (Array.isArray(entry)) {
      out.indexes[collection] = checkIndexes(file, collection, entry);
      continue;
    }
    if (typeof entry !== 'object' || entry === null)
      throw new Error(`${file}: collections.${collection} must be { rule, indexes }`);
    out.indexes[collection] = checkIndexes(file, collection, entry.indexes);
    if (entry.rule !== undefined) {
      if (!ACL_TAGS.includes(entry.rule))
        throw new Error(`${file}: ${collection}: rule must be one of ${ACL_TAGS.join(', ')}`);
      if (entry.rule !== 'ADMINONLY' && !entry.reason)
        throw new Error(`${file}: ${collection}: a rule other than ADMINONLY needs a reason`);
      out.rules[collection] = entry.rule;
    }
  }
  return out;
}

/** The indexes of a collection declaration file. */
export function readIndexDeclarations(file: string): IndexDeclarations {
  return readCollectionDeclarations(file).indexes;
}
