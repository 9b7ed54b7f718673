import { sqlWithoutValues } from './tracing';

describe('sqlWithoutValues', () => {
  it('keeps the statement and its parameter markers, and blanks every literal written into the text', () => {
    expect(
      sqlWithoutValues(`SELECT id FROM person WHERE family_name = 'O''Brien' AND age > 21 AND id = $1 LIMIT 10`),
    ).toBe(`SELECT id FROM person WHERE family_name = '?' AND age > ? AND id = $1 LIMIT ?`);
    expect(sqlWithoutValues(`SELECT pg_advisory_xact_lock(hashtext('erasure:' || $1))`)).toBe(
      `SELECT pg_advisory_xact_lock(hashtext('?' || $1))`,
    );
  });

  it('leaves digits inside names alone and folds whitespace', () => {
    expect(sqlWithoutValues('SELECT a.col2\n   FROM t1 a')).toBe('SELECT a.col2 FROM t1 a');
  });
});
