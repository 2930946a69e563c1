/**
 * The browser preview's HTTP server. Its caller tells it the app: the mini-program's folder and
 * the users of the role switcher.
 *
 *   const preview = await startPreview({ miniprogramRoot, users, port: 5173, cloudUrl: cloud.url });
 *   console.log(preview.url); // http://127.0.0.1:5173/
 *   await preview.stop();
 *
 * `/`            the phone frame (375×812), the role switcher and the address bar
 * `/app.html`    the mini-program itself, full window (`?path=/pages/x/index?id=1` opens a page,
 *                `?as=<demo user key>` acts as that demo user); what tests and screenshots open
 * `/app.js`, `/gwx.js`, `/app.css`   the build (preview/build.ts), rebuilt when a file changes
 * `/mp/…`        the mini-program's static files (images)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { buildPreview, type PreviewBuild } from './build';
import type { PreviewConfig, PreviewUser } from './preview-config';
import { shellHtml } from './shell';

export type { PreviewUser } from './preview-config';

export interface PreviewOptions {
  /** The mini-program's folder: app.json, the pages, miniprogram_npm/, tsconfig.json. */
  miniprogramRoot: string;
  /** The users of the role switcher (`?as=<key>`). */
  users: readonly PreviewUser[];
  /** The key of the user the app acts as when the browser has none stored (default: the first). */
  defaultUser?: string;
  /** Sentences the voice stand-in (requirePlugin('WechatSI')) offers to "say". */
  speechSamples?: readonly string[];
  /** 0 (default) picks a free port. */
  port?: number;
  /** 127.0.0.1 by default. */
  host?: string;
  /** local-cloud's URL (its gateway); without it pages show their network-error state. */
  cloudUrl?: string | null;
  /** Rebuild when a file of the mini-program or the preview changes (default true). */
  watch?: boolean;
  /** Log lines (build problems); default console.warn. */
  log?: (line: string) => void;
}

export interface Preview {
  /** http://127.0.0.1:PORT/ (the phone frame) */
  url: string;
  /** http://127.0.0.1:PORT/app.html (the app alone, for tests and screenshots) */
  appUrl: string;
  /**
   * The app alone at a page, as a demo user (by key) or any openid:
   * appUrlFor('/pages/fair/index?id=f1', 'worker'), appUrlFor('/pages/me/index', { openid: 'o-x' }).
   */
  appUrlFor(path?: string, as?: string | { openid: string }): string;
  /** Rebuilds now (normally automatic on the next page load after a change). */
  rebuild(): Promise<void>;
  stop(): Promise<void>;
}

const PREVIEW_DIR = __dirname;

/** A cheap signature of the sources: newest mtime and file count. */
function sourceSignature(miniprogramRoot: string): string {
  let newest = 0;
  let count = 0;
  const walk = (dir: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        count++;
        const m = statSync(p).mtimeMs;
        if (m > newest) newest = m;
      }
    }
  };
  walk(miniprogramRoot);
  walk(join(PREVIEW_DIR, 'runtime'));
  return `${newest}:${count}`;
}

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function appHtml(config: PreviewConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=375, initial-scale=1, user-scalable=no">
<title>乡聘</title>
<link rel="stylesheet" href="/app.css">
<script>window.__XP_CONFIG__ = ${json};</script>
<script src="/gwx.js"></script>
</head>
<body>
<div id="xp-app"></div>
<script src="/app.js"></script>
</body>
</html>
`;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const root = resolve(options.miniprogramRoot);
  const config: PreviewConfig = {
    cloudUrl: options.cloudUrl ? options.cloudUrl.replace(/\/$/, '') : null,
    users: options.users.map((u) => ({ ...u })),
    defaultUser: options.defaultUser ?? options.users[0]?.key ?? '',
    speechSamples: [...(options.speechSamples ?? [])],
  };
  const watch = options.watch ?? true;

  let current: PreviewBuild | undefined;
  let building: Promise<PreviewBuild> | undefined;
  let builtSignature = '';
  let buildError: unknown;

  const rebuild = async (): Promise<PreviewBuild> => {
    if (building) return building;
    const signature = sourceSignature(root);
    building = buildPreview(root)
      .then((b) => {
        current = b;
        builtSignature = signature;
        buildError = undefined;
        for (const w of b.warnings) log(`[preview] ${w}`);
        return b;
      })
      .catch((err: unknown) => {
        buildError = err;
        log(`[preview] build failed: ${err instanceof Error ? err.message : String(err)}`);
        throw err;
      })
      .finally(() => {
        building = undefined;
      });
    return building;
  };

  const fresh = async (): Promise<PreviewBuild> => {
    if (!current || (watch && sourceSignature(root) !== builtSignature)) {
      try {
        return await rebuild();
      } catch (err) {
        if (current) return current;
        throw err;
      }
    }
    return current;
  };

  await rebuild();

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://preview');
    const path = url.pathname;
    if (path === '/' || path === '/index.html') {
      send(res, 200, 'text/html; charset=utf-8', shellHtml(config));
      return;
    }
    if (path === '/app.html') {
      await fresh();
      send(res, 200, 'text/html; charset=utf-8', appHtml(config));
      return;
    }
    if (path === '/config.json') {
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(config));
      return;
    }
    if (path === '/app.js' || path === '/gwx.js' || path === '/app.css') {
      const b = current ?? (await fresh());
      if (buildError && !current) {
        send(res, 500, 'text/plain; charset=utf-8', String(buildError));
        return;
      }
      if (path === '/app.js') send(res, 200, 'text/javascript; charset=utf-8', b.appJs);
      else if (path === '/gwx.js') send(res, 200, 'text/javascript; charset=utf-8', b.gwxJs);
      else send(res, 200, 'text/css; charset=utf-8', b.appCss);
      return;
    }
    if (path.startsWith('/mp/')) {
      const rel = normalize(decodeURIComponent(path.slice(4)));
      const file = join(root, rel);
      const type = TYPES[extname(file).toLowerCase()];
      if (!type || !file.startsWith(root + sep) || rel.includes('..')) {
        send(res, 404, 'text/plain', 'not found');
        return;
      }
      try {
        send(res, 200, type, readFileSync(file));
      } catch {
        send(res, 404, 'text/plain', 'not found');
      }
      return;
    }
    if (path === '/favicon.ico') {
      send(res, 204, 'text/plain', '');
      return;
    }
    send(res, 404, 'text/plain; charset=utf-8', 'not found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(
        res,
        500,
        'text/plain; charset=utf-8',
        err instanceof Error ? (err.stack ?? err.message) : String(err),
      );
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${host}:${port}`;
  return {
    url: `${base}/`,
    appUrl: `${base}/app.html`,
    appUrlFor(path?: string, as?: string | { openid: string }): string {
      const u = new URL(`${base}/app.html`);
      if (path) u.searchParams.set('path', path);
      if (typeof as === 'string') u.searchParams.set('as', as);
      else if (as) u.searchParams.set('openid', as.openid);
      return u.toString();
    },
    async rebuild() {
      await rebuild();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
