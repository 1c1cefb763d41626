/**
 * A small first-in first-out cache of built values by string key: for program-independent results (field tables,
 * fibre populations) that a lead moving back and forth asks for again. Returns `get(key, build)`.
 *
 * @example
 * const tables = boundedCache<Table>(8);
 * tables(keyOf(input), () => buildTable(input)); // built once, then served until 8 newer keys push it out
 */
export function boundedCache<T>(limit: number): (key: string, build: () => T) => T {
  const entries = new Map<string, T>();
  return (key, build) => {
    let value = entries.get(key);
    if (value === undefined) {
      if (entries.size >= limit) entries.delete(entries.keys().next().value!);
      value = build();
      entries.set(key, value);
    }
    return value;
  };
}
