/** Empty text, empty lists, null and absent all mean "no value". */
export const blank = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === "" ||
  (Array.isArray(value) && value.length === 0);

/** Whether a save would leave the field as it is. */
export const same = (a: unknown, b: unknown) =>
  (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);
