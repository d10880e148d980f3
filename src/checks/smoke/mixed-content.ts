// Mixed content: http:// subresources on an https page, found with a real HTML parser (htmlparser2).
import { Parser } from 'htmlparser2';
import type { HttpResponse } from './http.js';
import { emptyPart, finding, type Part } from './model.js';
import { isLocalHost } from './net.js';

/** Where a page loads a subresource from: tag, attribute, whether the browser blocks it (active) or warns. */
interface Load {
  tag: string;
  attr: string;
  url: string;
  active: boolean;
}

const LINK_RELS = new Set(['stylesheet', 'preload', 'modulepreload', 'prefetch', 'icon', 'manifest']);

/** Attributes that load something, per tag; `active` content is blocked outright by browsers. */
const LOADS: Record<string, { attrs: string[]; active: boolean }> = {
  script: { attrs: ['src'], active: true },
  iframe: { attrs: ['src'], active: true },
  frame: { attrs: ['src'], active: true },
  object: { attrs: ['data'], active: true },
  embed: { attrs: ['src'], active: true },
  form: { attrs: ['action'], active: true },
  img: { attrs: ['src', 'srcset'], active: false },
  source: { attrs: ['src', 'srcset'], active: false },
  audio: { attrs: ['src'], active: false },
  video: { attrs: ['src', 'poster'], active: false },
  track: { attrs: ['src'], active: false },
};

export interface PageFacts {
  loads: Load[];
  /** Same-origin scripts and stylesheets (for the static-asset cache check). */
  assets: string[];
  /** `<meta http-equiv="content-security-policy">` contents. */
  metaCsp: string[];
}

/** Every subresource URL of an HTML page, resolved against the page's URL. */
export function pageFacts(html: string, pageUrl: string): PageFacts {
  const facts: PageFacts = { loads: [], assets: [], metaCsp: [] };
  const page = new URL(pageUrl);
  let base = page;
  const resolve = (raw: string): URL | undefined => {
    try {
      return new URL(raw.trim(), base);
    } catch {
      return undefined;
    }
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'base' && attrs.href) base = resolve(attrs.href) ?? base;
        if (tag === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy' && attrs.content)
          facts.metaCsp.push(attrs.content);
        let spec = LOADS[tag];
        if (tag === 'link') {
          const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          if (!rels.some((r) => LINK_RELS.has(r))) return;
          spec = { attrs: ['href'], active: rels.includes('stylesheet') || rels.includes('modulepreload') };
        }
        if (tag === 'input' && attrs.type?.toLowerCase() === 'image') spec = { attrs: ['src'], active: false };
        if (!spec) return;
        for (const attr of spec.attrs) {
          const value = attrs[attr];
          if (!value) continue;
          // srcset: comma-separated "url width" candidates.
          const raws = attr === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]) : [value];
          for (const raw of raws) {
            const u = resolve(raw);
            if (!u) continue;
            facts.loads.push({ tag, attr, url: u.toString(), active: spec.active });
            const style = tag === 'link' && (attrs.rel ?? '').toLowerCase().includes('stylesheet');
            if ((tag === 'script' || style) && u.origin === page.origin) facts.assets.push(u.toString());
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return facts;
}

export const isHtml = (res: HttpResponse) =>
  /^text\/html|application\/xhtml/i.test(String(res.headers['content-type']));

/** Does the page's CSP (header or meta) upgrade http:// subresources to https? */
function upgrades(res: HttpResponse, facts: PageFacts): boolean {
  const header = res.headers['content-security-policy'];
  const policies = [...(Array.isArray(header) ? header : header ? [header] : []), ...facts.metaCsp];
  return policies.some((p) => p.split(';').some((d) => d.trim().toLowerCase() === 'upgrade-insecure-requests'));
}

const MAX_FINDINGS = 20;

/** A subresource URL as reports show it: query strings can carry keys (`?key=…`), so they are cut. */
const shownUrl = (url: string) => {
  const u = new URL(url);
  return `${u.origin}${u.pathname}${u.search ? '?…' : ''}`;
};

/**
 * Findings for the https HTML pages of a site: one per insecure subresource (a layout shared by every
 * page is one finding, listing the pages), active content high, passive medium.
 */
export function evaluateMixedContent(base: string, pages: HttpResponse[]): Part & { assets: string[] } {
  const part = emptyPart();
  const assets = new Set<string>();
  const insecure = new Map<string, { load: Load; pages: string[] }>();
  let upgradedCount = 0;
  let loads = 0;
  for (const res of pages) {
    const facts = pageFacts(res.body, res.url);
    facts.assets.forEach((a) => assets.add(a));
    loads += facts.loads.length;
    const u = new URL(res.url);
    const path = `${u.pathname}${u.search}`;
    const bad = facts.loads.filter((l) => {
      const x = new URL(l.url);
      return x.protocol === 'http:' && !isLocalHost(x.hostname);
    });
    if (upgrades(res, facts)) {
      // Browsers fetch these over https and do not warn: not a finding, but worth knowing.
      const n = new Set(bad.map((l) => l.url)).size;
      if (n) part.notes.push(`${path}: ${n} http:// subresources, upgraded by the CSP upgrade-insecure-requests`);
      upgradedCount += n;
      continue;
    }
    for (const load of bad) {
      const entry = insecure.get(load.url) ?? { load, pages: [] };
      if (!entry.pages.includes(path)) entry.pages.push(path);
      insecure.set(load.url, entry);
    }
  }
  for (const { load, pages: on } of [...insecure.values()].slice(0, MAX_FINDINGS)) {
    const what = load.tag === 'form' ? 'posts a form to' : `loads <${load.tag} ${load.attr}>`;
    const where = on.length > 1 ? `${on[0]} (and ${on.length - 1} more page${on.length > 2 ? 's' : ''})` : on[0];
    part.findings.push(
      finding({
        rule: 'smoke-mixed-content',
        severity: load.active ? 'high' : 'medium',
        url: new URL(on[0], base).toString(),
        key: load.url,
        message: `${where} ${what} ${shownUrl(load.url)} over plain http`,
        why: load.active
          ? 'browsers block http:// scripts, styles, frames and form targets on an https page: that part of the page breaks (or, in old browsers, can be tampered with on the network)'
          : 'browsers mark the page "not secure" for http:// images and media, and anyone on the network can swap them',
        fix: 'load it from https:// (or a relative URL); `upgrade-insecure-requests` in the Content-Security-Policy is a safety net',
      }),
    );
  }
  if (insecure.size > MAX_FINDINGS)
    part.notes.push(`${insecure.size - MAX_FINDINGS} more http:// subresources not listed`);
  const n = pages.length;
  part.items.push({
    url: base,
    name: 'Mixed content',
    value: insecure.size
      ? `${insecure.size} http:// subresource${insecure.size === 1 ? '' : 's'} on ${n} https page${n === 1 ? '' : 's'}`
      : `${n} https page${n === 1 ? '' : 's'}, ${loads} subresources, no http://${upgradedCount ? ` (${upgradedCount} upgraded by the CSP)` : ''}`,
    rules: ['smoke-mixed-content'],
  });
  return { ...part, assets: [...assets] };
}
