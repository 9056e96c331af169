// The shape every language's catalogue must have: the same keys as the Indonesian one, each a
// string. Typing a catalogue with it makes a missing or extra key fail the typecheck.
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};
