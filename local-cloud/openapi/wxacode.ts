import { existsSync, readFileSync } from 'node:fs';
import { qrPng } from './qr-png';

interface AppJson {
  pages?: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
}

/** Every page path of a mini-program, main package and subpackages. */
export function readPages(appJsonFile: string | undefined): string[] {
  if (!appJsonFile || !existsSync(appJsonFile)) return [];
  const app = JSON.parse(readFileSync(appJsonFile, 'utf8')) as AppJson;
  const subs = [...(app.subpackages ?? []), ...(app.subPackages ?? [])];
  return [
    ...(app.pages ?? []),
    ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/+$/, '')}/${p}`)),
  ];
}

/**
 * The text a scanned local code carries: page and scene, as a mini-program would receive them, and
 * the version of the mini-program the code opens.
 */
export const wxacodeText = (page: string, scene: string, envVersion = 'release'): string =>
  `xiangpin-local://wxacode?page=${encodeURIComponent(page)}&scene=${encodeURIComponent(scene)}&env=${envVersion}`;

/** Which version of the mini-program a code opens (`env_version`; WeChat's default: release). */
export const ENV_VERSIONS = ['release', 'trial', 'develop'] as const;

export interface WxacodeImage {
  id: number;
  page: string;
  scene: string;
  envVersion: string;
  png: Buffer;
  at: number;
}

/** wxacode.getUnlimited: a scannable QR PNG of page + scene (+ env_version), with WeChat's checks. */
export class Wxacode {
  readonly images: WxacodeImage[] = [];

  constructor(
    private readonly appJsonFile: string | undefined,
    private readonly now: () => number,
  ) {}

  async getUnlimited(
    params: Record<string, unknown>,
  ): Promise<{ json?: Record<string, unknown>; png?: Buffer }> {
    const scene = params.scene;
    if (
      typeof scene !== 'string' ||
      scene.length === 0 ||
      scene.length > 32 ||
      !/^[\x21-\x7e]+$/.test(scene)
    ) {
      return {
        json: {
          errcode: 40169,
          errmsg: 'invalid length for scene, or the data is not json string',
        },
      };
    }
    const pages = readPages(this.appJsonFile);
    const page = typeof params.page === 'string' && params.page ? params.page : (pages[0] ?? '');
    if (params.check_path !== false && !pages.includes(page)) {
      return {
        json: {
          errcode: 41030,
          errmsg: `invalid page rid: local page "${page}" is not in app.json`,
        },
      };
    }
    const envVersion = params.env_version ?? 'release';
    if (
      typeof envVersion !== 'string' ||
      !(ENV_VERSIONS as readonly string[]).includes(envVersion)
    ) {
      return {
        json: {
          errcode: 40097,
          errmsg: `invalid args: env_version must be one of ${ENV_VERSIONS.join(', ')}, got ${JSON.stringify(envVersion)}`,
        },
      };
    }
    const width = Math.min(Math.max(Number(params.width ?? 430) || 430, 280), 1280);
    const png = qrPng(wxacodeText(page, scene, envVersion), width);
    this.images.push({ id: this.images.length + 1, page, scene, envVersion, png, at: this.now() });
    return { png };
  }
}
