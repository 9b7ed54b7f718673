import type { ValueTransformer } from 'typeorm';

/** bigint cents come back from pg as strings; amounts stay far below 2^53 (the Money scalar caps them at 13 digits). */
export const CENTS: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
