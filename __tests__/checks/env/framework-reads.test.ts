import { describe, expect, it } from '@jest/globals';
import { findReads } from '../../../src/checks/env/reads.js';

const reads = (text: string, lang: 'js' | 'python' = 'js') =>
  findReads(text, lang).map((r) => `${r.name}@${r.line}${r.hasFallback ? '?' : ''}`);

describe('framework env reads (JS)', () => {
  it('reads SvelteKit $env modules, static imports at the import line and dynamic env.X', () => {
    const src = [
      "import { env as privateEnv } from '$env/dynamic/private';", // 1
      "import { API_KEY, DB_URL as dbUrl } from '$env/static/private';", // 2
      'const a = privateEnv.RESEND_KEY ?? "x";', // 3
      "const b = privateEnv['SMTP_HOST'];", // 4
      'const c = process.env.OTHER;', // 5
      'privateEnv.WRITTEN = "1";', // 6
    ].join('\n');
    expect(reads(src)).toEqual(['API_KEY@2', 'DB_URL@2', 'RESEND_KEY@3?', 'SMTP_HOST@4', 'OTHER@5']);
  });

  it('does not treat env.X as a read without a $env import', () => {
    expect(reads("import { env } from './env';\nconst a = env.DATABASE_URL;\nconst b = process.env.B;")).toEqual([
      'B@3',
    ]);
  });

  it('reads NestJS ConfigService.get / getOrThrow with upper-case names only', () => {
    const src = [
      "import { ConfigService } from '@nestjs/config';", // 1
      "const a = this.configService.get<string>('JWT_SECRET');", // 2
      "const b = config.get('TTL', 60);", // 3
      "const c = config.getOrThrow('SMTP_HOST');", // 4
      "const d = config.get('database.host');", // 5
      "const e = cache.get('NOT_ENV');", // 6
      "const f = config.get<number>('PORT', { infer: true });", // 7
    ].join('\n');
    expect(reads(src)).toEqual(['JWT_SECRET@2', 'TTL@3?', 'SMTP_HOST@4', 'PORT@7']);
  });

  it('ignores .get() calls in files without ConfigService', () => {
    expect(reads("const v = config.get('SOME_KEY');")).toEqual([]);
  });

  it("reads Bun.env['X']", () => {
    expect(reads("const a = Bun.env['HOOK'];\nconst b = Bun.env?.OTHER;")).toEqual(['HOOK@1', 'OTHER@2']);
  });
});

describe('framework env reads (Python)', () => {
  it('skips writes to os.environ', () => {
    expect(reads("os.environ['A'] = '1'\ndel os.environ['B']\nx = os.environ['C'] == 'y'", 'python')).toEqual(['C@3']);
  });

  it('reads pydantic BaseSettings fields with env_prefix, aliases and defaults', () => {
    const src = [
      'from pydantic import Field', // 1
      'from pydantic_settings import BaseSettings, SettingsConfigDict', // 2
      '', // 3
      'class Settings(BaseSettings):', // 4
      "    model_config = SettingsConfigDict(env_prefix='APP_')", // 5
      '    database_url: str', // 6
      '    debug: bool = False', // 7
      "    token: str = Field(..., alias='GH_TOKEN')", // 8
      '', // 9
      '    def dsn(self) -> str:', // 10
      '        local: str = "x"', // 11
      '        return local', // 12
      '', // 13
      'class Other:', // 14
      '    not_env: str', // 15
    ].join('\n');
    expect(reads(src, 'python')).toEqual(['APP_DATABASE_URL@6', 'APP_DEBUG@7?', 'GH_TOKEN@8']);
  });

  it('reads django-environ and python-decouple calls only when the library is imported', () => {
    const src = [
      'import environ', // 1
      'from decouple import config', // 2
      'env = environ.Env()', // 3
      "SECRET_KEY = env('SECRET_KEY')", // 4
      "DEBUG = env.bool('DEBUG', default=False)", // 5
      "DB = env.db('DATABASE_URL')", // 6
      "API = config('API_KEY')", // 7
      "other('NOT_A_READ')", // 8
      "PAGE = config('PAGE_SIZE', cast=int)", // 9
      "TTL = config('TTL', 60, cast=int)", // 10
    ].join('\n');
    expect(reads(src, 'python')).toEqual([
      'SECRET_KEY@4',
      'DEBUG@5?',
      'DATABASE_URL@6',
      'API_KEY@7',
      'PAGE_SIZE@9',
      'TTL@10?',
    ]);
    expect(reads("SECRET_KEY = env('SECRET_KEY')", 'python')).toEqual([]);
  });
});
