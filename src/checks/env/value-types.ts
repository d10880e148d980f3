// The types a contract variable can have: inferred from the example value or declared, and the
// validation of a real value against them. Validation returns a verdict, never the value.
import parseVariables from 'dotenv-parse-variables';

export const VAR_TYPES = ['string', 'url', 'number', 'boolean', 'list', 'email', 'port', 'enum'] as const;
export type VarType = (typeof VAR_TYPES)[number];

export const isVarType = (s: string): s is VarType => (VAR_TYPES as readonly string[]).includes(s);

/** `scheme://...`: what people mean by a URL in an env file (https, postgres, redis, amqp, ...). */
const URL_SHAPE = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const INTEGER = /^\d+$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * Type of an example value. URLs first (a URL may hold commas); then dotenv-parse-variables decides
 * boolean, number and list (a trailing `*` or backticks opt a value out: string). An integer example
 * of a variable named like a port is a port.
 */
export function inferType(name: string, example: string): VarType {
  const value = example.trim();
  if (!value) return 'string';
  if (URL_SHAPE.test(value)) return 'url';
  const parsed = parseVariables({ v: value }, { assignToProcessEnv: false }).v;
  if (typeof parsed === 'boolean') return 'boolean';
  if (typeof parsed === 'number') return /(^|_)PORT$/i.test(name) && INTEGER.test(value) ? 'port' : 'number';
  if (Array.isArray(parsed)) return 'list';
  return 'string';
}

/** What a valid value looks like, for messages (never derived from the value itself). */
export function expectation(type: VarType, values?: string[]): string {
  switch (type) {
    case 'url':
      return 'an absolute URL (scheme://host...)';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true, false, 1 or 0';
    case 'list':
      return 'a comma-separated list without empty items';
    case 'email':
      return 'an email address';
    case 'port':
      return 'a port number from 1 to 65535';
    case 'enum':
      return `one of: ${(values ?? []).join(', ')}`;
    default:
      return 'a non-empty string';
  }
}

/** True when `value` (already known to be non-empty) fits `type`. */
export function fitsType(type: VarType, value: string, values?: string[]): boolean {
  const v = value.trim();
  switch (type) {
    case 'url': {
      if (!URL_SHAPE.test(v)) return false;
      try {
        new URL(v);
        return true;
      } catch {
        return false;
      }
    }
    case 'number':
      return v !== '' && Number.isFinite(Number(v));
    case 'boolean':
      return /^(true|false|1|0)$/i.test(v);
    case 'list':
      return v.split(',').every((item) => item.trim() !== '');
    case 'email':
      return EMAIL.test(v);
    case 'port':
      return INTEGER.test(v) && Number(v) >= 1 && Number(v) <= 65535;
    case 'enum':
      return (values ?? []).includes(v);
    default:
      return true;
  }
}
