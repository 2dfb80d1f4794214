/** Whole numbers as people read them ("10,000"). One formatter: `toLocaleString` per call is slow. */
const formatter = new Intl.NumberFormat('en');

export const n = (x: number): string => formatter.format(x);
