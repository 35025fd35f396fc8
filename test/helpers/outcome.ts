/** What a call answered, or which error it threw, as a string two implementations can be compared by. */
export const outcome = (f: () => unknown): string => {
  try {
    return String(f());
  } catch (e) {
    return `throws ${(e as Error).constructor.name}`;
  }
};
