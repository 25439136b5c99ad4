// Static check that a built HTML page loads no code or styles from another host: no `<script src>`,
// `<link rel=stylesheet|modulepreload|preload>`, ES module `import … from`/`import()` or CSS
// `@import` that points off the page's own origin. Plain links (`<a href>`), images and strings
// inside the inlined JavaScript (URLs in error messages, docs links) are not loads and are ignored.
// `redocly build-docs` without `--inlineBundle` fails this check: its page does
// `import { hydrate } from "https://cdn.redocly.com/…"`.

export interface ExternalResource {
  kind: 'script' | 'stylesheet' | 'module-import' | 'css-import' | 'preload';
  url: string;
}

/** Whether a URL leaves the page's origin: absolute http(s) or protocol-relative. */
export function isRemoteUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url.trim());
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function findExternalResources(html: string): ExternalResource[] {
  const found: ExternalResource[] = [];

  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && isRemoteUrl(src)) found.push({ kind: 'script', url: src });
  }

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href || !isRemoteUrl(href)) continue;
    if (rel.includes('stylesheet')) found.push({ kind: 'stylesheet', url: href });
    else if (rel.includes('modulepreload') || rel.includes('preload')) found.push({ kind: 'preload', url: href });
  }

  // Module code: static `import … from "URL"`, bare `import "URL"`, and dynamic `import("URL")`, in
  // inline `<script type="module">` bodies (where redocly's CDN variant puts its hydrate import).
  for (const [, body = ''] of html.matchAll(/<script\b[^>]*\btype\s*=\s*["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    const patterns = [
      /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g,
      /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    ];
    for (const pattern of patterns) {
      for (const [, url = ''] of body.matchAll(pattern)) {
        if (isRemoteUrl(url)) found.push({ kind: 'module-import', url });
      }
    }
  }

  // CSS `@import` in `<style>` blocks.
  for (const [, css = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const [, a, b] of css.matchAll(/@import\s+(?:url\(\s*["']?([^"')\s]+)["']?\s*\)|["']([^"']+)["'])/gi)) {
      const url = a ?? b ?? '';
      if (isRemoteUrl(url)) found.push({ kind: 'css-import', url });
    }
  }

  return found;
}
