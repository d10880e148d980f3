// Real git repositories in temp dirs for tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tmpDir(prefix = 'lg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sh(cwd: string, cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export class Repo {
  constructor(public readonly dir: string) {}

  static init(dir = tmpDir('lg-repo-')): Repo {
    const r = new Repo(dir);
    r.git('init', '-q', '-b', 'main');
    r.git('config', 'user.email', 'test@example.com');
    r.git('config', 'user.name', 'Test');
    r.git('config', 'commit.gpgsign', 'false');
    return r;
  }

  git(...args: string[]): string {
    return sh(this.dir, 'git', args).trim();
  }

  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { force: true, recursive: true });
    return this;
  }

  /** Stages everything and commits; returns the new sha. */
  commit(message = 'change'): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
