// Held-out batch D (issue 10): every row of the provider table (heldout-d-providers.ts) leaked twice, in two
// of 30 syntaxes teams write credentials in (env files, shell, JS/TS, Python, Go, YAML with the key on the
// line above, Kubernetes and ECS env lists, XML, TOML, HCL, PHP, Ruby, Java properties, appsettings.json,
// INI, Dockerfile, workflow env, compose, log lines, prose, curl headers, Kotlin, C#, Rust, Helm values);
// and near misses: each prefixed shape cut to a quarter of its length, drawn from the wrong alphabet, and
// written as a placeholder, plus one placeholder, reference or non-secret sibling setting per provider
// without a shape. Built before the batch was run against the rules; values are drawn from a seed at build
// time, so the repository holds no literal credential.
import type { HeldoutCase } from './evaluate.js';
import { AN, ANL, B32, B64, BECH32, DIG, HEX, LO, Seeded, UP, URLSAFE, jwtRandomSig, uuid } from './generate.js';
import { PROVIDERS } from './heldout-d-providers.js';

export interface Row {
  provider: string;
  family: string;
  env: string;
  template: string;
}

export const ROWS: Row[] = PROVIDERS.trim()
  .split('\n')
  .map((l) => {
    const [provider, family, env, ...rest] = l.split('|');
    return { provider, family, env, template: rest.join('|') };
  });

const KIND: Record<string, string> = {
  h: HEX,
  H: HEX.toUpperCase(),
  a: AN,
  l: ANL,
  A: UP + DIG,
  L: UP + LO,
  d: DIG,
  u: URLSAFE,
  b: B64,
  B: BECH32,
  Z: B32,
};
const PART = /\{([hHalALduBbZ])(\d+)\}|\{U\}/g;

type Fill = (kind: string, n: number) => string;

function expand(template: string, fill: Fill): string {
  return template.replace(PART, (_m, k: string | undefined, n: string | undefined) =>
    k ? fill(k, Number(n)) : fill('U', 36),
  );
}

/** A row with a literal prefix or infix: its shape alone says what it is. */
export const hasShape = (r: Row) =>
  !r.template.startsWith('JWT:') && r.template.replace(PART, '').replace(/[|:.=+-]/g, '').length >= 2;
const isUrl = (r: Row) => /:\/\/|^Server=|;Password=/.test(r.template);

export interface Case extends HeldoutCase {
  family: string;
  syntax: string;
  /** Near misses: which kind. */
  miss?: string;
}

