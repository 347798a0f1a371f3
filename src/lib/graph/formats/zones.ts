/** The three parts of a comparison, in reading order. */
export const ZONE_KEYS = ['onlyA', 'shared', 'onlyB'] as const;
