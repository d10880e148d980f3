// The one line of an EXPLAIN plan a perf-seq-scan finding quotes: the scan of its table and the filter.
import { describe, expect, it } from '@jest/globals';
import { planSummary, queryOf } from '../../../src/checks/perf/database.js';

describe('plan summary', () => {
  it('names the scan of the table and its filter, wherever it sits in the plan', () => {
    const plan = ['Aggregate', '  ->  Seq Scan on big', '        Filter: (note = $1)'].join('\n');
    expect(planSummary(plan, 'public.big')).toBe('Seq Scan on big, Filter: (note = $1)');
    const join = [
      'Hash Join',
      '  Hash Cond: (o.customer_id = c.id)',
      '  ->  Parallel Seq Scan on orders o',
      '        Filter: (status = $1)',
      '  ->  Hash',
      '        ->  Seq Scan on customers c',
    ].join('\n');
    expect(planSummary(join, 'public.orders')).toBe('Parallel Seq Scan on orders o, Filter: (status = $1)');
    expect(planSummary(join, 'public.customers')).toBe('Seq Scan on customers c');
  });

  it('says nothing when the plan does not scan the table (an index is used, another table)', () => {
    expect(planSummary('Index Scan using big_pkey on big\n  Index Cond: (id = $1)', 'public.big')).toBeUndefined();
    expect(planSummary('Seq Scan on bigger', 'public.big')).toBeUndefined();
  });

  it('picks the most called query that names the table', () => {
    const top = [
      { query: 'select name from items where id = $1', perRequest: 5 },
      { query: 'select count(*) from big where note = $1', perRequest: 1 },
    ];
    expect(queryOf(top, 'public.big')).toBe('select count(*) from big where note = $1');
    expect(queryOf(top, 'public.orders')).toBeUndefined();
  });
});
