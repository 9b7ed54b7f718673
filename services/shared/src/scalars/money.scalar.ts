import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

/** "20000.00" -> 2000000 cents. Negative values and fractions of a cent are refused. */
export function parseMoney(value: unknown): number {
  if (typeof value !== 'string') {
    throw new GraphQLError(
      'Money must be a decimal string in euros with at most two decimals, for example "20000.00".',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  const m = DECIMAL.exec(value.trim());
  if (!m) {
    throw new GraphQLError(
      'Money must be a non-negative decimal string in euros with at most two decimals, for example "20000.00".',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** 2000000 cents -> "20000.00". */
export function formatMoney(cents: number | string | bigint): string {
  const big = BigInt(cents);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * Money in euros as an exact decimal string. The database and the code keep integer cents; no
 * floating point ever touches an amount.
 */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description:
    'An amount in euros (EUR) as an exact decimal string with two decimals, for example "20000.00". Kept as ' +
    'integer cents; never a floating-point number.',
  serialize: (value) => formatMoney(value as number),
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('Money must be a string such as "20000.00".', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseMoney(ast.value);
  },
});
