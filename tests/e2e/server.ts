import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** Fixture pages folder: one folder per page with a source.html. */
export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

/** Extra routes a test can add: path → response. */
export type ExtraRoutes = Record<string, { body: string; headers?: Record<string, string> }>;

/** A local server for fixture pages on 127.0.0.1 and a random port. */
export interface FixtureServer {
  readonly origin: string;
  /** URL of a fixture page: /<slug>/ serves tests/fixtures/pages/<slug>/source.html. */
  url(slug: string, query?: string): string;
  /** Paths requested so far. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A page whose title is only a site's name: the background lets the first look in, which reads its heading and is
 * told "no story" after one round trip. Tests open it after a page to know the background has judged that page's
 * tab too (its events come first), before checking that nothing went into it (tests/e2e/chromium.ts judged).
 */
export const JUDGED_PATH = '/judged/';

const BUILT_IN: ExtraRoutes = {
  [JUDGED_PATH]: { body: '<!doctype html><html><head><title>Tasklane</title></head><body><h1>Your tasks</h1><p>Nothing due today.</p></body></html>' },
};

/** Starts the fixture server. */
export async function startFixtureServer(extra: ExtraRoutes = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(req.url ?? '/');
    const route = extra[path] ?? BUILT_IN[path];
    if (route) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
      return;
    }
    const slug = /^\/([\w-]+)\/?$/.exec(path)?.[1];
    const file = slug ? join(PAGES_DIR, slug, 'source.html') : '';
    if (!slug || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (slug, query) => `${origin}/${slug}/${query ? `?${query}` : ''}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The Seattle Times page without its own inline styles, scripts, handlers and images, so any CSP error is ours. */
export function strictArticle(): string {
  return readFileSync(join(PAGES_DIR, 'seattletimes-article', 'source.html'), 'utf8')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<link[^>]*>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/\s(?:style|on\w+)="[^"]*"/g, '')
    .replace(/<img[^>]*>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '');
}

/** `/strict/`: that page served with `Content-Security-Policy: default-src 'none'`. */
export const STRICT_ROUTE: ExtraRoutes = {
  '/strict/': { body: strictArticle(), headers: { 'content-security-policy': "default-src 'none'" } },
};