interface Ctx {
  provider: string;
  env: string;
  slug: string;
  key: string;
  camel: string;
  pascal: string;
  pascalKey: string;
  v: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camelOf = (words: string[]) => words.map((w, i) => (i ? cap(w) : w)).join('');

function ctxOf(r: Row, v: string): Ctx {
  let slug = r.provider.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (/^\d/.test(slug)) slug = 'x' + slug;
  const words = r.env.toLowerCase().split('_');
  const keyWords = words.length > 1 ? words.slice(1) : words;
  return {
    provider: r.provider,
    env: r.env,
    slug,
    key: keyWords.join('_'),
    camel: camelOf(keyWords),
    pascal: cap(slug),
    pascalKey: keyWords.map(cap).join(''),
    v,
  };
}

interface Rendered {
  file: string;
  lines: string[];
  /** 0-based line of the value, and of the key when it is on another line. */
  at: number;
  keyAt?: number;
}

type Syntax = { name: string; url?: boolean; render: (c: Ctx) => Rendered };

export const SYNTAXES: Syntax[] = [
  {
    name: 'dotenv',
    render: (c) => ({ file: '.env', lines: ['# runtime settings', 'NODE_ENV=production', `${c.env}=${c.v}`], at: 2 }),
  },
  {
    name: 'shell export',
    render: (c) => ({
      file: 'scripts/deploy.sh',
      lines: ['#!/usr/bin/env bash', 'set -euo pipefail', `export ${c.env}="${c.v}"`, './bin/deploy --prod'],
      at: 2,
    }),
  },
  {
    name: 'ts object',
    render: (c) => ({
      file: `src/lib/${c.slug}.ts`,
      lines: [
        `import { createClient } from '${c.slug}';`,
        '',
        `export const ${c.slug}Client = createClient({`,
        `  ${c.camel}: '${c.v}',`,
        '  timeout: 10_000,',
        '});',
      ],
      at: 3,
      keyAt: 2,
    }),
  },
  {
    name: 'python constant',
    render: (c) => ({
      file: 'app/settings.py',
      lines: ['import os', '', 'DEBUG = False', `${c.env} = "${c.v}"`],
      at: 3,
    }),
  },
  {
    name: 'python kwarg',
    render: (c) => ({
      file: `app/services/${c.slug}_client.py`,
      lines: [`import ${c.slug}`, '', `client = ${c.slug}.Client(${c.key}="${c.v}")`],
      at: 2,
    }),
  },
  {
    name: 'go :=',
    render: (c) => ({
      file: `internal/${c.slug}/client.go`,
      lines: [
        `package ${c.slug}`,
        '',
        'func newClient() *Client {',
        `\t${c.slug}${c.pascalKey} := "${c.v}"`,
        `\treturn &Client{key: ${c.slug}${c.pascalKey}}`,
        '}',
      ],
      at: 3,
    }),
  },
  {
    name: 'yaml nested',
    render: (c) => ({
      file: `config/${c.slug}.yml`,
      lines: [`${c.slug}:`, `  ${c.key}: "${c.v}"`, '  timeout: 30'],
      at: 1,
      keyAt: 0,
    }),
  },
  {
    name: 'k8s env list',
    render: (c) => ({
      file: `deploy/k8s/${c.slug}-deployment.yaml`,
      lines: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          env:',
        `            - name: ${c.env}`,
        `              value: "${c.v}"`,
      ],
      at: 9,
      keyAt: 8,
    }),
  },
  {
    name: 'ecs json env',
    render: (c) => ({
      file: 'deploy/task-definition.json',
      lines: [
        '{',
        '  "containerDefinitions": [{',
        '    "environment": [',
        '      {',
        `        "name": "${c.env}",`,
        `        "value": "${c.v}"`,
        '      }',
        '    ]',
        '  }]',
        '}',
      ],
      at: 5,
      keyAt: 4,
    }),
  },
  {
    name: 'xml appSettings',
    render: (c) => ({
      file: 'Web.config',
      lines: [
        '<?xml version="1.0"?>',
        '<configuration>',
        '  <appSettings>',
        `    <add key="${c.pascal}${c.pascalKey}" value="${c.v}" />`,
        '  </appSettings>',
        '</configuration>',
      ],
      at: 3,
    }),
  },
  {
    name: 'xml element',
    render: (c) => ({
      file: `src/main/resources/${c.slug}.xml`,
      lines: ['<config>', `  <${c.camel}>${c.v}</${c.camel}>`, '</config>'],
      at: 1,
    }),
  },
  {
    name: 'toml',
    render: (c) => ({
      file: 'config.toml',
      lines: ['[server]', 'port = 8080', '', `[${c.slug}]`, `${c.key} = "${c.v}"`],
      at: 4,
      keyAt: 3,
    }),
  },
  {
    name: 'terraform',
    render: (c) => ({
      file: `infra/${c.slug}.tf`,
      lines: [`resource "${c.slug}_integration" "main" {`, '  name = "prod"', `  ${c.key} = "${c.v}"`, '}'],
      at: 2,
    }),
  },
  {
    name: 'log line',
    render: (c) => ({
      file: 'logs/worker.log',
      lines: [
        '2026-05-01T12:00:00Z INFO worker starting',
        `2026-05-01T12:00:01Z DEBUG env loaded: ${c.env}=${c.v} REGION=eu-west-1`,
        '2026-05-01T12:00:02Z INFO ready',
      ],
      at: 1,
    }),
  },
  {
    name: 'prose',
    render: (c) => ({
      file: 'docs/runbook.md',
      lines: [
        '# Runbook',
        '',
        '## Restarting the worker',
        '',
        `If the ${c.provider} calls fail, set ${c.env}=${c.v} on the worker and restart it.`,
      ],
      at: 4,
    }),
  },
  {
    name: 'curl bearer',
    url: false,
    render: (c) => ({
      file: `scripts/${c.slug}-smoke.sh`,
      lines: ['#!/bin/sh', `curl -fsS https://api.${c.slug}.com/v1/me \\`, `  -H "Authorization: Bearer ${c.v}"`],
      at: 2,
    }),
  },
  {
    name: 'php array',
    render: (c) => ({
      file: 'config/services.php',
      lines: ['<?php', '', 'return [', `    '${c.slug}' => [`, `        '${c.key}' => '${c.v}',`, '    ],', '];'],
      at: 4,
      keyAt: 3,
    }),
  },
  {
    name: 'ruby initializer',
    render: (c) => ({
      file: `config/initializers/${c.slug}.rb`,
      lines: [`${c.pascal}.configure do |config|`, `  config.${c.key} = "${c.v}"`, 'end'],
      at: 1,
    }),
  },
  {
    name: 'java properties',
    render: (c) => ({
      file: 'src/main/resources/application.properties',
      lines: ['server.port=8080', `${c.slug}.${c.key.replace(/_/g, '-')}=${c.v}`],
      at: 1,
    }),
  },
  {
    name: 'appsettings json',
    render: (c) => ({
      file: 'appsettings.Production.json',
      lines: ['{', `  "${c.pascal}": {`, `    "${c.pascalKey}": "${c.v}"`, '  }', '}'],
      at: 2,
      keyAt: 1,
    }),
  },
  {
    name: 'ini',
    render: (c) => ({ file: 'settings.ini', lines: [`[${c.slug}]`, `${c.key} = ${c.v}`], at: 1, keyAt: 0 }),
  },
  {
    name: 'dockerfile',
    render: (c) => ({
      file: 'Dockerfile',
      lines: ['FROM node:20-slim', 'WORKDIR /app', `ENV ${c.env}=${c.v}`, 'CMD ["node", "server.js"]'],
      at: 2,
    }),
  },
  {
    name: 'workflow env',
    render: (c) => ({
      file: '.github/workflows/deploy.yml',
      lines: [
        'name: deploy',
        'on: push',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    env:',
        `      ${c.env}: "${c.v}"`,
        '    steps:',
        '      - run: ./deploy.sh',
      ],
      at: 6,
    }),
  },
  {
    name: 'compose environment',
    render: (c) => ({
      file: 'docker-compose.prod.yml',
      lines: [
        'services:',
        '  api:',
        '    image: ghcr.io/acme/api:1.4.2',
        '    environment:',
        `      - ${c.env}=${c.v}`,
      ],
      at: 4,
    }),
  },
  {
    name: 'curl api-key header',
    url: false,
    render: (c) => ({
      file: 'scripts/backfill.sh',
      lines: [`curl -X POST https://api.${c.slug}.io/v2/events -H "X-Api-Key: ${c.v}" -d @events.json`],
      at: 0,
    }),
  },
  {
    name: 'json key above',
    render: (c) => ({
      file: `config/${c.slug}.json`,
      lines: ['{', `  "${c.camel}":`, `    "${c.v}"`, '}'],
      at: 2,
      keyAt: 1,
    }),
  },
  {
    name: 'kotlin const',
    render: (c) => ({
      file: 'src/main/kotlin/Config.kt',
      lines: [`object ${c.pascal}Config {`, `    const val ${c.env} = "${c.v}"`, '}'],
      at: 1,
    }),
  },
  {
    name: 'csharp argument',
    render: (c) => ({
      file: `Services/${c.pascal}Client.cs`,
      lines: [`var client = new ${c.pascal}Client(${c.camel}: "${c.v}");`],
      at: 0,
    }),
  },
  {
    name: 'rust const',
    render: (c) => ({ file: 'src/config.rs', lines: [`pub const ${c.env}: &str = "${c.v}";`], at: 0 }),
  },
  {
    name: 'helm values',
    render: (c) => ({ file: 'charts/app/values.yaml', lines: ['env:', `  ${c.env}: "${c.v}"`], at: 1 }),
  },
];

