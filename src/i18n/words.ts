/**
 * Word tables: what the user reads for each value of a union (a field type, an error code, an
 * outcome), in the active locale. One function per value, because `msg` must run at render time to
 * follow the locale; a mapped type, so a value added to the union without words fails to compile
 * (a `switch` would fall through to its default and show the raw value).
 */
export type Words<K extends string> = { readonly [P in K]: () => string };

/** The words for `key`, or undefined for a value the table does not know (a newer server's code). */
export function wordsFor<K extends string>(table: Words<K>, key: string | null | undefined): string | undefined {
  return key != null && Object.hasOwn(table, key) ? table[key as K]() : undefined;
}

/** The function that words every value of a union: `table[value]()`. */
export function wordsOf<K extends string>(table: Words<K>): (value: K) => string {
  return (value) => table[value]();
}
