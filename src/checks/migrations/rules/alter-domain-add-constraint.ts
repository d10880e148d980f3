import { lastName } from '../pg/ast.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'alter-domain-add-constraint',
  severity: 'high',
  dialect: 'postgresql',
  title: 'Adding a constraint to a domain without NOT VALID',
  why:
    'ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table that uses the domain, holding locks that ' +
    'block writes to all of them for the whole scan.',
  fix:
    'Add it NOT VALID, then validate in a later migration: `ALTER DOMAIN d ADD CONSTRAINT d_check CHECK (VALUE > 0) ' +
    'NOT VALID;` then `ALTER DOMAIN d VALIDATE CONSTRAINT d_check;`',
  bad: 'ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0);',
  good: 'ALTER DOMAIN positive_amount ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;',
  check(s) {
    if (s.kind !== 'AlterDomainStmt') return undefined;
    const d = lastName(s.body.typeName);
    // SET NOT NULL ('O') and VALIDATE CONSTRAINT ('V') check every column of the domain, like ADD CONSTRAINT.
    if (s.body.subtype === 'O')
      return { message: `ALTER DOMAIN ${d} SET NOT NULL scans every column using the domain` };
    if (s.body.subtype === 'V')
      return { message: `ALTER DOMAIN ${d} VALIDATE CONSTRAINT ${s.body.name} scans every column using the domain` };
    if (s.body.subtype !== 'C' || s.body.def?.Constraint?.skip_validation) return undefined;
    return { message: `ALTER DOMAIN ${d} ADD CONSTRAINT scans every column using the domain` };
  },
});
