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

/** Reads `database/indexes.json` (`{ collections: { name: [ { name, unique, keys } ] } }`). */
export function readIndexDeclarations(file: string): IndexDeclarations {
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { collections?: IndexDeclarations };
  const collections = parsed.collections ?? {};
  for (const [collection, indexes] of Object.entries(collections)) {
    if (!Array.isArray(indexes))
      throw new Error(`${file}: collections.${collection} must be an array`);
    for (const index of indexes) {
      if (!index.name || !Array.isArray(index.keys) || index.keys.length === 0) {
        throw new Error(`${file}: an index of ${collection} needs a name and keys`);
      }
      for (const key of index.keys) {
        if (!['1', '-1', '2dsphere'].includes(String(key.direction))) {
          throw new Error(`${file}: ${collection}.${index.name}: bad direction ${key.direction}`);
        }
      }
    }
  }
  return collections;
}