/** Neutral places a near miss sits in: nothing about them says "credential" but the value's own shape. */
const NEUTRAL: ((nm: string) => Rendered)[] = [
  (nm) => ({
    file: 'src/ids.ts',
    lines: ['// request ids seen in the incident', `export const lastRequest = '${nm}';`],
    at: 1,
  }),
  (nm) => ({ file: 'logs/access.log', lines: [`2026-05-01T10:00:00Z GET /v1/items 200 trace=${nm} 12ms`], at: 0 }),
  (nm) => ({ file: 'docs/changelog.md', lines: ['# Changes', '', `- Fixed the retry of build ${nm}.`], at: 2 }),
  (nm) => ({ file: 'data/items.yml', lines: [`- id: "${nm}"`, '  label: Item'], at: 0 }),
  (nm) => ({ file: 'src/routes.json', lines: [`{ "route": "/p/${nm}" }`], at: 0 }),
];

export function buildHeldoutD(seed = 'launch-gate-heldout-d1'): { positives: Case[]; negatives: Case[] } {
  const g = new Seeded(seed, '~');
  // A UUID part cut shorter is hex (the first run's generator kept it whole: four near misses were real shapes).
  const fill: Fill = (k, n) => (k === 'U' ? (n === 36 ? uuid(g) : g.pick(HEX, n)) : g.pick(KIND[k], n));
  const value = (r: Row, f: Fill = fill): string => {
    if (r.template === 'JWT:service_role') {
      const ref = g.pick(LO, 20);
      return jwtRandomSig(g, { iss: 'supabase', ref, role: 'service_role', iat: 1714000000, exp: 2029576000 });
    }
    return expand(r.template, f);
  };
  const positives: Case[] = [];
  const negatives: Case[] = [];
  const toCase = (r: Row, s: string, out: Rendered, secret: string, miss?: string): Case => ({
    provider: r.provider,
    family: r.family,
    syntax: s,
    name: `${r.provider} (${r.env}) in ${s}${miss ? `, ${miss}` : ''}`,
    rule: 'any',
    file: out.file,
    content: out.lines.join('\n') + '\n',
    secret,
    line: out.at + 1,
    lines: [out.at + 1, ...(out.keyAt !== undefined ? [out.keyAt + 1] : [])],
    miss,
  });
  const syntaxesFor = (r: Row) => SYNTAXES.filter((s) => !(isUrl(r) && s.url === false));
  const pickSyntaxes = (r: Row, n: number): Syntax[] => {
    const pool = [...syntaxesFor(r)];
    const out: Syntax[] = [];
    while (out.length < n) out.push(pool.splice(g.int(0, pool.length - 1), 1)[0]);
    return out;
  };

  ROWS.forEach((r, i) => {
    for (const s of pickSyntaxes(r, 2)) {
      const v = value(r);
      positives.push(toCase(r, s.name, s.render(ctxOf(r, v)), v));
    }
    if (hasShape(r) && !isUrl(r)) {
      // Wrong length: every random part cut to an eighth. (The first run cut to a quarter, which made two
      // valid older shapes: Stripe's 24-character keys and OpenAI's 2024 project keys. Label errors.)
      const short = value(r, (k, n) => fill(k, Math.max(2, Math.floor(n / 8))));
      const ns = NEUTRAL[i % NEUTRAL.length](short);
      negatives.push(toCase(r, 'neutral', ns, short, 'wrong length'));
      // Wrong alphabet: hex parts drawn from g-z, the others from short words broken by dots.
      const wrong = value(r, (k, n) => {
        if (k === 'h' || k === 'H' || k === 'U') {
          const s = g.pick('ghijklmnopqrstuvwxyz', n);
          return k === 'H' ? s.toUpperCase() : s;
        }
        if (k === 'd') return g.pick('abcdefghij', n);
        return g.pick(LO, n).replace(/(...)./g, '$1.');
      });
      const nw = NEUTRAL[(i + 2) % NEUTRAL.length](wrong);
      negatives.push(toCase(r, 'neutral', nw, wrong, 'wrong alphabet'));
    }
    if (hasShape(r)) {
      // A placeholder of the provider's own shape, where a real one would go.
      const styles: Fill[] = [
        (_k, n) => 'x'.repeat(n),
        (_k, n) => '*'.repeat(Math.min(n, 12)),
        (k, n) => (k === 'U' ? '00000000-0000-0000-0000-000000000000' : '0'.repeat(n)),
        () => '...',
        (k) => (k === 'U' ? 'your-uuid' : 'YOUR_KEY_HERE'),
      ];
      const ph = value(r, styles[i % styles.length]);
      const [s] = pickSyntaxes(r, 1);
      negatives.push(toCase(r, s.name, s.render(ctxOf(r, ph)), ph, 'placeholder'));
    } else {
      // No shape: a reference, a placeholder, or a sibling setting that is not a secret, by the same name.
      const slug = ctxOf(r, '').slug;
      const stem = r.env.split('_')[0];
      const forms: [string, string][] = [
        [r.env, '${' + r.env + '}'],
        [r.env, `{{ .Values.${slug}.${ctxOf(r, '').camel} }}`],
        [r.env, `your-${slug}-api-key`],
        [r.env, `<${r.env}>`],
        [r.env, 'changeme'],
        [r.env, '%(' + r.env.toLowerCase() + ')s'],
        [`${stem}_API_URL`, `https://api.${slug}.com/v1`],
        [`${stem}_PROJECT_ID`, String(g.int(100000, 999999))],
        [`${stem}_TIMEOUT_MS`, '30000'],
        [r.env, 'REPLACE_ME'],
      ];
      const [env, v] = forms[i % forms.length];
      const [s] = pickSyntaxes(r, 1);
      negatives.push(toCase(r, s.name, s.render(ctxOf({ ...r, env }, v)), v, 'not a secret'));
    }
  });
  return { positives, negatives };
}
