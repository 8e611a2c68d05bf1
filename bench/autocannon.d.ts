// autocannon ships no types; the bench uses a few fields of its result.
declare module "autocannon";
