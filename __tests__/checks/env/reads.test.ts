import { describe, expect, it } from '@jest/globals';
import { findReads, languageOf } from '../../../src/checks/env/reads.js';

const names = (text: string, lang: 'js' | 'python' = 'js') => findReads(text, lang).map((r) => `${r.name}@${r.line}`);

describe('env reads in JavaScript and TypeScript', () => {
  it('recognises every supported syntax at its line', () => {
    const src = [
      'const a = process.env.ALPHA;', // 1
      "const b = process.env['BRAVO'];", // 2
      'const c = process.env["CHARLIE"] ?? "x";', // 3
      'const {', // 4
      '  DELTA,', // 5
      '  ECHO: echo,', // 6
      "  FOXTROT = 'f',", // 7
      '  ...rest', // 8
      '} = process.env;', // 9
      'const g = import.meta.env.VITE_GOLF;', // 10
      "const h = Deno.env.get('HOTEL');", // 11
      'const i = process.env?.INDIA;', // 12
      'const j = Bun.env.JULIET;', // 13
      'const { VITE_KILO } = import.meta.env;', // 14
      'const url = `https://${process.env.LIMA}/x`;', // 15
      "if ('MIKE' in process.env) {}", // 16
    ].join('\n');
    expect(names(src)).toEqual([
      'ALPHA@1',
      'BRAVO@2',
      'CHARLIE@3',
      'DELTA@5',
      'ECHO@6',
      'FOXTROT@7',
      'VITE_GOLF@10',
      'HOTEL@11',
      'INDIA@12',
      'JULIET@13',
      'VITE_KILO@14',
      'LIMA@15',
      'MIKE@16',
    ]);
  });

  it('marks reads that carry their own default', () => {
    const reads = findReads(
      "const a = process.env.A || 3000;\nconst b = process.env.B;\nconst { C = 'x', D } = process.env;\nconst e = process.env.E ? 1 : 2;",
      'js',
    );
    expect(Object.fromEntries(reads.map((r) => [r.name, r.hasFallback]))).toEqual({
      A: true,
      B: false,
      C: true,
      D: false,
      E: true,
    });
  });

  it('ignores writes, comments, plain strings, computed names and prototype members', () => {
    const src = [
      "process.env.WRITTEN = 'x';",
      'delete process.env.DELETED;',
      '// process.env.IN_LINE_COMMENT',
      ' * process.env.IN_BLOCK_COMMENT',
      "throw new Error('set process.env.IN_A_MESSAGE first');",
      'const k = process.env[key];',
      "const h = process.env.hasOwnProperty('X');",
      'const ok = process.env.REAL === "1"; // process.env.AFTER_CODE',
      'const u = "http://x" + process.env.AFTER_URL;',
    ].join('\n');
    expect(names(src)).toEqual(['REAL@8', 'AFTER_URL@9']);
  });
});

describe('env reads in Python', () => {
  it('recognises os.environ, os.environ.get and os.getenv, with defaults', () => {
    const src = [
      'import os',
      "db = os.environ['DATABASE_URL']",
      'secret = os.environ.get("SECRET_KEY")',
      "workers = os.getenv('WORKERS', '4')",
      'from os import environ, getenv',
      "debug = environ.get('DEBUG', 'false')",
      "# os.getenv('COMMENTED')",
      'print(\'os.environ["IN_STRING"]\')',
    ].join('\n');
    const reads = findReads(src, 'python');
    expect(reads.map((r) => `${r.name}@${r.line}:${r.hasFallback}`)).toEqual([
      'DATABASE_URL@2:false',
      'SECRET_KEY@3:false',
      'WORKERS@4:true',
      'DEBUG@6:true',
    ]);
  });

  it('picks the language from the file name', () => {
    expect(languageOf('app/page.tsx')).toBe('js');
    expect(languageOf('src/App.vue')).toBe('js');
    expect(languageOf('worker/tasks.py')).toBe('python');
    expect(languageOf('README.md')).toBeUndefined();
  });
});

describe('env reads in Go and Ruby (issue 12: Go + Vite, Rails apps)', () => {
  const keys = (src: string, lang: 'go' | 'ruby' | 'python') =>
    findReads(src, lang).map((r) => `${r.name}@${r.line}:${r.hasFallback}`);
  it('reads os.Getenv as required and os.LookupEnv as a presence test, not in comments or strings', () => {
    const src = [
      'package main',
      'var dsn = os.Getenv("DATABASE_URL")',
      'port, ok := os.LookupEnv("PORT")',
      '// os.Getenv("IN_COMMENT")',
      'log.Print("set os.Getenv(\\"IN_STRING\\")")',
      'var raw = os.Getenv(`RAW_NAME`)',
    ].join('\n');
    expect(keys(src, 'go')).toEqual(['DATABASE_URL@2:false', 'PORT@3:true', 'RAW_NAME@6:false']);
    expect(languageOf('api/internal/mail/mail.go')).toBe('go');
  });
  it('reads ENV[] and ENV.fetch, with defaults, blocks and presence tests', () => {
    const src = [
      "key = ENV['STRIPE_KEY']",
      "host = ENV.fetch('REDIS_HOST')",
      "port = ENV.fetch('REDIS_PORT', 6379)",
      "pool = ENV.fetch('POOL') { 5 }",
      "level = ENV['LOG_LEVEL'] || 'info'",
      "# ENV['COMMENTED']",
      'puts "url: #{ENV[\'INTERPOLATED\']}"',
      "enabled = ENV.key?('FEATURE_X')",
      "return unless ENV['SENTRY_DSN'].present?",
      "mode = ENV['SELF_HOSTED'] == 'true'",
      "pidfile ENV['PIDFILE'] if ENV['PIDFILE']",
    ].join('\n');
    expect(keys(src, 'ruby')).toEqual([
      'STRIPE_KEY@1:false',
      'REDIS_HOST@2:false',
      'REDIS_PORT@3:true',
      'POOL@4:true',
      'LOG_LEVEL@5:true',
      'INTERPOLATED@7:false',
      'FEATURE_X@8:true',
      'SENTRY_DSN@9:true',
      'SELF_HOSTED@10:true',
      'PIDFILE@11:true',
      'PIDFILE@11:true',
    ]);
  });
  it('treats a Python .get/getenv whose value is tested as optional, an untested one as required', () => {
    const src = [
      'import os',
      'backend = os.environ.get("RESULT_BACKEND")',
      'DEBUG = bool(os.getenv("WORKER_DEBUG"))',
      'if os.environ.get("SENTRY_DSN"):',
      '    pass',
      'flag = os.getenv("FLAG") == "1"',
      'name = os.getenv("NAME") or "app"',
    ].join('\n');
    expect(keys(src, 'python')).toEqual([
      'RESULT_BACKEND@2:false',
      'WORKER_DEBUG@3:true',
      'SENTRY_DSN@4:true',
      'FLAG@6:true',
      'NAME@7:true',
    ]);
  });
});
