// Text of the ATENSI assessment form: drafts, completion, edit history.
export const assessment = {};
