// The layers of the repo and what each may import (docs/ARCHITECTURE.md, "What may import what").
// A relative import is resolved against the importing file and must land in one of the folders its
// layer lists; package imports (no leading dot) are not this rule's business.
import path from 'node:path';

/**
 * Each layer: the files it holds (a folder prefix, `*` for one path segment) and the places it
 * may import from. `$self` is the layer's own folder (for cloudfunctions, the one function).
 */
/**
 * A subpackage's own contracts and models (package-trips/contracts.ts, package-trips/models/): pure
 * TS like shared/, downloaded with their subpackage; shared/contracts-all.ts assembles the whole map
 * for the server and tests (the main package never requires them: `npm run compile` checks).
 */
const SUBPACKAGE_CONTRACTS = [
  'miniprogram/package-*/contracts.ts',
  'miniprogram/package-*/models/',
];

export const LAYERS = [
  { files: 'miniprogram/shared/', may: ['$self', ...SUBPACKAGE_CONTRACTS] },
  {
    files: 'miniprogram/package-*/contracts.ts',
    may: ['miniprogram/shared/', ...SUBPACKAGE_CONTRACTS],
  },
  { files: 'miniprogram/package-*/models/', may: ['miniprogram/shared/', ...SUBPACKAGE_CONTRACTS] },
  { files: 'server/', may: ['$self', 'miniprogram/shared/'] },
  {
    files: 'cloudfunctions/*/',
    // miniprogram/config.ts: the deployment's settings, handed to server/ by the entry.
    may: ['$self', 'server/', 'miniprogram/shared/', 'miniprogram/config.ts'],
  },
  { files: 'local-cloud/', may: ['$self'] },
  { files: 'preview/', may: ['$self'] },
  {
    files: 'scripts/',
    may: [
      '$self',
      'local-cloud/',
      'preview/',
      'server/',
      'miniprogram/shared/',
      'miniprogram/config.ts',
    ],
  },
  {
    files: 'bench/',
    may: [
      '$self',
      'local-cloud/',
      'preview/',
      'scripts/',
      'server/',
      'miniprogram/shared/',
      'test/fixtures/',
      'test/shared/speech/spoken-requests.ts',
    ],
  },
  {
    files: 'test/e2e/',
    may: [
      '$self',
      'local-cloud/',
      'preview/',
      'scripts/',
      'server/',
      'miniprogram/shared/',
      'test/fixtures/',
    ],
  },
];

function layerOf(file) {
  for (const layer of LAYERS) {
    const re = new RegExp('^' + layer.files.replace(/\*/g, '[^/]+'));
    const m = re.exec(file);
    if (m) return { layer, self: m[0] };
  }
  return undefined;
}

/** Whether an import of `target` lands in `place` (a folder, or a file; `*`: one path segment). */
const covers = (place, target) => {
  const pattern = (p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return place.endsWith('/')
    ? new RegExp(`^${pattern(place)}|^${pattern(place.slice(0, -1))}$`).test(target)
    : new RegExp(`^${pattern(place.replace(/\.ts$/, ''))}(\\.ts)?$`).test(target);
};

/** @type {import('eslint').Rule.RuleModule} */
export const importLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Layers import downward only (docs/ARCHITECTURE.md).' },
    schema: [],
    messages: {
      upward:
        '{{from}} may not import {{target}}: layers import downward only (docs/ARCHITECTURE.md). ' +
        'Move what both need down (miniprogram/shared/, server/) or pass it in.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const found = layerOf(file);
    if (!found) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), spec))
        .split(path.sep)
        .join('/');
      const ok = found.layer.may.some((place) =>
        covers(place === '$self' ? found.self : place, target),
      );
      if (!ok) context.report({ node, messageId: 'upward', data: { from: found.self, target } });
    };
    return {
      ImportDeclaration: (n) => check(n.source, n.source.value),
      ExportAllDeclaration: (n) => check(n.source, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n.source, n.source.value),
    };
  },
};

export default { rules: { 'import-layers': importLayers } };
